import Foundation

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
                    path: name, detail: "'\(name)' is a bundled .npath graph, not \(format.title)")
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
        // `include`s are resolved in the file's folder.
        let url = URL(fileURLWithPath: path)
        let folder = GraphSourceRoot.directory(
            path: url.deletingLastPathComponent().path, display: (path as NSString).deletingLastPathComponent)
        return try load(decompressed: bytes, file: name, folder: (folder, url.lastPathComponent))
    }

    /// Loads a graph from bytes that are not on disk (a download, an upload); `file` names them in messages
    /// and its extension helps choose the reader. `.npath` text cannot `include` other files here.
    public func load(data: Data, file: String) throws(GraphLoadError) -> PathwayGraph {
        let (data, file) = try decompressed(data, file: file)
        return try load(decompressed: data, file: file, folder: nil)
    }

    /// Loads a graph from bytes already decompressed, with the reader of the format chosen by ``format``, the
    /// file's name or its content.
    private func load(decompressed data: Data, file: String, folder: (GraphSourceRoot, String)?)
        throws(GraphLoadError) -> PathwayGraph
    {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let format = self.format ?? GraphFormat.of(file: file, data: data)
        if format != .npath, data.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            // A failed download or the wrong file, never a graph with nothing in it.
            throw .invalid([
                Diagnostic(
                    file: file, line: 0, column: 0, code: .emptyGraph,
                    message: "the file is empty\(data.isEmpty ? "" : " (only white space)"): there is no graph in it")
            ])
        }
        if let columns {
            guard format.map({ [.sif, .headeredTable, .pathLinker].contains($0) }) ?? true else {
                throw .unsupportedFormat(
                    path: file, detail: "column choices (\(columns)) apply only to tab-separated tables with a header")
            }
            return try HeaderedTableImporter.parse(data: data, file: file, name: name, limits: limits, columns: columns)
        }
        guard let format else {
            if let kind = ContentSample(data).unreadKind { throw .formatNotRead(path: file, looksLike: kind) }
            throw .unsupportedFormat(path: file, detail: "expected \(GraphFormat.readableInWords)")
        }
        guard let reader = format.reader else {
            throw .unsupportedFormat(path: file, detail: "NeuroPath writes \(format.title) but does not read it")
        }
        let graph = try reader(
            GraphReadInput(
                data: data, file: file, name: name, limits: limits, folder: folder?.0, fileInFolder: folder?.1))
        // A file that yields nothing is the wrong file or a failed export, never a graph to answer questions of.
        // (An `.npath` module may declare only references or populations, for others to include; a snapshot is
        // the image of whatever graph it was made from.)
        guard !graph.nodes.isEmpty || format == .npath || format == .snapshot else {
            throw .invalid([
                Diagnostic(
                    file: file, line: 0, column: 0, code: .emptyGraph,
                    message: "read as \(format.title), the file holds no node and no interaction: there is no "
                        + "graph in it")
            ])
        }
        return graph
    }

    /// Loads the `.npath` graph `main` from text held in memory, its `include`s resolved among `files` (paths
    /// relative to one another, as on disk: `"modules/clinical.npath"`). For editors and servers where a graph
    /// arrives as several files; the same limits and the same diagnostics apply as on disk.
    public func load(npath files: [String: String], main: String) throws(GraphLoadError) -> PathwayGraph {
        guard let text = files[main] else { throw .fileNotFound(path: main) }
        try GraphFile.checkSize(text.utf8.count, display: main, limit: limits.maximumFileSize)
        return try NPathParser.parse(file: main, text: text, from: .memory(files), limits: limits)
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
