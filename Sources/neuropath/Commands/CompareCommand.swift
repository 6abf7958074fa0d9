import ArgumentParser
import Foundation
import NeuroPath
import NeuroPathGraphviz

/// `neuropath compare`: two or more drugs on one effect, side by side on a time axis.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare drugs on one effect: net effect, evidence, routes, onset of each node, where routes meet.",
        discussion: """
            Without --graph the bundled 'antidepressants' graph (ketamine and the SSRIs) is read; without --on,
            the graph's own question's effect. Only supported or established interactions set an onset unless
            --min-evidence says otherwise. A path's time is its slowest step; a node's onset is the fastest path's.

            Examples:
              neuropath compare ketamine fluoxetine
              neuropath compare ketamine fluoxetine escitalopram --on "antidepressant effect" --json
              neuropath compare ketamine fluoxetine --diagram timeline.svg
            """)

    @OptionGroup var graphOption: GraphOption
    @Argument(help: "Two or more drugs (names or ids).", completion: .custom(NodeCompletion.complete))
    var drugs: [String] = []
    @Option(
        name: .long, help: "The effect compared (default: the graph's question's effect).",
        completion: .custom(NodeCompletion.complete))
    var on: String?
    @Option(name: .long, parsing: .unconditional, help: "Routes listed per drug, most confident first.")
    var routes = 3
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Also draw the timeline diagram to this file (.svg, .png, .pdf or .dot).", valueName: "file"),
        completion: .file())
    var diagram: String?
    @OptionGroup var depth: DepthOption
    @OptionGroup var filters: FilterOptions
    @OptionGroup var budgetOptions: BudgetOptions
    @OptionGroup var output: OutputOptions

    /// The graph read when `--graph` is not given.
    static let defaultGraph = GraphSource.bundled("antidepressants")

    func validate() throws {
        guard drugs.count >= 2 else {
            throw ValidationError(
                "give two or more drugs to compare, for example: neuropath compare ketamine fluoxetine")
        }
        guard routes >= 0 else { throw ValidationError("--routes must be 0 or more") }
        if let diagram, DiagramFormat(pathExtension: URL(fileURLWithPath: diagram).pathExtension) == nil {
            throw ValidationError("cannot tell the format of '\(diagram)': use a .svg, .png, .pdf or .dot name")
        }
        if let diagram, case .file(let input) = graphOption.source(defaultingTo: Self.defaultGraph),
            OutputFile.isSameFile(diagram, as: input)
        {
            throw ValidationError("--diagram '\(diagram)' is the graph being read: write the timeline to another file")
        }
    }

    func run() throws {
        let graph = try graphOption.load(defaultingTo: Self.defaultGraph)
        let effect: NodeIndex
        if let on {
            effect = try graph.resolve(on)
        } else if let question = graph.question {
            effect = question.to
        } else {
            throw ValidationError("this graph declares no question: name the effect with --on")
        }
        let compared = try graph.resolveAll(drugs)
        if let repeated = compared.first(where: { drug in compared.filter { $0 == drug }.count > 1 }) {
            throw ValidationError("'\(graph[repeated].id)' is given twice: compare two different drugs")
        }
        var filter = try filters.filter(in: graph)
        if filters.minEvidence == nil { filter.minimumEvidence = ComparisonQuery.defaultFilter.minimumEvidence }
        let query = ComparisonQuery(
            drugs: compared, effect: effect, maxDepth: depth.maxDepth, filter: filter,
            routesPerDrug: routes, budget: budgetOptions.budget)
        let result = try query.run(on: graph)
        if let diagram {
            let format = DiagramFormat(pathExtension: URL(fileURLWithPath: diagram).pathExtension) ?? .svg
            let data = try TimelineDiagram.renderBlocking(result, in: graph, format: format)
            try OutputFile.write(data, to: diagram)
        }
        if output.json { return try output.printJSON(result) }
        print(ComparisonReport(result: result, graph: graph).text)
    }
}
