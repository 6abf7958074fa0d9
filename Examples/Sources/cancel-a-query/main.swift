// A query answered from async code, and cancelled: what a SwiftUI task does when its view goes away. The
// answer is computed off the caller's actor; a cancelled task gets `CancellationError`, never a result that
// looks like "too many paths", while a query that reaches its budget answers and says `truncated`.
import NeuroPath

// A graph with astronomically many paths: 24 layers of 6 nodes, every node of a layer acting on every node of
// the next (6^22 paths from the first node to the last).
var builder = PathwayGraphBuilder(name: "lattice")
let layers = (0..<24).map { layer in
    (0..<(layer == 0 || layer == 23 ? 1 : 6)).map { position in
        try! builder.addNode(Node(id: "n\(layer).\(position)", kind: .protein))
    }
}
for (upper, lower) in zip(layers, layers.dropFirst()) {
    for source in upper {
        for target in lower {
            try! builder.addInteraction(
                Interaction(source: source, target: target, relation: .activates, evidence: .supported))
        }
    }
}
let graph = builder.build()
let query = PathQuery(from: layers[0][0], to: layers[23][0], maxDepth: 30, limit: 3)

// Cancelled while it counts: the task throws CancellationError.
let task = Task { try await query.result(on: graph) }
try await Task.sleep(for: .milliseconds(200))
task.cancel()
do {
    let answer = try await task.value
    print("answered before the cancellation: \(answer.paths.count) paths, truncated: \(answer.truncated)")
} catch is CancellationError {
    print("cancelled: the task threw CancellationError")
}

// Not cancelled, but over its budget: an answer that says it is incomplete.
let bounded = PathQuery(
    from: layers[0][0], to: layers[23][0], maxDepth: 30, limit: 3, budget: QueryBudget(timeout: .milliseconds(300)))
let answer = try await bounded.result(on: graph)
print(
    "over budget: \(answer.paths.count) paths listed, total \(answer.total.map(String.init) ?? "unknown"), truncated: \(answer.truncated)"
)
