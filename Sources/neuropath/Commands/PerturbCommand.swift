import ArgumentParser
import NeuroPath

/// `neuropath perturb`: activate or block nodes and report every downstream change.
struct PerturbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "perturb",
        abstract: "Activate or block nodes and report how every downstream node changes; with --knockout, what is lost."
    )

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "Raise this node's activity (repeatable).") var activate: [String] = []
    @Option(name: .long, help: "Lower this node's activity (repeatable).") var block: [String] = []
    @Option(name: .long, help: "The longest path followed, in interactions.") var maxDepth = PathConstraints
        .defaultMaxDepth
    @OptionGroup var filters: FilterOptions
    @OptionGroup var budgetOptions: BudgetOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try checkDepth(maxDepth)
        guard !(activate.isEmpty && block.isEmpty) else {
            throw ValidationError("give at least one --activate or --block")
        }
    }

    func run() throws {
        let graph = try graphOption.load()
        let perturbations =
            try resolveAll(activate, in: graph).map { PerturbationQuery.Perturbation(node: $0, action: .activate) }
            + resolveAll(block, in: graph).map { PerturbationQuery.Perturbation(node: $0, action: .block) }
        let constraints = try filters.constraints(in: graph, maxDepth: maxDepth)
        let query = PerturbationQuery(
            perturbations: perturbations, constraints: constraints, budget: budgetOptions.budget)
        let result = try answer { () throws(QueryError) in try query.run(on: graph) }
        let id = { (node: Int) in JSONValue.string(graph.nodes[node].id) }
        if output.json {
            print(
                JSONValue.object([
                    (
                        "perturbations",
                        .array(
                            perturbations.map {
                                .object([("node", id($0.node)), ("action", .string($0.action.rawValue))])
                            })
                    ),
                    (
                        "knockouts",
                        .array(constraints.knockout.sorted { graph.nodes[$0].id < graph.nodes[$1].id }.map(id))
                    ),
                    (
                        "effects",
                        .array(
                            result.effects.map {
                                .object([("node", id($0.node)), ("change", .string($0.change.rawValue))])
                            })
                    ),
                    ("silenced", .array(result.silenced.map(id))),
                    (
                        "lost",
                        .array(
                            result.differences.filter { $0.with == .none }.map {
                                .object([("node", id($0.node)), ("without_knockout", .string($0.without.rawValue))])
                            })
                    ),
                    (
                        "changed",
                        .array(
                            result.differences.map {
                                .object([
                                    ("node", id($0.node)), ("without_knockout", .string($0.without.rawValue)),
                                    ("with_knockout", .string($0.with.rawValue)),
                                ])
                            })
                    ),
                    ("truncated", .bool(result.truncated)),
                ]).rendered())
            return
        }
        let described = perturbations.map {
            "\($0.action == .activate ? "activate" : "block") \(TextLayout.name($0.node, in: graph))"
        }
        var heading = described.joined(separator: ", ")
        if !constraints.knockout.isEmpty {
            heading +=
                " with " + constraints.knockout.map { TextLayout.name($0, in: graph) }.sorted().joined(separator: ", ")
                + " knocked out"
        }
        print("\(heading): \(result.effects.count) node\(result.effects.count == 1 ? "" : "s") change")
        print(
            TextLayout.table(
                result.effects.map { [TextLayout.effect($0.change), TextLayout.name($0.node, in: graph)] }))
        if !result.silenced.isEmpty {
            print("Cannot respond (a necessary input is knocked out):")
            print(TextLayout.table(result.silenced.map { ["∅", TextLayout.name($0, in: graph)] }))
        }
        if !result.differences.isEmpty {
            print("Compared with no knockout:")
            print(
                TextLayout.table(
                    result.differences.map {
                        [
                            $0.with == .none ? "lost" : "changed", "\($0.without.rawValue) → \($0.with.rawValue)",
                            TextLayout.name($0.node, in: graph),
                        ]
                    }))
        } else if !constraints.knockout.isEmpty {
            print("Compared with no knockout: nothing changes.")
        }
        if result.truncated { print("  (truncated: a budget stopped some searches; changes may be missing)") }
        print(TextLayout.disclaimer)
    }
}
