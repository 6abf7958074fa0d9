import ArgumentParser
import NeuroPath

/// `neuropath trace`: all simple paths from one node to another.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "List the causal paths from one node to another, best first, with their exact count.",
        discussion: """
            Examples:
              neuropath trace --from ketamine --to "antidepressant effect" --max-depth 12 --min-evidence supported
              neuropath trace --from ketamine --to BDNF --via GABA --sign increases
              neuropath trace --from ketamine --to synaptogenesis --count-only --json
            """)

    @OptionGroup var graphOption: GraphOption
    @Option(
        name: .long, help: "The starting node (id, label or synonym).", completion: .custom(NodeCompletion.complete))
    var from: String
    @Option(name: .long, help: "The node to reach.", completion: .custom(NodeCompletion.complete)) var to: String
    @OptionGroup var depth: DepthOption
    @Option(name: .long, help: "Keep only paths that increase or decrease the target.") var sign: Sign?
    @Option(
        name: .long, help: "Paths must pass through this node (repeatable).",
        completion: .custom(NodeCompletion.complete))
    var via: [String] = []
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, parsing: .unconditional, help: "How many paths to list.") var limit = PathQuery.defaultLimit
    @OptionGroup var orderOption: OrderOption
    @Flag(name: .long, help: "Print only the number of paths.") var countOnly = false
    @Flag(name: .long, help: "Stream every path as one JSON line, without holding them; a last line gives the total.")
    var jsonl = false
    @OptionGroup var budgetOptions: BudgetOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let graph = try graphOption.load()
        let maxDepth = depth.maxDepth
        let query = PathQuery(
            from: try graph.resolve(from), to: try graph.resolve(to), maxDepth: maxDepth, sign: sign,
            via: try graph.resolveAll(via), filter: try filters.filter(in: graph), limit: countOnly ? 0 : limit,
            order: orderOption.order, checksLongerPaths: !(output.json || jsonl), budget: budgetOptions.budget)
        if jsonl {
            try stream(query, in: graph)
            return
        }
        let result = try query.run(on: graph)
        if output.json { return try output.printJSON(result) }
        let total =
            result.total.map { "\($0) path\($0 == 1 ? "" : "s")" }
            ?? "more paths than the budget allowed to count"
            + (result.estimate.map { String(format: " (about %.3g by random probing)", $0) } ?? "")
        print(
            "\(TextLayout.name(query.from, in: graph)) → \(TextLayout.name(query.to, in: graph)): \(total) of at most \(maxDepth) steps"
        )
        if !result.paths.isEmpty {
            print(TextLayout.paths(result.paths, in: graph))
            if let count = result.total, count > result.paths.count {
                print("  … \(count - result.paths.count) more (raise --limit to list them)")
            }
        } else if result.total == 0 {
            print(
                "  no path: try a larger --max-depth, fewer filters, or `neuropath downstream --node \(result.from.id)`"
            )
        }
        switch result.longerPathsExist {
        case true?:
            print("  (paths longer than \(maxDepth) steps exist: raise --max-depth to see them)")
        case nil where maxDepth < PathDepth.maximum:
            print("  (paths longer than \(maxDepth) steps were not looked for within the time allowed)")
        default:
            break
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
        let encoder = PathwayJSONEncoder(style: .compact)
        var buffer = ""
        var encodingError: (any Error)?
        let summary = try query.stream(on: graph) { path in
            do {
                buffer += try encoder.encode(path) + "\n"
            } catch {
                encodingError = error
                return false
            }
            if buffer.utf8.count > 1 << 16 {
                print(buffer, terminator: "")
                buffer = ""
            }
            return true
        }
        if let encodingError { throw encodingError }
        print(buffer, terminator: "")
        print(try encoder.encode(summary))
    }
}
