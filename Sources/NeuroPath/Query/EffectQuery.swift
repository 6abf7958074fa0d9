/// `effect`: the net effect of one node on another over all admissible paths: `increases` when every path is
/// positive, `decreases` when every path is negative, `mixed` when both exist, `none` when there is no path.
public struct EffectQuery: Sendable {
    /// The source node.
    public var from: Int
    /// The longest path considered, in interactions.
    public var maxDepth: Int
    /// Which nodes and interactions may be used.
    public var filter: PathFilter
    /// Supporting paths listed per sign.
    public var pathsPerSign: Int
    /// Work limits, per target.
    public var budget: QueryBudget

    /// Creates a query.
    public init(
        from: Int, maxDepth: Int = PathDepth.standard, filter: PathFilter = .none, pathsPerSign: Int = 3,
        budget: QueryBudget = QueryBudget()
    ) {
        self.from = from
        self.maxDepth = maxDepth
        self.filter = filter
        self.pathsPerSign = pathsPerSign
        self.budget = budget
    }

    /// Why the answer is `none` although the query was well formed.
    public enum NoEffectReason: String, Sendable, Hashable, Encodable {
        /// The source and the target are the same node: a node has no causal path to itself (see `loops`).
        case sameNode = "same-node"
        /// No admissible path of at most `maxDepth` interactions joins them.
        case noPath = "no-path"
    }

    /// The effect on one target. Encodes as the `effect` JSON of `Docs/cli.md`.
    public struct Result: Sendable, Hashable {
        /// The source node.
        public var from: NodeHandle
        /// The target node.
        public var target: NodeHandle
        /// The net effect.
        public var effect: NetEffect
        /// The best supporting paths: positive ones first, then negative ones.
        public var paths: [CausalPath]
        /// Whether a budget stopped the search before both signs were settled: then `effect` may be incomplete
        /// (a target never reached reads `none` with `truncated` set).
        public var truncated: Bool

        /// Creates a result.
        public init(from: NodeHandle, target: NodeHandle, effect: NetEffect, paths: [CausalPath], truncated: Bool) {
            self.from = from
            self.target = target
            self.effect = effect
            self.paths = paths
            self.truncated = truncated
        }

        /// Why the effect is `none`, when it is and the search was complete.
        public var noEffectReason: NoEffectReason? {
            guard effect == .none, !truncated else { return nil }
            return from == target ? .sameNode : .noPath
        }
    }

    /// The effect on every reachable node. Encodes as the `effect --all` JSON of `Docs/cli.md`.
    public struct AllResult: Sendable, Hashable {
        /// The source node.
        public var from: NodeHandle
        /// The depth limit.
        public var maxDepth: Int
        /// One result per node reached within the depth, in node order.
        public var effects: [Result]
        /// Whether the shared budget ran out: then some effects are marked `truncated`.
        public var truncated: Bool { effects.contains(where: \.truncated) }

        /// Creates a result.
        public init(from: NodeHandle, maxDepth: Int, effects: [Result]) {
            self.from = from
            self.maxDepth = maxDepth
            self.effects = effects
        }
    }

    private func validate(to target: Int?, on graph: PathwayGraph) throws(QueryError) {
        try SearchConstraints(maxDepth: maxDepth, filter: filter).validate(from: from, to: target, in: graph)
        guard pathsPerSign >= 0 else { throw .invalidParameter(.pathsPerSign, value: String(pathsPerSign)) }
        try budget.validate()
    }

    /// The net effect on `target`.
    public func run(to target: Int, on graph: PathwayGraph) throws(QueryError) -> Result {
        try validate(to: target, on: graph)
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter)
        return effect(on: target, subgraph: subgraph, in: graph)
    }

    /// The net effect on every node reachable within the depth limit, in node order (nodes with no path are
    /// left out).
    public func runOnAll(_ graph: PathwayGraph) throws(QueryError) -> AllResult {
        try validate(to: nil, on: graph)
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter)
        let reach = subgraph.distances(to: from, forward: true, maxDepth: maxDepth)
        // One budget for the whole answer, not one per node.
        let deadline = Deadline(after: budget.timeout)
        let effects = reach.indices.compactMap { target -> Result? in
            guard target != from, reach[target] != AdmissibleSubgraph.unreachable else { return nil }
            if deadline.hasPassed {
                return Result(
                    from: graph.handle(from), target: graph.handle(target), effect: .none, paths: [],
                    truncated: true)
            }
            let result = effect(on: target, subgraph: subgraph, in: graph, deadline: deadline)
            return result.effect == .none && !result.truncated ? nil : result
        }
        return AllResult(from: graph.handle(from), maxDepth: maxDepth, effects: effects)
    }

    private func effect(
        on target: Int, subgraph: AdmissibleSubgraph, in graph: PathwayGraph, deadline: Deadline? = nil
    ) -> Result {
        var signs: SignSet = []
        var paths: [CausalPath] = []
        var truncated = false
        for sign in Sign.allCases {
            let signed = SearchConstraints(maxDepth: maxDepth, sign: sign, filter: filter)
            var search = PathSearch(
                graph: graph, from: from, to: target, constraints: signed, budget: budget, subgraph: subgraph,
                deadline: deadline)
            let found = search.bestPaths(limit: max(1, pathsPerSign))
            truncated = truncated || found.truncated
            if !found.paths.isEmpty { signs.insert(SignSet(sign)) }
            paths += found.paths.prefix(pathsPerSign)
        }
        return Result(
            from: graph.handle(from), target: graph.handle(target), effect: signs.netEffect, paths: paths,
            truncated: truncated)
    }
}
