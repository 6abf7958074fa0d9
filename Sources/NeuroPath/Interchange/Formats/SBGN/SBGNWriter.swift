/// Writes a graph as an SBGN-ML Activity Flow map (libsbgn 0.3) that validates against the SBGN-ML schema, for
/// SBGN editors: drugs are perturbations, processes and effects phenotypes, everything else a biological
/// activity; positive interactions are positive influences, negative ones negative influences, necessary inputs
/// necessary stimulations (SBGN has no negative or unsigned necessary input: those are written as plain
/// influences), unsigned ones unknown influences. Glyphs are placed on a simple grid for the editor to
/// lay out; evidence and references are not part of SBGN and are not written. ``GraphLoader`` reads it back.
public enum SBGNWriter: GraphTextWriter {
    /// The SBGN-ML text of `graph`.
    public static func write(_ graph: PathwayGraph) -> String { text(of: graph) }

    /// Writes the SBGN-ML text of `graph` into `output`, a line at a time.
    public static func write(_ graph: PathwayGraph, to output: inout some TextOutputStream) {
        let head = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<sbgn xmlns="http://sbgn.org/libsbgn/0.3">"#,
            #"  <map id="map1" language="activity flow">"#,
        ]
        for line in head { output.writeLine(line) }
        let columns = 8
        func box(_ index: Int) -> (x: Int, y: Int) { (40 + (index % columns) * 180, 40 + (index / columns) * 120) }
        for (index, node) in graph.nodes.enumerated() {
            let glyphClass: String =
                switch node.kind {
                case .drug: "perturbation"
                case .process, .physiologicalEffect, .therapeuticEffect, .adverseEffect, .disorder: "phenotype"
                default: "biological activity"
                }
            let (x, y) = box(index)
            output.writeLine(#"    <glyph class="\#(glyphClass)" id="n\#(index)">"#)
            output.writeLine(#"      <label text="\#(XMLText.escaped(node.displayName))"/>"#)
            output.writeLine(#"      <bbox x="\#(x)" y="\#(y)" w="140" h="60"/>"#)
            output.writeLine("    </glyph>")
        }
        for index in 0..<graph.interactionCount {
            let interaction = graph.interaction(at: index)
            let arcClass: String =
                switch (interaction.sign, interaction.isNecessary) {
                case (.positive?, true): "necessary stimulation"
                case (.positive?, false): "positive influence"
                case (.negative?, _): "negative influence"
                case (nil, _): "unknown influence"
                }
            let from = box(interaction.source.rawValue), to = box(interaction.target.rawValue)
            output.writeLine(
                #"    <arc class="\#(arcClass)" id="a\#(index)" source="n\#(interaction.source)" target="n\#(interaction.target)">"#
            )
            output.writeLine(#"      <start x="\#(from.x + 70)" y="\#(from.y + 30)"/>"#)
            output.writeLine(#"      <end x="\#(to.x + 70)" y="\#(to.y + 30)"/>"#)
            output.writeLine("    </arc>")
        }
        output.writeLine("  </map>")
        output.writeLine("</sbgn>")
    }

    /// The nodes `graph` cannot be written with, each with the reason: an id or label holding a character XML
    /// cannot hold (a NUL, an escape), which would be dropped, so that two ids could become one.
    public static func unwritableIDs(in graph: PathwayGraph) -> [(id: String, reason: String)] {
        graph.nodes.compactMap { node in XMLText.unwritableReason(for: node).map { (node.id, $0) } }
    }
}
