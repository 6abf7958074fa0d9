/// `effect`: the net effect of one node on another over all admissible paths: `increases` when every path is
/// positive, `decreases` when every path is negative, `mixed` when both exist, `none` when there is no path.
public struct EffectQuery: Sendable {
    /// The source node.
    public var from: NodeIndex
    /// The longest path considered, in interactions.
    public var maxDepth: Int
    /// Which nodes and interactions may be used.
    public var filter: PathFilter
    /// Supporting paths listed per sign.
    public var pathsPerSign: Int
    /// Which supporting paths are listed, and in what order: the most confident by default.
    public var order: PathQuery.Order
    /// Work limits, per target.
    public var budget: QueryBudget

    /// Creates a query.
    public init(
        from: NodeIndex, maxDepth: Int = PathDepth.standard, filter: PathFilter = .none, pathsPerSign: Int = 3,
        order: PathQuery.Order = .mostConfidentFirst, budget: QueryBudget = QueryBudget()
    ) {
        self.order = order
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
        /// How well each sign of the effect is supported, independent of how many paths are listed.
        public var evidence: ChangeEvidence
        /// Whether a budget stopped the search before both signs were settled: then `effect` may be incomplete
        /// (a target never reached reads `none` with `truncated` set).
        public var truncated: Bool
        /// Why the search stopped: complete, at its budget, or cancelled (when `truncated`, which of the two).
        public var stop: QueryStop

        /// Creates a result; `stop` is ``QueryStop/budget`` when `truncated` and not given.
        public init(
            from: NodeHandle, target: NodeHandle, effect: NetEffect, paths: [CausalPath],
            evidence: ChangeEvidence = .unknown, truncated: Bool, stop: QueryStop? = nil
        ) {
            self.stop = stop ?? (truncated ? .budget : .complete)
            self.evidence = evidence
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
        /// Why the search stopped: cancelled when any search was, else at its budget when any was truncated.
        public var stop: QueryStop {
            effects.contains { $0.stop == .cancelled } ? .cancelled : truncated ? .budget : .complete
        }

        /// Creates a result.
        public init(from: NodeHandle, maxDepth: Int, effects: [Result]) {
            self.from = from
            self.maxDepth = maxDepth
            self.effects = effects
        }
    }

    private func validate(to target: Int?, on graph: PathwayGraph) throws(QueryError) {
        try SearchConstraints(maxDepth: maxDepth, filter: filter).validate(from: from.rawValue, to: target, in: graph)
        guard pathsPerSign >= 0 else { throw .invalidParameter(.pathsPerSign, value: String(pathsPerSign)) }
        try budget.validate()
    }

    /// The net effect on `target`.
    public func run(to target: NodeIndex, on graph: PathwayGraph) throws(QueryError) -> Result {
        try validate(to: target.rawValue, on: graph)
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter)
        return effect(on: target.rawValue, subgraph: subgraph, in: graph)
    }

    /// The net effect on every node reachable within the depth limit, in node order (nodes with no path are
    /// left out).
    ///
    /// One breadth-first search over (node, sign) states settles most nodes exactly: no walk of a sign means no
    /// path of it, a simple shortest walk is a path. Only the rest get a path search, under one budget for the
    /// whole answer. Each result lists at most one path per sign (none when `pathsPerSign` is 0): a short
    /// witness, not the best paths ``run(to:on:)`` ranks. Each effect's evidence comes from the same search
    /// repeated with stronger minimum levels, under the same budget.
    public func runOnAll(on graph: PathwayGraph) throws(QueryError) -> AllResult {
        try validate(to: nil, on: graph)
        let deadline = Deadline(after: budget.timeout)
        let reached = reachAll(filter: filter, deadline: deadline, on: graph)
        let signs = reached.mapValues(\.signs)
        let evidence = EvidenceGrading.grade(
            signs, levels: EvidenceGrading.levels(atLeast: filter.minimumEvidence, in: graph)
        ) { level in
            var strict = filter
            strict.minimumEvidence = level
            return reachAll(filter: strict, deadline: deadline, on: graph).mapValues(\.signs)
        }
        let effects = reached.keys.sorted().map { target -> Result in
            let found = reached[target]!
            return Result(
                from: graph.handle(from.rawValue), target: graph.handle(target), effect: found.signs.netEffect,
                paths: pathsPerSign > 0 ? found.witnesses.map { CausalPath(checked: $0, in: graph) } : [],
                evidence: evidence[target] ?? .unknown, truncated: found.truncated,
                stop: .of(truncated: found.truncated))
        }
        return AllResult(from: graph.handle(from.rawValue), maxDepth: maxDepth, effects: effects)
    }

    /// What one node's search found: its signs, a witness path per sign, and whether a budget cut it short.
    private struct Reached {
        var signs: SignSet = []
        var witnesses: [[Int]] = []
        var truncated = false
    }

    /// Every node reached within the depth under `filter` (and those a budget cut short), with its signs.
    ///
    /// One breadth-first search over (node, sign) states settles most nodes exactly: no walk of a sign means no
    /// path of it, a simple shortest walk is a path. Only the rest get a path search, under the shared deadline.
    private func reachAll(filter: PathFilter, deadline: Deadline, on graph: PathwayGraph) -> [Int: Reached] {
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter)
        let witnesses = SignedWitnesses(subgraph: subgraph, from: from.rawValue, maxDepth: maxDepth)
        let reached = graph.nodes.indices.filter(witnesses.reaches)
        // The (target, sign) pairs the witnesses leave open each get a search that stops at the first path;
        // they are independent, so they run on both cores.
        let open = reached.flatMap { target in
            Sign.allCases.compactMap { sign -> (target: Int, sign: Sign)? in
                guard case .undecided = witnesses.answer(for: target, sign: sign) else { return nil }
                return (target, sign)
            }
        }
        let searched = open.concurrentMap(threshold: 16) { pair -> (interactions: [Int]?, truncated: Bool) in
            guard !deadline.hasPassed else { return (nil, true) }
            let signed = SearchConstraints(maxDepth: maxDepth, sign: pair.sign, filter: filter)
            let search = PathSearch(
                graph: graph, from: from.rawValue, to: pair.target, constraints: signed, budget: budget,
                subgraph: subgraph,
                deadline: deadline)
            return search.anyPath()
        }
        var searchedBySlot: [Int: (interactions: [Int]?, truncated: Bool)] = [:]
        for (pair, found) in zip(open, searched) { searchedBySlot[Self.slot(pair.target, pair.sign)] = found }
        var result: [Int: Reached] = [:]
        for target in reached {
            var found = Reached()
            for sign in Sign.allCases {
                var witness: [Int]?
                switch witnesses.answer(for: target, sign: sign) {
                case .absent: continue
                case .present(let edges): witness = edges
                case .undecided:
                    let searched = searchedBySlot[Self.slot(target, sign)]
                    found.truncated = found.truncated || searched?.truncated ?? true
                    witness = searched?.interactions
                }
                guard let witness else { continue }
                found.signs.insert(SignSet(sign))
                found.witnesses.append(witness)
            }
            if !found.signs.isEmpty || found.truncated { result[target] = found }
        }
        return result
    }

    /// A key for one (target, sign) pair.
    private static func slot(_ target: Int, _ sign: Sign) -> Int { 2 * target + (sign == .positive ? 0 : 1) }

    private func effect(on target: Int, subgraph: AdmissibleSubgraph, in graph: PathwayGraph) -> Result {
        var signs: SignSet = []
        var paths: [CausalPath] = []
        var truncated = false
        for sign in Sign.allCases {
            let signed = SearchConstraints(maxDepth: maxDepth, sign: sign, filter: filter)
            let search = PathSearch(
                graph: graph, from: from.rawValue, to: target, constraints: signed, budget: budget, subgraph: subgraph)
            let found = search.bestPaths(limit: max(1, pathsPerSign), byConfidence: order == .mostConfidentFirst)
            truncated = truncated || found.truncated
            if !found.paths.isEmpty { signs.insert(SignSet(sign)) }
            paths += found.paths.prefix(pathsPerSign)
        }
        let evidence = EvidenceGrading.grade(
            [target: signs], levels: EvidenceGrading.levels(atLeast: filter.minimumEvidence, in: graph)
        ) { level in
            var strict = filter
            strict.minimumEvidence = level
            let strictSubgraph = AdmissibleSubgraph(graph: graph, filter: strict)
            var arriving: SignSet = []
            for sign in Sign.allCases where signs.contains(SignSet(sign)) {
                let signed = SearchConstraints(maxDepth: maxDepth, sign: sign, filter: strict)
                let search = PathSearch(
                    graph: graph, from: from.rawValue, to: target, constraints: signed, budget: budget,
                    subgraph: strictSubgraph)
                if search.anyPath().interactions != nil { arriving.insert(SignSet(sign)) }
            }
            return [target: arriving]
        }
        return Result(
            from: graph.handle(from.rawValue), target: graph.handle(target), effect: signs.netEffect, paths: paths,
            evidence: evidence[target] ?? .unknown, truncated: truncated, stop: .of(truncated: truncated))
    }
}

extension EffectQuery {
    /// ``runOnAll(on:)`` under its former name.
    @available(*, deprecated, renamed: "runOnAll(on:)")
    public func runOnAll(_ graph: PathwayGraph) throws(QueryError) -> AllResult { try runOnAll(on: graph) }
}
