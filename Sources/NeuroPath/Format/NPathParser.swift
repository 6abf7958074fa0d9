import Foundation

/// Reads `.npath` graphs (the native format, `Docs/format.md`).
///
/// Every problem is reported at once, each with `file:line:column`, the offending token and a suggestion where
/// one helps; the load fails with ``GraphLoadError/invalid(_:)`` carrying them all.
public enum NPathParser {
    /// Loads the graph in the file at `path` and the files it includes (relative to it, never outside its
    /// folder).
    public static func parse(contentsOfFile path: String) throws(GraphLoadError) -> PathwayGraph {
        let url = URL(fileURLWithPath: path)
        let displayDirectory = (path as NSString).deletingLastPathComponent
        guard FileManager.default.fileExists(atPath: url.path) else { throw .fileNotFound(path: path) }
        let root = GraphSourceRoot.directory(path: url.deletingLastPathComponent().path, display: displayDirectory)
        return try parse(file: url.lastPathComponent, from: root)
    }

    /// Loads a graph from text. `file` names it in diagnostics; `include` is refused.
    public static func parse(text: String, file: String = "<input>") throws(GraphLoadError) -> PathwayGraph {
        var assembler = NPathAssembler(root: .bundled)
        let graph = assembler.assemble(text: text, file: file)
        if let error = GraphLoadError.ifErrors(assembler.diagnostics) { throw error }
        return graph!
    }

    /// Parses one file's text into its document (statements, comments, includes unresolved), for the formatter.
    public static func document(text: String, file: String = "<input>") throws(GraphLoadError) -> NPathDocument {
        var parser = NPathDocumentParser(file: file)
        let document = parser.parse(text)
        if let error = GraphLoadError.ifErrors(parser.diagnostics) { throw error }
        return document
    }

    static func parse(file: String, from root: GraphSourceRoot) throws(GraphLoadError) -> PathwayGraph {
        var assembler = NPathAssembler(root: root)
        let graph = try assembler.assemble(file: file)
        if let error = GraphLoadError.ifErrors(assembler.diagnostics) { throw error }
        return graph!
    }
}
