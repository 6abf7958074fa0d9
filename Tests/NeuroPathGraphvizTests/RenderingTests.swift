import Foundation
import NeuroPath
import NeuroPathGraphviz
import NeuroPathTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// In-process rendering through libgvc: formats, ids, escaping, determinism, concurrency, limits and errors.
@Suite struct RenderingTests {
    let ketamine: PathwayGraph

    init() throws { ketamine = try GraphLoader().load(.bundled("ketamine")) }

    /// The SVG parsed as XML, with every `id` attribute collected.
    func svgIDs(_ data: Data) throws -> Set<String> {
        let document = try XMLDocument(data: data)
        let nodes = try document.nodes(forXPath: "//@id")
        return Set(nodes.compactMap(\.stringValue))
    }

    @Test func svgIsXMLWithEveryNodeAndInteraction() throws {
        let svg = try PathwayDiagram.renderBlocking(ketamine, format: .svg)
        let ids = try svgIDs(svg)
        for node in ketamine.nodes {
            let expected =
                "node-"
                + node.id.unicodeScalars.map { scalar in
                    scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar) || scalar == "-"
                        ? String(scalar) : "_" + String(scalar.value, radix: 16) + "_"
                }.joined()
            #expect(ids.contains(expected), "\(expected)")
        }
        for index in 0..<ketamine.interactionCount { #expect(ids.contains("edge-\(index)")) }
        #expect(ids.contains("legend") && ids.contains("cluster-interneuron"))
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("Refs: Gerhard et al. 2020 (doi:10.1172/JCI130808)"), "tooltips carry citations")
        #expect(text.contains("not medical advice"))
    }

    @Test func pngAndPDFHaveTheirMagicBytesAndRealContent() throws {
        let png = try PathwayDiagram.renderBlocking(ketamine, format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 50_000)
        let pdf = try PathwayDiagram.renderBlocking(ketamine, format: .pdf)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(pdf.count > 10_000)
    }

    @Test func dotOutputReadsBackThroughGraphviz() throws {
        let dot = try PathwayDiagram.renderBlocking(ketamine, format: .dot)
        try GraphvizRenderer.validate(dot: String(decoding: dot, as: UTF8.self))
        #expect(throws: RenderError.self) { try GraphvizRenderer.validate(dot: "digraph { a -> }") }
        // DOT output is only parsed: a syntax error is still one, and the next render is clean.
        do {
            _ = try GraphvizRenderer.renderBlocking(dot: "digraph { a -> }", format: .dot)
            Issue.record("broken DOT was given back as DOT")
        } catch {
            guard case .invalidDOT(let message) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(message.contains("syntax error"))
        }
        #expect(
            try GraphvizRenderer.renderBlocking(dot: "digraph { a -> b }", format: .dot)
                == Data("digraph { a -> b }".utf8))
        let svg = try GraphvizRenderer.renderBlocking(dot: "digraph { a -> b }", format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test func everyLayoutEngineRenders() throws {
        #expect(Set(GraphvizRenderer.availableLayouts()).isSuperset(of: LayoutEngine.allCases.map(\.rawValue)))
        for engine in LayoutEngine.allCases {
            let svg = try PathwayDiagram.renderBlocking(ketamine, format: .svg, layout: engine)
            #expect(try svgIDs(svg).contains("edge-0"), "\(engine)")
        }
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let options = DiagramOptions(direction: .topToBottom)
        #expect(
            try PathwayDiagram.renderBlocking(ketamine, options: options, format: .svg)
                == PathwayDiagram.renderBlocking(ketamine, options: options, format: .svg))
        #expect(
            try PathwayDiagram.renderBlocking(ketamine, format: .png)
                == PathwayDiagram.renderBlocking(ketamine, format: .png))
    }

    @Test func eightConcurrentRendersAreIdenticalAndSafe() async throws {
        let graph = ketamine
        let expected = try await PathwayDiagram.render(graph, format: .svg)
        let results = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<8 { group.addTask { try await PathwayDiagram.render(graph, format: .svg) } }
            var all: [Data] = []
            for try await data in group { all.append(data) }
            return all
        }
        #expect(results.count == 8)
        for result in results where result != expected {
            let lines = zip(
                String(decoding: result, as: UTF8.self).split(separator: "\n"),
                String(decoding: expected, as: UTF8.self).split(separator: "\n"))
            Issue.record("differs: \(lines.first { $0.0 != $0.1 }.map { "\($0.0) vs \($0.1)" } ?? "length")")
        }
    }

    @Test func hostileLabelsRenderAsText() throws {
        let hostile = [
            "say \"hi\"", "<script>alert(1)</script>", "A & B", "line\nbreak", "\"]; evil -> x [label=\"",
            "back\\slash \\N \\G", "}} digraph { injected", "tab\tand\u{7}bell", "α → β ✓",
        ]
        var builder = PathwayGraphBuilder(name: "hostile \"name\"", title: "<b>title</b> & \"more\"")
        for (index, label) in hostile.enumerated() {
            try builder.addNode(Node(id: "h\(index)\"@x<y>", label: label, synonyms: [label], description: label))
        }
        for index in 1..<hostile.count {
            try builder.addInteraction(
                Interaction(
                    source: NodeIndex(index - 1), target: NodeIndex(index), relation: .activates, note: hostile[index]))
        }
        let graph = builder.build()
        let svg = try PathwayDiagram.renderBlocking(graph, format: .svg)
        let ids = try svgIDs(svg)
        #expect(ids.filter { $0.hasPrefix("node-") }.count == hostile.count, "no injected nodes")
        #expect(ids.filter { $0.hasPrefix("edge-") }.count == hostile.count - 1)
        let document = try XMLDocument(data: svg)
        // Backslashes carry an invisible word joiner (U+2060) that stops Graphviz expanding \N and \G.
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
            .map { $0.replacingOccurrences(of: "\u{2060}", with: "") }
        #expect(texts.contains("<script>alert(1)</script>"))
        #expect(texts.contains("A & B"))
        #expect(texts.contains("back\\slash \\N \\G"))
        #expect(texts.joined(separator: " ").contains("\"]; evil -> x [label=\""), "wrapped over two lines")
        try GraphvizRenderer.validate(dot: try PathwayDiagram.dot(for: graph))
    }

    /// A server or a teaching tool renders thousands of times in one process; run under AddressSanitizer
    /// (`scripts/sanitizers`), this is where Graphviz's font cache once read freed memory on the second render.
    @Test func aHundredRendersInOneProcessGiveTheSameBytes() throws {
        let first = try PathwayDiagram.renderBlocking(ketamine, format: .svg)
        for round in 1..<100 {
            let format: DiagramFormat = round % 10 == 0 ? .png : .svg
            let data = try PathwayDiagram.renderBlocking(ketamine, format: format)
            if format == .svg { #expect(data == first, "render \(round + 1)") }
        }
    }

    @Test func aThousandNodeGraphRendersAndALargerOneIsRefusedWithAdvice() throws {
        var random = SeededGenerator(seed: 42)
        var builder = PathwayGraphBuilder(name: "thousand")
        for index in 0..<1000 { try builder.addNode(Node(id: "n\(index)", kind: .protein)) }
        for index in 1..<1000 {
            try builder.addInteraction(
                Interaction(
                    source: NodeIndex(Int.random(in: 0..<index, using: &random)), target: NodeIndex(index),
                    relation: .activates))
        }
        let graph = builder.build()
        let svg = try PathwayDiagram.renderBlocking(graph, options: DiagramOptions(showsLegend: false), format: .svg)
        #expect(try svgIDs(svg).filter { $0.hasPrefix("node-") }.count == 1000)
        #expect(throws: RenderError.tooLarge(nodes: 1000, limit: 999)) {
            try PathwayDiagram.dot(for: graph, options: DiagramOptions(maxNodes: 999))
        }
        let focused = DiagramOptions(
            visibleNodes: try graph.vicinity(of: NodeIndex(0), depth: 1), maxNodes: 50)
        #expect(try PathwayDiagram.dot(for: graph, options: focused).contains("\"n0\""))
    }

    @Test func graphvizErrorsAreReportedAndDoNotPoisonLaterRenders() throws {
        #expect(throws: RenderError.self) { try GraphvizRenderer.renderBlocking(dot: "digraph { a -> ", format: .svg) }
        do {
            _ = try GraphvizRenderer.renderBlocking(dot: "digraph { a [label=<<B>unclosed>] }", format: .svg)
            Issue.record("a broken HTML label rendered without an error")
        } catch {
            #expect(error.description.contains("Graphviz"))
        }
        let svg = try GraphvizRenderer.renderBlocking(dot: "digraph { a -> b }", format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test func highlightedPathsAreBoldAndTheRestFaded() throws {
        let from = try ketamine.resolve("ketamine"), to = try ketamine.resolve("synaptogenesis")
        let paths = try PathQuery(from: from, to: to, maxDepth: 12, limit: 1).run(
            on: ketamine
        ).paths
        let dot = try PathwayDiagram.dot(for: ketamine, options: DiagramOptions(highlightedPaths: paths))
        for edge in paths[0].interactions {
            let line = try #require(dot.split(separator: "\n").first { $0.contains("id=\"edge-\(edge)\"") })
            #expect(line.contains("color=\"#d35400\"") && line.contains("penwidth=3.2"))
        }
        let other = try #require(dot.split(separator: "\n").first { $0.contains("\"ketamine\" -> \"dissociation\"") })
        #expect(other.contains("color=\"#c9c9c9\""))
    }
}
