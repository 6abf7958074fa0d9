/// The closed vocabulary of interaction types, each with a defined sign (`Docs/format.md`).
///
/// The raw value is the word written in `.npath` files. Pharmacological relations keep their meaning on the
/// molecule they act on: `inhibitsReuptakeOf` is negative *on the transporter*; what follows downstream (more
/// transmitter in the synapse) must be modelled as its own interaction.
public enum Relation: String, Sendable, Hashable, Codable, CaseIterable {
    // Positive influence.
    /// Generic activation of the target's activity.
    case activates
    /// Raises the target's amount or level.
    case increases
    /// Causes more of the target to be released.
    case increasesReleaseOf = "increases-release-of"
    /// Raises transcription or translation of the target.
    case upregulatesExpression = "upregulates-expression"
    /// Binds and activates a receptor.
    case agonist
    /// Enhances a receptor's response to its ligand.
    case positiveAllostericModulator = "positive-allosteric-modulator"
    /// Is converted into the target by metabolism.
    case metabolisedTo = "metabolised-to"
    /// Causes the target process or effect to happen.
    case leadsTo = "leads-to"

    // Negative influence.
    /// Generic inhibition of the target's activity.
    case inhibits
    /// Lowers the target's amount or level.
    case decreases
    /// Blocks the target (a drug's block of a receptor or process).
    case blocks
    /// Binds a receptor without activating it, preventing activation.
    case antagonist
    /// Occludes an ion channel's pore.
    case channelBlocker = "channel-blocker"
    /// Dampens a receptor's response to its ligand.
    case negativeAllostericModulator = "negative-allosteric-modulator"
    /// Inhibits the transporter that takes the transmitter back up (negative on the transporter).
    case inhibitsReuptakeOf = "inhibits-reuptake-of"
    /// Causes less of the target to be released.
    case decreasesReleaseOf = "decreases-release-of"
    /// Lowers transcription or translation of the target.
    case downregulatesExpression = "downregulates-expression"

    // Unknown sign.
    /// An association of unknown sign; kept in the graph but excluded from signed queries.
    case associatedWith = "associated-with"

    /// The sign of the relation, or `nil` for associations of unknown sign.
    public var sign: Sign? {
        switch self {
        case .activates, .increases, .increasesReleaseOf, .upregulatesExpression, .agonist,
            .positiveAllostericModulator, .metabolisedTo, .leadsTo:
            .positive
        case .inhibits, .decreases, .blocks, .antagonist, .channelBlocker, .negativeAllostericModulator,
            .inhibitsReuptakeOf, .decreasesReleaseOf, .downregulatesExpression:
            .negative
        case .associatedWith:
            nil
        }
    }

    /// A short phrase for explanations and tables ("increases release of").
    public var phrase: String { rawValue.replacingOccurrences(of: "-", with: " ") }

    /// A compact index used by the graph's packed storage: the position in `allCases`.
    var code: UInt8 {
        switch self {
        case .activates: 0
        case .increases: 1
        case .increasesReleaseOf: 2
        case .upregulatesExpression: 3
        case .agonist: 4
        case .positiveAllostericModulator: 5
        case .metabolisedTo: 6
        case .leadsTo: 7
        case .inhibits: 8
        case .decreases: 9
        case .blocks: 10
        case .antagonist: 11
        case .channelBlocker: 12
        case .negativeAllostericModulator: 13
        case .inhibitsReuptakeOf: 14
        case .decreasesReleaseOf: 15
        case .downregulatesExpression: 16
        case .associatedWith: 17
        }
    }

    /// Every relation in `code` order, stored once (`allCases` builds a new array on each use).
    static let byCode: [Relation] = allCases

    /// The sign of each relation in `code` order.
    static let signByCode: [Sign?] = allCases.map(\.sign)

    /// The relation stored under a packed `code`.
    static func decode(_ code: UInt8) -> Relation { byCode[Int(code)] }
}
