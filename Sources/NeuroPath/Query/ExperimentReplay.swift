/// `experiments`: a graph's classic experiment (``ClassicExperiment``) replayed with ``PerturbationQuery`` (its
/// nodes activated, its knockouts removed, its context kept), each expected outcome compared with what the model
/// answers. The model matches the paper when every expectation holds.
///
/// A node's outcome compares its change with the knockout against its change without it (the same activation,
/// the same context): `lost` when it changes without and not with; `kept` when it changes the same way in both;
/// `weakened` when it changes the same way in both but a partly necessary input was taken away; `rises` or
/// `falls` by its change with the knockout. A pretreatment drug removes what it blocks directly.
public struct ExperimentReplay: Sendable {
    /// The experiment.
    public var experiment: ClassicExperiment
    /// The longest path followed, in interactions.
    public var maxDepth: Int
    /// Work limits.
    public var budget: QueryBudget

    /// Creates a replay.
    public init(_ experiment: ClassicExperiment, maxDepth: Int = 12, budget: QueryBudget = QueryBudget()) {
        self.experiment = experiment
        self.maxDepth = maxDepth
        self.budget = budget
    }

    /// One expected outcome, checked.
    public struct Check: Sendable, Hashable {
        /// The node.
        public var node: NodeHandle
        /// What the paper implies.
        public var expected: ClassicExperiment.Outcome
        /// Its change without the knockout.
        public var without: NetEffect
        /// Its change with the knockout.
        public var with: NetEffect
        /// Whether it changes the same way with the knockout but weaker.
        public var isWeakened: Bool

        /// Creates a check.
        public init(
            node: NodeHandle, expected: ClassicExperiment.Outcome, without: NetEffect, with: NetEffect,
            isWeakened: Bool = false
        ) {
            self.isWeakened = isWeakened
            self.node = node
            self.expected = expected
            self.without = without
            self.with = with
        }

        /// Whether the model gives the expected outcome.
        public var holds: Bool {
            switch expected {
            case .lost: without != .none && with == .none
            case .kept: with != .none && with == without && !isWeakened
            case .weakened: with != .none && with == without && isWeakened
            case .unchanged: with == .none && without == .none
            case .rises: with == .increases
            case .falls: with == .decreases
            }
        }
    }

    /// The replay's answer.
    public struct Result: Sendable, Hashable {
        /// The experiment's key.
        public var key: String
        /// Its name.
        public var name: String
        /// Each expectation, checked, in declaration order.
        public var checks: [Check]
        /// What the paper found.
        public var finding: String?
        /// The keys of the references reporting it.
        public var references: [String]
        /// Why the model does not reproduce it, when the graph says so.
        public var limitation: String?
        /// The perturbation the replay ran (with the knockouts), for the whole picture.
        public var perturbation: PerturbationQuery.Result

        /// Creates a result.
        public init(
            key: String, name: String, checks: [Check], finding: String? = nil, references: [String] = [],
            limitation: String? = nil, perturbation: PerturbationQuery.Result
        ) {
            self.key = key
            self.name = name
            self.checks = checks
            self.finding = finding
            self.references = references
            self.limitation = limitation
            self.perturbation = perturbation
        }

        /// Whether every expectation holds: the model reproduces what the paper found.
        public var matchesThePaper: Bool { checks.allSatisfy(\.holds) && !perturbation.truncated }
    }

    /// Replays the experiment.
    public func run(on graph: PathwayGraph) throws(QueryError) -> Result {
        for node in experiment.expectations.map(\.node) where !graph.contains(node) {
            throw .nodeOutOfRange(index: node.rawValue, nodeCount: graph.nodes.count)
        }
        let query = PerturbationQuery(
            perturbations: experiment.activate.map { .init(node: $0, action: .activate) }, maxDepth: maxDepth,
            filter: PathFilter(knockout: experiment.removedNodes(in: graph), context: experiment.context),
            budget: budget)
        let result = try query.run(on: graph)
        let with = Dictionary(uniqueKeysWithValues: result.effects.map { ($0.node.index, $0.change) })
        let differences = Dictionary(uniqueKeysWithValues: result.differences.map { ($0.node.index, $0.without) })
        let weakened = Set(result.weakened.map(\.index))
        let checks = experiment.expectations.map { expectation in
            let after = with[expectation.node] ?? .none
            return Check(
                node: graph.handle(expectation.node.rawValue), expected: expectation.outcome,
                without: differences[expectation.node] ?? after, with: after,
                isWeakened: weakened.contains(expectation.node))
        }
        return Result(
            key: experiment.key, name: experiment.name, checks: checks, finding: experiment.finding,
            references: experiment.references, limitation: experiment.limitation, perturbation: result)
    }
}

extension ExperimentReplay: GraphQuery {}
