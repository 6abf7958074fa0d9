/// How much a graph file may hold before it is refused with a diagnostic rather than read for minutes. The
/// defaults are far above any real pathway or interactome; a server taking uploads may want lower ones.
///
/// ```swift
/// let uploads = GraphLoader(limits: GraphLimits(maximumFileSize: 50 << 20))
/// ```
public struct GraphLimits: Sendable, Hashable {
    /// Files (and decompressed data) must be smaller than this: 2 GiB by default (`file-too-large`).
    public var maximumFileSize: Int
    /// The longest `.npath` line, in bytes: 64 KiB by default (`line-too-long`).
    public var maximumLineLength: Int
    /// The most lines in one `.npath` file: 250,000 by default (`file-too-large`). Curated graphs have hundreds;
    /// networks load far faster from tables.
    public var maximumLines: Int
    /// The longest field (a name, a weight) of an imported table, in bytes: 64 KiB by default (`line-too-long`).
    public var maximumFieldLength: Int

    /// Creates limits; each defaults to the standard one.
    public init(
        maximumFileSize: Int = 2 << 30, maximumLineLength: Int = 64 * 1024, maximumLines: Int = 250_000,
        maximumFieldLength: Int = 64 * 1024
    ) {
        self.maximumFileSize = maximumFileSize
        self.maximumLineLength = maximumLineLength
        self.maximumLines = maximumLines
        self.maximumFieldLength = maximumFieldLength
    }

    /// The defaults.
    public static let standard = GraphLimits()
}
