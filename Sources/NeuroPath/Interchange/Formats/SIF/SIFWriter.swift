/// Writes a graph as signed SIF: `source<TAB>sign<TAB>target`, one interaction per line, with `1`, `-1`, or
/// `0` for an association of unknown sign, then each node without interactions on a line of its own (as SIF
/// declares one). ``SIFImporter`` reads it back; labels, relation words, evidence and references are not kept.
public enum SIFWriter: GraphTextWriter {
    /// The SIF text of `graph`.
    public static func write(_ graph: PathwayGraph) -> String { text(of: graph) }

    /// Writes the SIF text of `graph` into `output`, a line at a time.
    public static func write(_ graph: PathwayGraph, to output: inout some TextOutputStream) {
        var connected = [Bool](repeating: false, count: graph.nodes.count)
        for index in 0..<graph.interactionCount {
            let word = graph.packed[index].sign.map { $0 == .positive ? "1" : "-1" } ?? "0"
            let (source, target) = (graph.sourceIndex(index), graph.targetIndex(index))
            (connected[source], connected[target]) = (true, true)
            output.write("\(graph.nodes[source].id)\t\(word)\t\(graph.nodes[target].id)\n")
        }
        for (node, isConnected) in zip(graph.nodes, connected) where !isConnected { output.writeLine(node.id) }
    }

    /// The node ids of `graph` that SIF cannot hold, each with the reason: SIF has no quoting, so an id with a tab
    /// or a line break would split its line, one starting with `#` would be read as a comment, an empty one or
    /// one with spaces at either end would not come back the same, and a node without interactions, alone on its
    /// line, is read as space-separated SIF, so its id cannot hold a space.
    public static func unwritableIDs(in graph: PathwayGraph) -> [(id: String, reason: String)] {
        var connected = [Bool](repeating: false, count: graph.nodes.count)
        for index in 0..<graph.interactionCount {
            connected[graph.sourceIndex(index)] = true
            connected[graph.targetIndex(index)] = true
        }
        return zip(graph.nodes, connected).compactMap { node, isConnected in
            let id = node.id
            if id.isEmpty { return (id, "it is empty") }
            if id.contains(where: { $0 == "\t" || $0.isNewline }) { return (id, "it holds a tab or a line break") }
            if id.hasPrefix("#") { return (id, "it starts with '#', which begins a comment") }
            if id.first!.isWhitespace || id.last!.isWhitespace { return (id, "it starts or ends with a space") }
            if !isConnected && id.contains(where: \.isWhitespace) {
                return (id, "it has no interactions and holds a space: alone on its line, it would split")
            }
            return nil
        }
    }
}
