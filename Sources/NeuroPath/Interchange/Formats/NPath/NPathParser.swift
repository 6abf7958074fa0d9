import Foundation

/// Reads `.npath` graphs (the native format, `Docs/format.md`).
///
/// Every problem is reported at once, each with `file:line:column`, the offending token and a suggestion where
/// one helps; the load fails with ``GraphLoadError/invalid(_:)`` carrying them all. Files on disk, with their
/// includes, are read by ``GraphLoader``.
public enum NPathParser {
    /// Loads a graph from text. `file` names it in diagnostics; `include` is refused.
    public static func parse(text: String, file: String = "<input>", limits: GraphLimits = .standard)
        throws(GraphLoadError) -> PathwayGraph
    {
        var assembler = NPathAssembler(root: .bundled, limits: limits)
        let graph = assembler.assemble(text: text, file: file)
        if let error = GraphLoadError.ifErrors(assembler.diagnostics) { throw error }
        return graph!
    }

    /// Parses one file's text into its document (statements, comments, includes unresolved), for the formatter.
    public static func document(text: String, file: String = "<input>", limits: GraphLimits = .standard)
        throws(GraphLoadError) -> NPathDocument
    {
        var parser = NPathDocumentParser(file: file, limits: limits)
        let document = parser.parse(text)
        if let error = GraphLoadError.ifErrors(parser.diagnostics) { throw error }
        return document
    }

    /// Loads `file` (relative to `root`) and its includes; `text` is the file's text when the caller has read it.
    static func parse(
        file: String, text: String? = nil, from root: GraphSourceRoot, limits: GraphLimits = .standard
    ) throws(GraphLoadError) -> PathwayGraph {
        var assembler = NPathAssembler(root: root, limits: limits)
        let graph = try assembler.assemble(file: file, text: text)
        if let error = GraphLoadError.ifErrors(assembler.diagnostics) { throw error }
        return graph!
    }
}
