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
    /// The most nodes one graph may have, all its files together: 5 million by default (`graph-too-large`).
    /// The largest interactomes have tens of thousands.
    public var maximumNodes: Int
    /// The most interactions one graph may have: 20 million by default (`graph-too-large`), about 1.3 GB loaded.
    public var maximumInteractions: Int

    /// Creates limits; each defaults to the standard one.
    public init(
        maximumFileSize: Int = 2 << 30, maximumLineLength: Int = 64 * 1024, maximumLines: Int = 250_000,
        maximumFieldLength: Int = 64 * 1024, maximumNodes: Int = 5_000_000, maximumInteractions: Int = 20_000_000
    ) {
        self.maximumFileSize = maximumFileSize
        self.maximumLineLength = maximumLineLength
        self.maximumLines = maximumLines
        self.maximumFieldLength = maximumFieldLength
        self.maximumNodes = maximumNodes
        self.maximumInteractions = maximumInteractions
    }

    /// A `graph-too-large` diagnostic when `builder` holds more than these limits allow, else `nil`.
    func overflow(of builder: PathwayGraphBuilder, file: String) -> Diagnostic? {
        overflow(nodes: builder.nodeCount, interactions: builder.interactionCount, file: file)
    }

    /// A `graph-too-large` diagnostic when a graph of this size is more than these limits allow, else `nil`.
    func overflow(nodes: Int, interactions: Int, file: String) -> Diagnostic? {
        let (what, count, limit) =
            nodes > maximumNodes
            ? ("nodes", nodes, maximumNodes)
            : ("interactions", interactions, maximumInteractions)
        guard count > limit else { return nil }
        return Diagnostic(
            file: file, line: 0, column: 0, code: .graphTooLarge,
            message: "\(file) has more than \(limit) \(what); graphs are limited to \(limit) \(what)",
            suggestion: "load part of the network, or raise GraphLimits."
                + (what == "nodes" ? "maximumNodes" : "maximumInteractions"))
    }

    /// The defaults.
    public static let standard = GraphLimits()
}
