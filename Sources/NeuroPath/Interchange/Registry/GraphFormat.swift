import Foundation

/// One graph interchange format and everything NeuroPath knows of it: its name, its file name endings, its media
/// type, how its content is recognised, its reader and writer, and what writing keeps.
///
/// Every list of formats NeuroPath shows is derived from ``all``: the loader's choice of reader, the names the
/// command line and the server accept, their help, the server's downloads and the OpenAPI document. A format is
/// one value, compared by ``name``:
///
/// ```swift
/// let format = GraphFormat(writingFileName: "ketamine.sbgn")  // .sbgn
/// let text = try format?.write(graph)           // the whole text, or
/// try format?.write(graph, to: &someTextStream)  // a piece at a time
/// ```
public struct GraphFormat: Sendable, Hashable, CustomStringConvertible {
    /// Reads bytes (already decompressed) into a graph.
    typealias Reader = @Sendable (GraphReadInput) throws(GraphLoadError) -> PathwayGraph

    /// Writes a graph, and names what of it the format cannot hold.
    typealias Writer = any GraphTextWriter.Type

    /// The name the format is chosen by: `--from`, `--to`, `--graph-format`, the server's `format=`; lower case.
    public let name: String
    /// The format in words, for messages and help: "Cytoscape.js JSON".
    public let title: String
    /// The file name endings (lower case, without the first dot) that decide a file is read as this format
    /// whatever its content looks like; empty when only the content decides (a `.tsv` may be several formats).
    public let readingExtensions: [String]
    /// The file name endings that choose this format for writing, the usual one first; empty when not written.
    public let writingExtensions: [String]
    /// The local name of the root element, for an XML format (`sbgn`); its content is recognised by it.
    public let xmlRoot: String?
    /// The media type of written files, for downloads.
    public let mediaType: String
    /// What this format keeps of a graph when it writes it, so that reading it back gives the same; empty when
    /// it is not written. See ``losses(in:)``.
    public let kept: Set<GraphFeature>
    let recognises: (@Sendable (ContentSample) -> Bool)?
    let reader: Reader?
    let writer: Writer?

    /// Whether NeuroPath reads this format.
    public var isReadable: Bool { reader != nil }
    /// Whether NeuroPath writes this format.
    public var isWritable: Bool { writer != nil }
    /// The ``name``.
    public var description: String { name }

    /// A format; its content is recognised by `xmlRoot` when it has one, else by `recognises`.
    init(
        name: String, title: String, readingExtensions: [String] = [], writingExtensions: [String] = [],
        xmlRoot: String? = nil, mediaType: String = "text/plain; charset=utf-8", kept: Set<GraphFeature> = [],
        recognises: (@Sendable (ContentSample) -> Bool)? = nil, reader: Reader? = nil, writer: Writer? = nil
    ) {
        self.name = name
        self.title = title
        self.readingExtensions = readingExtensions
        self.writingExtensions = writingExtensions
        self.xmlRoot = xmlRoot
        self.mediaType = mediaType
        self.kept = kept
        self.recognises = recognises
        self.reader = reader
        self.writer = writer
    }

    /// Formats are equal when their names are.
    public static func == (lhs: GraphFormat, rhs: GraphFormat) -> Bool { lhs.name == rhs.name }
    /// Hashes the ``name``.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

extension GraphFormat {
    /// The formats NeuroPath reads, in the order content is tried against them.
    public static var readable: [GraphFormat] { all.filter(\.isReadable) }
    /// The formats NeuroPath writes.
    public static var writable: [GraphFormat] { all.filter(\.isWritable) }

    /// The format named `name` (case does not matter), or `nil`.
    public init?(name: String) {
        guard let format = Self.all.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = format
    }

    /// The format a file of this name is written in (`.npath.json` NeuroPath JSON, `.json` Cytoscape.js JSON, …);
    /// `nil` for an ending no writer has.
    public init?(writingFileName fileName: String) {
        guard let format = Self.matching(fileName, in: Self.writable, by: \.writingExtensions) else { return nil }
        self = format
    }

    /// The format a file of this name is read as, whatever its content, or `nil` when its name does not settle
    /// it (`.tsv`, `.txt`, `.json`: the content decides).
    public init?(readingFileName fileName: String) {
        guard let format = Self.matching(fileName, in: Self.readable, by: \.readingExtensions) else { return nil }
        self = format
    }

    /// The format of `data` judged from its content, or `nil` when it matches none.
    public static func sniff(_ data: Data) -> GraphFormat? {
        let sample = ContentSample(data)
        return sniffingOrder.first { format in
            if let root = format.xmlRoot { return sample.xmlRoot == root }
            return !sample.isXML && format.recognises?(sample) == true
        }
    }

    /// The format of a file named `file` holding `data`: by its name, else by its content.
    static func of(file: String, data: Data) -> GraphFormat? {
        GraphFormat(readingFileName: file) ?? sniff(data)
    }

    /// The text of `graph` in this format, or why it cannot be written: a format NeuroPath does not write, or
    /// ids this format cannot hold (``refusal(for:)``). Nothing is half written.
    public func write(_ graph: PathwayGraph) throws(FormatRefusal) -> String {
        var text = ""
        try write(graph, to: &text)
        return text
    }

    /// Writes `graph` in this format into `output` a piece at a time (a file as it is written, say), so that
    /// the whole text is never in memory; or throws why it cannot be written, before a byte is written.
    public func write(_ graph: PathwayGraph, to output: inout some TextOutputStream) throws(FormatRefusal) {
        guard let writer else { throw FormatRefusal(format: self, ids: [], reasons: []) }
        if let refusal = refusal(for: graph) { throw refusal }
        writer.write(graph, to: &output)
    }

    /// Why `graph` cannot be written in this format, naming the nodes it cannot hold; `nil` when it can.
    public func refusal(for graph: PathwayGraph) -> FormatRefusal? {
        guard let writer else { return FormatRefusal(format: self, ids: [], reasons: []) }
        let unwritable = writer.unwritableIDs(in: graph)
        guard !unwritable.isEmpty else { return nil }
        return FormatRefusal(format: self, ids: unwritable.map(\.id), reasons: unwritable.map(\.reason))
    }

    /// The formats in `formats`, for messages and help: "npath, sif, sbgn".
    public static func names(_ formats: [GraphFormat]) -> String { formats.map(\.name).joined(separator: ", ") }

    /// The readable formats in words, for messages: ".npath, SIF, … or a NeuroPath snapshot (.npsnap)".
    static var readableInWords: String {
        let words = readable.map { format in
            format.readingExtensions.first.map { "\(format.title) (.\($0))" } ?? format.title
        }
        return words.dropLast().joined(separator: ", ") + " or " + words.last!
    }

    /// The formats written and the endings that choose them, in words, for help: ".npath (NeuroPath text), …".
    public static var writingFileNamesInWords: String {
        writable.map { format in
            format.writingExtensions.map { "." + $0 }.joined(separator: " or ") + " (\(format.title))"
        }.joined(separator: ", ")
    }

    /// The format in `formats` whose ending (by `endings`) `fileName` has; the longest ending wins
    /// (`.npath.json` over `.json`).
    private static func matching(
        _ fileName: String, in formats: [GraphFormat], by endings: KeyPath<GraphFormat, [String]>
    ) -> GraphFormat? {
        let lower = fileName.lowercased()
        var best: (format: GraphFormat, length: Int)?
        for format in formats {
            for ending in format[keyPath: endings] where lower.hasSuffix("." + ending) {
                if ending.count > best?.length ?? -1 { best = (format, ending.count) }
            }
        }
        return best?.format
    }
}

/// What a reader is given: the bytes (decompressed), how to name them, and the limits.
struct GraphReadInput {
    /// The bytes of the file.
    let data: Data
    /// How the file is named in messages.
    let file: String
    /// The graph's name when the file gives none: the file name without its extension.
    let name: String
    /// How large the graph may be.
    let limits: GraphLimits
    /// Where the file's `include`s are, for a `.npath` file on disk; `nil` when it has no folder.
    let folder: GraphSourceRoot?
    /// The file name `include`s are resolved against, inside ``folder``.
    let fileInFolder: String?
}
