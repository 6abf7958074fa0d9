import Foundation

/// Reads Cytoscape.js JSON (`{"elements": {"nodes": […], "edges": […]}}` or `{"nodes": […], "edges": […]}`, as
/// Cytoscape, CausalPath and `neuropath convert` write it). Fields are mapped by name, whoever wrote the file:
///
/// - a node's `data.id`; its label from `label`, `name` or `text`; its kind from `kind` or `type` (when the word
///   is one of NeuroPath's); `description`;
/// - an edge's `data.source`, `data.target` and relation (`data.interaction` or `data.edgeType`, the relation
///   words of SIF), so the same network written as SIF and as Cytoscape.js JSON gives the same graph; `evidence`
///   (a NeuroPath evidence level); references from `references` (as they are) and CausalPath's `pcLinks`
///   (PubMed ids, DOIs and URLs, read as in extended SIF); `note`.
///
/// A node that other nodes name as their `data.parent` is a compound node drawn around them, not an entity: one
/// of `kind` `cell-population` (as NeuroPath writes populations) declares that population with its label; other
/// compounds (compartments) are not read. Other `data` fields are not kept.
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
        // Cytoscape.js refuses two elements with one id; merging them here would drop the second's label.
        var firstPosition: [String: Int] = [:]
        for (position, element) in nodes.enumerated() {
            guard let data = element["data"] as? [String: Any], let id = Self.string(data["id"]), !id.isEmpty else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: 0, column: 0, code: .malformedRow,
                        message: "node \(position + 1) has no data.id"))
                continue
            }
            if let first = firstPosition[id] {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: 0, column: 0, code: .duplicateDeclaration,
                        message: "nodes \(first + 1) and \(position + 1) have the same id '\(id)'",
                        suggestion: "give each node an id of its own"))
                continue
            }
            firstPosition[id] = position
            let label = Self.string(data["label"]) ?? Self.string(data["name"]) ?? Self.string(data["text"])
            let kind = (Self.string(data["kind"]) ?? Self.string(data["type"])).map { $0.lowercased() }
            if compounds.contains(id) {
                if kind == Self.populationKind { builder.addPopulation(Self.population(id: id, label: label)) }
                continue
            }
            _ = builder.nodeIndex(forID: id) {
                var node = Node(id: id, label: label ?? id)
                if let kind = kind.flatMap(NodeKind.init(rawValue:)) { node.kind = kind }
                node.description = Self.string(data["description"])
                return node
            }
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
            var evidence: EvidenceLevel?
            if let level = Self.string(data["evidence"]) {
                evidence = EvidenceLevel(rawValue: level.lowercased())
                if evidence == nil {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: 0, column: 0, code: .invalidValue,
                            message: "edge \(position + 1) (\(source) → \(target)) has the unknown evidence level "
                                + "'\(level)'",
                            suggestion: EvidenceLevel.allCases.map(\.rawValue).joined(separator: ", ")))
                    continue
                }
            }
            func strings(_ value: Any?) -> [String] {
                if let list = value as? [Any] { return list.compactMap(Self.string) }
                return Self.string(value).map { [$0] } ?? []
            }
            // `references` are keys as they are; CausalPath's links are sorted from other words as in SIF.
            let links = SIFImporter.provenance(strings(data["pcLinks"])).references
            let references = strings(data["references"]) + links
            builder.addChecked(
                Interaction(
                    source: node(source), target: node(target), relation: relation, evidence: evidence,
                    references: references, note: Self.string(data["note"])))
            if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
        }
        if let error = GraphLoadError.ifErrors(diagnostics) { throw error }
        return builder.build()
    }

    /// The `kind` of the compound nodes NeuroPath writes for cell populations.
    static let populationKind = "cell-population"

    /// The id of the compound node NeuroPath writes for a population: `population:NAME`, with `#` appended
    /// while a node of the graph has that id.
    static func compoundID(of population: Substring, avoiding ids: Set<String>) -> String {
        var id = "population:\(population)"
        while ids.contains(id) { id += "#" }
        return id
    }

    /// The population a compound node of `kind` `cell-population` declares: its id without NeuroPath's
    /// `population:` prefix and `#` suffixes.
    private static func population(id: String, label: String?) -> CellPopulation {
        var name = Substring(id)
        if name.hasPrefix("population:") { name = name.dropFirst("population:".count) }
        while name.hasSuffix("#") { name = name.dropLast() }
        return CellPopulation(id: String(name), label: label)
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
