import Foundation
import NeuroPath

/// Turns a `PathwayGraph` into a styled Graphviz diagram (`Docs/rendering.md`) and renders it.
///
/// ```swift
/// let graph = try GraphLoader().load(.ketamine)
/// let svg = try await PathwayDiagram.svg(graph)
/// ```
///
/// From async code (a web server, a SwiftUI task) call `render` or `svg` with `await`: the layout runs on
/// Graphviz's own thread and the caller's task is suspended, not blocked.
///
/// The same graph and options always give the same DOT text, and so byte-identical output.
public enum PathwayDiagram {
    /// Lays out and renders the diagram, blocking the calling thread until Graphviz is done (from async code, use
    /// ``render(_:options:format:layout:)`` with `await`).
    public static func renderBlocking(
        _ graph: PathwayGraph, options: DiagramOptions = DiagramOptions(), format: DiagramFormat = .svg,
        layout: LayoutEngine = .dot
    ) throws(RenderError) -> Data {
        try GraphvizRenderer.renderBlocking(dot: dot(for: graph, options: options), format: format, layout: layout)
    }

    /// Lays out and renders the diagram without blocking the caller's thread: Graphviz runs on its own serial
    /// queue (it is not thread-safe) while the calling task is suspended.
    public static func render(
        _ graph: PathwayGraph, options: DiagramOptions = DiagramOptions(), format: DiagramFormat = .svg,
        layout: LayoutEngine = .dot
    ) async throws(RenderError) -> Data {
        let dot = try dot(for: graph, options: options)
        return try await GraphvizRenderer.render(dot: dot, format: format, layout: layout)
    }

    /// The diagram as SVG text, from async code: Graphviz runs on its own queue while the task waits. (It has
    /// no synchronous twin, so top-level code, where overloads resolve to the synchronous one, gets it too;
    /// synchronous callers use `renderBlocking` and decode the data.)
    public static func svg(
        _ graph: PathwayGraph, options: DiagramOptions = DiagramOptions(), layout: LayoutEngine = .dot
    ) async throws(RenderError) -> String {
        String(decoding: try await render(graph, options: options, format: .svg, layout: layout), as: UTF8.self)
    }

    /// The DOT text of the diagram.
    public static func dot(for graph: PathwayGraph, options: DiagramOptions = DiagramOptions()) throws(RenderError)
        -> String
    {
        try dot(for: graph, options: options, uniform: nil)
    }

    /// The DOT text of the diagram, every node and interaction drawn `uniform`ly (all faded, or all highlighted)
    /// when it is given, whatever `options` highlight: the variants ``DiagramLayouts`` splices highlights from.
    static func dot(for graph: PathwayGraph, options: DiagramOptions, uniform: UniformEmphasis?) throws(RenderError)
        -> String
    {
        var visible = options.visibleNodes.map { Set($0.map(\.rawValue)) } ?? Set(graph.nodes.indices)
        if options.highlightOnly { visible.formIntersection(options.highlightedPaths.flatMap(\.nodes).map(\.rawValue)) }
        guard visible.count <= options.maxNodes else { throw .tooLarge(nodes: visible.count, limit: options.maxNodes) }
        var writer = DiagramWriter(graph: graph, options: options, visible: visible, uniform: uniform)
        return writer.write()
    }
}

/// How every node and interaction of a diagram is drawn when a highlight is shown: faded, or highlighted.
enum UniformEmphasis {
    case faded
    case highlighted
}

/// Builds the DOT text of one diagram.
struct DiagramWriter {
    let graph: PathwayGraph
    let options: DiagramOptions
    let visible: Set<Int>
    let highlightedEdges: Set<Int>
    let highlightedNodes: Set<Int>
    let uniform: UniformEmphasis?
    var lines: [String] = []

    init(graph: PathwayGraph, options: DiagramOptions, visible: Set<Int>, uniform: UniformEmphasis? = nil) {
        self.graph = graph
        self.options = options
        self.visible = visible
        self.uniform = uniform
        // Drawn alone, the paths keep their own colours: there is nothing to fade.
        let highlighted = options.highlightOnly ? [] : options.highlightedPaths
        highlightedEdges = Set(highlighted.flatMap(\.interactions).map(\.rawValue))
        highlightedNodes = Set(highlighted.flatMap(\.nodes).map(\.rawValue))
    }

    /// Whether a highlight is shown, so that what is not highlighted is faded.
    var fading: Bool { uniform != nil || !highlightedEdges.isEmpty }

    func isHighlighted(node index: Int) -> Bool {
        uniform.map { $0 == .highlighted } ?? highlightedNodes.contains(index)
    }

    func isHighlighted(interaction index: Int) -> Bool {
        uniform.map { $0 == .highlighted } ?? highlightedEdges.contains(index)
    }

    mutating func write() -> String {
        let name = graph.name ?? "pathway"
        lines.append("digraph \(DOTText.quoted(name)) {")
        let title = options.title ?? graph.title ?? name
        let caption =
            "<<FONT POINT-SIZE=\"16\"><B>\(DOTText.html(title))</B></FONT>"
            + "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#666666\">NeuroPath · for teaching and research, not medical advice</FONT>>"
        lines.append(
            "  graph [rankdir=\(options.direction.rawValue), fontname=\(DOTText.quoted(DiagramStyle.fontName)), "
                + "label=\(caption), labelloc=t, labeljust=c, nodesep=0.3, ranksep=0.45, newrank=true, "
                + "bgcolor=\"#ffffff\", pad=0.3, id=\"neuropath-diagram\"]")
        lines.append(
            "  node [fontname=\(DOTText.quoted(DiagramStyle.fontName)), fontsize=11, penwidth=1.2, margin=\"0.14,0.06\"]"
        )
        lines.append(
            "  edge [fontname=\(DOTText.quoted(DiagramStyle.fontName)), fontsize=9, penwidth=1.3, arrowsize=1.0]")

        // Nodes, grouped in clusters by cell population in order of first appearance.
        var clusters: [String: [Int]] = [:]
        var clusterOrder: [String] = []
        var loose: [Int] = []
        for node in graph.nodes.indices where visible.contains(node) {
            if let population = graph.nodes[node].population.map(String.init) {
                if clusters[population] == nil { clusterOrder.append(population) }
                clusters[population, default: []].append(node)
            } else {
                loose.append(node)
            }
        }
        for population in clusterOrder {
            let label = graph.populations.first { $0.id == population }?.label ?? population
            lines.append("  subgraph \(DOTText.quoted("cluster_" + population)) {")
            lines.append(
                "    graph [label=<<I>\(DOTText.html(label))</I>>, style=\"rounded,filled\", fillcolor=\"#f4f6f9\", "
                    + "color=\"#9aa5b1\", fontsize=12, margin=12, id=\(DOTText.quoted(DOTText.svgID(population, prefix: "cluster-")))]"
            )
            for node in clusters[population]! { lines.append("    " + nodeStatement(node)) }
            lines.append("  }")
        }
        for node in loose { lines.append("  " + nodeStatement(node)) }

        for index in 0..<graph.interactionCount {
            let source = graph.sourceIndex(index), target = graph.targetIndex(index)
            guard visible.contains(source), visible.contains(target) else { continue }
            lines.append("  " + edgeStatement(index))
        }
        if options.showsLegend { writeLegend() }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Nodes

    func nodeStatement(_ index: Int) -> String {
        let node = graph.nodes[index]
        let look = DiagramStyle.look(for: node.kind)
        let faded = fading && !isHighlighted(node: index)
        var label = DOTText.html(Self.wrapped(node.label))
        if node.kind == .drug { label = "<B>\(label)</B>" }
        var border = look.border
        var penwidth = node.kind == .drug ? 2.0 : 1.2
        var fill = look.fill
        var font = look.font
        var peripheries = 1
        if let change = options.changes[NodeIndex(index)] {
            border = DiagramStyle.changeColour(change)
            penwidth = 3
            // On dark fills the symbol takes the label's light colour, so it stays visible.
            let symbolColour = look.font == "#ffffff" ? look.font : DiagramStyle.changeColour(change)
            label +=
                "<BR/><FONT POINT-SIZE=\"13\" COLOR=\"\(symbolColour)\"><B>\(DiagramStyle.changeSymbol(change))</B></FONT>"
        }
        if let action = options.perturbed[NodeIndex(index)] {
            peripheries = 2
            border = DiagramStyle.highlight
            penwidth = 2.5
            label += "<BR/><FONT POINT-SIZE=\"9\">\(action == .activate ? "activated" : "blocked")</FONT>"
        }
        var style = look.style
        if options.knockedOut.contains(NodeIndex(index)) {
            label = "✕ " + label + "<BR/><FONT POINT-SIZE=\"10\"><B>knocked out</B></FONT>"
            border = DiagramStyle.knockedOut
            fill = "#e6e6e6"
            font = "#1d2330"
            penwidth = 2.5
            style = "dashed,filled"
        } else if options.lost.contains(NodeIndex(index)) {
            label += "<BR/><FONT POINT-SIZE=\"10\"><B>lost</B></FONT>"
            border = DiagramStyle.knockedOut
            penwidth = 2.5
            style = look.style.contains("rounded") ? "rounded,dashed,filled" : "dashed,filled"
        } else if options.silenced.contains(NodeIndex(index)) {
            label += "<BR/><FONT POINT-SIZE=\"10\">cannot respond</FONT>"
        } else if options.weakened.contains(NodeIndex(index)) {
            label += "<BR/><FONT POINT-SIZE=\"10\">weakened</FONT>"
        }
        if isHighlighted(node: index) {
            border = DiagramStyle.highlight
            penwidth = 3
        } else if faded, !options.knockedOut.contains(NodeIndex(index)), !options.lost.contains(NodeIndex(index)) {
            // What a knockout removes or takes away keeps its marks at full strength.
            border = DiagramStyle.faded
            fill += "66"
            font = node.kind == .drug || node.kind == .therapeuticEffect ? "#ffffff" : DiagramStyle.fadedText
        }
        let attributes = [
            "id=" + DOTText.quoted(DOTText.svgID(node.id, prefix: "node-")),
            "class=" + DOTText.quoted("node kind-\(node.kind.rawValue)"),
            "label=<\(label)>", "shape=\(look.shape)", "style=\(DOTText.quoted(style))",
            "fillcolor=\(DOTText.quoted(fill))", "color=\(DOTText.quoted(border))", "fontcolor=\(DOTText.quoted(font))",
            "penwidth=\(penwidth)", peripheries > 1 ? "peripheries=\(peripheries)" : nil,
            "tooltip=" + DOTText.quoted(nodeTooltip(node)),
        ].compactMap { $0 }
        return "\(DOTText.quoted(node.id)) [\(attributes.joined(separator: ", "))]"
    }

    func nodeTooltip(_ node: Node) -> String {
        var lines = ["\(node.displayName) (\(node.kind.rawValue.replacingOccurrences(of: "-", with: " ")))"]
        if let description = node.description { lines.append(description) }
        if !node.synonyms.isEmpty { lines.append("Also: " + node.synonyms.joined(separator: ", ")) }
        if !node.externalIDs.isEmpty { lines.append(node.externalIDs.map(\.description).joined(separator: ", ")) }
        lines.append("id: \(node.id)")
        return lines.joined(separator: "\n")
    }

    /// Breaks a label into lines of about 18 characters at spaces.
    static func wrapped(_ text: String, width: Int = 18) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    // MARK: Interactions

    func edgeStatement(_ index: Int) -> String {
        let interaction = graph.interaction(at: index)
        let sourceNode = graph[interaction.source]
        let highlighted = isHighlighted(interaction: index)
        let look = DiagramStyle.edgeLook(of: interaction, fromDrug: sourceNode.kind == .drug)
        var colour = look.colour
        let arrowhead = look.arrowhead
        var penwidth = look.penwidth
        var arrowsize: Double?
        if highlighted {
            colour = DiagramStyle.highlight
            penwidth = 3.2
            arrowsize = 1.3
        } else if fading {
            colour = DiagramStyle.faded
        }
        var attributes = [
            "id=" + DOTText.quoted("edge-\(index)"),
            "class=" + DOTText.quoted("interaction relation-\(interaction.relation.rawValue)"),
            "arrowhead=\(arrowhead)", "style=\(DiagramStyle.lineStyle(for: interaction.evidence))",
            "color=\(DOTText.quoted(colour))", "penwidth=\(penwidth)",
        ]
        if let arrowsize { attributes.append("arrowsize=\(arrowsize)") }
        let tooltip = DOTText.quoted(edgeTooltip(interaction))
        attributes += ["tooltip=" + tooltip, "edgetooltip=" + tooltip]
        if interaction.evidence == .contested {
            attributes.append("label=<<I>contested</I>>")
            attributes.append(
                "fontcolor=\(DOTText.quoted(fading && !highlighted ? DiagramStyle.fadedText : "#444444"))")
        }
        return
            "\(DOTText.quoted(sourceNode.id)) -> \(DOTText.quoted(graph[interaction.target].id)) [\(attributes.joined(separator: ", "))]"
    }

    func edgeTooltip(_ interaction: Interaction) -> String {
        let source = graph[interaction.source].displayName
        let target = graph[interaction.target].displayName
        var lines = ["\(source) \(interaction.relation.phrase) \(target)"]
        var facts = [interaction.evidence?.rawValue ?? "evidence not recorded"]
        facts += interaction.context.species.map(\.rawValue)
        if let region = interaction.context.region { facts.append(region) }
        if let population = interaction.context.population { facts.append(population) }
        if let timescale = interaction.timescale { facts.append(timescale.rawValue) }
        lines.append(facts.joined(separator: " · "))
        if interaction.isNecessary { lines.append("Necessary input: \(target) cannot respond without it") }
        let citations = interaction.references.map { key -> String in
            guard let reference = graph.reference(forKey: key) else { return key }
            var text = reference.shortCitation
            if let doi = reference.doi {
                text += " (doi:\(doi))"
            } else if let pmid = reference.pmid {
                text += " (PMID \(pmid))"
            }
            return text
        }
        if !citations.isEmpty { lines.append("Refs: " + citations.joined(separator: "; ")) }
        if let note = interaction.note { lines.append(note) }
        return lines.joined(separator: "\n")
    }

    // MARK: Legend

    /// One compact table: edge glyphs in their colours, then a swatch per node kind present.
    mutating func writeLegend() {
        let visibleInteractions = (0..<graph.interactionCount).filter {
            visible.contains(graph.sourceIndex($0)) && visible.contains(graph.targetIndex($0))
        }.map { graph.interaction(at: $0) }
        var rows: [(glyph: String, colour: String, text: String)] = [
            ("──▶", DiagramStyle.positiveEdge, "activates / increases"),
            ("──┤", DiagramStyle.negativeEdge, "inhibits / decreases"),
        ]
        if visibleInteractions.contains(where: { $0.sign == .negative && graph[$0.source].kind == .drug }) {
            rows.append(("━━┫", DiagramStyle.drugColour, "a drug's block"))
        }
        if visibleInteractions.contains(where: \.isNecessary) {
            rows.append(("─┤▶", DiagramStyle.positiveEdge, "necessary input"))
        }
        if visibleInteractions.contains(where: { $0.sign == nil }) {
            rows.append(("──◇", "#777777", "association, sign unknown"))
        }
        rows += [
            ("───", "#000000", "established"), ("- - -", "#000000", "supported / hypothesised"),
            ("·····", "#000000", "contested"),
        ]
        if fading { rows.append(("━━▶", DiagramStyle.highlight, "highlighted path")) }
        if !options.knockedOut.isEmpty { rows.append(("✕", DiagramStyle.knockedOut, "knocked out")) }
        if !options.lost.isEmpty {
            rows.append(("- -", DiagramStyle.knockedOut, "lost: responds only without the knockout"))
        }
        let changes = Set(options.changes.values)
        for change in [NetEffect.increases, .decreases, .mixed] where changes.contains(change) {
            rows.append((DiagramStyle.changeSymbol(change), DiagramStyle.changeColour(change), change.rawValue))
        }
        var table = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
        table += "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for row in rows {
            table +=
                "<TR><TD ALIGN=\"CENTER\"><FONT COLOR=\"\(row.colour)\"><B>\(DOTText.html(row.glyph))</B></FONT></TD>"
                + "<TD ALIGN=\"LEFT\">\(DOTText.html(row.text))</TD></TR>"
        }
        let kinds = Set(visible.map { graph.nodes[$0].kind })
        for kind in NodeKind.allCases where kinds.contains(kind) {
            let look = DiagramStyle.look(for: kind)
            table +=
                "<TR><TD BGCOLOR=\"\(look.fill)\" BORDER=\"1\" COLOR=\"\(look.border)\"> </TD>"
                + "<TD ALIGN=\"LEFT\">\(DOTText.html(kind.rawValue.replacingOccurrences(of: "-", with: " ")))</TD></TR>"
        }
        table += "</TABLE>"
        lines.append(
            "  \"legend\" [id=\"legend\", shape=box, style=\"rounded\", color=\"#bbbbbb\", fontsize=10, margin=\"0.1,0.05\", "
                + "label=<\(table)>, tooltip=\"Legend\"]")
    }
}
