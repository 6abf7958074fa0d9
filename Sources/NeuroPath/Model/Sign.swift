/// The direction in which one entity influences another: `+1` increases it, `-1` decreases it.
///
/// The sign of a path is the product of the signs of its interactions, so two negatives make a positive
/// ("blocking an inhibitor activates").
public enum Sign: Int8, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Increases the target's activity or amount.
    case positive = 1
    /// Decreases the target's activity or amount.
    case negative = -1

    /// The sign of two influences applied one after the other.
    @inlinable
    public static func * (lhs: Sign, rhs: Sign) -> Sign {
        lhs == rhs ? .positive : .negative
    }

    /// The opposite sign.
    @inlinable
    public var flipped: Sign { self == .positive ? .negative : .positive }

    /// The word used in query results: `increases` or `decreases`.
    public var effectWord: String { self == .positive ? "increases" : "decreases" }

    /// `+` or `−`.
    public var description: String { self == .positive ? "+" : "−" }

    /// Parses `increases`/`decreases` (also `+`, `-`, `positive`, `negative`, `up`, `down`).
    public init?(effectWord word: String) {
        switch word.lowercased() {
        case "increases", "increase", "+", "positive", "up", "activates": self = .positive
        case "decreases", "decrease", "-", "negative", "down", "inhibits": self = .negative
        default: return nil
        }
    }
}

/// Which signs have been seen: the net effect over a set of paths.
public struct SignSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    /// Creates a set from its raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// At least one positive path.
    public static let positive = SignSet(rawValue: 1)
    /// At least one negative path.
    public static let negative = SignSet(rawValue: 2)
    /// At least one path through an interaction of unknown sign.
    public static let unknown = SignSet(rawValue: 4)

    /// The set holding one sign.
    public init(_ sign: Sign) { self = sign == .positive ? .positive : .negative }

    /// Every member multiplied by `sign` (an unknown sign stays unknown).
    public func multiplied(by sign: Sign) -> SignSet {
        sign == .positive ? self : SignSet(rawValue: ((rawValue & 1) << 1) | ((rawValue & 2) >> 1) | (rawValue & 4))
    }

    /// The net effect this set stands for: from the paths of known sign, or `unknown` when there are none.
    public var netEffect: NetEffect {
        switch (contains(.positive), contains(.negative)) {
        case (true, true): .mixed
        case (true, false): .increases
        case (false, true): .decreases
        case (false, false): contains(.unknown) ? .unknown : .none
        }
    }
}

/// The net effect of one node on another over all admissible paths (`Docs/queries.md`).
public enum NetEffect: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every path is positive.
    case increases
    /// Every path is negative.
    case decreases
    /// Paths of both signs exist.
    case mixed
    /// There is no admissible path.
    case none
    /// Paths exist, but each passes an interaction of unknown sign (imported, unsigned networks).
    case unknown
}
