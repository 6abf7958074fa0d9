/// Writes a graph as GraphML with declared keys, for Cytoscape, yEd, Gephi and graph libraries: node `label`,
/// `kind` and `description`; edge `relation`, `sign` (1, -1 or 0), `evidence`, `references`, `species` and
/// `note`. Node ids are NeuroPath's ids.
public enum GraphMLWriter: GraphTextWriter {
    /// The GraphML text of `graph`.
    public static func write(_ graph: PathwayGraph) -> String { text(of: graph) }

    /// Writes the GraphML text of `graph` into `output`, a line at a time.
    public static func write(_ graph: PathwayGraph, to output: inout some TextOutputStream) {
        let head = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" "#
                + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#
                + #"xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
        ]
        for line in head { output.writeLine(line) }
        let keys: [(id: String, target: String, name: String, type: String)] = [
            ("label", "node", "label", "string"), ("kind", "node", "kind", "string"),
            ("description", "node", "description", "string"), ("relation", "edge", "relation", "string"),
            ("sign", "edge", "sign", "int"), ("evidence", "edge", "evidence", "string"),
            ("references", "edge", "references", "string"), ("species", "edge", "species", "string"),
            ("note", "edge", "note", "string"),
        ]
        for key in keys {
            output.writeLine(
                #"  <key id="\#(key.id)" for="\#(key.target)" attr.name="\#(key.name)" attr.type="\#(key.type)"/>"#)
        }
        output.writeLine(#"  <graph id="\#(XMLText.escaped(graph.name ?? "G"))" edgedefault="directed">"#)
        func data(_ key: String, _ value: String?) -> String? {
            value.map { #"      <data key="\#(key)">\#(XMLText.escaped($0))</data>"# }
        }
        for node in graph.nodes {
            output.writeLine(#"    <node id="\#(XMLText.escaped(node.id))">"#)
            for line in [
                data("label", node.displayName), data("kind", node.kind.rawValue),
                data("description", node.description),
            ]
            .compactMap({ $0 }) {
                output.writeLine(line)
            }
            output.writeLine("    </node>")
        }
        for index in 0..<graph.interactionCount {
            let interaction = graph.interaction(at: index)
            output.writeLine(
                #"    <edge id="e\#(index)" source="\#(XMLText.escaped(graph[interaction.source].id))" "#
                    + #"target="\#(XMLText.escaped(graph[interaction.target].id))">"#)
            let sign = interaction.sign.map { $0 == .positive ? "1" : "-1" } ?? "0"
            for line in [
                data("relation", interaction.relation.rawValue), data("sign", sign),
                data("evidence", interaction.evidence?.rawValue),
                data(
                    "references", interaction.references.isEmpty ? nil : interaction.references.joined(separator: ",")),
                data(
                    "species",
                    interaction.context.species.isEmpty
                        ? nil : interaction.context.species.map(\.rawValue).joined(separator: ",")),
                data("note", interaction.note),
            ].compactMap({ $0 }) {
                output.writeLine(line)
            }
            output.writeLine("    </edge>")
        }
        output.writeLine("  </graph>")
        output.writeLine("</graphml>")
    }

    /// The nodes `graph` cannot be written with, each with the reason: an id or label holding a character XML
    /// cannot hold (a NUL, an escape), which would be dropped, so that two ids could become one.
    public static func unwritableIDs(in graph: PathwayGraph) -> [(id: String, reason: String)] {
        graph.nodes.compactMap { node in XMLText.unwritableReason(for: node).map { (node.id, $0) } }
    }
}
