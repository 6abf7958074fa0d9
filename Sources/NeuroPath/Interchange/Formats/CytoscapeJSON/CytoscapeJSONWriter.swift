import Foundation

/// Writes a graph as Cytoscape.js JSON (`{"data": {"name": …}, "directed": true, "multigraph": true, "elements":
/// {"nodes": […], "edges": […]}}`, the shape of Cytoscape's own export, which networkx's `cytoscape_graph` reads),
/// for Cytoscape and web pages: node `id`, `label`, `kind`, `description`; edge `id`, `source`, `target`, `interaction` (the relation
/// word), `sign`, `evidence`, `references`, `note` and `key` (its number, which tells parallel edges apart). Cell populations are compound nodes (`kind`
/// `cell-population`, id `population:NAME`) that the nodes placed in them name as their `parent`, so Cytoscape
/// draws each population as a box around its nodes. ``CytoscapeJSONImporter`` reads all of it back.
public enum CytoscapeJSONWriter {
    /// The JSON text of `graph`, keys sorted, so the same graph gives the same bytes.
    public static func write(_ graph: PathwayGraph) -> String {
        // One compound node per population a node is placed in, named so that it cannot be a node's id.
        let ids = Set(graph.nodes.map(\.id))
        var parents: [Substring: String] = [:]
        var populationNodes: [Element<NodeData>] = []
        for population in graph.nodes.compactMap(\.population) where parents[population] == nil {
            let id = CytoscapeJSONImporter.compoundID(of: population, avoiding: ids)
            parents[population] = id
            let label = graph.populations.first { $0.id == population }?.label ?? String(population)
            populationNodes.append(
                Element(
                    data: NodeData(
                        id: id, value: id, name: label, label: label, kind: CytoscapeJSONImporter.populationKind)))
        }
        let nodes =
            populationNodes
            + graph.nodes.map { node in
                Element(
                    data: NodeData(
                        // The label alone: the population is the compound node drawn around it.
                        id: node.id, value: node.id, name: node.label, label: node.label, kind: node.kind.rawValue,
                        parent: node.population.flatMap { parents[$0] }, description: node.description))
            }
        let edges = (0..<graph.interactionCount).map { index in
            let interaction = graph.interaction(at: index)
            return Element(
                data: EdgeData(
                    id: "e\(index)", key: index, source: graph.nodes[interaction.source].id,
                    target: graph.nodes[interaction.target].id, interaction: interaction.relation.rawValue,
                    sign: interaction.sign.map { $0 == .positive ? 1 : -1 } ?? 0,
                    references: interaction.references, evidence: interaction.evidence?.rawValue,
                    note: interaction.note))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings and integers only: encoding cannot fail.
        let document = Document(
            data: GraphData(name: graph.name ?? "graph", title: graph.title),
            elements: Elements(nodes: nodes, edges: edges))
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var data: GraphData
        var directed = true
        var multigraph = true
        var elements: Elements
    }
    private struct GraphData: Encodable {
        var name: String
        var title: String?
    }
    private struct Elements: Encodable {
        var nodes: [Element<NodeData>]
        var edges: [Element<EdgeData>]
    }
    private struct Element<Data: Encodable>: Encodable { var data: Data }
    private struct NodeData: Encodable {
        var id: String
        /// The id again and the label again, under the names networkx's reader takes them by.
        var value: String
        var name: String
        var label: String
        var kind: String
        var parent: String?
        var description: String?
    }
    private struct EdgeData: Encodable {
        var id: String
        var key: Int
        var source: String
        var target: String
        var interaction: String
        var sign: Int
        var references: [String]
        var evidence: String?
        var note: String?
    }
}
