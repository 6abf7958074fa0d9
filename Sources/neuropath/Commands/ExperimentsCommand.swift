import ArgumentParser
import NeuroPath

/// `neuropath experiments`: the classic experiments a graph declares, replayed, each said to match the paper or
/// not.
struct ExperimentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experiments",
        abstract: "Replay the classic experiments a graph declares and say whether the model matches each paper.",
        discussion: """
            Each experiment activates its drug, knocks out its target (in its context) and compares the nodes
            the paper reports with the model's answer. Exits 0 whatever the verdicts; --json gives them to programs.
            Examples:
              neuropath experiments
              neuropath experiments --only maeng2008-nbqx --json
            """)

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "Replay only the experiment with this key.") var only: String?
    @Option(
        name: .long, parsing: .unconditional,
        help: "The longest path, in interactions (1 to 64); experiments are replayed to 12 by default.")
    var maxDepth = 12
    @OptionGroup var output: OutputOptions

    func validate() throws { try checkDepth(maxDepth) }

    func run() throws {
        let graph = try graphOption.load()
        var chosen = graph.experiments
        if let only {
            chosen = chosen.filter { $0.key == only }
            guard !chosen.isEmpty else {
                let keys = graph.experiments.map(\.key)
                throw CLIError(
                    description: "no experiment '\(only)' in this graph"
                        + (keys.isEmpty ? "" : "; it declares: \(keys.joined(separator: ", "))"),
                    exitCode: .usage, code: "unknown-experiment", suggestions: EditDistance.nearest(to: only, in: keys))
            }
        }
        let results = try chosen.map { try ExperimentReplay($0, maxDepth: maxDepth).run(on: graph) }
        if output.json { return try output.printJSON(results) }
        guard !results.isEmpty else {
            print("This graph declares no experiments (an `experiment` statement in .npath; see Docs/format.md).")
            return
        }
        let references = Dictionary(graph.references.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for (experiment, result) in zip(chosen, results) {
            print("\(result.name) [\(result.key)]")
            if let finding = result.finding { print("  The paper: \(finding)") }
            for drug in experiment.pretreat {
                let blocked = graph.blockedTargets(of: [drug], context: experiment.context)
                print("  " + TextLayout.givenFirst(drug, blocking: blocked, in: graph) + ": removed for the replay")
            }
            let cited = result.references.map { references[$0]?.shortCitation ?? $0 }
            if !cited.isEmpty { print("  Sources: \(cited.joined(separator: "; "))") }
            for check in result.checks {
                let node = TextLayout.name(check.node.index, in: graph)
                print(
                    "  \(check.holds ? "✓" : "✗") \(node): expected \(check.expected.rawValue); the model: "
                        + "\(check.without.rawValue) without the knockout, \(check.with.rawValue) with it"
                        + (check.isWeakened ? ", weaker" : ""))
            }
            print(result.matchesThePaper ? "  → matches the paper" : "  → does not match the paper")
            if let limitation = result.limitation { print("    (known: \(limitation))") }
            if result.key != results.last?.key { print("") }
        }
        let matching = results.filter(\.matchesThePaper).count
        if results.count > 1 { print("\n\(matching) of \(results.count) experiments match their papers.") }
        print(TextLayout.disclaimer)
    }
}
