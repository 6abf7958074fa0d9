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
