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

    /// Whether a `--context` value asks for this species: `rodent` covers `mouse` and `rat`, and a finding
    /// recorded in rodents holds for mice and for rats.
    public func matches(_ requested: Species) -> Bool {
        let rodents: Set<Species> = [.mouse, .rat]
        return self == requested || (requested == .rodent && rodents.contains(self))
            || (self == .rodent && rodents.contains(requested))
    }
}
