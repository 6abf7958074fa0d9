/// `effect`: the net effect of one node on another over all admissible paths: `increases` when every path is
/// positive, `decreases` when every path is negative, `mixed` when both exist, `none` when there is no path.
public struct EffectQuery: Sendable {
    /// The source node.
    public var from: Int
    /// Filters and the depth limit (a `sign` in them is ignored: both signs are looked for).
    public var constraints: PathConstraints
    /// Supporting paths listed per sign.
    public var pathsPerSign: Int
    /// Work limits, per target.
    public var budget: QueryBudget

    /// Creates a query.
    public init(
        from: Int, constraints: PathConstraints = PathConstraints(), pathsPerSign: Int = 3,
        budget: QueryBudget = QueryBudget()
    ) {
        self.from = from
        self.constraints = constraints
        self.pathsPerSign = pathsPerSign
        self.budget = budget
    }

    /// The effect on one target.
    public struct Result: Sendable {
        /// The target node.
        public var target: Int
        /// The net effect.
        public var effect: NetEffect
        /// The best supporting paths: positive ones first, then negative ones.
        public var paths: [CausalPath]
        /// Whether a budget stopped the search before both signs were settled.
        public var truncated: Bool
    }

    /// The net effect on `target`.
    public func run(to target: Int, on graph: PathwayGraph) throws(QueryError) -> Result {
        var unsigned = constraints
        unsigned.sign = nil
        try unsigned.validate(from: from, to: target, in: graph)
        let subgraph = AdmissibleSubgraph(graph: graph, constraints: unsigned)
        return effect(on: target, subgraph: subgraph, in: graph)
    }

    /// The net effect on every node reachable within the depth limit, in node order (nodes with no path are
    /// left out).
    public func runOnAll(_ graph: PathwayGraph) throws(QueryError) -> [Result] {
        var unsigned = constraints
        unsigned.sign = nil
        try unsigned.validate(from: from, to: nil, in: graph)
        let subgraph = AdmissibleSubgraph(graph: graph, constraints: unsigned)
        let reach = subgraph.distances(to: from, forward: true, maxDepth: unsigned.maxDepth)
        // One budget for the whole answer, not one per node.
        let deadline = Deadline(after: budget.timeout)
        return reach.indices.compactMap { target in
            guard target != from, reach[target] != AdmissibleSubgraph.unreachable else { return nil }
            if deadline.hasPassed { return Result(target: target, effect: .none, paths: [], truncated: true) }
            let result = effect(on: target, subgraph: subgraph, in: graph, deadline: deadline)
            return result.effect == .none && !result.truncated ? nil : result
        }
    }

    private func effect(
        on target: Int, subgraph: AdmissibleSubgraph, in graph: PathwayGraph, deadline: Deadline? = nil
    ) -> Result {
        var signs: SignSet = []
        var paths: [CausalPath] = []
        var truncated = false
        for sign in Sign.allCases {
            var signed = constraints
            signed.sign = sign
            var search = PathSearch(
                graph: graph, from: from, to: target, constraints: signed, budget: budget, subgraph: subgraph,
                deadline: deadline)
            let found = search.bestPaths(limit: max(1, pathsPerSign))
            truncated = truncated || found.truncated
            if !found.paths.isEmpty { signs.insert(SignSet(sign)) }
            paths += found.paths.prefix(pathsPerSign)
        }
        return Result(target: target, effect: signs.netEffect, paths: paths, truncated: truncated)
    }
}
