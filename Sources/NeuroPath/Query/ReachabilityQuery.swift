/// Every node reachable from (or reaching) a node, through interactions of any sign, by breadth-first search.
/// The plain question behind `downstream`/`upstream` without their signs and ordering, for large networks.
public struct ReachabilityQuery: Sendable {
    /// The node to start from.
    public var origin: Int
    /// Along the interactions (`downstream`) or against them (`upstream`).
    public var direction: NeighbourhoodQuery.Direction
    /// The most interactions followed.
    public var maxDepth: Int
    /// Which nodes and interactions may be used.
    public var filter: PathFilter

    /// Creates a query; by default without a depth limit worth speaking of (64 interactions).
    public init(
        origin: Int, direction: NeighbourhoodQuery.Direction = .downstream, maxDepth: Int = PathDepth.maximum,
        filter: PathFilter = .none
    ) {
        self.origin = origin
        self.direction = direction
        self.maxDepth = maxDepth
        self.filter = filter
    }

    /// The reachable nodes (the origin excluded), in index order.
    public func run(on graph: PathwayGraph) throws(QueryError) -> [Int] {
        try SearchConstraints(maxDepth: maxDepth, filter: filter).validate(from: origin, to: nil, in: graph)
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter, includeUnsigned: true)
        let forward = direction == .downstream
        let search = LayeredSearch(stateCount: graph.nodes.count, from: origin, maxDepth: maxDepth) { node, _, arrive in
            for edge in forward ? graph.outgoingInteractions(of: node) : graph.incomingInteractions(of: node) {
                let e = Int(edge)
                guard subgraph.isUnfiltered || subgraph.edgeSign(e) != 0 else { continue }
                _ = arrive(forward ? graph.targetIndex(e) : graph.sourceIndex(e))
            }
        }
        let reached = search.order.dropFirst()
        return reached.sorted()
    }
}
