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
    public var origin: NodeIndex
    /// Upstream or downstream.
    public var direction: Direction
    /// How many interactions away to look.
    public var depth: Int
    /// Which nodes and interactions may be used.
    public var filter: PathFilter

    /// The default radius.
    public static let defaultDepth = 2

    /// Creates a query.
    public init(
        origin: NodeIndex, direction: Direction, depth: Int = NeighbourhoodQuery.defaultDepth,
        filter: PathFilter = .none
    ) {
        self.origin = origin
        self.direction = direction
        self.depth = depth
        self.filter = filter
    }

    /// One node of the neighbourhood.
    public struct Member: Sendable, Hashable {
        /// The node.
        public var node: NodeHandle
        /// Interactions between it and the origin on a shortest path.
        public var distance: Int
        /// The net effect over the shortest paths of known sign (downstream: of the origin on it; upstream: of it
        /// on the origin); `unknown` when every shortest path has a step of unknown sign.
        public var effect: NetEffect

        /// Creates a member.
        public init(node: NodeHandle, distance: Int, effect: NetEffect) {
            self.node = node
            self.distance = distance
            self.effect = effect
        }
    }

    /// The answer: the neighbourhood of a node. Encodes as the `upstream`/`downstream` JSON of `Docs/cli.md`.
    public struct Result: Sendable, Hashable {
        /// The node at the centre.
        public var origin: NodeHandle
        /// Upstream or downstream.
        public var direction: Direction
        /// The radius.
        public var depth: Int
        /// The members, nearest first, then by node id.
        public var members: [Member]

        /// Creates a result.
        public init(origin: NodeHandle, direction: Direction, depth: Int, members: [Member]) {
            self.origin = origin
            self.direction = direction
            self.depth = depth
            self.members = members
        }
    }

    /// The neighbourhood, nearest first, then by node id.
    public func run(on graph: PathwayGraph) throws(QueryError) -> Result {
        try SearchConstraints(maxDepth: depth, filter: filter).validate(from: origin.rawValue, to: nil, in: graph)
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter, includeUnsigned: true)
        let (distance, signs) = subgraph.shortestPathSigns(
            from: origin.rawValue, forward: direction == .downstream, maxDepth: depth)
        let members = distance.indices
            .filter { $0 != origin.rawValue && distance[$0] != AdmissibleSubgraph.unreachable }
            .map { Member(node: graph.handle($0), distance: Int(distance[$0]), effect: signs[$0].netEffect) }
            .sorted { ($0.distance, $0.node.id) < ($1.distance, $1.node.id) }
        return Result(origin: graph.handle(origin.rawValue), direction: direction, depth: depth, members: members)
    }
}
