/// Every node reachable from (or reaching) a node, through interactions of any sign, by breadth-first search.
/// The plain question behind `downstream`/`upstream` without their signs and ordering, for large networks.
public struct ReachabilityQuery: Sendable {
    /// The node to start from.
    public var origin: NodeIndex
    /// Along the interactions (`downstream`) or against them (`upstream`).
    public var direction: NeighbourhoodQuery.Direction
    /// The most interactions followed.
    public var maxDepth: Int
    /// Which nodes and interactions may be used.
    public var filter: PathFilter

    /// Creates a query; by default without a depth limit worth speaking of (64 interactions).
    public init(
        origin: NodeIndex, direction: NeighbourhoodQuery.Direction = .downstream, maxDepth: Int = PathDepth.maximum,
        filter: PathFilter = .none
    ) {
        self.origin = origin
        self.direction = direction
        self.maxDepth = maxDepth
        self.filter = filter
    }

    /// The answer: the nodes reached, as handles.
    public struct Result: Sendable, Hashable {
        /// The node the search started from.
        public var origin: NodeHandle
        /// Along the interactions or against them.
        public var direction: NeighbourhoodQuery.Direction
        /// The depth limit.
        public var maxDepth: Int
        /// The nodes reached (the origin excluded), in index order.
        public var reached: [NodeHandle]

        /// Creates a result.
        public init(origin: NodeHandle, direction: NeighbourhoodQuery.Direction, maxDepth: Int, reached: [NodeHandle]) {
            self.origin = origin
            self.direction = direction
            self.maxDepth = maxDepth
            self.reached = reached
        }
    }

    /// The reachable nodes (the origin excluded), in index order.
    public func run(on graph: PathwayGraph) throws(QueryError) -> Result {
        try SearchConstraints(maxDepth: maxDepth, filter: filter).validate(from: origin.rawValue, to: nil, in: graph)
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter, includeUnsigned: true)
        let forward = direction == .downstream
        let search = LayeredSearch(stateCount: graph.nodes.count, from: origin.rawValue, maxDepth: maxDepth) {
            node, _, arrive in
            for edge in forward ? graph.outgoingEdges(of: node) : graph.incomingEdges(of: node) {
                let e = Int(edge)
                guard subgraph.isUnfiltered || subgraph.edgeSign(e) != 0 else { continue }
                _ = arrive(forward ? graph.targetIndex(e) : graph.sourceIndex(e))
            }
        }
        return Result(
            origin: graph.handle(origin.rawValue), direction: direction, maxDepth: maxDepth,
            reached: search.order.dropFirst().sorted().map(graph.handle))
    }
}
