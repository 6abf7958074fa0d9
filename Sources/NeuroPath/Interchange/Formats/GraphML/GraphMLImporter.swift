import Foundation

/// Reads GraphML as Cytoscape, yEd, Gephi, networkx and `neuropath convert` write it. Attributes are mapped by
/// the name their `<key>` declares (`attr.name`, any case), so the tool that wrote the file does not matter:
///
/// - a node's `label` or `name` is its label, `kind` or `type` its kind (when the word is one of NeuroPath's),
///   `description` its description;
/// - an edge's `relation`, `interaction` or `edgeType` word is its relation (the words SIF accepts); without
///   one, its `sign` (1, -1 or 0); without either, an association of unknown sign. `evidence`, `references`
///   (comma-separated), `species` (comma-separated) and `note` are read as in `.npath`.
///
/// yEd keeps labels and arrowheads in its graphics data instead: a node's `<y:NodeLabel>` is its label (when no
/// `label` or `name` attribute gives one); an edge with no relation or sign attribute takes its `<y:EdgeLabel>`
/// when that is a relation word, else its target arrowhead (`<y:Arrows target="…">`): a T bar (`t_shape`)
/// inhibits, any other arrowhead activates (as GPML's `Arrow` does), `none` is an association of unknown sign.
///
/// An undirected edge (`edgedefault="undirected"`, or `directed="false"` on the edge) counts once in each
/// direction. Nested graphs are flattened into one. Hyperedges are refused: an interaction joins two nodes.
enum GraphMLImporter {
    /// Reads GraphML bytes; `file` names them in diagnostics.
    static func parse(data: Data, file: String, name: String?, limits: GraphLimits) throws(GraphLoadError)
        -> PathwayGraph
    {
        let root = try XMLElement.root(of: data, named: "graphml", format: "GraphML", file: file)
        func problem(_ message: String, code: Diagnostic.Code = .malformedRow, suggestion: String? = nil) -> Diagnostic
        {
            Diagnostic(file: file, line: 0, column: 0, code: code, message: message, suggestion: suggestion)
        }
        guard let top = root.child("graph") else { throw .invalid([problem("the GraphML file holds no <graph>")]) }
        if let hyperedge = root.descendants.first(where: { $0.name == "hyperedge" }) {
            throw .invalid([
                problem(
                    "a hyperedge (\(hyperedge.attributes["id"] ?? "without an id")) cannot be read: an interaction "
                        + "joins two nodes", suggestion: "replace each hyperedge by edges between pairs of nodes")
            ])
        }
        // key id → the attribute's name, lower-cased.
        var keyNames: [String: String] = [:]
        for key in root.children("key") {
            guard let id = key.attributes["id"] else { continue }
            keyNames[id] = (key.attributes["attr.name"] ?? id).lowercased()
        }
        func attributes(of element: XMLElement) -> [String: String] {
            var values: [String: String] = [:]
            for data in element.children("data") {
                guard let key = data.attributes["key"] else { continue }
                let value = Self.withoutIndentation(data.text)
                if !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    values[keyNames[key] ?? key.lowercased()] = value
                }
                // yEd's graphics: labels and arrowheads inside the data element.
                for graphic in data.descendants {
                    switch graphic.name {
                    case "NodeLabel", "EdgeLabel":
                        let label = graphic.text.trimmingCharacters(in: .whitespacesAndNewlines)
                        if !label.isEmpty, values[Self.yEdLabel] == nil { values[Self.yEdLabel] = label }
                    case "Arrows": values[Self.yEdArrow] = graphic.attributes["target"]?.lowercased()
                    default: break
                    }
                }
            }
            return values
        }

        var builder = PathwayGraphBuilder(name: name)
        var diagnostics: [Diagnostic] = []
        // Every <graph> in the file, the top one first; each knows whether its edges are directed by default.
        var graphs = [top]
        var index = 0
        while index < graphs.count {
            for node in graphs[index].children("node") { graphs += node.children("graph") }
            index += 1
        }
        for graph in graphs {
            for element in graph.children("node") {
                guard let id = element.attributes["id"], !id.isEmpty else {
                    diagnostics.append(problem("a <node> has no id"))
                    continue
                }
                let values = attributes(of: element)
                _ = builder.nodeIndex(forID: id) {
                    var node = Node(id: id, label: values["label"] ?? values["name"] ?? values[Self.yEdLabel] ?? id)
                    if let kind = (values["kind"] ?? values["type"]).flatMap({ NodeKind(rawValue: $0.lowercased()) }) {
                        node.kind = kind
                    }
                    node.description = values["description"]
                    return node
                }
                if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
            }
        }
        for graph in graphs {
            let directedByDefault = graph.attributes["edgedefault"]?.lowercased() != "undirected"
            for element in graph.children("edge") {
                let label = element.attributes["id"].map { "edge \($0)" } ?? "an edge"
                guard let source = element.attributes["source"], let target = element.attributes["target"] else {
                    diagnostics.append(problem("\(label) has no source or target"))
                    continue
                }
                let values = attributes(of: element)
                let word = (values["relation"] ?? values["interaction"] ?? values["edgetype"] ?? values["sign"])?
                    .lowercased()
                guard let relation = word.map({ SIFImporter.relationWords[$0] }) ?? Self.yEdRelation(values) else {
                    diagnostics.append(
                        problem(
                            "\(label) (\(source) → \(target)) has the unknown relation '\(word ?? "")'",
                            code: .unknownRelation, suggestion: "use 1, -1, activates, inhibits, increases or decreases"
                        ))
                    continue
                }
                var evidence: EvidenceLevel?
                if let level = values["evidence"] {
                    evidence = EvidenceLevel(rawValue: level.lowercased())
                    if evidence == nil {
                        diagnostics.append(
                            problem(
                                "\(label) has the unknown evidence level '\(level)'",
                                suggestion: EvidenceLevel.allCases.map(\.rawValue).joined(separator: ", ")))
                        continue
                    }
                }
                let list = { (key: String) in
                    (values[key] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                        .filter { !$0.isEmpty }
                }
                let context = InteractionContext(species: list("species").compactMap { Species(rawValue: $0) })
                let directed = element.attributes["directed"].map { $0.lowercased() != "false" } ?? directedByDefault
                let ends = [(source, target)] + (directed || source == target ? [] : [(target, source)])
                for (from, to) in ends {
                    let fromIndex = builder.nodeIndex(forID: from) { Node(id: from) }
                    let toIndex = builder.nodeIndex(forID: to) { Node(id: to) }
                    builder.addChecked(
                        Interaction(
                            source: fromIndex, target: toIndex, relation: relation, evidence: evidence,
                            references: list("references"), context: context, note: values["note"]))
                    if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
                }
            }
        }
        if let error = GraphLoadError.ifErrors(diagnostics) { throw error }
        return builder.build()
    }

    /// Where a yEd label and target arrowhead are kept among an element's values (names no key can have).
    private static let yEdLabel = " yed label", yEdArrow = " yed arrow"

    /// An edge's relation from yEd's graphics: a label that is a relation word, else its target arrowhead.
    private static func yEdRelation(_ values: [String: String]) -> Relation {
        if let label = values[yEdLabel], let relation = SIFImporter.relationWords[label.lowercased()] {
            return relation
        }
        switch values[yEdArrow] {
        case "t_shape"?: return .inhibits
        case nil, "none"?: return .associatedWith
        default: return .activates
        }
    }

    /// A `<data>` value as written: white space at either end is kept (a label may end in a space), unless it
    /// holds a line break, as the indentation of a value written on lines of its own does.
    static func withoutIndentation(_ text: String) -> String {
        var value = Substring(text)
        let leading = value.prefix(while: \.isWhitespace)
        if leading.contains(where: \.isNewline) { value = value.dropFirst(leading.count) }
        let trailing = value.reversed().prefix(while: \.isWhitespace)
        if trailing.contains(where: \.isNewline) { value = value.dropLast(trailing.count) }
        return String(value)
    }
}
