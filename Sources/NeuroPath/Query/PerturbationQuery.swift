/// `perturb`: activate or block nodes and follow the consequences through the graph, qualitatively.
///
/// Semantics (`Docs/queries.md`):
/// 1. Knocked-out nodes are removed with their interactions.
/// 2. A node with an admissible *necessary* input whose source is knocked out, or itself silenced, cannot respond
///    at all.
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

        /// Creates a change.
        public init(node: NodeHandle, change: NetEffect) {
            self.node = node
            self.change = change
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

        /// Creates a difference.
        public init(node: NodeHandle, without: NetEffect, with: NetEffect) {
            self.node = node
            self.without = without
            self.with = with
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
        /// Nodes that cannot respond because a necessary input was knocked out.
        public var silenced: [NodeHandle]
        /// Changes that differ from the same perturbation without knockouts (empty without knockouts).
        public var differences: [Difference]
        /// Whether a budget stopped some search: then some changes may be missing.
        public var truncated: Bool
        /// Why the searches stopped: complete, at their budget, or cancelled (when `truncated`, which of the two).
        public var stop: QueryStop

        /// Creates a result; `stop` is ``QueryStop/budget`` when `truncated` and not given.
        public init(
            perturbations: [AppliedPerturbation], knockouts: [NodeHandle], effects: [Change], silenced: [NodeHandle],
            differences: [Difference], truncated: Bool, stop: QueryStop? = nil
        ) {
            self.stop = stop ?? (truncated ? .budget : .complete)
            self.perturbations = perturbations
            self.knockouts = knockouts
            self.effects = effects
            self.silenced = silenced
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
        var result = propagate(constraints: constraints, in: graph)
        guard !filter.knockout.isEmpty else { return result }
        var baseline = constraints
        baseline.filter.knockout = []
        let without = propagate(constraints: baseline, in: graph)
        let withChanges = Dictionary(uniqueKeysWithValues: result.effects.map { ($0.node, $0.change) })
        let withoutChanges = Dictionary(uniqueKeysWithValues: without.effects.map { ($0.node, $0.change) })
        result.differences = Set(withChanges.keys).union(withoutChanges.keys)
            .filter { !filter.knockout.contains($0.index) }
            .compactMap { node in
                let before = withoutChanges[node] ?? .none
                let after = withChanges[node] ?? .none
                return before == after ? nil : Difference(node: node, without: before, with: after)
            }
            .sorted { $0.node.id < $1.node.id }
        result.truncated = result.truncated || without.truncated
        result.stop = .of(truncated: result.truncated)
        return result
    }

    private func propagate(constraints: SearchConstraints, in graph: PathwayGraph) -> Result {
        let knockedOut = constraints.knockout
        let perturbed = Set(perturbations.map(\.node.rawValue))
        let silenced = Self.silenced(
            knockedOut: knockedOut, sparing: perturbed, filter: constraints.filter, in: graph)
        var changes = [SignSet](repeating: [], count: graph.nodes.count)
        var truncated = false
        // One budget for the whole propagation, not one per node.
        let deadline = Deadline(after: budget.timeout)
        for perturbation in perturbations {
            var blocked = perturbed.union(silenced)
            blocked.remove(perturbation.node.rawValue)
            let subgraph = AdmissibleSubgraph(graph: graph, filter: constraints.filter, alsoRemoving: blocked)
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
        let effects = changes.indices
            .filter { !changes[$0].isEmpty && !perturbed.contains($0) }
            .map { Change(node: graph.handle($0), change: changes[$0].netEffect) }
            .sorted { $0.node.id < $1.node.id }
        let byID = { (nodes: Set<Int>) in nodes.map(graph.handle).sorted { $0.id < $1.id } }
        return Result(
            perturbations: perturbations.map {
                AppliedPerturbation(node: graph.handle($0.node.rawValue), action: $0.action)
            },
            knockouts: byID(knockedOut), effects: effects, silenced: byID(silenced), differences: [],
            truncated: truncated, stop: .of(truncated: truncated))
    }
    /// The nodes that cannot respond: targets of admissible *necessary* interactions whose source is knocked
    /// out or is itself silenced, followed to a fixed point. Interactions the filter drops (another species
    /// under `context`, weaker evidence under `minimumEvidence`) silence nothing. Perturbed nodes are clamped and
    /// never silenced.
    static func silenced(
        knockedOut: Set<Int>, sparing perturbed: Set<Int>, filter: PathFilter, in graph: PathwayGraph
    ) -> Set<Int> {
        guard !knockedOut.isEmpty else { return [] }
        var filterOnly = filter
        filterOnly.knockout = []
        filterOnly.avoid = []
        let admissible = AdmissibleSubgraph(graph: graph, filter: filterOnly)
        let necessary = graph.packed.indices.filter { index in
            graph.packed[index].flags & PackedInteraction.necessaryFlag != 0 && admissible.edgeSign(index) != 0
        }
        var silent = Set<Int>()
        var unable = knockedOut
        var grew = true
        while grew {
            grew = false
            for index in necessary {
                let record = graph.packed[index]
                let target = Int(record.target)
                guard unable.contains(Int(record.source)), !perturbed.contains(target), !unable.contains(target)
                else { continue }
                silent.insert(target)
                unable.insert(target)
                grew = true
            }
        }
        return silent
    }
}
