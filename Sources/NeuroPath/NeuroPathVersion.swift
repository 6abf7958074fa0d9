/// The version of NeuroPath, as `neuropath --version` prints it (see `CHANGELOG.md`).
public enum NeuroPathVersion {
    /// The current version.
    public static let current = "0.2.0"
}
