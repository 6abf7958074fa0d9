import ArgumentParser
import NeuroPath

/// `neuropath regulators`: common upstream regulators of a set of nodes.
struct RegulatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regulators", abstract: "Nodes upstream of every given node, nearest first.")

    @OptionGroup var graphOption: GraphOption
    @Argument(help: "Two or more nodes.") var nodes: [String]
    @Option(name: .long, help: "How far upstream to look, in interactions.") var depth = 3
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try checkDepth(depth, option: "--depth")
        guard nodes.count >= 2 else { throw ValidationError("give at least two nodes") }
    }

    func run() throws {
        let graph = try graphOption.load()
        let targets = try resolveAll(nodes, in: graph)
        let query = CommonRegulatorQuery(
            targets: targets, constraints: try filters.constraints(in: graph, maxDepth: depth))
        let regulators = try answer { () throws(QueryError) in try query.run(on: graph) }
        if output.json {
            let items = regulators.map { regulator in
                JSONValue.object([
                    ("node", .string(graph.nodes[regulator.node].id)),
                    (
                        "targets",
                        .array(
                            zip(targets, zip(regulator.distances, regulator.effects)).map { target, facts in
                                .object([
                                    ("node", .string(graph.nodes[target].id)), ("distance", .integer(facts.0)),
                                    ("effect", .string(facts.1.rawValue)),
                                ])
                            })
                    ),
                ])
            }
            print(
                JSONValue.object([
                    ("targets", .array(targets.map { .string(graph.nodes[$0].id) })), ("regulators", .array(items)),
                ]).rendered())
            return
        }
        print(
            "\(regulators.count) common regulator\(regulators.count == 1 ? "" : "s") within \(depth) steps of \(targets.map { graph.nodes[$0].id }.joined(separator: ", ")):"
        )
        print(
            TextLayout.table(
                regulators.map { regulator in
                    [TextLayout.name(regulator.node, in: graph)]
                        + zip(regulator.distances, regulator.effects).map { "\($1.rawValue) (\($0))" }
                }))
    }
}
