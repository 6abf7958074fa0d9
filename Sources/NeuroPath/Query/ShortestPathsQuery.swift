import HeapModule

/// `shortest`: the `k` cheapest simple paths from one node to another (Yen's algorithm over Dijkstra with a
/// binary heap), weighted by hops or by evidence (stronger evidence is cheaper, see
/// ``EvidenceLevel/cost(of:)``).
public struct ShortestPathsQuery: Sendable {
    /// How a path's cost is measured.
    public enum Weighting: String, Sendable, Hashable, CaseIterable {
        /// Each interaction costs 1.
        case hops
        /// Each interaction costs `-ln(confidence)` of its evidence level: the cheapest path is the most confident.
        case evidence

        /// The cost of a path made of `interactions` of `graph`: the sum of its interactions' costs, in order.
        public func cost(of interactions: [InteractionIndex], in graph: PathwayGraph) -> Double {
            switch self {
            case .hops: Double(interactions.count)
            case .evidence: interactions.reduce(0) { $0 + EvidenceLevel.cost(of: graph.evidence(of: $1)) }
            }
        }
    }

    /// The source node.
    public var from: NodeIndex
    /// The target node.
    public var to: NodeIndex
    /// How many paths.
    public var k: Int
    /// The cost measure.
    public var weighting: Weighting
    /// Which nodes and interactions may be used.
    public var filter: PathFilter

    /// The default number of paths.
    public static let defaultK = 5

    /// Creates a query.
    public init(
        from: NodeIndex, to: NodeIndex, k: Int = ShortestPathsQuery.defaultK, weighting: Weighting = .evidence,
        filter: PathFilter = .none
    ) {
        self.from = from
        self.to = to
        self.k = k
        self.weighting = weighting
        self.filter = filter
    }

    /// A path and its cost.
    public struct WeightedPath: Sendable, Hashable {
        /// The path.
        public var path: CausalPath
        /// The sum of its interactions' costs.
        public var cost: Double

        /// Creates a weighted path.
        public init(path: CausalPath, cost: Double) {
            self.path = path
            self.cost = cost
        }
    }

    /// The answer. Encodes as the `shortest` JSON of `Docs/cli.md`.
    public struct Result: Sendable, Hashable {
        /// The source node.
        public var from: NodeHandle
        /// The target node.
        public var to: NodeHandle
        /// The cost measure used.
        public var weighting: Weighting
        /// At most `k` paths, cheapest first.
        public var paths: [WeightedPath]

        /// Creates a result.
        public init(from: NodeHandle, to: NodeHandle, weighting: Weighting, paths: [WeightedPath]) {
            self.from = from
            self.to = to
            self.weighting = weighting
            self.paths = paths
        }
    }

    /// Runs the query: at most `k` paths, cheapest first (ties: fewer interactions, then interaction indices).
    public func run(on graph: PathwayGraph) throws(QueryError) -> Result {
        try SearchConstraints(filter: filter).validate(from: from.rawValue, to: to.rawValue, in: graph)
        guard k >= 1 else { throw .invalidParameter(.k, value: String(k)) }
        let paths = kShortest(on: graph).map { edges in
            WeightedPath(path: CausalPath(checked: edges.path, in: graph), cost: edges.cost)
        }
        return Result(
            from: graph.handle(from.rawValue), to: graph.handle(to.rawValue), weighting: weighting, paths: paths)
    }

    /// Yen's algorithm on interaction indices.
    private func kShortest(on graph: PathwayGraph) -> [(path: [Int], cost: Double)] {
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter, includeUnsigned: true)
        let costByEvidence = (0...4).map { EvidenceLevel.cost(of: EvidenceLevel.decode(UInt8($0))) }
        let cost: (Int) -> Double =
            weighting == .hops ? { _ in 1 } : { costByEvidence[Int(graph.packed[$0].evidence)] }
        var dijkstra = Dijkstra(graph: graph, subgraph: subgraph, cost: cost, unitCosts: weighting == .hops)
        guard from != to,
            let first = dijkstra.path(from: from.rawValue, to: to.rawValue, excludingNodes: [], excludingEdges: [])
        else {
            return []
        }
        var accepted: [[Int]] = [first]
        var acceptedSet: Set<[Int]> = [first]
        var candidates = Heap<Candidate>()
        var candidateSet: Set<[Int]> = []
        while accepted.count < k {
            let previous = accepted[accepted.count - 1]
            let previousNodes = [graph.sourceIndex(previous[0])] + previous.map(graph.targetIndex)
            for spurIndex in 0..<previous.count {
                let root = Array(previous[..<spurIndex])
                var excludedEdges = Set<Int>()
                for path in accepted where path.count > spurIndex && Array(path[..<spurIndex]) == root {
                    excludedEdges.insert(path[spurIndex])
                }
                let excludedNodes = Set(previousNodes[..<spurIndex])
                guard
                    let spur = dijkstra.path(
                        from: previousNodes[spurIndex], to: to.rawValue, excludingNodes: excludedNodes,
                        excludingEdges: excludedEdges)
                else { continue }
                let total = root + spur
                guard !acceptedSet.contains(total), candidateSet.insert(total).inserted else { continue }
                candidates.insert(Candidate(edges: total, cost: total.reduce(0) { $0 + cost($1) }))
            }
            guard let best = candidates.popMin() else { break }
            candidateSet.remove(best.edges)
            accepted.append(best.edges)
            acceptedSet.insert(best.edges)
        }
        return accepted.map { edges in (edges, edges.reduce(0) { $0 + cost($1) }) }
    }

    private struct Candidate: Comparable {
        let edges: [Int]
        let cost: Double
        static func < (lhs: Candidate, rhs: Candidate) -> Bool {
            if lhs.cost != rhs.cost { return lhs.cost < rhs.cost }
            if lhs.edges.count != rhs.edges.count { return lhs.edges.count < rhs.edges.count }
            return lhs.edges.lexicographicallyPrecedes(rhs.edges)
        }
    }
}

/// Cheapest paths on the admissible subgraph for Yen's spur searches: a bidirectional breadth-first search when
/// every step costs the same (hops), Dijkstra with a binary heap otherwise. Working arrays are reused between
/// calls and reset by generation stamps, so a spur search costs only the nodes it touches.
struct Dijkstra {
    let graph: PathwayGraph
    let subgraph: AdmissibleSubgraph
    let cost: (Int) -> Double
    let unitCosts: Bool
    private var distance: [Double]
    private var hops: [Int32]
    private var viaEdge: [Int32]
    private var reachedAt: [UInt32]
    private var settledAt: [UInt32]
    private var excludedAt: [UInt32]
    private var backwardVia: [Int32]
    private var backwardAt: [UInt32]
    private var generation: UInt32 = 0

    init(graph: PathwayGraph, subgraph: AdmissibleSubgraph, cost: @escaping (Int) -> Double, unitCosts: Bool) {
        self.graph = graph
        self.subgraph = subgraph
        self.cost = cost
        self.unitCosts = unitCosts
        let count = graph.nodes.count
        distance = [Double](repeating: .infinity, count: count)
        hops = [Int32](repeating: 0, count: count)
        viaEdge = [Int32](repeating: -1, count: count)
        reachedAt = [UInt32](repeating: 0, count: count)
        settledAt = [UInt32](repeating: 0, count: count)
        excludedAt = [UInt32](repeating: 0, count: count)
        backwardVia = [Int32](repeating: -1, count: count)
        backwardAt = [UInt32](repeating: 0, count: count)
    }

    private struct Entry: Comparable {
        let distance: Double
        let hops: Int32
        let node: Int32
        static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.distance, lhs.hops, lhs.node) < (rhs.distance, rhs.hops, rhs.node)
        }
    }

    /// The interactions of a cheapest path, or `nil` when the target is unreachable.
    mutating func path(from source: Int, to target: Int, excludingNodes: Set<Int>, excludingEdges: Set<Int>) -> [Int]? {
        guard source != target else { return nil }
        generation &+= 1
        for node in excludingNodes { excludedAt[node] = generation }
        if excludedAt[source] == generation || excludedAt[target] == generation { return nil }
        return unitCosts
            ? breadthFirst(from: source, to: target, excludingEdges: excludingEdges)
            : dijkstra(from: source, to: target, excludingEdges: excludingEdges)
    }

    @inline(__always)
    private func usable(_ edge: Int, _ excludingEdges: Set<Int>) -> Bool {
        subgraph.edgeSign(edge) != 0 && (excludingEdges.isEmpty || !excludingEdges.contains(edge))
    }

    /// Fewest hops: breadth-first from both ends, expanding the smaller frontier, until they meet.
    private mutating func breadthFirst(from source: Int, to target: Int, excludingEdges: Set<Int>) -> [Int]? {
        reachedAt[source] = generation
        viaEdge[source] = -1
        backwardAt[target] = generation
        backwardVia[target] = -1
        var forward = [source], backward = [target]
        var meeting = -1
        while meeting < 0, !forward.isEmpty, !backward.isEmpty {
            var next: [Int] = []
            if forward.count <= backward.count {
                for node in forward where meeting < 0 {
                    for edge in graph.outgoingEdges(of: node) {
                        let e = Int(edge)
                        guard usable(e, excludingEdges) else { continue }
                        let other = graph.targetIndex(e)
                        guard excludedAt[other] != generation, reachedAt[other] != generation else { continue }
                        reachedAt[other] = generation
                        viaEdge[other] = edge
                        if backwardAt[other] == generation {
                            meeting = other
                            break
                        }
                        next.append(other)
                    }
                }
                forward = next
            } else {
                for node in backward where meeting < 0 {
                    for edge in graph.incomingEdges(of: node) {
                        let e = Int(edge)
                        guard usable(e, excludingEdges) else { continue }
                        let other = graph.sourceIndex(e)
                        guard excludedAt[other] != generation, backwardAt[other] != generation else { continue }
                        backwardAt[other] = generation
                        backwardVia[other] = edge
                        if reachedAt[other] == generation {
                            meeting = other
                            break
                        }
                        next.append(other)
                    }
                }
                backward = next
            }
        }
        guard meeting >= 0 else { return nil }
        var edges: [Int] = []
        var node = meeting
        while node != source {
            let edge = Int(viaEdge[node])
            edges.append(edge)
            node = graph.sourceIndex(edge)
        }
        edges.reverse()
        node = meeting
        while node != target {
            let edge = Int(backwardVia[node])
            edges.append(edge)
            node = graph.targetIndex(edge)
        }
        return edges
    }

    private mutating func dijkstra(from source: Int, to target: Int, excludingEdges: Set<Int>) -> [Int]? {
        reachedAt[source] = generation
        distance[source] = 0
        hops[source] = 0
        viaEdge[source] = -1
        var heap = Heap<Entry>([Entry(distance: 0, hops: 0, node: Int32(source))])
        while let entry = heap.popMin() {
            let node = Int(entry.node)
            guard settledAt[node] != generation else { continue }
            settledAt[node] = generation
            if node == target { break }
            for edge in graph.outgoingEdges(of: node) {
                let e = Int(edge)
                guard usable(e, excludingEdges) else { continue }
                let next = graph.targetIndex(e)
                guard excludedAt[next] != generation, settledAt[next] != generation else { continue }
                let candidate = entry.distance + cost(e)
                let candidateHops = entry.hops + 1
                let known = reachedAt[next] == generation
                if !known || candidate < distance[next] || (candidate == distance[next] && candidateHops < hops[next]) {
                    reachedAt[next] = generation
                    distance[next] = candidate
                    hops[next] = candidateHops
                    viaEdge[next] = edge
                    heap.insert(Entry(distance: candidate, hops: candidateHops, node: Int32(next)))
                }
            }
        }
        guard settledAt[target] == generation else { return nil }
        var edges: [Int] = []
        var node = target
        while node != source {
            let edge = Int(viaEdge[node])
            edges.append(edge)
            node = graph.sourceIndex(edge)
        }
        return edges.reversed()
    }
}
