import Foundation

/// Writes a graph as Cytoscape.js JSON (`{"data": {"name": …}, "directed": true, "multigraph": true, "elements":
/// {"nodes": […], "edges": […]}}`, the shape of Cytoscape's own export, which networkx's `cytoscape_graph` reads),
/// for Cytoscape and web pages: node `id`, `label`, `kind`, `description`; edge `id`, `source`, `target`, `interaction` (the relation
/// word), `sign`, `evidence`, `references`, `note` and `key` (its number, which tells parallel edges apart). Cell populations are compound nodes (`kind`
/// `cell-population`, id `population:NAME`) that the nodes placed in them name as their `parent`, so Cytoscape
/// draws each population as a box around its nodes. ``CytoscapeJSONImporter`` reads all of it back.
public enum CytoscapeJSONWriter: GraphTextWriter {
    /// The JSON text of `graph`, keys sorted, so the same graph gives the same bytes.
    public static func write(_ graph: PathwayGraph) -> String { text(of: graph) }

    /// Writes the JSON text of `graph` into `output` a piece at a time: the same bytes as encoding the whole
    /// document at once (`document(of:)`), without the whole document in memory.
    public static func write(_ graph: PathwayGraph, to output: inout some TextOutputStream) {
        let elements = Elements(graph)
        PrettyJSONWriter(encoder: encoder).write(
            [
                ("data", .value(GraphData(name: graph.name ?? "graph", title: graph.title))),
                ("directed", .value(true)), ("multigraph", .value(true)),
                (
                    "elements",
                    .object([
                        ("nodes", .array(count: elements.nodeCount, element: elements.node)),
                        ("edges", .array(count: graph.interactionCount, element: elements.edge)),
                    ])
                ),
            ], to: &output)
        output.write("\n")
    }

    /// The whole document of `graph`, as one value: what ``write(_:to:)`` writes a piece at a time.
    static func document(of graph: PathwayGraph) -> Document {
        let elements = Elements(graph)
        return Document(
            data: GraphData(name: graph.name ?? "graph", title: graph.title),
            elements: ElementLists(
                nodes: (0..<elements.nodeCount).map(elements.node),
                edges: (0..<graph.interactionCount).map(elements.edge)))
    }

    /// The encoder of the document: keys sorted and indented.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The elements of a graph, each made when it is asked for: first one compound node per population a node is
    /// placed in (named so that it cannot be a node's id), then the graph's nodes; the edges.
    private struct Elements {
        let graph: PathwayGraph
        let populationNodes: [Element<NodeData>]
        let parents: [Substring: String]

        init(_ graph: PathwayGraph) {
            self.graph = graph
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
                            id: id, value: id, name: label, label: label, kind: CytoscapeJSONImporter.populationKind))
                )
            }
            self.parents = parents
            self.populationNodes = populationNodes
        }

        var nodeCount: Int { populationNodes.count + graph.nodes.count }

        func node(_ position: Int) -> Element<NodeData> {
            guard position >= populationNodes.count else { return populationNodes[position] }
            let node = graph.nodes[position - populationNodes.count]
            return Element(
                data: NodeData(
                    // The label alone: the population is the compound node drawn around it.
                    id: node.id, value: node.id, name: node.label, label: node.label, kind: node.kind.rawValue,
                    parent: node.population.flatMap { parents[$0] }, description: node.description))
        }

        func edge(_ index: Int) -> Element<EdgeData> {
            let interaction = graph.interaction(at: index)
            return Element(
                data: EdgeData(
                    id: "e\(index)", key: index, source: graph[interaction.source].id,
                    target: graph[interaction.target].id, interaction: interaction.relation.rawValue,
                    sign: interaction.sign.map { $0 == .positive ? 1 : -1 } ?? 0,
                    references: interaction.references, evidence: interaction.evidence?.rawValue,
                    note: interaction.note))
        }
    }

    struct Document: Encodable {
        var data: GraphData
        var directed = true
        var multigraph = true
        var elements: ElementLists
    }
    struct GraphData: Encodable {
        var name: String
        var title: String?
    }
    struct ElementLists: Encodable {
        var nodes: [Element<NodeData>]
        var edges: [Element<EdgeData>]
    }
    struct Element<Data: Encodable>: Encodable { var data: Data }
    struct NodeData: Encodable {
        var id: String
        /// The id again and the label again, under the names networkx's reader takes them by.
        var value: String
        var name: String
        var label: String
        var kind: String
        var parent: String?
        var description: String?
    }
    struct EdgeData: Encodable {
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
