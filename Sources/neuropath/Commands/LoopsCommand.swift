import ArgumentParser
import NeuroPath

/// `neuropath loops`: signed feedback loops.
struct LoopsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loops", abstract: "Signed feedback loops (positive: amplifying; negative: stabilising).",
        discussion: """
            Examples:
              neuropath loops
              neuropath loops --node BDNF --sign increases --max-length 8
            """)

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, parsing: .unconditional, help: "The longest loop, in interactions.") var maxLength =
        FeedbackLoopQuery.defaultMaxLength
    @Option(name: .long, help: "Only loops through this node.", completion: .custom(NodeCompletion.complete))
    var node: String?
    @Option(name: .long, help: "Only loops of this sign: increases (positive feedback) or decreases (negative).")
    var sign: Sign?
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, parsing: .unconditional, help: "Stop after this many loops.") var maxLoops = 10_000
    @Option(name: .long, parsing: .unconditional, help: "Stop after this many seconds.") var timeout: Double = 10
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
        let query = FeedbackLoopQuery(
            maxLength: maxLength, through: try node.map { name throws(NodeResolutionError) in try graph.resolve(name) },
            sign: sign, filter: try filters.filter(in: graph),
            budget: QueryBudget(maxPaths: maxLoops, timeout: .milliseconds(Int(min(timeout, 86_400) * 1000))))
        let result = try query.run(on: graph)
        if output.json { return try output.printJSON(result) }
        let count = result.loops.count
        print(
            "\(count) feedback loop\(count == 1 ? "" : "s") of at most \(maxLength) steps\(result.truncated ? " (truncated)" : "")"
        )
        for loop in result.loops {
            print("  \(loop.sign == .positive ? "positive" : "negative")  \(graph.describe(loop))")
        }
    }
}
