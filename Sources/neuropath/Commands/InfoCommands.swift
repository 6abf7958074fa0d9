import ArgumentParser
import NeuroPath

/// `neuropath stats`: a summary of a graph.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Summarise a graph.")

    @OptionGroup var graphOption: GraphOption
    @OptionGroup var output: OutputOptions

    func run() throws {
        let graph = try graphOption.load()
        let stats = GraphStatistics(graph)
        let counts = { (table: [String: Int]) in
            JSONValue.object(table.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.integer($0.value)) })
        }
        if output.json {
            print(
                JSONValue.object([
                    ("graph", .optional(graph.name)), ("nodes", .integer(stats.nodes)),
                    ("interactions", .integer(stats.interactions)),
                    ("positive", .integer(stats.positive)), ("negative", .integer(stats.negative)),
                    ("unsigned", .integer(stats.unsigned)),
                    ("necessary", .integer(stats.necessary)), ("references", .integer(stats.references)),
                    ("isolated_nodes", .integer(stats.isolatedNodes)), ("nodes_by_kind", counts(stats.nodesByKind)),
                    ("interactions_by_evidence", counts(stats.interactionsByEvidence)),
                ]).rendered())
            return
        }
        print(graph.title ?? graph.name ?? graphOption.graph)
        print(
            TextLayout.table([
                ["nodes", "\(stats.nodes)"],
                [
                    "interactions",
                    "\(stats.interactions) (\(stats.positive) positive, \(stats.negative) negative, \(stats.unsigned) unsigned)",
                ],
                ["necessary inputs", "\(stats.necessary)"], ["references", "\(stats.references)"],
                ["isolated nodes", "\(stats.isolatedNodes)"],
                [
                    "by kind",
                    stats.nodesByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
                        separator: ", "),
                ],
                [
                    "by evidence",
                    stats.interactionsByEvidence.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
                        separator: ", "),
                ],
            ]))
    }
}

/// `neuropath list`: the bundled graphs.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the bundled graphs.")

    @OptionGroup var output: OutputOptions

    func run() throws {
        var rows: [(name: String, graph: PathwayGraph)] = []
        for name in BundledGraphs.names {
            do {
                rows.append((name, try PathwayGraph.bundled(name)))
            } catch {
                throw CLIError.internalFailure("bundled graph '\(name)' does not load: \(error)")
            }
        }
        if output.json {
            print(
                JSONValue.array(
                    rows.map { row in
                        .object([
                            ("name", .string(row.name)), ("title", .optional(row.graph.title)),
                            ("nodes", .integer(row.graph.nodes.count)),
                            ("interactions", .integer(row.graph.interactionCount)),
                        ])
                    }
                ).rendered())
            return
        }
        print(
            TextLayout.table(
                rows.map {
                    [
                        $0.name, "\($0.graph.nodes.count) nodes, \($0.graph.interactionCount) interactions",
                        $0.graph.title ?? "",
                    ]
                }, indent: ""))
    }
}
