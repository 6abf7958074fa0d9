import Foundation

/// The formats the loader reads, chosen by extension and, where that is ambiguous, by content.
public enum GraphFormat: String, Sendable, CaseIterable {
    /// NeuroPath's native format (`Docs/format.md`).
    case npath
    /// Simple interaction format, signed (`source relation target`); also signed `source interaction target`
    /// tables with a header (OmniPath, SIGNOR, COSMOS).
    case sif
    /// PathLinker interactome tables (`#tail head weight directed db_sources`).
    case pathLinker = "pathlinker"
    /// Cytoscape.js JSON (`{"elements": {"nodes": […], "edges": […]}}`), as Cytoscape and CausalPath write it.
    case cytoscapeJSON = "cyjs"
    /// Tab-separated tables whose header names their columns (SIGNOR, OmniPath), beyond `source interaction target`.
    case headeredTable = "table"
    /// SBGN-ML Activity Flow maps.
    case sbgn
    /// WikiPathways GPML.
    case gpml
    /// BEL documents, their causal statements.
    case bel
    /// GraphML, its attributes mapped by name.
    case graphML = "graphml"
    /// A NeuroPath snapshot: the binary image of a loaded graph (``GraphSnapshot``).
    case snapshot = "npsnap"
    /// NeuroPath JSON (`.npath.json`): the whole graph as JSON (``NeuroPathJSON``).
    case neuroPathJSON = "neuropath-json"

    /// The formats read, in words, for messages.
    static let readable =
        ".npath, SIF (source relation target), a table with a header, a PathLinker table, Cytoscape.js JSON, "
        + "SBGN-ML Activity Flow, GPML, BEL, GraphML, NeuroPath JSON (.npath.json) or a NeuroPath snapshot (.npsnap)"

    /// The format for an `.npath` or `.sif` extension; `.tsv` and `.txt` are decided by content.
    init?(unambiguousExtension pathExtension: String) {
        switch pathExtension.lowercased() {
        case "npath": self = .npath
        case "sif": self = .sif
        case "cyjs": self = .cytoscapeJSON
        case "sbgn", "sbgnml": self = .sbgn
        case "gpml": self = .gpml
        case "bel": self = .bel
        case "graphml": self = .graphML
        case GraphSnapshot.fileExtension: self = .snapshot
        default: return nil
        }
    }

    /// The format of `data` judged from its first meaningful line, or `nil` when it matches none.
    public static func sniff(_ data: Data) -> GraphFormat? {
        if GraphSnapshot.recognises(data) { return .snapshot }
        if NeuroPathJSON.recognises(data) { return .neuroPathJSON }
        if CytoscapeJSONImporter.recognises(data) { return .cytoscapeJSON }
        switch recognisedButNotRead(data) {
        case let kind? where kind.hasPrefix("SBGN-ML"): return .sbgn
        case let kind? where kind.hasPrefix("GPML"): return .gpml
        case let kind? where kind.hasPrefix("BEL"): return .bel
        case let kind? where kind.hasPrefix("GraphML"): return .graphML
        default: break
        }
        if HeaderedTableImporter.layout(of: data) != nil { return .headeredTable }
        if recognisedButNotRead(data) != nil { return nil }
        let prefix = String(decoding: data.prefix(64 * 1024), as: UTF8.self)
        for rawLine in prefix.split(separator: "\n").prefix(50) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if PathLinkerImporter.recognises(firstLine: line) { return .pathLinker }
            if line.hasPrefix("#") { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if let first = words.first, NPathDocumentParser.keywords.contains(String(first)) { return .npath }
            return words.count >= 2 ? .sif : nil
        }
        return nil
    }

    /// What a file of a format NeuroPath recognises but does not read yet looks like ("SBGN-ML (XML, root
    /// <sbgn>)"), or `nil`: so that such a file gets one line saying so, not an error per line.
    public static func recognisedButNotRead(_ data: Data) -> String? {
        let prefix = String(decoding: data.prefix(4096), as: UTF8.self)
        let text = prefix.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if text.hasPrefix("<") {
            // The first element that is not a declaration, a comment or a doctype.
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "<") {
                let after = rest[rest.index(after: open)...]
                if after.hasPrefix("?") || after.hasPrefix("!") {
                    guard let close = after.firstIndex(of: ">") else { break }
                    rest = after[after.index(after: close)...]
                    continue
                }
                let name = after.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
                let local = name.split(separator: ":").last.map(String.init) ?? String(name)
                switch local.lowercased() {
                case "sbgn": return "SBGN-ML (XML, root <sbgn>)"
                case "pathway": return "GPML from WikiPathways (XML, root <Pathway>)"
                case "graphml": return "GraphML (XML, root <graphml>)"
                case "sbml": return "SBML (XML, root <sbml>)"
                case "rdf": return "BioPAX or another RDF document (XML, root <rdf:RDF>)"
                default: return "XML with the root <\(name)>"
                }
            }
            return "XML"
        }
        for line in prefix.split(separator: "\n").prefix(50) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("SET DOCUMENT") || trimmed.hasPrefix("SET Citation")
                || trimmed.hasPrefix("DEFINE NAMESPACE")
                || trimmed.hasPrefix("SET STATEMENT_GROUP")
            {
                return "BEL (Biological Expression Language)"
            }
        }
        return nil
    }

    /// The format of a file named `file` holding `data`: by extension, else by content.
    static func of(file: String, data: Data) -> GraphFormat? {
        if file.lowercased().hasSuffix(NeuroPathJSON.fileSuffix) { return .neuroPathJSON }
        return GraphFormat(unambiguousExtension: URL(fileURLWithPath: file).pathExtension) ?? sniff(data)
    }
}

/// The one way graphs are loaded: bundled graphs by name, files by path, bytes from anywhere.
///
/// A file is checked once (it must exist, be a regular file or a stream, and be smaller than
/// ``GraphLimits/maximumFileSize``), read
/// once, decompressed when it is gzip (with the injected ``decompressGzip``, so this module stays pure Swift),
/// and its format detected once (by extension, then by content). `.npath` files may include other files in
/// their folder.
///
/// ```swift
/// let loader = GraphLoader()
/// let ketamine = try loader.load(.ketamine)
/// let network = try loader.load(GraphSource(argument: "omnipath.tsv"))
/// ```
public struct GraphLoader: Sendable {
    /// Turns gzip bytes into the bytes they compress; given a limit (the loader's
    /// ``GraphLimits/maximumFileSize``), it may stop once it has more than that many and return them, so that a
    /// small file cannot inflate without bound (the loader refuses anything over its limit).
    public typealias Decompressor = @Sendable (_ data: Data, _ limit: Int) throws -> Data

    /// How large a file, a line, a table field and a `.npath` file may be.
    public var limits: GraphLimits
    /// Decompresses gzip files; without it a gzip file is refused with a message saying so. The
    /// `NeuroPathCompression` product provides one (`GraphLoader(decompressGzip: Gzip.decompress(_:stoppingAfter:))`). Exactly one
    /// layer is unwrapped: data compressed twice is refused.
    public var decompressGzip: Decompressor?
    /// Which column holds what, for tab-separated tables whose header names are not ones NeuroPath recognises;
    /// with it, every file is read as such a table (other formats are refused).
    public var columns: TableColumns?
    /// The format every file is read as, whatever its name and content look like; `nil` (the default) detects it,
    /// by extension and then by content.
    public var format: GraphFormat?

    /// Creates a loader.
    public init(
        limits: GraphLimits = .standard, decompressGzip: Decompressor? = nil, columns: TableColumns? = nil,
        format: GraphFormat? = nil
    ) {
        self.limits = limits
        self.decompressGzip = decompressGzip
        self.columns = columns
        self.format = format
    }

    /// Loads a bundled graph or a file.
    public func load(_ source: GraphSource) throws(GraphLoadError) -> PathwayGraph {
        switch source {
        case .bundled(let name):
            if let columns {
                throw .unsupportedFormat(
                    path: name,
                    detail: "column choices (\(columns)) apply only to tab-separated tables with a header, "
                        + "and '\(name)' is a bundled .npath graph")
            }
            if let format, format != .npath {
                throw .unsupportedFormat(
                    path: name, detail: "'\(name)' is a bundled .npath graph, not \(format.rawValue)")
            }
            return try Self.bundled(name)
        case .file(let path):
            do {
                return try load(file: path)
            } catch .fileNotFound where GraphSource.isBareName(path) {
                throw .unknownGraph(name: path, bundled: BundledGraphs.names)
            }
        }
    }

    /// Loads the graph file at `path`.
    public func load(file path: String) throws(GraphLoadError) -> PathwayGraph {
        let data = try GraphFile.read(atPath: path, display: path, limit: limits.maximumFileSize)
        let (bytes, name) = try decompressed(data, file: path)
        if columns == nil, (format ?? GraphFormat.of(file: name, data: bytes)) == .npath {
            let url = URL(fileURLWithPath: path)
            let root = GraphSourceRoot.directory(
                path: url.deletingLastPathComponent().path, display: (path as NSString).deletingLastPathComponent)
            return try NPathParser.parse(
                file: url.lastPathComponent, text: try GraphFile.text(bytes, display: path), from: root,
                limits: limits)
        }
        return try load(decompressed: bytes, file: name)
    }

    /// Loads a graph from bytes that are not on disk (a download, an upload); `file` names them in messages
    /// and its extension helps choose the reader. `.npath` text cannot `include` other files here.
    public func load(data: Data, file: String) throws(GraphLoadError) -> PathwayGraph {
        let (data, file) = try decompressed(data, file: file)
        return try load(decompressed: data, file: file)
    }

    /// Loads a graph from bytes already decompressed.
    private func load(decompressed data: Data, file: String) throws(GraphLoadError) -> PathwayGraph {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let format = self.format ?? GraphFormat.of(file: file, data: data)
        if format != .npath, data.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            // A failed download or the wrong file, never a graph with nothing in it.
            throw .invalid([
                Diagnostic(
                    file: file, line: 0, column: 0, code: .malformedRow,
                    message: "the file is empty\(data.isEmpty ? "" : " (only white space)"): there is no graph in it")
            ])
        }
        if let columns {
            guard format == nil || format == .sif || format == .headeredTable || format == .pathLinker else {
                throw .unsupportedFormat(
                    path: file, detail: "column choices (\(columns)) apply only to tab-separated tables with a header")
            }
            return try HeaderedTableImporter.parse(data: data, file: file, name: name, limits: limits, columns: columns)
        }
        switch format {
        case .npath?:
            return try NPathParser.parse(text: try GraphFile.text(data, display: file), file: file, limits: limits)
        case .sif?:
            do {
                return try SIFImporter.parse(data: data, file: file, name: name, limits: limits)
            } catch {
                throw Self.withTableHint(error, data: data, file: file)
            }
        case .pathLinker?: return try PathLinkerImporter.parse(data: data, file: file, name: name, limits: limits)
        case .cytoscapeJSON?:
            return try CytoscapeJSONImporter.parse(data: data, file: file, name: name, limits: limits)
        case .headeredTable?:
            return try HeaderedTableImporter.parse(data: data, file: file, name: name, limits: limits)
        case .sbgn?: return try SBGNImporter.parse(data: data, file: file, name: name, limits: limits)
        case .gpml?: return try GPMLImporter.parse(data: data, file: file, name: name, limits: limits)
        case .bel?: return try BELImporter.parse(data: data, file: file, name: name, limits: limits)
        case .graphML?: return try GraphMLImporter.parse(data: data, file: file, name: name, limits: limits)
        case .snapshot?: return try GraphSnapshot.graph(from: data, file: file, limits: limits)
        case .neuroPathJSON?: return try NeuroPathJSON.parse(data: data, file: file, name: name, limits: limits)
        case nil:
            if let kind = GraphFormat.recognisedButNotRead(data) { throw .formatNotRead(path: file, looksLike: kind) }
            throw .unsupportedFormat(path: file, detail: "expected \(GraphFormat.readable)")
        }
    }

    /// Loads the `.npath` graph `main` from text held in memory, its `include`s resolved among `files` (paths
    /// relative to one another, as on disk: `"modules/clinical.npath"`). For editors and servers where a graph
    /// arrives as several files; the same limits and the same diagnostics apply as on disk.
    public func load(npath files: [String: String], main: String) throws(GraphLoadError) -> PathwayGraph {
        guard let text = files[main] else { throw .fileNotFound(path: main) }
        try GraphFile.checkSize(text.utf8.count, display: main, limit: limits.maximumFileSize)
        return try NPathParser.parse(file: main, text: text, from: .memory(files), limits: limits)
    }

    /// `error` with a first line saying what the file looks like, when it failed as SIF from its first line on and
    /// that line reads like the header of a tab-separated table whose names NeuroPath does not know.
    private static func withTableHint(_ error: GraphLoadError, data: Data, file: String) -> GraphLoadError {
        guard case .invalid(let diagnostics) = error, diagnostics.first?.line == 1 else { return error }
        let prefix = String(decoding: data.prefix(4096), as: UTF8.self)
        let lines = prefix.split(separator: "\n").prefix(2)
        let fields = lines.map { $0.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } }
        // A header: names, not numbers; and in the first row under it, the relation is in another column than
        // SIF's second (a row that fails like every other, `a frobnicates b`, is not a header).
        guard fields.count == 2, let names = fields.first, names.count >= 2,
            names.allSatisfy({ !$0.isEmpty && Double($0) == nil }),
            let row = fields.last, row.count >= 2, HeaderedTableImporter.relation(row[1]) == nil,
            row.indices.contains(where: { $0 != 1 && HeaderedTableImporter.relation(row[$0]) != nil })
        else { return error }
        let hint = Diagnostic(
            file: file, line: 1, column: 1, code: .malformedRow,
            message: "this looks like a table with a header (\(names.joined(separator: ", "))) whose column names "
                + "NeuroPath does not recognise, not SIF",
            suggestion: "say which column holds what: --columns source=\(names[0]),target=\(names[1])"
                + (names.count > 2 ? ",sign=\(names[2])" : "") + " (TableColumns in the library)")
        return .invalid([hint] + diagnostics)
    }

    /// The bytes inside gzip `data` and the name without `.gz`, or `data` and `file` as they are.
    private func decompressed(_ data: Data, file: String) throws(GraphLoadError) -> (Data, String) {
        guard data.starts(with: [0x1F, 0x8B]) else { return (data, file) }
        let inner = file.lowercased().hasSuffix(".gz") ? String(file.dropLast(3)) : file
        guard let decompressGzip else { throw .compressed(path: file) }
        let bytes: Data
        do {
            bytes = try decompressGzip(data, limits.maximumFileSize)
        } catch {
            throw .corruptCompressedFile(path: file, reason: "\(error)")
        }
        try GraphFile.checkSize(
            bytes.count, display: file, limit: limits.maximumFileSize, streaming: bytes.count > limits.maximumFileSize)
        guard !bytes.starts(with: [0x1F, 0x8B]) else {
            throw .corruptCompressedFile(
                path: file, reason: "it is compressed twice (gzip inside gzip); decompress it once yourself first")
        }
        return (bytes, inner)
    }

    /// Loads a bundled graph by name (`"ketamine"`); see ``BundledGraphs/names``.
    public static func bundled(_ name: String) throws(GraphLoadError) -> PathwayGraph {
        let file = name.hasSuffix(".npath") ? name : name + ".npath"
        guard BundledGraphs.source(at: file) != nil, !file.contains("/") else {
            throw .unknownBundledGraph(name: name, available: BundledGraphs.names)
        }
        // The embedded snapshot, made from exactly this text, when there is one: the same graph, 25× sooner.
        if let snapshot = BundledGraphs.snapshot(String(file.dropLast(".npath".count))),
            let graph = try? GraphSnapshot.graph(from: snapshot, file: file)
        {
            return graph
        }
        return try NPathParser.parse(file: file, from: .bundled)
    }
}
