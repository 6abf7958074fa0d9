import NeuroPathGraphviz

/// The explorer page's stylesheet, served as `/explorer.css`. Text is at least 4.5:1 against its background;
/// the focus ring (blue, doubled with white) is distinct from the diagram's orange highlight; controls keep a
/// 24 px target at any width. The legend's colours come from ``DiagramLegend``, so they match the drawing.
enum ExplorerStyle {
    /// The legend's swatches, one rule per kind of node, in the diagram's colours.
    private static let legendRules = DiagramLegend.nodeSwatches.map { swatch in
        "#legend [data-kind=\"\(swatch.kind.rawValue)\"] .swatch { background: \(swatch.fill); "
            + "border-color: \(swatch.border); }"
    }.joined(separator: "\n")

    static let css = """
        :root { font-family: system-ui, sans-serif; color: #1d2330; background: #fbfbfd; }
        *, *::before, *::after { box-sizing: border-box; }
        body { margin: 0; line-height: 1.4; }
        header, main, footer { max-width: 90rem; margin: 0 auto; padding: 0 1rem; }
        h1 { font-size: 1.4rem; margin: 0.6rem 0 0; }
        h2 { font-size: 1.1rem; margin: 0.6rem 0 0.4rem; }
        h3 { font-size: 1rem; margin: 0.8rem 0 0.3rem; }
        .disclaimer, footer, .hint { color: #4a5061; font-size: 0.9rem; }
        .disclaimer { margin: 0.1rem 0 0.4rem; }
        .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 0.5rem; z-index: 2; }
        .skip:focus { left: 0.5rem; }
        section, form#query { background: #fff; border: 1px solid #dde1ea; border-radius: 8px; padding: 0.5rem 1rem;
          margin: 0.6rem 0; }
        section#experiments { padding-top: 0.2rem; }
        #experiments h2 { display: inline-block; margin-right: 0.6rem; }
        #experiments .hint { display: inline; }
        #knockout-form { align-items: flex-end; }
        #knockout-form .field { flex: 0 1 18rem; }
        form#query { display: flex; flex-wrap: wrap; gap: 0.4rem 0.8rem; align-items: flex-start; }
        .field { display: flex; flex-direction: column; gap: 0.15rem; min-width: 12rem; flex: 1 1 14rem; }
        .field.narrow { min-width: 7rem; flex: 0 1 8rem; }
        .field label { font-size: 0.85rem; font-weight: 600; }
        input, select, button { font: inherit; min-height: 2.2rem; padding: 0.3rem 0.5rem; border: 1px solid #6b7385;
          border-radius: 5px; max-width: 100%; min-width: 0; }
        form#query > button { align-self: flex-start; margin-top: 1.35rem; }
        input[aria-invalid=true] { border: 2px solid #a11d1d; background: #fff6f6; }
        button { background: #1f4e79; color: #fff; border-color: #1f4e79; cursor: pointer; }
        button.secondary { background: #fff; color: #1f4e79; }
        button[aria-pressed=true] { background: #e3ecf6; color: #10263d; border-width: 2px; }
        a { color: #1f4e79; }
        :focus-visible, #diagram g.node:focus { outline: 3px solid #0b57d0; outline-offset: 2px;
          box-shadow: 0 0 0 5px #ffffff; }
        .buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-end; margin: 0.3rem 0; }
        .buttons .field { flex: 0 1 16rem; }
        .field-error { color: #a11d1d; font-size: 0.9rem; }
        .field-error:empty { display: none; }
        .field-error button, #error button { background: #fff; color: #1f4e79; border-color: #1f4e79; margin: 0.2rem
          0.3rem 0 0; min-height: 1.9rem; padding: 0.1rem 0.5rem; }
        #error { color: #a11d1d; margin: 0.3rem 0; }
        #error:empty { display: none; }
        .stale-note { background: #fff4e5; border: 1px solid #b35c00; border-radius: 5px; padding: 0.3rem 0.6rem;
          color: #5c2f00; }
        #answer.stale #effect, #answer.stale #diagram, #answer.stale #knockout-result,
        #answer-details.stale { opacity: 0.45; }
        #effect { font-size: 1.05rem; margin: 0.3rem 0; }
        #effect .evidence-word { font-weight: 600; }
        .lost { color: #7a1f1f; font-weight: 600; }
        .diagram-tools { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin: 0.3rem 0; }
        .diagram-tools button { min-width: 2.4rem; }
        label.inline { display: inline-flex; align-items: center; gap: 0.3rem; min-height: 2.2rem; font-size: 0.9rem; }
        label.inline input { min-height: auto; width: 1.2rem; height: 1.2rem; flex: none; }
        .diagram-row { display: flex; gap: 0.8rem; align-items: flex-start; }
        #diagram { flex: 1 1 auto; min-width: 0; height: 60vh; border: 1px solid #dde1ea; border-radius: 6px;
          overflow: hidden; touch-action: none; cursor: grab; background: #fff; position: relative; }
        #diagram.dragging { cursor: grabbing; }
        #diagram svg { display: block; width: 100%; height: 100%; user-select: none; }
        #diagram g.node { cursor: pointer; }
        #diagram .diagram-message { padding: 1rem; color: #4a5061; }
        #legend { flex: 0 0 10.5rem; font-size: 0.8rem; }
        #legend h3 { margin-top: 0; }
        #legend ul { list-style: none; padding: 0; margin: 0 0 0.6rem; }
        #legend li { display: flex; align-items: center; gap: 0.4rem; margin: 0.15rem 0; }
        #legend li[hidden] { display: none; }
        #legend .perturbation-only { display: none; }
        #legend.perturbation .perturbation-only { display: flex; }
        .swatch { flex: none; display: inline-block; width: 1.8rem; }
        .swatch.line { height: 0; border-top: 2px solid #2e2e2e; }
        .swatch.line.thick { border-top-width: 4px; }
        .swatch.line.dashed { border-top-style: dashed; }
        .swatch.line.dotted { border-top-style: dotted; border-top-width: 3px; }
        .swatch.line.activates { border-top-color: \(DiagramLegend.activatesColour); }
        .swatch.line.inhibits { border-top-color: \(DiagramLegend.inhibitsColour); }
        .swatch.line.drug { border-top-color: \(DiagramLegend.drugColour); }
        .swatch.line.highlight { border-top-color: \(DiagramLegend.highlightColour); }
        .swatch.box { height: 1rem; border: 1.5px solid #555555; border-radius: 3px; }
        .swatch.box.lost { border: 2px dashed \(DiagramLegend.knockedOutColour); background: #fff; }
        .mark { flex: none; width: 1.8rem; text-align: center; font-weight: 700; }
        .mark.increases { color: \(DiagramLegend.increasesColour); }
        .mark.decreases { color: \(DiagramLegend.decreasesColour); }
        \(legendRules)
        #diagram-text ol { margin: 0.2rem 0; }
        #node { border: 1px solid #dde1ea; border-radius: 6px; padding: 0.2rem 0.8rem; margin: 0.4rem 0; }
        #node:empty { display: none; }
        #node h2 { margin-top: 0.4rem; }
        #paths > li { margin: 0.5rem 0; }
        #paths button.path-choice { background: #fff; color: #1f4e79; text-align: left; }
        #paths button.path-choice[aria-pressed=true] { background: #e3ecf6; color: #10263d; }
        .steps { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-top: 0.25rem; }
        .step { display: inline-block; padding: 0.1rem 0.4rem; border-radius: 4px; border: 1px solid #6b7385;
          font-size: 0.85rem; }
        .step.established { border-style: solid; border-width: 2px; }
        .step.supported { border-style: dashed; }
        .step.hypothesised { border-style: dashed; }
        .step.contested { border-style: dotted; border-width: 2px; background: #fff4e5; }
        .evidence { font-size: 0.8rem; color: #4a5061; }
        .tag { display: inline-block; font-size: 0.75rem; font-weight: 600; padding: 0 0.3rem; border-radius: 3px;
          background: #fff4e5; color: #5c2f00; border: 1px solid #b35c00; }
        .downloads { font-size: 0.85rem; color: #4a5061; }
        #quiz li { margin: 0.8rem 0; }
        #quiz fieldset { border: 1px solid #dde1ea; border-radius: 6px; }
        #quiz legend { font-weight: 600; padding: 0 0.2rem; }
        #quiz label { display: flex; align-items: flex-start; gap: 0.5rem; margin: 0.35rem 0; min-height: 1.6rem; }
        #quiz input[type=radio] { flex: none; width: 1.25rem; height: 1.25rem; margin: 0.1rem 0 0; min-height: auto; }
        .right { color: #1b6e37; font-weight: 600; }
        .wrong { color: #a11d1d; font-weight: 600; }
        #quiz-info { font-size: 0.9rem; color: #4a5061; }
        #compare-form { align-items: flex-start; }
        #compare-form > button { margin-top: 1.35rem; }
        #compare-note:empty, #compare-form[hidden] { display: none; }
        .compare-answer { font-weight: 600; font-size: 1.05rem; }
        #compare-result.stale { opacity: 0.45; }
        .table-scroll { overflow-x: auto; }
        .compare-table { border-collapse: collapse; margin: 0.4rem 0; font-size: 0.9rem; }
        .compare-table caption { text-align: left; font-weight: 600; padding-bottom: 0.2rem; }
        .compare-table th, .compare-table td { border: 1px solid #dde1ea; padding: 0.25rem 0.6rem; text-align: left; }
        .compare-table tr:first-child th { background: #eef1f5; }
        .compare-table .effect-row { background: #f3f9f5; font-weight: 600; }
        .compare-drugs > li { margin: 0.5rem 0; }
        .onset-line { margin: 0.15rem 0 0.15rem 1rem; font-size: 0.9rem; }
        .slow-steps { margin: 0.1rem 0 0.2rem 1rem; font-size: 0.9rem; }
        figure.timeline { margin: 0.6rem 0; }
        .timeline-scroll { overflow: auto; max-height: 80vh; border: 1px solid #dde1ea; border-radius: 6px; }
        .timeline-scroll img { display: block; width: 100%; min-width: 44rem; height: auto; }
        figure.timeline figcaption { font-size: 0.85rem; color: #4a5061; margin-top: 0.3rem; }
        @media (max-width: 760px) {
          #compare-form > button { margin-top: 0; width: 100%; }
          .compare-table { font-size: 0.8rem; }
          .compare-table th, .compare-table td { padding: 0.2rem 0.3rem; }
          .diagram-row { flex-direction: column; }
          #legend { flex: none; width: 100%; }
          #legend ul.legend-kinds { display: flex; flex-wrap: wrap; gap: 0 0.8rem; }
          #diagram { width: 100%; height: 65vh; }
          form#query > button { margin-top: 0; width: 100%; }
          .field, .field.narrow, .buttons .field { flex: 1 1 100%; }
          h1 { font-size: 1.2rem; }
        }
        """
}
