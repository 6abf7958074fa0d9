/// `regulators`: nodes upstream of every node in a set within a depth, with their effect on each (the net
/// effect over the shortest paths), nearest first.
public struct CommonRegulatorQuery: Sendable {
    /// The regulated nodes (at least two).
    public var targets: [Int]
    /// Filters; `maxDepth` is how far upstream to look.
    public var constraints: PathConstraints

    /// Creates a query.
    public init(targets: [Int], constraints: PathConstraints = PathConstraints(maxDepth: 3)) {
        self.targets = targets
        self.constraints = constraints
    }

    /// One common regulator.
    public struct Regulator: Sendable, Hashable {
        /// The regulating node.
        public var node: Int
        /// Its distance to each target, in the order of ``CommonRegulatorQuery/targets``.
        public var distances: [Int]
        /// Its net effect on each target over the shortest paths.
        public var effects: [NetEffect]
        /// The sum of the distances.
        public var totalDistance: Int { distances.reduce(0, +) }
    }

    /// The common regulators, by total distance, then node id. The targets themselves are left out.
    public func run(on graph: PathwayGraph) throws(QueryError) -> [Regulator] {
        guard Set(targets).count >= 2 else { throw .tooFewNodes("regulators needs at least two different nodes") }
        guard constraints.sign == nil, constraints.via.isEmpty else {
            throw .unsupported("regulators does not take --sign or --via")
        }
        for target in targets { try constraints.validate(from: nil, to: target, in: graph) }
        let subgraph = AdmissibleSubgraph(graph: graph, constraints: constraints, includeUnsigned: true)
        let layers = targets.map {
            subgraph.shortestPathSigns(from: $0, forward: false, maxDepth: constraints.maxDepth)
        }
        let targetSet = Set(targets)
        return graph.nodes.indices
            .filter { node in
                !targetSet.contains(node) && layers.allSatisfy { $0.distance[node] != AdmissibleSubgraph.unreachable }
            }
            .map { node in
                Regulator(
                    node: node, distances: layers.map { Int($0.distance[node]) },
                    effects: layers.map { $0.signs[node].netEffect })
            }
            .sorted { ($0.totalDistance, graph.nodes[$0.node].id) < ($1.totalDistance, graph.nodes[$1.node].id) }
    }
}
