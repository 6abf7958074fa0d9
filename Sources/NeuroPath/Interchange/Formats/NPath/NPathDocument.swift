/// One `.npath` file as written: its statements in order, comments and blank lines included, so that the
/// canonical writer can reproduce it. Node ids are still text here; loading the file resolves them.
public struct NPathDocument: Sendable, Hashable {
    /// The statements, in file order.
    public var statements: [NPathStatement]

    /// Creates a document.
    public init(statements: [NPathStatement] = []) { self.statements = statements }

    /// The included paths, as written.
    public var includes: [String] {
        statements.compactMap { if case .include(let path) = $0 { path } else { nil } }
    }
}

/// One statement of an `.npath` file.
public enum NPathStatement: Sendable, Hashable {
    /// A whole-line comment (text after `#`).
    case comment(String)
    /// One or more blank lines (the writer keeps one).
    case blank
    /// `graph NAME title="…"`: the graph's name and title.
    case graph(name: String, title: String?)
    /// `include "path"`: declarations shared from another file.
    case include(String)
    /// `population ID label="…" description="…"`.
    case population(CellPopulation)
    /// `node ID KIND label="…" synonyms=… xref=… description="…"`.
    case node(Node)
    /// `reference KEY authors="…" year=… title="…" journal="…" doi=… pmid=…`.
    case reference(Reference)
    /// `SOURCE RELATION TARGET evidence=… species=… region=… cell=… time=… refs=… necessary|partly-necessary note="…"`.
    case interaction(NPathInteraction)
    /// `question FROM TO`: the question the graph opens with.
    case question(from: String, to: String)
    /// `experiment KEY name="…" activate=… knockout=… pretreat=… context=… finding="…" refs=… expect=NODE:OUTCOME,…
    /// limitation="…"`.
    case experiment(NPathExperiment)
}

/// A classic experiment as written, with node ids as text.
public struct NPathExperiment: Sendable, Hashable {
    /// The experiment's key.
    public var key: String
    /// Its name.
    public var name: String
    /// Ids of the nodes activated.
    public var activate: [String]
    /// Ids of the nodes knocked out.
    public var knockout: [String]
    /// Ids of the drugs given first, at blocking doses.
    public var pretreat: [String]
    /// The context the replay keeps to.
    public var context: String?
    /// What the paper found.
    public var finding: String?
    /// Reference keys.
    public var references: [String]
    /// Expected outcomes, by node id.
    public var expectations: [Expectation]
    /// Why the model does not reproduce the paper, when it is known not to.
    public var limitation: String?

    /// One expected outcome, `NODE:OUTCOME` in the file.
    public struct Expectation: Sendable, Hashable {
        /// The node's id.
        public var node: String
        /// What it does.
        public var outcome: ClassicExperiment.Outcome

        /// Creates an expectation.
        public init(node: String, outcome: ClassicExperiment.Outcome) {
            self.node = node
            self.outcome = outcome
        }
    }

    /// Creates an experiment statement.
    public init(
        key: String, name: String, activate: [String], knockout: [String] = [], pretreat: [String] = [],
        context: String? = nil, finding: String? = nil, references: [String] = [], expectations: [Expectation] = [],
        limitation: String? = nil
    ) {
        self.pretreat = pretreat
        self.limitation = limitation
        self.key = key
        self.name = name
        self.activate = activate
        self.knockout = knockout
        self.context = context
        self.finding = finding
        self.references = references
        self.expectations = expectations
    }

    /// Every node id it names, in order: activated, knocked out, pretreated, expected.
    var nodeIDs: [String] { activate + knockout + pretreat + expectations.map(\.node) }
}

/// An interaction as written, with node ids as text.
public struct NPathInteraction: Sendable, Hashable {
    /// Source node id.
    public var source: String
    /// The relation.
    public var relation: Relation
    /// Target node id.
    public var target: String
    /// Evidence level.
    public var evidence: EvidenceLevel?
    /// Reference keys.
    public var references: [String]
    /// Species, region and cell population.
    public var context: InteractionContext
    /// Timescale.
    public var timescale: Timescale?
    /// Whether the target cannot respond without this input.
    public var isNecessary: Bool
    /// Whether the target still responds without this input, weaker.
    public var isPartlyNecessary: Bool
    /// A note for readers.
    public var note: String?

    /// Creates an interaction statement.
    public init(
        source: String, relation: Relation, target: String, evidence: EvidenceLevel? = nil, references: [String] = [],
        context: InteractionContext = InteractionContext(), timescale: Timescale? = nil, isNecessary: Bool = false,
        isPartlyNecessary: Bool = false, note: String? = nil
    ) {
        self.isPartlyNecessary = isPartlyNecessary
        self.source = source
        self.relation = relation
        self.target = target
        self.evidence = evidence
        self.references = references
        self.context = context
        self.timescale = timescale
        self.isNecessary = isNecessary
        self.note = note
    }
}

/// Where a statement was written, for diagnostics raised after parsing (unknown nodes, duplicates).
struct NPathStatementOrigin: Sendable, Hashable {
    var file: String
    var line: Int
    var text: String
    /// Column and length of each word of the head, by position (0 = first word).
    var headWords: [(column: Int, length: Int)]
    /// Column and length of each reference key in `refs=`, in order.
    var referenceTokens: [(column: Int, length: Int, line: Int, text: String)]
    /// Column and length of each node id an experiment or question names, in the order of
    /// ``NPathExperiment/nodeIDs`` (or from, to).
    var nodeTokens: [(column: Int, length: Int, line: Int, text: String)] = []

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.file == rhs.file && lhs.line == rhs.line }
    func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
    }
}
