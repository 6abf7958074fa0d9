/// A writer of one text format, as ``GraphFormat`` calls it: the text written into any `TextOutputStream` a piece
/// at a time (a `String`, or a file as it is written), and the ids the format cannot hold.
protocol GraphTextWriter: SendableMetatype {
    /// Writes `graph` into `output`, a piece at a time, never the whole text at once.
    static func write(_ graph: PathwayGraph, to output: inout some TextOutputStream)
    /// The ids the format cannot hold, each with why, in the graph's order.
    static func unwritableIDs(in graph: PathwayGraph) -> [(id: String, reason: String)]
}

extension GraphTextWriter {
    /// A format that holds any id.
    static func unwritableIDs(in graph: PathwayGraph) -> [(id: String, reason: String)] { [] }

    /// The whole text of `graph`.
    static func text(of graph: PathwayGraph) -> String {
        var text = ""
        write(graph, to: &text)
        return text
    }
}

extension TextOutputStream {
    /// Writes `text` and a line break.
    mutating func writeLine(_ text: String) {
        write(text)
        write("\n")
    }
}
