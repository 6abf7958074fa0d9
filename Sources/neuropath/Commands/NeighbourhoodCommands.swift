import ArgumentParser
import NeuroPath

/// `neuropath upstream` and `neuropath downstream`: signed neighbourhoods.
struct NeighbourhoodOptions: ParsableArguments {
    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "The node at the centre.", completion: .custom(NodeCompletion.complete)) var node: String
    @Option(name: .long, parsing: .unconditional, help: "How many interactions away to look.") var depth =
        NeighbourhoodQuery.defaultDepth
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func validate() throws { try checkDepth(depth, option: "--depth") }

    func run(_ direction: NeighbourhoodQuery.Direction) throws {
        let graph = try graphOption.load()
        let query = NeighbourhoodQuery(
            origin: try graph.resolve(node), direction: direction, depth: depth, filter: try filters.filter(in: graph))
        let result = try query.run(on: graph)
        if output.json { return try output.printJSON(result) }
        let relation = direction == .downstream ? "influenced by" : "influencing"
        let count = result.members.count
        print(
            "\(count) node\(count == 1 ? "" : "s") \(relation) \(TextLayout.name(query.origin, in: graph)) within \(depth) step\(depth == 1 ? "" : "s"):"
        )
        print(
            TextLayout.table(
                result.members.map {
                    ["\($0.distance)", TextLayout.effect($0.effect), TextLayout.name($0.node.index, in: graph)]
                }))
    }
}

struct UpstreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upstream", abstract: "Nodes that influence a node, with distance and sign.",
        discussion: """
            Example:
              neuropath upstream --node BDNF --depth 3
            """)
    @OptionGroup var options: NeighbourhoodOptions
    func run() throws { try options.run(.upstream) }
}

struct DownstreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "downstream", abstract: "Nodes a node influences, with distance and sign.",
        discussion: """
            Example:
              neuropath downstream --node ketamine --depth 3
            """)
    @OptionGroup var options: NeighbourhoodOptions
    func run() throws { try options.run(.downstream) }
}
