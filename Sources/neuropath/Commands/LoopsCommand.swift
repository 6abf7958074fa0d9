import ArgumentParser
import NeuroPath

/// `neuropath loops`: signed feedback loops.
struct LoopsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loops", abstract: "Signed feedback loops (positive: amplifying; negative: stabilising).")

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "The longest loop, in interactions.") var maxLength = FeedbackLoopQuery.defaultMaxLength
    @Option(name: .long, help: "Only loops through this node.") var node: String?
    @Option(name: .long, help: "Only loops of this sign: increases (positive feedback) or decreases (negative).")
    var sign: Sign?
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, help: "Stop after this many loops.") var maxLoops = 10_000
    @Option(name: .long, help: "Stop after this many seconds.") var timeout: Double = 10
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try checkDepth(maxLength, option: "--max-length")
        guard maxLoops >= 1 else { throw ValidationError("--max-loops must be at least 1") }
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
    }

    func run() throws {
        let graph = try graphOption.load()
        let through = try node.map { name throws(CLIError) in try resolve(name, in: graph) }
        let query = FeedbackLoopQuery(
            maxLength: maxLength, through: through, sign: sign,
            constraints: try filters.constraints(in: graph, maxDepth: maxLength),
            budget: QueryBudget(maxPaths: maxLoops, timeout: .milliseconds(Int(min(timeout, 86_400) * 1000))))
        let (loops, truncated) = try answer { () throws(QueryError) in try query.run(on: graph) }
        if output.json {
            let items = loops.map { loop in
                JSONValue.object([
                    ("nodes", .array(loop.nodes.map { .string(graph.nodes[$0].id) })),
                    ("sign", .string(loop.sign == .positive ? "positive" : "negative")),
                    ("length", .integer(loop.length)),
                    ("steps", .array(loop.interactions.map { ResultJSON.step($0, in: graph) })),
                ])
            }
            print(JSONValue.object([("loops", .array(items)), ("truncated", .bool(truncated))]).rendered())
            return
        }
        print(
            "\(loops.count) feedback loop\(loops.count == 1 ? "" : "s") of at most \(maxLength) steps\(truncated ? " (truncated)" : "")"
        )
        for loop in loops {
            print("  \(loop.sign == .positive ? "positive" : "negative")  \(graph.describe(loop))")
        }
    }
}
