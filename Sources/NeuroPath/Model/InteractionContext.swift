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

    /// Whether a `--context VALUE` filter admits an interaction of this context and `evidence`: ``matches(_:)``,
    /// or findings in cells and tissue (`in-vitro`) carried over to a species: to `mouse`, `rat` and `rodent`
    /// always (the cultured cells of these studies are rodent cells), to `human` only when `established`
    /// (molecular pharmacology conserved across mammals: a drug binding its target, a ligand its receptor).
    public func admits(_ value: String, evidence: EvidenceLevel?) -> Bool {
        if matches(value) { return true }
        guard let requested = Species(rawValue: value.lowercased()), requested != .inVitro,
            species.contains(.inVitro)
        else { return false }
        return requested != .human || evidence == .established
    }

    /// Whether a `--context VALUE` names one of this context's species (`rodent` admits `mouse` and `rat`, and
    /// a `rodent` finding is admitted by `mouse` and `rat`), its region or its cell population, ignoring case.
    public func matches(_ value: String) -> Bool {
        let wanted = value.lowercased()
        if let requested = Species(rawValue: wanted), species.contains(where: { $0.matches(requested) }) {
            return true
        }
        return region?.lowercased() == wanted || population?.lowercased() == wanted
    }
}
