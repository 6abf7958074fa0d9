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
