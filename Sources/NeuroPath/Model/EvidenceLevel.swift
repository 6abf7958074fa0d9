import Foundation

/// How well an interaction is supported, ordered from strongest to weakest (`Docs/evidence.md`).
///
/// `established > supported > hypothesised > contested`. An interaction imported from a format that carries no
/// evidence has no level at all (`nil`), which a `--min-evidence` filter excludes.
public enum EvidenceLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Replicated, textbook-level knowledge.
    case established
    /// Shown in good studies, not yet textbook (often preclinical only).
    case supported
    /// Proposed, with indirect or limited evidence.
    case hypothesised
    /// Evidence for and against; the graph records both sides.
    case contested

    /// Rank used for ordering: higher is stronger.
    public var strength: Int {
        switch self {
        case .established: 4
        case .supported: 3
        case .hypothesised: 2
        case .contested: 1
        }
    }

    /// `a < b` when `a` is weaker evidence than `b`.
    public static func < (lhs: EvidenceLevel, rhs: EvidenceLevel) -> Bool { lhs.strength < rhs.strength }

    /// The factor a step with this evidence contributes to a path's confidence (a product over the path).
    public var confidence: Double {
        switch self {
        case .established: 0.95
        case .supported: 0.8
        case .hypothesised: 0.5
        case .contested: 0.3
        }
    }

    /// The confidence factor of an interaction whose evidence level is not recorded.
    public static let unrecordedConfidence = 0.6

    /// The cost of one step in evidence-weighted shortest paths: `-ln(confidence)`, so cheaper is stronger and
    /// the cheapest path is the most confident one.
    public static func cost(of level: EvidenceLevel?) -> Double {
        -log(level?.confidence ?? unrecordedConfidence)
    }

    var code: UInt8 { UInt8(strength) }

    /// Levels by packed code (0 = not recorded).
    private static let byCode: [EvidenceLevel?] = [nil, .contested, .hypothesised, .supported, .established]

    static func decode(_ code: UInt8) -> EvidenceLevel? { byCode[Int(code)] }
}
