import ArgumentParser
import NeuroPath

/// `neuropath trace`: all simple paths from one node to another.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "List the causal paths from one node to another, best first, with their exact count.")

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "The starting node (id, label or synonym).") var from: String
    @Option(name: .long, help: "The node to reach.") var to: String
    @Option(name: .long, help: "The longest path, in interactions.") var maxDepth = PathConstraints.defaultMaxDepth
    @Option(name: .long, help: "Keep only paths that increases or decreases the target.") var sign: Sign?
    @Option(name: .long, help: "Paths must pass through this node (repeatable).") var via: [String] = []
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, help: "How many paths to list.") var limit = PathQuery.defaultLimit
    @Flag(name: .long, help: "Print only the number of paths.") var countOnly = false
    @Flag(name: .long, help: "Stream every path as one JSON line, without holding them; a last line gives the total.")
    var jsonl = false
    @OptionGroup var budgetOptions: BudgetOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try checkDepth(maxDepth)
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let graph = try graphOption.load()
        let source = try resolve(from, in: graph)
        let target = try resolve(to, in: graph)
        var constraints = try filters.constraints(in: graph, maxDepth: maxDepth)
        constraints.sign = sign
        constraints.via = try resolveAll(via, in: graph)
        let query = PathQuery(
            from: source, to: target, constraints: constraints, limit: countOnly ? 0 : limit,
            budget: budgetOptions.budget)
        if jsonl {
            try stream(query, in: graph)
            return
        }
        let result = try answer { () throws(QueryError) in try query.run(on: graph) }
        if output.json {
            print(ResultJSON.trace(from: source, to: target, result: result, in: graph).rendered())
            return
        }
        let total =
            result.total.map { "\($0) path\($0 == 1 ? "" : "s")" }
            ?? "more paths than the budget allowed to count"
            + (result.estimate.map { String(format: " (about %.3g by random probing)", $0) } ?? "")
        print(
            "\(TextLayout.name(source, in: graph)) → \(TextLayout.name(target, in: graph)): \(total) of at most \(maxDepth) steps"
        )
        if !result.paths.isEmpty {
            print(TextLayout.paths(result.paths, in: graph))
            if let count = result.total, count > result.paths.count {
                print("  … \(count - result.paths.count) more (raise --limit to list them)")
            }
        } else if result.total == 0 {
            print(
                "  no path: try a larger --max-depth, fewer filters, or `neuropath downstream --node \(graph.nodes[source].id)`"
            )
        }
        if result.total.map({ $0 < limit }) ?? false, maxDepth < PathConstraints.maximumDepth {
            print("  (paths longer than \(maxDepth) steps are not included: raise --max-depth to see them)")
        }
        if result.truncated {
            print(
                "  (truncated: the search stopped at --max-paths or --timeout; listed paths are the best found so far;")
            print("   narrow it with --sign, --via, --min-evidence or a smaller --max-depth)")
        }
        print(TextLayout.disclaimer)
    }

    /// Prints every path as a JSON line as it is found, then a line with the total.
    private func stream(_ query: PathQuery, in graph: PathwayGraph) throws {
        var buffer = ""
        let streamed = try answer { () throws(QueryError) in
            try query.stream(on: graph) { path in
                buffer += ResultJSON.path(path, in: graph).compact() + "\n"
                if buffer.utf8.count > 1 << 16 {
                    print(buffer, terminator: "")
                    buffer = ""
                }
                return true
            }
        }
        print(buffer, terminator: "")
        print(
            JSONValue.object([
                ("from", .string(graph.nodes[query.from].id)), ("to", .string(graph.nodes[query.to].id)),
                ("total", streamed.truncated ? .null : .integer(streamed.count)),
                ("streamed", .integer(streamed.count)),
                ("truncated", .bool(streamed.truncated)),
            ]).compact())
    }
}
