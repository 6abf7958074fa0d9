/// `perturb`: activate or block nodes and follow the consequences through the graph, qualitatively.
///
/// Semantics (`Docs/queries.md`):
/// 1. Knocked-out nodes are removed with their interactions.
/// 2. A node with an admissible *necessary* input whose source is knocked out, silenced, or lost (it changes
///    without the knockouts and not with them) cannot respond at all; one with a *partly necessary* input taken
///    away so responds weaker, as does every node that only such a node reaches. An input counts only when it
///    responds to the perturbation without the knockouts: taking away a route the drug does not use changes
///    nothing (irradiation that stops neurogenesis silences fluoxetine's effect, not ketamine's).
/// 3. Perturbed nodes are clamped: activated ones increase, blocked ones decrease, whatever reaches them.
/// 4. Every other node changes by the signs of the admissible simple paths (at most `maxDepth` interactions)
///    from a perturbed node to it that pass through no other perturbed node, times the perturbation's sign:
///    `increases`, `decreases`, or `mixed` when both arrive. Nodes no path reaches are unaffected.
///
/// With knockouts, the same perturbation is also run without them, and the effects that change are reported:
/// this replays experiments such as "an AMPA receptor antagonist abolishes ketamine's antidepressant effect".
public struct PerturbationQuery: Sendable {
    /// What is done to a node.
    public enum Action: String, Sendable, Hashable, CaseIterable {
        /// The node's activity is raised.
        case activate
        /// The node's activity is lowered.
        case block

        /// `+` for activate, `−` for block.
        public var sign: Sign { self == .activate ? .positive : .negative }
    }

    /// One perturbed node.
    public struct Perturbation: Sendable, Hashable {
        /// The node.
        public var node: NodeIndex
        /// Activated or blocked.
        public var action: Action

        /// Creates a perturbation.
        public init(node: NodeIndex, action: Action) {
            self.node = node
            self.action = action
        }
    }

    /// The perturbed nodes.
    public var perturbations: [Perturbation]
    /// The longest path followed, in interactions.
    public var maxDepth: Int
    /// Which nodes and interactions may be used; ``PathFilter/knockout`` lists the nodes removed.
    public var filter: PathFilter
    /// Work limits, per affected node.
    public var budget: QueryBudget

    /// Creates a query.
    public init(
        perturbations: [Perturbation], maxDepth: Int = PathDepth.standard, filter: PathFilter = .none,
        budget: QueryBudget = QueryBudget()
    ) {
        self.perturbations = perturbations
        self.maxDepth = maxDepth
        self.filter = filter
        self.budget = budget
    }

    /// The change of one node.
    public struct Change: Sendable, Hashable {
        /// The node.
        public var node: NodeHandle
        /// How it changes (never `none`: unaffected nodes are left out).
        public var change: NetEffect
        /// How well each sign of the change is supported: the weakest step of the best path that sets it.
        public var evidence: ChangeEvidence
        /// Whether the change rests only on clinical observations (a drug's interaction straight to a clinical
        /// node, ``PathwayGraph/isClinicalObservation(_:)``): the graph records no mechanism for it, so no
        /// knockout can take it away.
        public var restsOnClinicalObservation: Bool

        /// Creates a change.
        public init(
            node: NodeHandle, change: NetEffect, evidence: ChangeEvidence = .unknown,
            restsOnClinicalObservation: Bool = false
        ) {
            self.node = node
            self.change = change
            self.evidence = evidence
            self.restsOnClinicalObservation = restsOnClinicalObservation
        }
    }

    /// A perturbation as the result reports it.
    public struct AppliedPerturbation: Sendable, Hashable {
        /// The node.
        public var node: NodeHandle
        /// Activated or blocked.
        public var action: Action

        /// Creates one.
        public init(node: NodeHandle, action: Action) {
            self.node = node
            self.action = action
        }
    }

    /// A change that differs once the knockouts are applied.
    public struct Difference: Sendable, Hashable {
        /// The node.
        public var node: NodeHandle
        /// Its change without the knockouts.
        public var without: NetEffect
        /// Its change with them (`none` when the effect is lost).
        public var with: NetEffect
        /// How well its change without the knockouts is supported.
        public var withoutEvidence: ChangeEvidence
        /// Whether it still changes the same way but weaker: a *partly necessary* input was taken away.
        public var isWeakened: Bool

        /// Creates a difference.
        public init(
            node: NodeHandle, without: NetEffect, with: NetEffect, withoutEvidence: ChangeEvidence = .unknown,
            isWeakened: Bool = false
        ) {
            self.node = node
            self.without = without
            self.with = with
            self.withoutEvidence = withoutEvidence
            self.isWeakened = isWeakened
        }

        /// Whether the effect is gone with the knockouts.
        public var isLost: Bool { with == .none }
    }

    /// The answer. Encodes as the `perturb` JSON of `Docs/cli.md`.
    public struct Result: Sendable, Hashable {
        /// What was perturbed, in the query's order.
        public var perturbations: [AppliedPerturbation]
        /// The knocked-out nodes, by id.
        public var knockouts: [NodeHandle]
        /// Affected nodes (perturbed and knocked-out nodes excluded), in node-id order.
        public var effects: [Change]
        /// Nodes that cannot respond because a necessary input was knocked out, silenced or lost.
        public var silenced: [NodeHandle]
        /// Nodes that still respond, weaker: a partly necessary input was knocked out, silenced or lost, or every
        /// route to them passes through such a node. Also listed in ``differences`` with `isWeakened`.
        public var weakened: [NodeHandle]
        /// Changes that differ from the same perturbation without knockouts (empty without knockouts).
        public var differences: [Difference]
        /// Whether a budget stopped some search: then some changes may be missing.
        public var truncated: Bool
        /// Why the searches stopped: complete, at their budget, or cancelled (when `truncated`, which of the two).
        public var stop: QueryStop

        /// Creates a result; `stop` is ``QueryStop/budget`` when `truncated` and not given.
        public init(
            perturbations: [AppliedPerturbation], knockouts: [NodeHandle], effects: [Change], silenced: [NodeHandle],
            weakened: [NodeHandle] = [], differences: [Difference], truncated: Bool, stop: QueryStop? = nil
        ) {
            self.stop = stop ?? (truncated ? .budget : .complete)
            self.perturbations = perturbations
            self.knockouts = knockouts
            self.effects = effects
            self.silenced = silenced
            self.weakened = weakened
            self.differences = differences
            self.truncated = truncated
        }
    }

    /// Runs the perturbation.
    public func run(on graph: PathwayGraph) throws(QueryError) -> Result {
        guard !perturbations.isEmpty else { throw .noPerturbation }
        let constraints = SearchConstraints(maxDepth: maxDepth, filter: filter)
        let nodes = perturbations.map(\.node)
        for node in nodes { try constraints.validate(from: node.rawValue, to: nil, in: graph) }
        var seen = Set<Int>()
        for node in nodes where !seen.insert(node.rawValue).inserted { throw .perturbedTwice(node: graph[node].id) }
        let deadline = Deadline(after: budget.timeout)
        let perturbed = Set(nodes.map(\.rawValue))
        guard !filter.knockout.isEmpty else {
            let state = propagate(constraints: constraints, blocking: [], deadline: deadline, in: graph)
            return report(
                state, silenced: [], weakened: [], differences: [], constraints: constraints,
                deadline: deadline, in: graph)
        }
        var baselineConstraints = constraints
        baselineConstraints.filter.knockout = []
        let baseline = propagate(constraints: baselineConstraints, blocking: [], deadline: deadline, in: graph)
        let responses = Responses(
            knockedOut: constraints.knockout, perturbed: perturbed, responding: Set(baseline.changes.keys),
            filter: filter, in: graph)
        // Silencing grows until it settles: a necessary input that is lost (it changes without the knockouts and
        // not with them) silences its target too.
        var silenced = responses.silenced(unable: constraints.knockout)
        var state = propagate(constraints: constraints, blocking: silenced, deadline: deadline, in: graph)
        var lost = Set(baseline.changes.keys).subtracting(state.changes.keys).subtracting(perturbed)
        while true {
            let grown = silenced.union(responses.silenced(unable: constraints.knockout.union(silenced).union(lost)))
            guard grown != silenced else { break }
            silenced = grown
            state = propagate(constraints: constraints, blocking: silenced, deadline: deadline, in: graph)
            lost = Set(baseline.changes.keys).subtracting(state.changes.keys).subtracting(perturbed)
        }
        let weakened = responses.weakened(
            unable: constraints.knockout.union(silenced).union(lost), responding: Set(state.changes.keys),
            blocking: silenced, constraints: constraints, in: graph)
        let baselineEvidence = grade(
            baseline.changes, constraints: baselineConstraints, blocking: [],
            deadline: deadline, in: graph)
        let differences = Set(state.changes.keys).union(baseline.changes.keys).union(weakened)
            .filter { !constraints.knockout.contains($0) && !perturbed.contains($0) }
            .compactMap { node -> Difference? in
                let before = baseline.changes[node]?.netEffect ?? .none
                let after = state.changes[node]?.netEffect ?? .none
                let isWeakened = weakened.contains(node) && before == after
                guard before != after || isWeakened else { return nil }
                return Difference(
                    node: graph.handle(node), without: before, with: after,
                    withoutEvidence: baselineEvidence[node] ?? .unknown, isWeakened: isWeakened)
            }
            .sorted { $0.node.id < $1.node.id }
        var result = report(
            state, silenced: silenced, weakened: weakened, differences: differences, constraints: constraints,
            deadline: deadline, in: graph)
        result.truncated = result.truncated || baseline.truncated
        result.stop = .of(truncated: result.truncated)
        return result
    }

    /// The changes one propagation found, by node index, and whether a budget cut it short.
    private struct State {
        var changes: [Int: SignSet]
        var truncated: Bool
    }

    /// The result for a settled state: each change with its evidence and whether it rests only on clinical
    /// observations.
    private func report(
        _ state: State, silenced: Set<Int>, weakened: Set<Int>, differences: [Difference],
        constraints: SearchConstraints, deadline: Deadline, in graph: PathwayGraph
    ) -> Result {
        let evidence = grade(state.changes, constraints: constraints, blocking: silenced, deadline: deadline, in: graph)
        let mechanistic =
            graph.hasClinicalObservations
            ? propagate(
                constraints: constraints, blocking: silenced, droppingClinicalObservations: true, deadline: deadline,
                in: graph
            ).changes : state.changes
        let effects = state.changes
            .map { node, signs in
                Change(
                    node: graph.handle(node), change: signs.netEffect, evidence: evidence[node] ?? .unknown,
                    restsOnClinicalObservation: mechanistic[node] == nil)
            }
            .sorted { $0.node.id < $1.node.id }
        let byID = { (nodes: Set<Int>) in nodes.map(graph.handle).sorted { $0.id < $1.id } }
        return Result(
            perturbations: perturbations.map {
                AppliedPerturbation(node: graph.handle($0.node.rawValue), action: $0.action)
            },
            knockouts: byID(constraints.knockout), effects: effects, silenced: byID(silenced),
            weakened: byID(weakened), differences: differences, truncated: state.truncated,
            stop: .of(truncated: state.truncated))
    }

    /// The evidence of each change: the same propagation (same silenced nodes) with stronger minimum levels.
    private func grade(
        _ changes: [Int: SignSet], constraints: SearchConstraints, blocking silenced: Set<Int>, deadline: Deadline,
        in graph: PathwayGraph
    ) -> [Int: ChangeEvidence] {
        EvidenceGrading.grade(changes, levels: EvidenceGrading.levels(atLeast: filter.minimumEvidence, in: graph)) {
            level in
            var strict = constraints
            strict.filter.minimumEvidence = level
            return propagate(constraints: strict, blocking: silenced, deadline: deadline, in: graph).changes
        }
    }

    private func propagate(
        constraints: SearchConstraints, blocking silenced: Set<Int>, droppingClinicalObservations: Bool = false,
        deadline: Deadline, in graph: PathwayGraph
    ) -> State {
        let perturbed = Set(perturbations.map(\.node.rawValue))
        var changes = [SignSet](repeating: [], count: graph.nodes.count)
        var truncated = false
        for perturbation in perturbations {
            var blocked = perturbed.union(silenced)
            blocked.remove(perturbation.node.rawValue)
            let subgraph = AdmissibleSubgraph(
                graph: graph, filter: constraints.filter, alsoRemoving: blocked,
                droppingClinicalObservations: droppingClinicalObservations)
            let witnesses = SignedWitnesses(
                subgraph: subgraph, from: perturbation.node.rawValue, maxDepth: constraints.maxDepth)
            // Settled by the witnesses at once; the open (target, sign) pairs searched on both cores.
            var open: [(target: Int, sign: Sign)] = []
            for target in graph.nodes.indices where witnesses.reaches(target) {
                for sign in Sign.allCases {
                    let change = SignSet(sign * perturbation.action.sign)
                    guard !changes[target].contains(change) else { continue }
                    switch witnesses.answer(for: target, sign: sign) {
                    case .absent: continue
                    case .present: changes[target].insert(change)
                    case .undecided: open.append((target, sign))
                    }
                }
            }
            let searched = open.concurrentMap(threshold: 16) { pair -> (interactions: [Int]?, truncated: Bool) in
                guard !deadline.hasPassed else { return (nil, true) }
                var signed = constraints
                signed.sign = pair.sign
                let search = PathSearch(
                    graph: graph, from: perturbation.node.rawValue, to: pair.target, constraints: signed,
                    budget: budget,
                    subgraph: subgraph, deadline: deadline)
                return search.anyPath()
            }
            for (pair, found) in zip(open, searched) {
                truncated = truncated || found.truncated
                if found.interactions != nil {
                    changes[pair.target].insert(SignSet(pair.sign * perturbation.action.sign))
                }
            }
        }
        var byNode: [Int: SignSet] = [:]
        for node in changes.indices where !changes[node].isEmpty && !perturbed.contains(node) {
            byNode[node] = changes[node]
        }
        return State(changes: byNode, truncated: truncated)
    }
}

/// Which nodes cannot respond, or respond weaker, once inputs are taken away: the *necessary* and *partly
/// necessary* interactions the filter admits, read once per query.
private struct Responses {
    let knockedOut: Set<Int>
    let perturbed: Set<Int>
    /// The nodes that respond to the perturbation without the knockouts: only their loss counts.
    let respondingWithoutKnockouts: Set<Int>
    /// Admissible necessary interactions, as (source, target).
    let necessary: [(source: Int, target: Int)]
    /// Admissible partly necessary interactions, as (source, target).
    let partlyNecessary: [(source: Int, target: Int)]

    /// Interactions the filter drops (another species under `context`, weaker evidence under `minimumEvidence`)
    /// count for nothing here.
    init(knockedOut: Set<Int>, perturbed: Set<Int>, responding: Set<Int>, filter: PathFilter, in graph: PathwayGraph) {
        self.knockedOut = knockedOut
        self.perturbed = perturbed
        self.respondingWithoutKnockouts = responding
        var filterOnly = filter
        filterOnly.knockout = []
        filterOnly.avoid = []
        let admissible = AdmissibleSubgraph(graph: graph, filter: filterOnly)
        var necessary: [(source: Int, target: Int)] = []
        var partly: [(source: Int, target: Int)] = []
        for (index, record) in graph.packed.enumerated() where admissible.edgeSign(index) != 0 {
            let pair = (source: Int(record.source), target: Int(record.target))
            if record.flags & PackedInteraction.necessaryFlag != 0 { necessary.append(pair) }
            if record.flags & PackedInteraction.partlyNecessaryFlag != 0 { partly.append(pair) }
        }
        self.necessary = necessary
        self.partlyNecessary = partly
    }

    /// The targets of necessary interactions whose source is in `unable` and responds without the knockouts,
    /// followed to a fixed point. Perturbed nodes are clamped and never silenced; knocked-out nodes are gone already.
    func silenced(unable start: Set<Int>) -> Set<Int> {
        var silent = Set<Int>()
        var unable = start.intersection(respondingWithoutKnockouts)
        var grew = true
        while grew {
            grew = false
            for (source, target) in necessary
            where unable.contains(source) && !perturbed.contains(target) && !silent.contains(target)
                && !knockedOut.contains(target)
            {
                silent.insert(target)
                if respondingWithoutKnockouts.contains(target) { unable.insert(target) }
                grew = true
            }
        }
        return silent
    }

    /// The responding nodes that respond weaker: targets of partly necessary interactions whose source is in
    /// `unable` and responds without the knockouts, and every responding node that no perturbation reaches once those are set aside.
    func weakened(
        unable: Set<Int>, responding: Set<Int>, blocking silenced: Set<Int>, constraints: SearchConstraints,
        in graph: PathwayGraph
    ) -> Set<Int> {
        let direct = Set(
            partlyNecessary.filter {
                unable.contains($0.source) && respondingWithoutKnockouts.contains($0.source)
                    && responding.contains($0.target)
            }.map(\.target))
        guard !direct.isEmpty else { return [] }
        var reachedAround = Set<Int>()
        for source in perturbed {
            let subgraph = AdmissibleSubgraph(
                graph: graph, filter: constraints.filter,
                alsoRemoving: perturbed.union(silenced).union(direct).subtracting([source]))
            let witnesses = SignedWitnesses(subgraph: subgraph, from: source, maxDepth: constraints.maxDepth)
            for node in responding where witnesses.reaches(node) { reachedAround.insert(node) }
        }
        return direct.union(responding.subtracting(reachedAround))
    }
}
