import Foundation
import NeuroPath
import NeuroPathGraphviz
import Testing

/// The program of the "Getting started" article (NeuroPath.docc), compiled and run, with what it prints
/// checked.
@Suite struct GettingStartedTests {
    @Test func theTourRuns() async throws {
        let graph = try GraphLoader().load(.ketamine)
        let ketamine = try graph.resolve("ketamine")  // ids, labels and synonyms all resolve
        let effect = try graph.resolve("antidepressant effect")

        // Trace: every causal path within 12 steps, counted exactly, shortest first.
        let trace = try PathQuery(from: ketamine, to: effect, maxDepth: 12, limit: 3).run(on: graph)
        #expect((trace.total ?? 0) > 3 && trace.paths.count == 3)

        // Explain: the most confident path, in plain language.
        let story = try ExplanationQuery(from: ketamine, to: effect, maxDepth: 12).run(on: graph)
        #expect(story.explanations.first?.summary.contains("Ketamine increases antidepressant effect") == true)
        #expect(story.total == trace.total)

        // Perturb: the BDNF knockout experiment, ketamine given to mice without BDNF. What is lost?
        let noBDNF = PerturbationQuery(
            perturbations: [.init(node: ketamine, action: .activate)], maxDepth: 12,
            filter: PathFilter(knockout: [try graph.resolve("BDNF")]))
        #expect(
            try noBDNF.run(on: graph).differences.filter(\.isLost).map(\.node.id).contains("antidepressant-effect"))

        // Render: the pathway with the shortest path highlighted, as SVG text, without blocking this task.
        let svg = try await PathwayDiagram.svg(graph, options: DiagramOptions(highlightedPaths: [trace.paths[0]]))
        #expect(svg.hasPrefix("<?xml") && svg.contains("#d35400"))

        // JSON: the command line's shape.
        let json = try PathwayJSONEncoder().encode(trace)
        #expect(json.hasPrefix("{\n  \"from\": \"ketamine\",\n  \"to\": \"antidepressant-effect\""))
    }

    @Test func highlightOnlyDrawsThePathsAlone() throws {
        let graph = try GraphLoader().load(.ketamine)
        let paths = try PathQuery(
            from: graph.resolve("ketamine"), to: graph.resolve("synaptogenesis"), maxDepth: 12, limit: 1
        ).run(on: graph).paths
        let dot = try PathwayDiagram.dot(
            for: graph, options: DiagramOptions(highlightedPaths: paths, highlightOnly: true))
        // Node statements are the lines that carry a node id (`id="node-…"`), one per drawn node.
        let drawn = dot.split(separator: "\n").filter { $0.contains("id=\"node-") }.count
        #expect(drawn == Set(paths[0].nodeIDs).count)
        #expect(!dot.contains("#d35400"), "drawn alone, nothing is faded or highlighted")
    }
}
