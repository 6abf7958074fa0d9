/// Writes a graph as signed SIF: `source<TAB>sign<TAB>target`, one interaction per line, with `1`, `-1`, or
/// `0` for an association of unknown sign. ``SIFImporter`` reads it back; evidence and references are not kept.
public enum SIFWriter {
    /// The SIF text of `graph`.
    public static func write(_ graph: PathwayGraph) -> String {
        var text = ""
        for index in 0..<graph.interactionCount {
            let word = graph.sign(of: index).map { $0 == .positive ? "1" : "-1" } ?? "0"
            text += "\(graph.nodes[graph.source(of: index)].id)\t\(word)\t\(graph.nodes[graph.target(of: index)].id)\n"
        }
        return text
    }
}
