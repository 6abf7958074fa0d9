// Times diagram rendering for Benchmarks/run and prints the figures as JSON: building the DOT text, a whole
// diagram laid out from scratch, and highlighted diagrams on a cached layout (what a server does per request).
// Usage: neuropath-render-bench [GRAPH] [--repeat N]
import BenchmarkSupport
import Foundation
import NeuroPath
import NeuroPathGraphviz

let arguments = Array(CommandLine.arguments.dropFirst())
let graphName = arguments.first.flatMap { $0.hasPrefix("--") ? nil : $0 } ?? "ketamine"
let repeats = arguments.firstIndex(of: "--repeat").map { Int(arguments[$0 + 1]) ?? 20 } ?? 20

/// The median wall-clock seconds of `runs` calls of `body`.
func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double { try measure(runs, body).seconds }

let graph = try GraphLoader().load(GraphSource(argument: graphName))
// Highlights: the best paths from the first drug to every node it reaches, one diagram per target.
let source = graph.nodeIndices.first { graph[$0].kind == .drug } ?? NodeIndex(0)
let highlights = graph.nodeIndices.compactMap { target -> [CausalPath]? in
    guard target != source else { return nil }
    let paths = try? PathQuery(from: source, to: target, maxDepth: 8, limit: 3).run(on: graph).paths
    return paths?.isEmpty == false ? paths : nil
}

var results: [String: Any] = [:]
results["dot_text"] = try median(repeats) { _ = try PathwayDiagram.dot(for: graph) }
results["cold_svg"] = try median(repeats) { _ = try PathwayDiagram.renderBlocking(graph) }
let layouts = DiagramLayouts()
_ = try layouts.render(graph, DiagramOptions())
var index = 0
results["warm_highlighted_svg"] = try median(max(repeats, highlights.count)) {
    let options = DiagramOptions(highlightedPaths: highlights[index % highlights.count])
    index += 1
    _ = try layouts.render(graph, options)
}
// The first request for a view: laid out, and drawn plain, faded and highlighted to splice later requests from.
results["first_request_of_a_view"] = try median(5) {
    _ = try DiagramLayouts().render(graph, DiagramOptions(highlightedPaths: highlights[0]))
}
// Byte-identical whether the view is laid out for this request or was laid out before.
let sample = DiagramOptions(highlightedPaths: highlights[highlights.count / 2])
results["warm_equals_cold"] = try layouts.render(graph, sample) == DiagramLayouts().render(graph, sample)
results["highlighted_diagrams"] = highlights.count
let output = try JSONSerialization.data(
    withJSONObject: ["tool": "neuropath", "results": results], options: [.sortedKeys])
print(String(decoding: output, as: UTF8.self))
