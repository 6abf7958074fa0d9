import Foundation

/// The formats `neuropath --graph` reads, chosen by extension and, where that is ambiguous, by content.
public enum GraphFormat: String, Sendable, CaseIterable {
    /// NeuroPath's native format (`Docs/format.md`).
    case npath
    /// Simple interaction format, signed (`source relation target`); also signed `source interaction target`
    /// tables with a header (`.tsv`, `.txt`).
    case sif

    /// The format for a file name's extension, if it names one.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "npath": self = .npath
        case "sif", "tsv", "txt": self = .sif
        default: return nil
        }
    }
}

extension PathwayGraph {
    /// Loads a graph from a file path (format from the extension, or from the content when the extension says
    /// nothing) or, when no such file exists, a bundled graph of that name.
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

    /// Loads a graph file, choosing the reader by extension or, failing that, by content.
    public static func load(file path: String) throws(GraphLoadError) -> PathwayGraph {
        let pathExtension = URL(fileURLWithPath: path).pathExtension
        let format: GraphFormat
        if let byExtension = GraphFormat(pathExtension: pathExtension) {
            format = byExtension
        } else {
            format = try sniffFormat(path)
        }
        switch format {
        case .npath: return try NPathParser.parse(contentsOfFile: path)
        case .sif: return try SIFImporter.parse(contentsOfFile: path)
        }
    }

    /// Guesses a format from the first meaningful line: `.npath` keywords, or three or more fields.
    private static func sniffFormat(_ path: String) throws(GraphLoadError) -> GraphFormat {
        let text = try GraphSourceRoot.readText(atPath: path, display: path)
        let firstLine = text.split(separator: "\n").lazy
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") }
        guard let firstLine else {
            throw .unsupportedFormat(path: path, detail: "it holds no data; give it an extension (.npath, .sif, .tsv)")
        }
        let firstWord = firstLine.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        if NPathDocumentParser.keywords.contains(firstWord) { return .npath }
        if firstLine.split(whereSeparator: { $0 == " " || $0 == "\t" }).count >= 3 { return .sif }
        throw .unsupportedFormat(path: path, detail: "expected .npath, .sif or a tab-separated table")
    }
}
