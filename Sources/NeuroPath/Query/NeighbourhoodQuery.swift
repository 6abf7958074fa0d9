/// `upstream` and `downstream`: the nodes within a number of interactions of a node, each with its distance and
/// the signs of the shortest paths that join them.
public struct NeighbourhoodQuery: Sendable {
    /// Which way to walk.
    public enum Direction: String, Sendable, CaseIterable {
        /// Nodes that influence the origin.
        case upstream
        /// Nodes the origin influences.
        case downstream
    }

    /// The node the neighbourhood is around.
    public var origin: Int
    /// Upstream or downstream.
    public var direction: Direction
    /// Filters; `maxDepth` is the radius.
    public var constraints: PathConstraints

    /// The default radius.
    public static let defaultDepth = 2

    /// Creates a query.
    public init(
        origin: Int, direction: Direction,
        constraints: PathConstraints = PathConstraints(maxDepth: NeighbourhoodQuery.defaultDepth)
    ) {
        self.origin = origin
        self.direction = direction
        self.constraints = constraints
    }

    /// One node of the neighbourhood.
    public struct Member: Sendable, Hashable {
        /// The node.
        public var node: Int
        /// Interactions between it and the origin on a shortest path.
        public var distance: Int
        /// The net effect over the shortest paths of known sign (downstream: of the origin on it; upstream: of it
        /// on the origin); `unknown` when every shortest path has a step of unknown sign.
        public var effect: NetEffect
    }

    /// The neighbourhood, nearest first, then by node id.
    public func run(on graph: PathwayGraph) throws(QueryError) -> [Member] {
        guard constraints.sign == nil, constraints.via.isEmpty else {
            throw .unsupported("upstream and downstream do not take --sign or --via")
        }
        try constraints.validate(from: origin, to: nil, in: graph)
        let subgraph = AdmissibleSubgraph(graph: graph, constraints: constraints, includeUnsigned: true)
        let (distance, signs) = subgraph.shortestPathSigns(
            from: origin, forward: direction == .downstream, maxDepth: constraints.maxDepth)
        return distance.indices
            .filter { $0 != origin && distance[$0] != AdmissibleSubgraph.unreachable }
            .map { Member(node: $0, distance: Int(distance[$0]), effect: signs[$0].netEffect) }
            .sorted { ($0.distance, graph.nodes[$0.node].id) < ($1.distance, graph.nodes[$1.node].id) }
    }
}
