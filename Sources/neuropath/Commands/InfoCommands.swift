import ArgumentParser
import NeuroPath

/// `neuropath stats`: a summary of a graph.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Summarise a graph.",
        discussion: """
            Examples:
              neuropath stats
              neuropath stats --graph omnipath.tsv.gz --json
            """)

    @OptionGroup var graphOption: GraphOption
    @OptionGroup var output: OutputOptions

    func run() throws {
        let graph = try graphOption.load()
        let stats = GraphStatistics(graph)
        if output.json { return try output.printJSON(stats) }
        let listed = { (table: [String: Int]) in
            table.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        print(graph.title ?? graph.name ?? graphOption.displayName)
        print(
            TextLayout.table([
                ["nodes", "\(stats.nodes)"],
                [
                    "interactions",
                    "\(stats.interactions) (\(stats.positive) positive, \(stats.negative) negative, \(stats.unsigned) unsigned)",
                ],
                ["necessary inputs", "\(stats.necessary)"], ["references", "\(stats.references)"],
                ["isolated nodes", "\(stats.isolatedNodes)"],
                ["by kind", listed(stats.nodesByKind)],
                ["by evidence", listed(stats.interactionsByEvidence)],
            ]))
    }
}

/// `neuropath list`: the bundled graphs.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the bundled graphs.")

    @OptionGroup var output: OutputOptions

    func run() throws {
        var rows: [GraphSummary] = []
        for name in BundledGraphs.names {
            do {
                rows.append(GraphSummary(name: name, graph: try GraphLoader().load(.bundled(name))))
            } catch {
                throw CLIError.internalFailure("bundled graph '\(name)' does not load: \(error)")
            }
        }
        if output.json { return try output.printJSON(rows) }
        print(
            TextLayout.table(
                rows.map { ["\($0.name)", "\($0.nodes) nodes, \($0.interactions) interactions", $0.title ?? ""] },
                indent: ""))
    }
}

/// `neuropath nodes`: the names a graph knows, so a learner can see what to type.
struct NodesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nodes", abstract: "List a graph's nodes: ids, labels, kinds and synonyms.",
        discussion: """
            Any id, label or synonym listed here can be given to --from, --to, --via, --node and the other node \
            options, ignoring case, spaces, hyphens and underscores.

            Examples:
              neuropath nodes
              neuropath nodes --kind receptor
              neuropath nodes --graph my-pathway.npath --json
            """)

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "Only nodes of this kind (drug, receptor, kinase, …).") var kind: NodeKind?
    @OptionGroup var output: OutputOptions

    func run() throws {
        let graph = try graphOption.load()
        let catalog = NodeCatalog(graph, kind: kind)
        if output.json { return try output.printJSON(catalog) }
        print(
            TextLayout.table(
                [["ID", "LABEL", "KIND", "ALSO CALLED"]]
                    + catalog.nodes.map {
                        [$0.id, $0.displayName, $0.kind.rawValue, $0.synonyms.joined(separator: ", ")]
                    }, indent: ""))
        print("\(catalog.nodes.count) node\(catalog.nodes.count == 1 ? "" : "s")")
    }
}
