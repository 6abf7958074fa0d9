import ArgumentParser
import NeuroPath

/// `neuropath effect`: the net effect of one node on another, or on everything it reaches.
struct EffectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "effect",
        abstract: "The net effect (increases, decreases, mixed, none) of one node on another, with supporting paths.")

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "The cause.") var from: String
    @Option(name: .long, help: "The node whose change is asked for.") var to: String?
    @Flag(name: .long, help: "The effect on every node reachable from --from.") var all = false
    @Option(name: .long, help: "The longest path considered, in interactions.") var maxDepth = PathConstraints
        .defaultMaxDepth
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, help: "Supporting paths listed per sign.") var paths = 3
    @OptionGroup var budgetOptions: BudgetOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try checkDepth(maxDepth)
        guard (to == nil) == all else { throw ValidationError("give either --to NODE or --all") }
        guard paths >= 0 else { throw ValidationError("--paths must be 0 or more") }
    }

    func run() throws {
        let graph = try graphOption.load()
        let source = try resolve(from, in: graph)
        let query = EffectQuery(
            from: source, constraints: try filters.constraints(in: graph, maxDepth: maxDepth), pathsPerSign: paths,
            budget: budgetOptions.budget)
        if all {
            let results = try answer { () throws(QueryError) in try query.runOnAll(graph) }
            if output.json {
                let effects = results.map { result in
                    JSONValue.object([
                        ("node", .string(graph.nodes[result.target].id)), ("effect", .string(result.effect.rawValue)),
                        ("truncated", .bool(result.truncated)),
                    ])
                }
                print(
                    JSONValue.object([("from", .string(graph.nodes[source].id)), ("effects", .array(effects))])
                        .rendered())
                return
            }
            print("Effects of \(TextLayout.name(source, in: graph)) (paths of at most \(maxDepth) steps):")
            print(
                TextLayout.table(results.map { [TextLayout.effect($0.effect), TextLayout.name($0.target, in: graph)] }))
            print(TextLayout.disclaimer)
            return
        }
        let target = try resolve(to!, in: graph)
        let result = try answer { () throws(QueryError) in try query.run(to: target, on: graph) }
        if output.json {
            print(ResultJSON.effect(from: source, result: result, in: graph).rendered())
            return
        }
        print(
            "\(TextLayout.name(source, in: graph)) → \(TextLayout.name(target, in: graph)): \(TextLayout.effect(result.effect))"
        )
        if !result.paths.isEmpty { print(TextLayout.paths(result.paths, in: graph)) }
        if result.truncated { print("  (truncated: a budget stopped the search; the answer may be incomplete)") }
        print(TextLayout.disclaimer)
    }
}
