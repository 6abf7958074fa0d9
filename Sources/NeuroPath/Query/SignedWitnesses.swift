/// Settles most "is there a simple path of this sign?" questions from one source to every node with one
/// breadth-first search over (node, sign) states, instead of a path search per node and sign.
///
/// Every simple path is a walk, so a node with no *walk* of sign `s` within the depth has no simple path of
/// sign `s` either: that answer is exact. When the shortest walk of sign `s` found by the search visits no node
/// twice, it is itself a simple path of sign `s` within the depth: exact again, with the path as its witness.
/// When it repeats a node, a simple witness one interaction shorter that ends in a node feeding the target will do.
/// Only when neither exists is the question left to an exhaustive search.
struct SignedWitnesses {
    /// What the walk search says about one node and sign.
    enum Answer {
        /// No walk, hence no simple path, of this sign within the depth.
        case absent
        /// A simple path of this sign within the depth: its interactions, source first.
        case present([Int])
        /// The shortest walk of this sign repeats a node; only an exhaustive search can say.
        case undecided
    }

    private let subgraph: AdmissibleSubgraph
    private let source: Int
    private let maxDepth: Int32
    /// Per state `2 * node + (sign == .positive ? 0 : 1)`: the fewest interactions on a walk from the source.
    private var distance: [Int32]
    /// Per state: the interaction by which the search first reached it (-1 for the source and unreached states).
    private var parent: [Int32]

    /// Searches from `source` over the usable signed interactions of `subgraph`, to `maxDepth` interactions.
    init(subgraph: AdmissibleSubgraph, from source: Int, maxDepth: Int) {
        let graph = subgraph.graph
        self.subgraph = subgraph
        self.source = source
        self.maxDepth = Int32(clamping: maxDepth)
        var parent = [Int32](repeating: -1, count: graph.nodes.count * 2)
        guard !subgraph.removed[source] else {
            distance = [Int32](repeating: AdmissibleSubgraph.unreachable, count: graph.nodes.count * 2)
            self.parent = parent
            return
        }
        distance =
            LayeredSearch(stateCount: graph.nodes.count * 2, from: 2 * source, maxDepth: maxDepth) {
                state, depth, arrive in
                let parity = state & 1
                for edge in graph.outgoingEdges(of: state >> 1) {
                    let e = Int(edge)
                    let sign = subgraph.edgeSign(e)
                    guard sign == 1 || sign == -1 else { continue }
                    let reached = 2 * graph.targetIndex(e) + (sign < 0 ? 1 - parity : parity)
                    // The interaction of the first arrival (the source's state is never re-parented: it is at 0).
                    if arrive(reached) == depth, parent[reached] == -1 { parent[reached] = Int32(e) }
                }
            }.distance
        self.parent = parent
    }

    /// Whether any walk of either sign reaches `node` (the source itself excluded).
    func reaches(_ node: Int) -> Bool {
        node != source
            && (distance[2 * node] != AdmissibleSubgraph.unreachable
                || distance[2 * node + 1] != AdmissibleSubgraph.unreachable)
    }

    /// The answer for paths of `sign` from the source to `target` (not the source): the shortest walk's chain of
    /// first parents when it is simple, else the first interaction into `target` whose source has a simple
    /// witness of the right sign that avoids `target` and is short enough.
    func answer(for target: Int, sign: Sign) -> Answer {
        let state = 2 * target + (sign == .positive ? 0 : 1)
        guard distance[state] != AdmissibleSubgraph.unreachable else { return .absent }
        if let edges = simpleChain(to: state, avoiding: nil) { return .present(edges) }
        let graph = subgraph.graph
        for edge in graph.incomingEdges(of: target) {
            let e = Int(edge)
            let edgeSign = subgraph.edgeSign(e)
            guard edgeSign == 1 || edgeSign == -1 else { continue }
            let before = 2 * graph.sourceIndex(e) + (edgeSign < 0 ? 1 - (state & 1) : state & 1)
            guard distance[before] < maxDepth, graph.sourceIndex(e) != target,
                let edges = simpleChain(to: before, avoiding: target)
            else { continue }
            return .present(edges + [e])
        }
        return .undecided
    }

    /// The interactions of the first-parent chain from the source to `state`, source first, or `nil` when the
    /// chain visits a node twice or visits `avoided`.
    private func simpleChain(to state: Int, avoiding avoided: Int?) -> [Int]? {
        let graph = subgraph.graph
        var state = state
        var edges: [Int] = []
        var nodes = [state >> 1]
        if let avoided { nodes.append(avoided) }
        edges.reserveCapacity(Int(distance[state]))
        while parent[state] >= 0 {
            let e = Int(parent[state])
            let previous = graph.sourceIndex(e)
            // A walk of at most 64 steps: a linear scan is cheaper than a set.
            if nodes.contains(previous) { return nil }
            nodes.append(previous)
            edges.append(e)
            state = 2 * previous + (subgraph.edgeSign(e) < 0 ? 1 - (state & 1) : state & 1)
        }
        return edges.reversed()
    }
}
