import Foundation

/// Reads Cytoscape.js JSON (`{"elements": {"nodes": […], "edges": […]}}` or `{"nodes": […], "edges": […]}`, as
/// Cytoscape and CausalPath write it): each node's `data.id`, each edge's `data.source`, `data.target` and
/// relation (`data.interaction` or `data.edgeType`), with the relation words of SIF, so the same network written
/// as SIF and as Cytoscape.js JSON gives the same graph. A node that other nodes name as their `data.parent` is a
/// compound node (a compartment or cell population drawn around them), not an entity, and is not read. Other
/// `data` fields are not kept.
public enum CytoscapeJSONImporter {
    /// Whether `data` looks like Cytoscape.js JSON: a JSON object with nodes and edges.
    static func recognises(_ data: Data) -> Bool {
        let prefix = String(decoding: data.prefix(4096), as: UTF8.self)
        guard prefix.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "{" else { return false }
        return prefix.contains("\"elements\"") || (prefix.contains("\"nodes\"") && prefix.contains("\"edges\""))
            || prefix.contains("\"data\"")
    }

    /// Reads Cytoscape.js JSON bytes; `file` names them in diagnostics.
    public static func parse(
        data: Data, file: String = "<input>", name: String? = nil, limits: GraphLimits = .standard
    ) throws(GraphLoadError) -> PathwayGraph {
        func invalid(_ message: String) -> GraphLoadError {
            .invalid([Diagnostic(file: file, line: 0, column: 0, code: .malformedRow, message: message)])
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .invalid([JSONSyntax.diagnostic(file: file, data: data)])
        }
        guard let root = object as? [String: Any] else { throw invalid("expected a JSON object with nodes and edges") }
        let elements = (root["elements"] as? [String: Any]) ?? root
        guard let nodes = elements["nodes"] as? [[String: Any]], let edges = elements["edges"] as? [[String: Any]]
        else { throw invalid("expected \"nodes\" and \"edges\" arrays (Cytoscape.js JSON)") }

        var builder = PathwayGraphBuilder(name: name)
        var diagnostics: [Diagnostic] = []
        func node(_ id: String) -> Int { builder.nodeIndex(forID: id) { Node(id: id) } }
        let compounds = Set(nodes.compactMap { ($0["data"] as? [String: Any]).flatMap { Self.string($0["parent"]) } })
        for (position, element) in nodes.enumerated() {
            if let data = element["data"] as? [String: Any], let id = Self.string(data["id"]), compounds.contains(id) {
                continue
            }
            guard let data = element["data"] as? [String: Any], let id = Self.string(data["id"]), !id.isEmpty else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: 0, column: 0, code: .malformedRow,
                        message: "node \(position + 1) has no data.id"))
                continue
            }
            _ = node(id)
            if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
        }
        for (position, element) in edges.enumerated() {
            guard let data = element["data"] as? [String: Any], let source = Self.string(data["source"]),
                let target = Self.string(data["target"])
            else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: 0, column: 0, code: .malformedRow,
                        message: "edge \(position + 1) has no data.source and data.target"))
                continue
            }
            let word = (Self.string(data["interaction"]) ?? Self.string(data["edgeType"]) ?? "").lowercased()
            guard let relation = word.isEmpty ? .associatedWith : SIFImporter.relationWords[word] else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: 0, column: 0, code: .unknownRelation,
                        message: "edge \(position + 1) (\(source) → \(target)) has the unknown relation '\(word)'"))
                continue
            }
            builder.addChecked(source: node(source), target: node(target), relation: relation)
            if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
        }
        if let error = GraphLoadError.ifErrors(diagnostics) { throw error }
        return builder.build()
    }

    /// A string or number field as text.
    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }
}
