// Writes one SVG per causal path from ketamine to its antidepressant effect, each path highlighted, into the
// folder given (default: figures/). Rendering is async: Graphviz works on its own thread while this task waits.
import Foundation
import NeuroPath
import NeuroPathGraphviz

let folder = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? "figures")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

let graph = try GraphLoader().load(.ketamine)
let result = try PathQuery(
    from: graph.resolve("ketamine"), to: graph.resolve("antidepressant effect"), maxDepth: 12,
    filter: PathFilter(minimumEvidence: .supported), limit: 10
).run(on: graph)

for (number, path) in result.paths.enumerated() {
    let options = DiagramOptions(highlightedPaths: [path], title: graph.describe(path))
    let svg = try await PathwayDiagram.svg(graph, options: options)
    let file = folder.appendingPathComponent("path-\(number + 1).svg")
    try svg.write(to: file, atomically: true, encoding: .utf8)
    print("\(file.path): \(graph.describe(path))")
}
print(
    "\(result.paths.count) figure\(result.paths.count == 1 ? "" : "s") of \(result.total.map(String.init) ?? "many") paths."
)
