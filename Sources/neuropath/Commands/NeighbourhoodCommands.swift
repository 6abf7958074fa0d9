import ArgumentParser
import NeuroPath

/// `neuropath upstream` and `neuropath downstream`: signed neighbourhoods.
struct NeighbourhoodOptions: ParsableArguments {
    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "The node at the centre.") var node: String
    @Option(name: .long, help: "How many interactions away to look.") var depth = NeighbourhoodQuery.defaultDepth
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func validate() throws { try checkDepth(depth, option: "--depth") }

    func run(_ direction: NeighbourhoodQuery.Direction) throws {
        let graph = try graphOption.load()
        let origin = try resolve(node, in: graph)
        let query = NeighbourhoodQuery(
            origin: origin, direction: direction, constraints: try filters.constraints(in: graph, maxDepth: depth))
        let members = try answer { () throws(QueryError) in try query.run(on: graph) }
        if output.json {
            let nodes = members.map { member in
                JSONValue.object([
                    ("node", .string(graph.nodes[member.node].id)), ("distance", .integer(member.distance)),
                    ("effect", .string(member.effect.rawValue)),
                ])
            }
            print(
                JSONValue.object([
                    ("node", .string(graph.nodes[origin].id)), ("direction", .string(direction.rawValue)),
                    ("depth", .integer(depth)), ("nodes", .array(nodes)),
                ]).rendered())
            return
        }
        let relation = direction == .downstream ? "influenced by" : "influencing"
        print(
            "\(members.count) node\(members.count == 1 ? "" : "s") \(relation) \(TextLayout.name(origin, in: graph)) within \(depth) step\(depth == 1 ? "" : "s"):"
        )
        print(
            TextLayout.table(
                members.map { ["\($0.distance)", TextLayout.effect($0.effect), TextLayout.name($0.node, in: graph)] }))
    }
}

struct UpstreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upstream", abstract: "Nodes that influence a node, with distance and sign.")
    @OptionGroup var options: NeighbourhoodOptions
    func run() throws { try options.run(.upstream) }
}

struct DownstreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "downstream", abstract: "Nodes a node influences, with distance and sign.")
    @OptionGroup var options: NeighbourhoodOptions
    func run() throws { try options.run(.downstream) }
}
