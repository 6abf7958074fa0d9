import ArgumentParser
import NeuroPath

/// `neuropath shortest`: the k cheapest simple paths (Yen).
struct ShortestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shortest",
        abstract: "The k best simple paths from one node to another, weighted by evidence or by hops (Yen's algorithm)."
    )

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "The starting node.") var from: String
    @Option(name: .long, help: "The node to reach.") var to: String
    @Option(name: .short, help: "How many paths.") var k = 5
    @Option(name: .long, help: "Cost of a step: evidence (stronger is cheaper) or hops.") var weight =
        ShortestPathsQuery.Weighting.evidence
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard k >= 1 else { throw ValidationError("-k must be at least 1") }
    }

    func run() throws {
        let graph = try graphOption.load()
        let source = try resolve(from, in: graph)
        let target = try resolve(to, in: graph)
        let query = ShortestPathsQuery(
            from: source, to: target, k: k, weighting: weight,
            constraints: try filters.constraints(in: graph, maxDepth: PathConstraints.defaultMaxDepth))
        let paths = try answer { () throws(QueryError) in try query.run(on: graph) }
        if output.json {
            print(ResultJSON.shortest(from: source, to: target, paths: paths, in: graph).rendered())
            return
        }
        print(
            "\(TextLayout.name(source, in: graph)) → \(TextLayout.name(target, in: graph)): \(paths.count) best path\(paths.count == 1 ? "" : "s") by \(weight.rawValue)"
        )
        if paths.isEmpty { print("  no path") }
        print(TextLayout.paths(paths.map(\.path), in: graph, costs: paths.map(\.cost)))
        print(TextLayout.disclaimer)
    }
}
