import ArgumentParser
import NeuroPath

/// `neuropath explain`: a path, or a node, in plain language for learners.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Tell the most confident path(s) from one node to another in plain English, or what a node does.",
        discussion: """
            Examples:
              neuropath explain --from ketamine --to "sustained antidepressant effect" --via GABA --max-depth 12
              neuropath explain --node BDNF
            """)

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "The cause.", completion: .custom(NodeCompletion.complete)) var from: String?
    @Option(name: .long, help: "The effect.", completion: .custom(NodeCompletion.complete)) var to: String?
    @Option(
        name: .long, help: "Explain this node instead: what it is, what drives it, what it drives.",
        completion: .custom(NodeCompletion.complete))
    var node: String?
    @Option(
        name: .long, help: "Only paths through this node (repeatable).", completion: .custom(NodeCompletion.complete))
    var via: [String] = []
    @Option(name: .long, parsing: .unconditional, help: "How many paths to tell, most confident first.") var paths = 1
    @OptionGroup var depth: DepthOption
    @OptionGroup var filters: FilterOptions
    @OptionGroup var budgetOptions: BudgetOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (node != nil) != (from != nil || to != nil) else {
            throw ValidationError("give either --from and --to, or --node")
        }
        guard node != nil || (from != nil && to != nil) else { throw ValidationError("give both --from and --to") }
        guard paths >= 1 else { throw ValidationError("--paths must be at least 1") }
    }

    func run() throws {
        let graph = try graphOption.load()
        if let node {
            return try printNode(NodeExplanationQuery(node: try graph.resolve(node)).run(on: graph))
        }
        let query = ExplanationQuery(
            from: try graph.resolve(from!), to: try graph.resolve(to!), maxDepth: depth.maxDepth,
            via: try graph.resolveAll(via), filter: try filters.filter(in: graph), count: paths,
            budget: budgetOptions.budget)
        let result = try query.run(on: graph)
        if output.json { return try output.printJSON(result) }
        guard !result.explanations.isEmpty else {
            print(
                "No path from \(TextLayout.name(query.from, in: graph)) to \(TextLayout.name(query.to, in: graph)) within \(depth.maxDepth) steps."
            )
            return
        }
        let total = result.total.map { "\($0) path\($0 == 1 ? "" : "s")" } ?? "more paths than could be counted"
        for (number, explanation) in result.explanations.enumerated() {
            if number > 0 { print() }
            let rank = number == 0 ? "the most confident" : "path \(number + 1) by confidence"
            print(
                "How \(graph[query.from].displayName) leads to \(graph[query.to].displayName) "
                    + "(\(rank) of \(total) within \(depth.maxDepth) steps):\n")
            printPath(explanation)
        }
        if result.truncated {
            print("\n(truncated: the search stopped at its budget; a more confident path may exist)")
        }
        print("\n" + TextLayout.disclaimer)
    }

    private func printPath(_ explanation: PathExplanation) {
        for (number, step) in explanation.steps.enumerated() {
            print("\(String(number + 1).leftPadded(to: 3)). \(step.sentence)")
            let facts =
                [step.evidence?.rawValue ?? "evidence not recorded"] + step.species.map(\.rawValue)
                + [step.timescale?.rawValue].compactMap { $0 } + [step.citations.joined(separator: "; ")]
            print("      [\(facts.filter { !$0.isEmpty }.joined(separator: " · "))]")
        }
        print("\n" + explanation.summary)
        if !explanation.timeline.isEmpty {
            print("\nTime line:")
            print(
                TextLayout.table(
                    explanation.timeline.map { [$0.timescale.rawValue, $0.events.joined(separator: ", ")] }))
        }
        if !explanation.caveats.isEmpty {
            print("\nWhat is contested or uncertain:")
            for caveat in explanation.caveats { print("  - \(caveat)") }
        }
    }

    private func printNode(_ explanation: NodeExplanation) throws {
        if output.json { return try output.printJSON(explanation) }
        print(explanation.overview)
        for (title, list) in [("What drives it:", explanation.drivenBy), ("What it drives:", explanation.drives)]
        where !list.isEmpty {
            print("\n" + title)
            for influence in list {
                let facts =
                    [influence.evidence?.rawValue ?? "evidence not recorded"] + influence.species.map(\.rawValue)
                print(
                    "  - \(influence.sentence) [\(facts.joined(separator: " · ")); \(influence.citations.joined(separator: "; "))]"
                )
                if let note = influence.note { print("      \(note)") }
            }
        }
        print("\n" + TextLayout.disclaimer)
    }
}
