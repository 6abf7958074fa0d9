import Foundation

/// Writes a graph as Cytoscape.js JSON (`{"elements": {"nodes": […], "edges": […]}}`), for Cytoscape and web
/// pages: node `id`, `label`, `kind`; edge `id`, `source`, `target`, `interaction` (the relation word), `sign`,
/// `evidence` and `references`. ``CytoscapeJSONImporter`` reads it back into the same nodes and interactions.
public enum CytoscapeJSONWriter {
    /// The JSON text of `graph`, keys sorted, so the same graph gives the same bytes.
    public static func write(_ graph: PathwayGraph) -> String {
        let nodes: [[String: Any]] = graph.nodes.map { node in
            ["data": ["id": node.id, "label": node.displayName, "kind": node.kind.rawValue]]
        }
        let edges: [[String: Any]] = (0..<graph.interactionCount).map { index in
            let interaction = graph.interaction(at: index)
            var data: [String: Any] = [
                "id": "e\(index)", "source": graph.nodes[interaction.source].id,
                "target": graph.nodes[interaction.target].id, "interaction": interaction.relation.rawValue,
                "sign": interaction.sign.map { $0 == .positive ? 1 : -1 } ?? 0,
                "references": interaction.references,
            ]
            if let evidence = interaction.evidence { data["evidence"] = evidence.rawValue }
            return ["data": data]
        }
        let object: [String: Any] = ["elements": ["nodes": nodes, "edges": edges]]
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
