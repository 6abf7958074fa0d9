import ArgumentParser
import NeuroPath

/// `neuropath perturb`: activate or block nodes and report every downstream change.
struct PerturbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "perturb",
        abstract:
            "Activate or block nodes and report how every downstream node changes; with --knockout, what is lost.",
        discussion: """
            A drug given with --pretreat is there first, at a blocking dose: whatever it blocks or inhibits directly
            cannot respond, as if knocked out.
            Examples (the NBQX and rapamycin experiments, and a knockout mouse):
              neuropath perturb --activate ketamine --pretreat NBQX --max-depth 12
              neuropath perturb --activate ketamine --pretreat rapamycin --context rat --max-depth 12
              neuropath perturb --activate ketamine --knockout BDNF
            """)

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "Raise this node's activity (repeatable).", completion: .custom(NodeCompletion.complete))
    var activate: [String] = []
    @Option(name: .long, help: "Lower this node's activity (repeatable).", completion: .custom(NodeCompletion.complete))
    var block: [String] = []
    @Option(
        name: .long,
        help: "Give this drug first, at a blocking dose: what it blocks directly is knocked out (repeatable).",
        completion: .custom(NodeCompletion.complete))
    var pretreat: [String] = []
    @OptionGroup var depth: DepthOption
    @OptionGroup var filters: FilterOptions
    @OptionGroup var budgetOptions: BudgetOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !(activate.isEmpty && block.isEmpty) else {
            throw ValidationError("give at least one --activate or --block")
        }
    }

    func run() throws {
        let graph = try graphOption.load()
        let perturbations =
            try graph.resolveAll(activate).map { PerturbationQuery.Perturbation(node: $0, action: .activate) }
            + graph.resolveAll(block).map { PerturbationQuery.Perturbation(node: $0, action: .block) }
        var filter = try filters.filter(in: graph)
        let drugs = try graph.resolveAll(pretreat)
        let blocked = drugs.map { graph.blockedTargets(of: [$0], context: filter.context) }
        for targets in blocked { filter.knockout.formUnion(targets) }
        let query = PerturbationQuery(
            perturbations: perturbations, maxDepth: depth.maxDepth, filter: filter, budget: budgetOptions.budget)
        let result = try query.run(on: graph)
        if output.json { return try output.printJSON(result) }
        let name = { (node: NodeHandle) in TextLayout.name(node.index, in: graph) }
        for (drug, targets) in zip(drugs, blocked) { print(TextLayout.givenFirst(drug, blocking: targets, in: graph)) }
        var heading = result.perturbations.map { "\($0.action == .activate ? "activate" : "block") \(name($0.node))" }
            .joined(separator: ", ")
        if !result.knockouts.isEmpty {
            heading += " with " + result.knockouts.map(name).sorted().joined(separator: ", ") + " knocked out"
        }
        print("\(heading): \(result.effects.count) node\(result.effects.count == 1 ? "" : "s") change")
        if result.effects.isEmpty, let first = result.perturbations.first {
            print(TextLayout.nothingSignedReached(from: first.node.index, in: graph))
        } else {
            print(
                TextLayout.table(
                    result.effects.map {
                        [
                            TextLayout.effect($0.change), TextLayout.evidenceCell(of: $0.change, evidence: $0.evidence),
                            name($0.node) + ($0.restsOnClinicalObservation ? "  (clinical observation only)" : ""),
                        ]
                    }))
            if result.effects.contains(where: \.restsOnClinicalObservation) {
                print(
                    "  (clinical observation only: seen in people, with no mechanism recorded in the graph, so no knockout"
                        + " can take it away)")
            }
        }
        if !result.silenced.isEmpty {
            print("Cannot respond (a necessary input is knocked out, silenced or lost):")
            print(TextLayout.table(result.silenced.map { ["∅", name($0)] }))
        }
        if !result.differences.isEmpty {
            print("Compared with no knockout:")
            print(
                TextLayout.table(
                    result.differences.map {
                        [
                            $0.isLost ? "lost" : $0.isWeakened ? "weakened" : "changed",
                            $0.isWeakened
                                ? "\($0.without.rawValue) → \($0.with.rawValue), weaker"
                                : "\($0.without.rawValue) → \($0.with.rawValue)",
                            TextLayout.evidenceCell(of: $0.without, evidence: $0.withoutEvidence), name($0.node),
                        ]
                    }))
        } else if !result.knockouts.isEmpty {
            print("Compared with no knockout: nothing changes.")
        }
        if result.truncated { print("  (truncated: a budget stopped some searches; changes may be missing)") }
        print(TextLayout.disclaimer)
    }
}
