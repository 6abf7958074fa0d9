/// `regulators`: nodes upstream of every node in a set within a depth, with their effect on each (the net
/// effect over the shortest paths), nearest first.
public struct CommonRegulatorQuery: Sendable {
    /// The regulated nodes (at least two).
    public var targets: [NodeIndex]
    /// How far upstream to look, in interactions.
    public var depth: Int
    /// Which nodes and interactions may be used.
    public var filter: PathFilter

    /// The default depth.
    public static let defaultDepth = 3

    /// Creates a query.
    public init(targets: [NodeIndex], depth: Int = CommonRegulatorQuery.defaultDepth, filter: PathFilter = .none) {
        self.targets = targets
        self.depth = depth
        self.filter = filter
    }

    /// One common regulator.
    public struct Regulator: Sendable, Hashable {
        /// The regulating node.
        public var node: NodeHandle
        /// Its distance to each target, in the order of ``CommonRegulatorQuery/targets``.
        public var distances: [Int]
        /// Its net effect on each target over the shortest paths.
        public var effects: [NetEffect]
        /// The sum of the distances.
        public var totalDistance: Int { distances.reduce(0, +) }

        /// Creates a regulator.
        public init(node: NodeHandle, distances: [Int], effects: [NetEffect]) {
            self.node = node
            self.distances = distances
            self.effects = effects
        }
    }

    /// The answer. Encodes as the `regulators` JSON of `Docs/cli.md`.
    public struct Result: Sendable, Hashable {
        /// The regulated nodes, in the query's order.
        public var targets: [NodeHandle]
        /// The common regulators, by total distance, then node id.
        public var regulators: [Regulator]

        /// Creates a result.
        public init(targets: [NodeHandle], regulators: [Regulator]) {
            self.targets = targets
            self.regulators = regulators
        }
    }

    /// The common regulators, by total distance, then node id. The targets themselves are left out.
    public func run(on graph: PathwayGraph) throws(QueryError) -> Result {
        let constraints = SearchConstraints(maxDepth: depth, filter: filter)
        for target in targets { try constraints.validate(from: nil, to: target.rawValue, in: graph) }
        guard Set(targets).count >= 2 else { throw .tooFewNodes(given: Set(targets).count, needed: 2) }
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter, includeUnsigned: true)
        let layers = targets.map {
            subgraph.shortestPathSigns(from: $0.rawValue, forward: false, maxDepth: depth)
        }
        let targetSet = Set(targets.map(\.rawValue))
        let regulators = graph.nodes.indices
            .filter { node in
                !targetSet.contains(node) && layers.allSatisfy { $0.distance[node] != AdmissibleSubgraph.unreachable }
            }
            .map { node in
                Regulator(
                    node: graph.handle(node), distances: layers.map { Int($0.distance[node]) },
                    effects: layers.map { $0.signs[node].netEffect })
            }
            .sorted { ($0.totalDistance, $0.node.id) < ($1.totalDistance, $1.node.id) }
        return Result(targets: targets.map { graph.handle($0.rawValue) }, regulators: regulators)
    }
}
