/// Writes a graph as GraphML with declared keys, for Cytoscape, yEd, Gephi and graph libraries: node `label`,
/// `kind` and `description`; edge `relation`, `sign` (1, -1 or 0), `evidence`, `references`, `species` and
/// `note`. Node ids are NeuroPath's ids.
public enum GraphMLWriter {
    /// The GraphML text of `graph`.
    public static func write(_ graph: PathwayGraph) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" "#
                + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#
                + #"xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
        ]
        let keys: [(id: String, target: String, name: String, type: String)] = [
            ("label", "node", "label", "string"), ("kind", "node", "kind", "string"),
            ("description", "node", "description", "string"), ("relation", "edge", "relation", "string"),
            ("sign", "edge", "sign", "int"), ("evidence", "edge", "evidence", "string"),
            ("references", "edge", "references", "string"), ("species", "edge", "species", "string"),
            ("note", "edge", "note", "string"),
        ]
        for key in keys {
            lines.append(
                #"  <key id="\#(key.id)" for="\#(key.target)" attr.name="\#(key.name)" attr.type="\#(key.type)"/>"#)
        }
        lines.append(#"  <graph id="\#(XMLText.escaped(graph.name ?? "G"))" edgedefault="directed">"#)
        func data(_ key: String, _ value: String?) -> String? {
            value.map { #"      <data key="\#(key)">\#(XMLText.escaped($0))</data>"# }
        }
        for node in graph.nodes {
            lines.append(#"    <node id="\#(XMLText.escaped(node.id))">"#)
            lines += [
                data("label", node.displayName), data("kind", node.kind.rawValue),
                data("description", node.description),
            ]
            .compactMap { $0 }
            lines.append("    </node>")
        }
        for index in 0..<graph.interactionCount {
            let interaction = graph.interaction(at: index)
            lines.append(
                #"    <edge id="e\#(index)" source="\#(XMLText.escaped(graph.nodes[interaction.source].id))" "#
                    + #"target="\#(XMLText.escaped(graph.nodes[interaction.target].id))">"#)
            let sign = interaction.sign.map { $0 == .positive ? "1" : "-1" } ?? "0"
            lines += [
                data("relation", interaction.relation.rawValue), data("sign", sign),
                data("evidence", interaction.evidence?.rawValue),
                data(
                    "references", interaction.references.isEmpty ? nil : interaction.references.joined(separator: ",")),
                data(
                    "species",
                    interaction.context.species.isEmpty
                        ? nil : interaction.context.species.map(\.rawValue).joined(separator: ",")),
                data("note", interaction.note),
            ].compactMap { $0 }
            lines.append("    </edge>")
        }
        lines.append("  </graph>")
        lines.append("</graphml>")
        return lines.joined(separator: "\n") + "\n"
    }
}
