/// A directed, signed, evidence-carrying influence of one node on another.
///
/// Several interactions may join the same pair of nodes (different evidence, even opposite signs): the graph
/// is a multigraph. Nodes are referred to by their index in ``PathwayGraph/nodes``.
public struct Interaction: Sendable, Hashable {
    /// Index of the source node.
    public var source: NodeIndex
    /// Index of the target node.
    public var target: NodeIndex
    /// What the source does to the target.
    public var relation: Relation
    /// How well supported the interaction is; `nil` when not recorded (imported networks).
    public var evidence: EvidenceLevel?
    /// Keys into the graph's reference list.
    public var references: [String]
    /// Species, region and cell population it was observed in.
    public var context: InteractionContext
    /// How long after the cause the effect appears.
    public var timescale: Timescale?
    /// Whether the target cannot respond at all without this input (see `perturb` in `Docs/queries.md`).
    public var isNecessary: Bool
    /// Whether the target still responds without this input, but weaker: a knockout of the source attenuates
    /// rather than abolishes (`partly-necessary` in `.npath`).
    public var isPartlyNecessary: Bool
    /// A free-text note for readers.
    public var note: String?

    /// Creates an interaction.
    public init(
        source: NodeIndex, target: NodeIndex, relation: Relation, evidence: EvidenceLevel? = nil,
        references: [String] = [],
        context: InteractionContext = InteractionContext(), timescale: Timescale? = nil, isNecessary: Bool = false,
        isPartlyNecessary: Bool = false, note: String? = nil
    ) {
        self.isPartlyNecessary = isPartlyNecessary
        self.source = source
        self.target = target
        self.relation = relation
        self.evidence = evidence
        self.references = references
        self.context = context
        self.timescale = timescale
        self.isNecessary = isNecessary
        self.note = note
    }

    /// The sign of the relation, `nil` for an association of unknown sign.
    public var sign: Sign? { relation.sign }
}

/// The packed form of an interaction kept by ``PathwayGraph``: 16 bytes, no references to the heap.
struct PackedInteraction: Sendable {
    var source: Int32
    var target: Int32
    /// Index into the graph's annotation table; 0 is the shared empty annotation.
    var annotation: Int32
    var relation: UInt8
    var evidence: UInt8
    var timescale: UInt8
    var flags: UInt8

    static let necessaryFlag: UInt8 = 1
    static let partlyNecessaryFlag: UInt8 = 2
    /// Every flag a record may carry.
    static let knownFlags: UInt8 = necessaryFlag | partlyNecessaryFlag

    /// The flags of an interaction.
    static func flags(of interaction: Interaction) -> UInt8 {
        (interaction.isNecessary ? necessaryFlag : 0) | (interaction.isPartlyNecessary ? partlyNecessaryFlag : 0)
    }

    var sign: Sign? { Relation.signByCode[Int(relation)] }
}

/// The parts of an interaction that live on the heap, stored once per annotated interaction.
struct InteractionAnnotation: Sendable, Hashable {
    var references: [String] = []
    var context = InteractionContext()
    var note: String?

    static let empty = InteractionAnnotation()
}
