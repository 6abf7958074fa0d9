import Foundation

/// The formats `neuropath --graph` reads, chosen by extension and, where that is ambiguous, by content.
public enum GraphFormat: String, Sendable, CaseIterable {
    /// NeuroPath's native format (`Docs/format.md`).
    case npath
    /// Simple interaction format, signed (`source relation target`); also signed `source interaction target`
    /// tables with a header (OmniPath, SIGNOR, COSMOS).
    case sif
    /// PathLinker interactome tables (`#tail head weight directed db_sources`).
    case pathLinker = "pathlinker"

    /// The format for an `.npath` or `.sif` extension; `.tsv` and `.txt` are decided by content.
    init?(unambiguousExtension pathExtension: String) {
        switch pathExtension.lowercased() {
        case "npath": self = .npath
        case "sif": self = .sif
        default: return nil
        }
    }

    /// The format of `data` judged from its first meaningful line, or `nil` when it matches none.
    public static func sniff(_ data: Data) -> GraphFormat? {
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
}

extension PathwayGraph {
    /// Loads a graph from a file path (format from the extension, or from the content for `.tsv`, `.txt` and
    /// other names) or, when no such file exists, a bundled graph of that name.
    public static func load(_ pathOrName: String) throws(GraphLoadError) -> PathwayGraph {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: pathOrName, isDirectory: &isDirectory), !isDirectory.boolValue {
            return try load(file: pathOrName)
        }
        if !pathOrName.contains("/"),
            BundledGraphs.source(at: pathOrName.hasSuffix(".npath") ? pathOrName : pathOrName + ".npath") != nil
        {
            return try bundled(pathOrName)
        }
        if isDirectory.boolValue { throw .unreadable(path: pathOrName, reason: "it is a directory") }
        throw .fileNotFound(path: pathOrName)
    }

    /// Loads a graph file, choosing the reader by extension or by content.
    public static func load(file path: String) throws(GraphLoadError) -> PathwayGraph {
        if GraphFormat(unambiguousExtension: URL(fileURLWithPath: path).pathExtension) == .npath {
            return try NPathParser.parse(contentsOfFile: path)
        }
        let data = try GraphSourceRoot.readData(atPath: path, display: path)
        return try load(data: data, file: path)
    }

    /// Loads a graph from bytes that are not on disk (a decompressed download, say); `file` names them in
    /// messages and its extension helps choose the reader. `.npath` text cannot `include` other files here.
    public static func load(data: Data, file: String) throws(GraphLoadError) -> PathwayGraph {
        let url = URL(fileURLWithPath: file)
        let name = url.deletingPathExtension().lastPathComponent
        let format = GraphFormat(unambiguousExtension: url.pathExtension) ?? GraphFormat.sniff(data)
        switch format {
        case .npath?:
            guard let text = String(data: data, encoding: .utf8) else {
                throw .unreadable(path: file, reason: "it is not UTF-8 text")
            }
            return try NPathParser.parse(text: text, file: file)
        case .sif?: return try SIFImporter.parse(data: data, file: file, name: name)
        case .pathLinker?: return try PathLinkerImporter.parse(data: data, file: file, name: name)
        case nil:
            throw .unsupportedFormat(
                path: file,
                detail:
                    "expected .npath, SIF (source relation target), a signed table with a header, or a PathLinker table"
            )
        }
    }
}
