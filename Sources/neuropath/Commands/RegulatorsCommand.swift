import ArgumentParser
import NeuroPath

/// `neuropath regulators`: common upstream regulators of a set of nodes.
struct RegulatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regulators", abstract: "Nodes upstream of every given node, nearest first.",
        discussion: """
            Examples:
              neuropath regulators BDNF mTORC1
              neuropath regulators "antidepressant effect" dissociation --depth 4
            """)

    @OptionGroup var graphOption: GraphOption
    @Argument(help: "Two or more nodes.", completion: .custom(NodeCompletion.complete)) var nodes: [String]
    @Option(name: .long, parsing: .unconditional, help: "How far upstream to look, in interactions.") var depth =
        CommonRegulatorQuery.defaultDepth
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try checkDepth(depth, option: "--depth")
        guard nodes.count >= 2 else { throw ValidationError("give at least two nodes") }
    }

    func run() throws {
        let graph = try graphOption.load()
        let query = CommonRegulatorQuery(
            targets: try graph.resolveAll(nodes), depth: depth, filter: try filters.filter(in: graph))
        let result = try query.run(on: graph)
        if output.json { return try output.printJSON(result) }
        let count = result.regulators.count
        print(
            "\(count) common regulator\(count == 1 ? "" : "s") within \(depth) steps of \(result.targets.map(\.id).joined(separator: ", ")):"
        )
        print(
            TextLayout.table(
                result.regulators.map { regulator in
                    [TextLayout.name(regulator.node.index, in: graph)]
                        + zip(regulator.distances, regulator.effects).map { "\($1.rawValue) (\($0))" }
                }))
    }
}
