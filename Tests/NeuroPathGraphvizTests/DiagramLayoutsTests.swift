import Foundation
import NeuroPath
import Testing

@testable import NeuroPathGraphviz

/// Highlighting on a cached layout: the same bytes whether the view was laid out before or not, every node and
/// interaction drawn, the path highlighted, and a new layout only for a new view.
@Suite struct DiagramLayoutsTests {
    let graph: PathwayGraph

    init() throws { graph = try GraphLoader.bundled("ketamine") }

    func paths(to target: String) throws -> [CausalPath] {
        try PathQuery(
            from: graph.resolve("ketamine"), to: graph.resolve(target), maxDepth: 12, limit: 3
        ).run(on: graph).paths
    }

    @Test func highlightsAreDrawnOnOneLayoutPerView() async throws {
        let layouts = DiagramLayouts()
        let toBDNF = DiagramOptions(highlightedPaths: try paths(to: "BDNF"))
        let toSynapses = DiagramOptions(highlightedPaths: try paths(to: "synaptogenesis"))
        let first = try await layouts.svg(graph, options: toBDNF)
        let second = try await layouts.svg(graph, options: toSynapses)
        #expect(layouts.count == 1, "two highlights of one view: one layout")
        let cold = try await DiagramLayouts().svg(graph, options: toBDNF)
        let warm = try await layouts.svg(graph, options: toBDNF)
        #expect(cold == first && warm == first, "cold and warm caches agree")
        #expect(first != second)
        for svg in [first, second] {
            #expect(svg.contains("#d35400"), "the path is highlighted")
            // Graphviz writes '-' in titles as an entity.
            for node in graph.nodes
            where !svg.contains("<title>\(node.id.replacingOccurrences(of: "-", with: "&#45;"))</title>") {
                Issue.record("\(node.id) missing")
            }
            #expect(svg.components(separatedBy: "class=\"edge").count - 1 == graph.interactionCount)
        }
        let focused = DiagramOptions(visibleNodes: try graph.vicinity(of: graph.resolve("BDNF"), depth: 1))
        _ = try await layouts.svg(graph, options: focused)
        #expect(layouts.count == 2, "a new view is laid out")
    }

    /// Splicing a highlight from the faded and highlighted drawings gives Graphviz's own bytes for it: paths to
    /// every reachable node (one, two or three at a time), on the whole graph, a node's neighbourhood, top to
    /// bottom, drawn alone (`highlightOnly`), and with no highlight.
    @Test func splicedHighlightsAreGraphvizsOwnBytes() throws {
        let layouts = DiagramLayouts()
        let ketamine = try graph.resolve("ketamine")
        let views = [
            DiagramOptions(), DiagramOptions(direction: .topToBottom),
            DiagramOptions(visibleNodes: try graph.vicinity(of: graph.resolve("BDNF"), depth: 2)),
        ]
        var compared = 0
        for view in views {
            #expect(try layouts.splices(graph, view), "highlights of this view are spliced, not drawn again")
            for target in graph.nodeIndices where target != ketamine && target.rawValue % 3 == 0 {
                let found = try PathQuery(from: ketamine, to: target, maxDepth: 8, limit: 1 + target.rawValue % 3)
                    .run(on: graph).paths
                for highlightOnly in [false, true] where !found.isEmpty {
                    var options = view
                    options.highlightedPaths = found
                    options.highlightOnly = highlightOnly
                    #expect(
                        try layouts.render(graph, options) == layouts.renderByGraphviz(graph, options),
                        "\(graph[target].id), highlightOnly \(highlightOnly)")
                    compared += 1
                }
            }
            #expect(try layouts.render(graph, view) == layouts.renderByGraphviz(graph, view))
        }
        #expect(compared > 30)
    }

    @Test func perturbationsAreLaidOutAfresh() async throws {
        let ketamine = try graph.resolve("ketamine")
        let options = DiagramOptions(changes: [try graph.resolve("BDNF"): .increases], perturbed: [ketamine: .activate])
        let layouts = DiagramLayouts()
        let svg = try await layouts.svg(graph, options: options)
        let fresh = try await PathwayDiagram.svg(graph, options: options)
        #expect(layouts.count == 0 && svg == fresh)
    }
}
