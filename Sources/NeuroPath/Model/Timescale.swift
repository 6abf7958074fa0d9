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

/// The kind of system an interaction was observed in.
public enum Species: String, Sendable, Hashable, Codable, CaseIterable {
    /// Human studies (trials, imaging, case series).
    case human
    /// Rodent studies (mouse, rat).
    case rodent
    /// Mouse studies.
    case mouse
    /// Rat studies.
    case rat
    /// Cells or tissue outside an organism.
    case inVitro = "in-vitro"

    /// Whether a `--context` value asks for this species (`rodent` covers `mouse` and `rat`).
    public func matches(_ requested: Species) -> Bool {
        self == requested || (requested == .rodent && (self == .mouse || self == .rat))
    }
}

/// Where an interaction was observed: species, brain region and cell population.
public struct InteractionContext: Sendable, Hashable, Codable {
    /// The systems the interaction was observed in.
    public var species: [Species]
    /// The brain region, e.g. `mPFC`.
    public var region: String?
    /// The cell population, e.g. `interneuron`.
    public var population: String?

    /// Creates a context.
    public init(species: [Species] = [], region: String? = nil, population: String? = nil) {
        self.species = species
        self.region = region
        self.population = population
    }

    /// Whether nothing is recorded.
    public var isEmpty: Bool { species.isEmpty && region == nil && population == nil }

    /// Whether a `--context VALUE` filter admits this context: the value names one of its species (`rodent`
    /// admits `mouse` and `rat`), its region or its cell population, ignoring case.
    public func matches(_ value: String) -> Bool {
        let wanted = value.lowercased()
        if let requested = Species(rawValue: wanted), species.contains(where: { $0.matches(requested) }) {
            return true
        }
        return region?.lowercased() == wanted || population?.lowercased() == wanted
    }
}
