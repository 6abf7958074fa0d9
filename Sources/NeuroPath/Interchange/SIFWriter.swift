/// Writes a graph as signed SIF: `source<TAB>sign<TAB>target`, one interaction per line, with `1`, `-1`, or
/// `0` for an association of unknown sign, then each node without interactions on a line of its own (as SIF
/// declares one). ``SIFImporter`` reads it back; labels, relation words, evidence and references are not kept.
public enum SIFWriter {
    /// The SIF text of `graph`.
    public static func write(_ graph: PathwayGraph) -> String {
        var text = ""
        var connected = [Bool](repeating: false, count: graph.nodes.count)
        for index in 0..<graph.interactionCount {
            let word = graph.sign(of: index).map { $0 == .positive ? "1" : "-1" } ?? "0"
            let (source, target) = (graph.source(of: index), graph.target(of: index))
            (connected[source], connected[target]) = (true, true)
            text += "\(graph.nodes[source].id)\t\(word)\t\(graph.nodes[target].id)\n"
        }
        for (node, isConnected) in zip(graph.nodes, connected) where !isConnected { text += "\(node.id)\n" }
        return text
    }
}
