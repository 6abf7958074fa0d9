import ArgumentParser
import NeuroPath

/// `neuropath effect`: the net effect of one node on another, or on everything it reaches.
struct EffectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "effect",
        abstract: "The net effect (increases, decreases, mixed, none) of one node on another, with supporting paths.",
        discussion: """
            Examples:
              neuropath effect --from ketamine --to "depressive symptoms"
              neuropath effect --from ketamine --all --max-depth 12
            """)

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "The cause.", completion: .custom(NodeCompletion.complete)) var from: String
    @Option(name: .long, help: "The node whose change is asked for.", completion: .custom(NodeCompletion.complete))
    var to: String?
    @Flag(name: .long, help: "The effect on every node reachable from --from.") var all = false
    @OptionGroup var depth: DepthOption
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, parsing: .unconditional, help: "Supporting paths listed per sign.") var paths = 3
    @OptionGroup var orderOption: OrderOption
    @OptionGroup var budgetOptions: BudgetOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (to == nil) == all else { throw ValidationError("give either --to NODE or --all") }
        guard paths >= 0 else { throw ValidationError("--paths must be 0 or more") }
    }

    func run() throws {
        let graph = try graphOption.load()
        let query = EffectQuery(
            from: try graph.resolve(from), maxDepth: depth.maxDepth, filter: try filters.filter(in: graph),
            pathsPerSign: paths, order: orderOption.order, budget: budgetOptions.budget)
        guard let to else { return try runOnAll(query, in: graph) }
        let result = try query.run(to: try graph.resolve(to), on: graph)
        if output.json { return try output.printJSON(result) }
        print(
            "\(TextLayout.name(result.from.index, in: graph)) → \(TextLayout.name(result.target.index, in: graph)): "
                + TextLayout.standing(of: result.effect, evidence: result.evidence)
        )
        switch result.noEffectReason {
        case .sameNode?:
            print("  the cause and the effect are the same node: a node has no causal path to itself")
            print("  (to see what feeds back on it, try `neuropath loops --node \(result.from.id)`)")
        case .noPath?:
            print("  no admissible path of at most \(depth.maxDepth) steps: try a larger --max-depth or fewer filters")
        case nil:
            break
        }
        if !result.paths.isEmpty { print(TextLayout.paths(result.paths, in: graph)) }
        if result.truncated { print("  (truncated: a budget stopped the search; the answer may be incomplete)") }
        print(TextLayout.disclaimer)
    }

    private func runOnAll(_ query: EffectQuery, in graph: PathwayGraph) throws {
        let result = try query.runOnAll(on: graph)
        if output.json { return try output.printJSON(result) }
        print("Effects of \(TextLayout.name(query.from, in: graph)) (paths of at most \(depth.maxDepth) steps):")
        if result.effects.isEmpty { print(TextLayout.nothingSignedReached(from: query.from, in: graph)) }
        if !result.effects.isEmpty {
            print(
                TextLayout.table(
                    result.effects.map {
                        [
                            $0.truncated && $0.effect == .none ? "? not reached" : TextLayout.effect($0.effect),
                            TextLayout.evidenceCell(of: $0.effect, evidence: $0.evidence),
                            TextLayout.name($0.target.index, in: graph),
                        ]
                    }))
        }
        if result.truncated {
            print("  (truncated: the time budget ran out; '? not reached' marks nodes whose effect is unknown)")
        }
        print(TextLayout.disclaimer)
    }
}
