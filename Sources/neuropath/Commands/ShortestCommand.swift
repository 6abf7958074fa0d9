import ArgumentParser
import NeuroPath

/// `neuropath shortest`: the k cheapest simple paths (Yen).
struct ShortestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shortest",
        abstract:
            "The k best simple paths from one node to another, weighted by evidence or by hops (Yen's algorithm).",
        discussion: """
            Examples:
              neuropath shortest --from ketamine --to synaptogenesis -k 2
              neuropath shortest --from ketamine --to BDNF --weight hops --json
            """)

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "The starting node.", completion: .custom(NodeCompletion.complete)) var from: String
    @Option(name: .long, help: "The node to reach.", completion: .custom(NodeCompletion.complete)) var to: String
    @Option(name: .short, parsing: .unconditional, help: "How many paths.") var k = ShortestPathsQuery.defaultK
    @Option(name: .long, help: "Cost of a step: evidence (stronger is cheaper) or hops.") var weight =
        ShortestPathsQuery.Weighting.evidence
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard k >= 1 else { throw ValidationError("-k must be at least 1") }
    }

    func run() throws {
        let graph = try graphOption.load()
        let query = ShortestPathsQuery(
            from: try graph.resolve(from), to: try graph.resolve(to), k: k, weighting: weight,
            filter: try filters.filter(in: graph))
        let result = try query.run(on: graph)
        if output.json { return try output.printJSON(result) }
        let count = result.paths.count
        print(
            "\(TextLayout.name(query.from, in: graph)) → \(TextLayout.name(query.to, in: graph)): \(count) best path\(count == 1 ? "" : "s") by \(weight.rawValue)"
        )
        if result.paths.isEmpty { print("  no path") }
        print(TextLayout.paths(result.paths.map(\.path), in: graph, costs: result.paths.map(\.cost)))
        print(TextLayout.disclaimer)
    }
}
