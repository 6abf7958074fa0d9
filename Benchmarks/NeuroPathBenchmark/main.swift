// Times NeuroPath on one network for Benchmarks/run and prints the timings, answers and memory as JSON.
// Usage: neuropath-bench NETWORK FROM TO [--signed] [--count-depth N] [--repeat N]
import BenchmarkSupport
import Foundation
import NeuroPath
import NeuroPathCompression

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: neuropath-bench NETWORK FROM TO [--signed] [--repeat N]\n".utf8))
    exit(64)
}
let (path, fromName, toName) = (arguments[0], arguments[1], arguments[2])
let signed = arguments.contains("--signed")
let repeats = arguments.firstIndex(of: "--repeat").map { Int(arguments[$0 + 1]) ?? 5 } ?? 5
let deepest = arguments.firstIndex(of: "--count-depth").map { Int(arguments[$0 + 1]) ?? 5 } ?? 5

/// Resident memory now, in bytes (Linux `/proc/self/statm`).
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let pages = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Peak resident memory of the process so far, in bytes.
func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
}

let loader = GraphLoader(decompressGzip: { data, limit in try Gzip.decompress(data, stoppingAfter: limit) })

func load() throws -> PathwayGraph { try loader.load(file: path) }

var results: [String: Any] = [:]
let before = residentBytes()
var graph = try load()
let afterFirstLoad = residentBytes()
let loading = try measure(repeats) { try load() }
graph = loading.answer
results["load"] = [
    "seconds": loading.seconds, "answer": ["nodes": graph.nodes.count, "interactions": graph.interactionCount],
]

// The same graph from its snapshot (written to a temporary file first).
let snapshotURL = FileManager.default.temporaryDirectory.appendingPathComponent("neuropath-bench-\(getpid()).npsnap")
try GraphSnapshot.data(of: graph).write(to: snapshotURL)
defer { try? FileManager.default.removeItem(at: snapshotURL) }
let fromSnapshot = try measure(repeats) { try loader.load(file: snapshotURL.path) }
results["load_snapshot"] = [
    "seconds": fromSnapshot.seconds,
    "answer": ["nodes": fromSnapshot.answer.nodes.count, "interactions": fromSnapshot.answer.interactionCount],
]

let from = try graph.resolve(fromName), to = try graph.resolve(toName)
let reach = try measure(repeats) { try ReachabilityQuery(origin: from).run(on: graph).reached.count }
results["reach"] = ["seconds": reach.seconds, "answer": reach.answer]
let shortest = try measure(repeats) {
    try ShortestPathsQuery(from: from, to: to, k: 1, weighting: .hops).run(on: graph).paths.first?.path.length ?? -1
}
results["shortest"] = ["seconds": shortest.seconds, "answer": shortest.answer]
let kShortest = try measure(repeats) {
    try ShortestPathsQuery(from: from, to: to, k: 10, weighting: .hops).run(on: graph).paths.map(\.path.length)
}
results["k_shortest"] = ["seconds": kShortest.seconds, "answer": kShortest.answer]
let signs: [(String, Sign?)] = signed ? [("", nil), ("_increases", .positive), ("_decreases", .negative)] : [("", nil)]
for depth in 4...max(5, deepest) {
    for (suffix, sign) in signs {
        let query = PathQuery(
            from: from, to: to, maxDepth: depth, sign: sign, limit: 0,
            budget: QueryBudget(maxPaths: Int.max, timeout: .seconds(600)))
        let counted = try measure(depth >= 5 ? 3 : repeats) { try query.run(on: graph).total ?? -1 }
        results["count_\(depth)\(suffix)"] = ["seconds": counted.seconds, "answer": counted.answer]
    }
}
// The net effect of the source on every node it reaches (depth 8), and blocking it: how many nodes end up with
// each answer, and whether any search stopped at its budget.
func tally(_ effects: [NetEffect], truncated: Bool) -> [String: Int] {
    var counts = Dictionary(grouping: effects, by: \.rawValue).mapValues(\.count)
    counts["truncated"] = truncated ? 1 : 0
    return counts
}
let effectOnAll = try measure(3) {
    let all = try EffectQuery(from: from).runOnAll(on: graph)
    return tally(all.effects.map(\.effect), truncated: all.truncated)
}
results["effect_all"] = ["seconds": effectOnAll.seconds, "answer": effectOnAll.answer]
let blocked = try measure(3) {
    let result = try PerturbationQuery(perturbations: [.init(node: from, action: .block)]).run(on: graph)
    return tally(result.effects.map(\.change), truncated: result.truncated)
}
results["perturb"] = ["seconds": blocked.seconds, "answer": blocked.answer]

results["memory"] = [
    "peak_rss_bytes": peakResidentBytes(), "rss_growth_first_load_bytes": afterFirstLoad - before,
    "graph_storage_bytes": graph.storageBytes,
    "storage_bytes_per_interaction": Double(graph.storageBytes) / Double(max(1, graph.interactionCount)),
]
let output = try JSONSerialization.data(
    withJSONObject: ["tool": "neuropath", "results": results], options: [.sortedKeys])
print(String(decoding: output, as: UTF8.self))
