import HeapModule

/// `shortest`: the `k` cheapest simple paths from one node to another (Yen's algorithm over Dijkstra with a
/// binary heap), weighted by hops or by evidence (stronger evidence is cheaper, see
/// ``EvidenceLevel/cost(of:)``).
public struct ShortestPathsQuery: Sendable {
    /// How a path's cost is measured.
    public enum Weighting: String, Sendable, CaseIterable {
        /// Each interaction costs 1.
        case hops
        /// Each interaction costs `-ln(confidence)` of its evidence level: the cheapest path is the most confident.
        case evidence
    }

    /// The source node.
    public var from: Int
    /// The target node.
    public var to: Int
    /// How many paths.
    public var k: Int
    /// The cost measure.
    public var weighting: Weighting
    /// Filters (`maxDepth`, `sign` and `via` are not used by this query).
    public var constraints: PathConstraints

    /// Creates a query.
    public init(
        from: Int, to: Int, k: Int = 5, weighting: Weighting = .evidence,
        constraints: PathConstraints = PathConstraints()
    ) {
        self.from = from
        self.to = to
        self.k = k
        self.weighting = weighting
        self.constraints = constraints
    }

    /// A path and its cost.
    public struct WeightedPath: Sendable, Hashable {
        /// The path.
        public var path: CausalPath
        /// The sum of its interactions' costs.
        public var cost: Double
    }

    /// Runs the query: at most `k` paths, cheapest first (ties: fewer interactions, then interaction indices).
    public func run(on graph: PathwayGraph) throws(QueryError) -> [WeightedPath] {
        guard k >= 1 else { throw .invalidLimit("-k must be at least 1") }
        guard constraints.via.isEmpty, constraints.sign == nil else {
            throw .unsupported("shortest does not take --via or --sign; use trace for constrained paths")
        }
        var checked = constraints
        checked.maxDepth = PathConstraints.defaultMaxDepth
        try checked.validate(from: from, to: to, in: graph)
        let subgraph = AdmissibleSubgraph(graph: graph, constraints: constraints, includeUnsigned: true)
        let cost: [Double] = graph.packed.map { record in
            weighting == .hops ? 1 : EvidenceLevel.cost(of: EvidenceLevel.decode(record.evidence))
        }
        var dijkstra = Dijkstra(graph: graph, subgraph: subgraph, cost: cost)
        guard from != to, let first = dijkstra.path(from: from, to: to, excludingNodes: [], excludingEdges: []) else {
            return []
        }
        var accepted: [[Int]] = [first]
        var acceptedSet: Set<[Int]> = [first]
        var candidates = Heap<Candidate>()
        var candidateSet: Set<[Int]> = []
        while accepted.count < k {
            let previous = accepted[accepted.count - 1]
            let previousNodes = CausalPath(interactions: previous, in: graph).nodes
            for spurIndex in 0..<previous.count {
                let root = Array(previous[..<spurIndex])
                var excludedEdges = Set<Int>()
                for path in accepted where path.count > spurIndex && Array(path[..<spurIndex]) == root {
                    excludedEdges.insert(path[spurIndex])
                }
                let excludedNodes = Set(previousNodes[..<spurIndex])
                guard
                    let spur = dijkstra.path(
                        from: previousNodes[spurIndex], to: to, excludingNodes: excludedNodes,
                        excludingEdges: excludedEdges)
                else { continue }
                let total = root + spur
                guard !acceptedSet.contains(total), candidateSet.insert(total).inserted else { continue }
                candidates.insert(Candidate(edges: total, cost: total.reduce(0) { $0 + cost[$1] }))
            }
            guard let best = candidates.popMin() else { break }
            candidateSet.remove(best.edges)
            accepted.append(best.edges)
            acceptedSet.insert(best.edges)
        }
        return accepted.map { edges in
            WeightedPath(path: CausalPath(interactions: edges, in: graph), cost: edges.reduce(0) { $0 + cost[$1] })
        }
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

/// Dijkstra's algorithm on the admissible subgraph with a binary heap, reusing its arrays between calls.
struct Dijkstra {
    let graph: PathwayGraph
    let subgraph: AdmissibleSubgraph
    let cost: [Double]
    private var distance: [Double]
    private var viaEdge: [Int32]
    private var touched: [Int] = []

    init(graph: PathwayGraph, subgraph: AdmissibleSubgraph, cost: [Double]) {
        self.graph = graph
        self.subgraph = subgraph
        self.cost = cost
        distance = [Double](repeating: .infinity, count: graph.nodes.count)
        viaEdge = [Int32](repeating: -1, count: graph.nodes.count)
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
        for node in touched {
            distance[node] = .infinity
            viaEdge[node] = -1
        }
        touched = [source]
        distance[source] = 0
        var hops = [Int: Int32]()
        var heap = Heap<Entry>([Entry(distance: 0, hops: 0, node: Int32(source))])
        var settled = Set<Int>()
        while let entry = heap.popMin() {
            let node = Int(entry.node)
            guard settled.insert(node).inserted else { continue }
            if node == target { break }
            for edge in graph.outgoingInteractions(of: node) {
                let e = Int(edge)
                guard subgraph.edgeSign[e] != 0, !excludingEdges.contains(e) else { continue }
                let next = graph.targetIndex(e)
                guard !excludingNodes.contains(next), !settled.contains(next) else { continue }
                let candidate = entry.distance + cost[e]
                let candidateHops = entry.hops + 1
                if candidate < distance[next]
                    || (candidate == distance[next] && candidateHops < hops[next, default: .max])
                {
                    if distance[next] == .infinity { touched.append(next) }
                    distance[next] = candidate
                    hops[next] = candidateHops
                    viaEdge[next] = edge
                    heap.insert(Entry(distance: candidate, hops: candidateHops, node: Int32(next)))
                }
            }
        }
        guard distance[target] < .infinity, target != source else { return nil }
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
