import Foundation
import NeuroPath

/// The timeline diagram of a comparison (`neuropath compare --diagram`): time runs left to right in columns
/// (seconds, minutes, hours, days, weeks, and months when a route needs them), one lane per drug holding its
/// most confident routes and its fastest ones, each node in the column of its onset after that drug. A node on
/// every drug's routes is drawn in each lane, doubly outlined, and the lanes are joined there by a dashed line:
/// the same molecule, reached at different times. The step that sets a drug's pace is drawn highlighted.
///
/// ```swift
/// let result = try ComparisonQuery(drugs: [ketamine, fluoxetine], effect: effect).run(on: graph)
/// let svg = try TimelineDiagram.renderBlocking(result, in: graph)
/// ```
public enum TimelineDiagram {
    /// Lays out and renders the diagram, blocking the calling thread until Graphviz is done.
    public static func renderBlocking(
        _ result: ComparisonQuery.Result, in graph: PathwayGraph, format: DiagramFormat = .svg
    ) throws(RenderError) -> Data {
        try GraphvizRenderer.renderBlocking(dot: dot(for: result, in: graph), format: format, layout: .dot)
    }

    /// Lays out and renders the diagram on Graphviz's own queue while the calling task waits.
    public static func render(
        _ result: ComparisonQuery.Result, in graph: PathwayGraph, format: DiagramFormat = .svg
    ) async throws(RenderError) -> Data {
        try await GraphvizRenderer.render(dot: dot(for: result, in: graph), format: format, layout: .dot)
    }

    /// The DOT text of the diagram; `result` must have been computed on `graph`.
    public static func dot(for result: ComparisonQuery.Result, in graph: PathwayGraph) -> String {
        var writer = TimelineWriter(result: result, graph: graph)
        return writer.write()
    }
}

/// Writes the DOT text of a ``TimelineDiagram``.
struct TimelineWriter {
    let result: ComparisonQuery.Result
    let graph: PathwayGraph
    var lines: [String] = []

    /// The colour of the dashed lines joining a shared node across lanes.
    static let sameNodeColour = "#3a6ea5"

    init(result: ComparisonQuery.Result, graph: PathwayGraph) {
        self.result = result
        self.graph = graph
    }

    /// One lane: the drawn nodes with their columns, and the drawn steps.
    struct Lane {
        var columns: [NodeIndex: Int] = [:]
        var order: [NodeIndex] = []
        var steps: [CausalPath.Step] = []
        var paceSteps: Set<InteractionIndex> = []
    }

    /// Column 0 holds the drugs; column 1 the nodes that change within seconds, and so on to months.
    static func column(of time: Timescale?) -> Int? {
        time.flatMap { Timescale.allCases.firstIndex(of: $0) }.map { $0 + 1 }
    }

    /// The timescale of a column, `nil` for the drugs' column.
    static func timescale(ofColumn column: Int) -> Timescale? {
        column >= 1 && column <= Timescale.allCases.count ? Timescale.allCases[column - 1] : nil
    }

    func lane(for side: ComparisonQuery.DrugComparison) -> Lane {
        // The drug is always drawn, so that a lane is never empty (Graphviz mishandles empty clusters).
        var lane = Lane(columns: [side.drug.index: 0], order: [side.drug.index])
        let meetings = Self.drawnMeetingPoints(of: result).compactMap { node in
            side.routeNodes.first { $0.node == node }?.route
        }
        let paths = [side.onset?.path, side.mechanismOnset?.path].compactMap { $0 } + meetings + side.effect.paths
        lane.paceSteps = Set([side.onset?.step.interaction, side.mechanismOnset?.step.interaction].compactMap { $0 })
        for path in paths {
            for node in path.nodes where lane.columns[node] == nil {
                let column: Int?
                if node == side.drug.index {
                    column = 0
                } else if node == result.effect.index {
                    column = Self.column(of: side.headlineOnset)
                } else {
                    column = Self.column(of: side.routeNodes.first { $0.node.index == node }?.onset)
                }
                guard let column else { continue }
                lane.columns[node] = column
                lane.order.append(node)
            }
            for step in path.steps where !lane.steps.contains(where: { $0.interaction == step.interaction }) {
                lane.steps.append(step)
            }
        }
        return lane
    }

    /// The meeting points whose routes each lane draws: up to three reached at different times by different
    /// drugs (the contrast the diagram is for), else the first two.
    static func drawnMeetingPoints(of result: ComparisonQuery.Result) -> [NodeHandle] {
        let contrasting = result.meetingPoints.filter { Set($0.onsets).count > 1 }
        return (contrasting.isEmpty ? Array(result.meetingPoints.prefix(2)) : Array(contrasting.prefix(3))).map(\.node)
    }

    mutating func write() -> String {
        let lanes = result.drugs.map(lane(for:))
        let usedColumns = lanes.flatMap(\.columns.values)
        let lastColumn = max(usedColumns.max() ?? 0, Self.column(of: .weeks)!)
        let names = result.drugs.map { graph[$0.drug.index].displayName }
        let effectName = graph[result.effect.index].displayName
        let font = DOTText.quoted(DiagramStyle.fontName)
        lines.append("digraph \"timeline\" {")
        let title = "\(names.joined(separator: " vs ")): when \(effectName.lowercased()) and the steps to it begin"
        let caption =
            "<<FONT POINT-SIZE=\"16\"><B>\(DOTText.html(title))</B></FONT>"
            + "<BR/><FONT POINT-SIZE=\"10\">Each node sits in the column of its onset after the drug: the fastest "
            + "path's slowest step.</FONT>"
            + "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#666666\">NeuroPath · for teaching and research, not medical advice"
            + "</FONT>>"
        lines.append(
            "  graph [rankdir=LR, newrank=true, fontname=\(font), label=\(caption), labelloc=t, labeljust=c, "
                + "nodesep=0.25, ranksep=0.7, forcelabels=true, bgcolor=\"#ffffff\", pad=0.3, "
                + "id=\"neuropath-timeline\"]")
        lines.append("  node [fontname=\(font), fontsize=11, penwidth=1.2, margin=\"0.12,0.05\"]")
        lines.append("  edge [fontname=\(font), fontsize=8, penwidth=1.3, arrowsize=0.9]")
        writeAxis(through: lastColumn)
        for (number, side) in result.drugs.enumerated() { writeLane(lanes[number], of: side, number: number) }
        writeRanks(lanes, through: lastColumn)
        writeSameNodeLines(lanes)
        writeLegend()
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The column headings, chained left to right by invisible edges that fix their order.
    mutating func writeAxis(through lastColumn: Int) {
        for column in 0...lastColumn {
            let heading = column == 0 ? "drug given" : Self.heading(Self.timescale(ofColumn: column))
            lines.append(
                "  \"axis-\(column)\" [shape=box, style=\"rounded,filled\", fillcolor=\"#eef1f5\", color=\"#9aa5b1\", "
                    + "fontsize=12, label=<<B>\(DOTText.html(heading))</B>>, id=\"axis-\(column)\"]")
        }
        for column in 0..<lastColumn {
            lines.append("  \"axis-\(column)\" -> \"axis-\(column + 1)\" [style=invis, weight=50]")
        }
    }

    static func heading(_ time: Timescale?) -> String {
        switch time {
        case .seconds?: "seconds"
        case .minutes?: "minutes"
        case .hours?: "hours"
        case .days?: "days"
        case .weeks?: "weeks"
        case .chronic?: "months"
        case nil: ""
        }
    }

    func nodeID(_ node: NodeIndex, lane: Int) -> String { DOTText.quoted("lane\(lane):\(graph[node].id)") }

    mutating func writeLane(_ lane: Lane, of side: ComparisonQuery.DrugComparison, number: Int) {
        let drug = graph[side.drug.index].displayName
        let onset = side.headlineOnset.map { " · \(Self.heading($0))" } ?? " · no timed route"
        let shared = Set(result.meetingPoints.map(\.node.index)).union([result.effect.index])
        lines.append("  subgraph \"cluster_lane\(number)\" {")
        lines.append(
            "    graph [label=<<B>\(DOTText.html(drug))</B>\(DOTText.html(onset))>, labeljust=l, "
                + "style=\"rounded,filled\", fillcolor=\"\(number % 2 == 0 ? "#f7f9fc" : "#fbf8f3")\", "
                + "color=\"#9aa5b1\", fontsize=13, margin=10, id=\"lane-\(number)\"]")
        for node in lane.order {
            let entry = graph[node]
            let look = DiagramStyle.look(for: entry.kind)
            var label = DOTText.html(DiagramWriter.wrapped(entry.label))
            if entry.kind == .drug { label = "<B>\(label)</B>" }
            let isShared = shared.contains(node) && node != side.drug.index
            let attributes = [
                "id=" + DOTText.quoted(DOTText.svgID("\(number)-\(entry.id)", prefix: "timeline-node-")),
                "class=" + DOTText.quoted("node kind-\(entry.kind.rawValue)\(isShared ? " shared" : "")"),
                "label=<\(label)>", "shape=\(look.shape)", "style=\(DOTText.quoted(look.style))",
                "fillcolor=\(DOTText.quoted(look.fill))",
                "color=\(DOTText.quoted(isShared ? Self.sameNodeColour : look.border))",
                "fontcolor=\(DOTText.quoted(look.font))", "penwidth=\(isShared ? 2.0 : 1.2)",
                isShared ? "peripheries=2" : nil,
                "tooltip="
                    + DOTText.quoted("\(entry.displayName): \(Self.heading(onsetColumn(node, in: lane))) after \(drug)"),
            ].compactMap { $0 }
            lines.append("    \(nodeID(node, lane: number)) [\(attributes.joined(separator: ", "))]")
        }
        lines.append("  }")
        for step in lane.steps { writeStep(step, lane: lane, number: number) }
    }

    func onsetColumn(_ node: NodeIndex, in lane: Lane) -> Timescale? {
        lane.columns[node].flatMap(Self.timescale(ofColumn:))
    }

    /// One step, its timescale written beside it as an external label: Graphviz 2.43's `dot` corrupts its heap
    /// laying out ordinary edge labels between nodes of one rank inside clusters with `newrank`, which this
    /// diagram needs, while external labels are placed after the layout.
    mutating func writeStep(_ step: CausalPath.Step, lane: Lane, number: Int) {
        guard let source = graph.index(ofID: step.source), let target = graph.index(ofID: step.target),
            let from = lane.columns[source], let to = lane.columns[target]
        else { return }
        let interaction = graph.interaction(at: step.interaction)
        let paces = lane.paceSteps.contains(step.interaction)
        let look = DiagramStyle.edgeLook(of: interaction, fromDrug: graph[source].kind == .drug)
        var colour = look.colour
        let arrowhead = look.arrowhead
        var penwidth = look.penwidth
        if paces {
            colour = DiagramStyle.highlight
            penwidth = 3
        }
        let time = interaction.timescale?.rawValue ?? "time not recorded"
        let label = paces ? "<<B>\(DOTText.html(time)): sets the pace</B>>" : "<\(DOTText.html(time))>"
        let citations = interaction.references.map { graph.reference(forKey: $0)?.shortCitation ?? $0 }
        let tooltip =
            "\(graph[source].displayName) \(interaction.relation.phrase) \(graph[target].displayName)\n"
            + ([interaction.evidence?.rawValue ?? "evidence not recorded", time]).joined(separator: " · ")
            + (citations.isEmpty ? "" : "\nRefs: " + citations.joined(separator: "; "))
        var attributes = [
            "arrowhead=\(arrowhead)", "style=\(DiagramStyle.lineStyle(for: interaction.evidence))",
            "color=\(DOTText.quoted(colour))", "penwidth=\(penwidth)", "xlabel=\(label)",
            "fontcolor=\(DOTText.quoted(paces ? DiagramStyle.highlight : "#555555"))",
            "tooltip=" + DOTText.quoted(tooltip), "edgetooltip=" + DOTText.quoted(tooltip),
        ]
        if to < from { attributes.append("constraint=false") }
        lines.append(
            "  \(nodeID(source, lane: number)) -> \(nodeID(target, lane: number)) [\(attributes.joined(separator: ", "))]"
        )
    }

    /// Every node in the column of its onset: one rank per column, the heading first.
    mutating func writeRanks(_ lanes: [Lane], through lastColumn: Int) {
        for column in 0...lastColumn {
            var members = ["\"axis-\(column)\""]
            for (number, lane) in lanes.enumerated() {
                members += lane.order.filter { lane.columns[$0] == column }.map { nodeID($0, lane: number) }
            }
            lines.append("  { rank=same; \(members.joined(separator: "; ")) }")
        }
    }

    /// Dashed lines joining each shared node from one lane to the next.
    mutating func writeSameNodeLines(_ lanes: [Lane]) {
        let shared = result.meetingPoints.map(\.node.index) + [result.effect.index]
        for node in shared {
            let drawn = lanes.indices.filter { lanes[$0].columns[node] != nil }
            for (first, second) in zip(drawn, drawn.dropFirst()) {
                lines.append(
                    "  \(nodeID(node, lane: first)) -> \(nodeID(node, lane: second)) [dir=none, style=dashed, "
                        + "color=\"\(Self.sameNodeColour)\", penwidth=1.6, constraint=false, "
                        + "tooltip=\(DOTText.quoted("\(graph[node].displayName): the same node in both lanes"))]")
            }
        }
    }

    mutating func writeLegend() {
        let rows: [(String, String, String)] = [
            ("──▶", DiagramStyle.positiveEdge, "activates / increases"),
            ("──┤", DiagramStyle.negativeEdge, "inhibits / decreases"),
            ("━━▶", DiagramStyle.highlight, "the step that sets a drug's pace"),
            ("- - -", Self.sameNodeColour, "the same node, reached by each drug"),
            ("───", "#000000", "established"), ("- - -", "#000000", "supported / hypothesised"),
            ("·····", "#000000", "contested"),
        ]
        var table = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
        table += "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for row in rows {
            table +=
                "<TR><TD ALIGN=\"CENTER\"><FONT COLOR=\"\(row.1)\"><B>\(DOTText.html(row.0))</B></FONT></TD>"
                + "<TD ALIGN=\"LEFT\">\(DOTText.html(row.2))</TD></TR>"
        }
        table += "</TABLE>"
        lines.append(
            "  \"legend\" [id=\"legend\", shape=box, style=\"rounded\", color=\"#bbbbbb\", fontsize=10, "
                + "margin=\"0.1,0.05\", label=<\(table)>, tooltip=\"Legend\"]")
    }
}
