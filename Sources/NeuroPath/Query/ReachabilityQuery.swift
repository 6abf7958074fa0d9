/// Every node reachable from (or reaching) a node, through interactions of any sign, by breadth-first search.
/// The plain question behind `downstream`/`upstream` without their signs and ordering, for large networks.
public struct ReachabilityQuery: Sendable {
    /// The node to start from.
    public var origin: Int
    /// Along the interactions (`downstream`) or against them (`upstream`).
    public var direction: NeighbourhoodQuery.Direction
    /// Filters; `maxDepth` bounds the number of interactions followed.
    public var constraints: PathConstraints

    /// Creates a query; by default without a depth limit worth speaking of (64 interactions).
    public init(
        origin: Int, direction: NeighbourhoodQuery.Direction = .downstream,
        constraints: PathConstraints = PathConstraints(maxDepth: PathConstraints.maximumDepth)
    ) {
        self.origin = origin
        self.direction = direction
        self.constraints = constraints
    }

    /// The reachable nodes (the origin excluded), in index order.
    public func run(on graph: PathwayGraph) throws(QueryError) -> [Int] {
        try constraints.validate(from: origin, to: nil, in: graph)
        let subgraph = AdmissibleSubgraph(graph: graph, constraints: constraints, includeUnsigned: true)
        let forward = direction == .downstream
        var seen = [Bool](repeating: false, count: graph.nodes.count)
        seen[origin] = true
        var frontier = [origin]
        var reached: [Int] = []
        for _ in 0..<constraints.maxDepth where !frontier.isEmpty {
            var next: [Int] = []
            for node in frontier {
                for edge in forward ? graph.outgoingInteractions(of: node) : graph.incomingInteractions(of: node) {
                    let e = Int(edge)
                    guard subgraph.isUnfiltered || subgraph.edgeSign(e) != 0 else { continue }
                    let other = forward ? graph.targetIndex(e) : graph.sourceIndex(e)
                    if !seen[other] {
                        seen[other] = true
                        next.append(other)
                    }
                }
            }
            reached += next
            frontier = next
        }
        return reached.sorted()
    }
}
