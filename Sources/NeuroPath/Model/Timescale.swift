/// How long after the cause an interaction's effect appears, from fastest to slowest.
public enum Timescale: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Seconds.
    case seconds
    /// Minutes.
    case minutes
    /// Hours.
    case hours
    /// Days.
    case days
    /// Weeks.
    case weeks
    /// Months to years of repeated exposure.
    case chronic

    /// `a < b` when `a` is faster than `b`.
    public static func < (lhs: Timescale, rhs: Timescale) -> Bool { lhs.code < rhs.code }

    var code: UInt8 {
        switch self {
        case .seconds: 1
        case .minutes: 2
        case .hours: 3
        case .days: 4
        case .weeks: 5
        case .chronic: 6
        }
    }

    private static let byCode: [Timescale] = allCases

    static func decode(_ code: UInt8) -> Timescale? { code == 0 ? nil : byCode[Int(code) - 1] }
}
