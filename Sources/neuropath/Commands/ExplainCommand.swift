import ArgumentParser
import NeuroPath

/// `neuropath explain`: a path, or a node, in plain language for learners.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Tell the most confident path(s) from one node to another in plain English, or what a node does.")

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, help: "The cause.") var from: String?
    @Option(name: .long, help: "The effect.") var to: String?
    @Option(name: .long, help: "Explain this node instead: what it is, what drives it, what it drives.") var node:
        String?
    @Option(name: .long, help: "Only paths through this node (repeatable).") var via: [String] = []
    @Option(name: .long, help: "How many paths to tell, most confident first.") var paths = 1
    @Option(name: .long, help: "The longest path considered.") var maxDepth = 12
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (node != nil) != (from != nil || to != nil) else {
            throw ValidationError("give either --from and --to, or --node")
        }
        guard node != nil || (from != nil && to != nil) else { throw ValidationError("give both --from and --to") }
        guard paths >= 1 else { throw ValidationError("--paths must be at least 1") }
        try checkDepth(maxDepth)
    }

    func run() throws {
        let graph = try graphOption.load()
        let explainer = Explainer(graph: graph)
        if let node {
            printNode(explainer.explain(node: try resolve(node, in: graph)), in: graph)
            return
        }
        let source = try resolve(from!, in: graph), target = try resolve(to!, in: graph)
        var constraints = try filters.constraints(in: graph, maxDepth: maxDepth)
        constraints.via = try resolveAll(via, in: graph)
        let query = PathQuery(from: source, to: target, constraints: constraints, limit: 1000, countsAll: false)
        let found = try answer { () throws(QueryError) in try query.run(on: graph) }
        let chosen = found.paths.sorted {
            $0.confidence != $1.confidence ? $0.confidence > $1.confidence : CausalPath.precedes($0, $1)
        }.prefix(paths)
        let explanations = chosen.map(explainer.explain)
        if output.json {
            print(
                JSONValue.object([
                    ("from", .string(graph.nodes[source].id)), ("to", .string(graph.nodes[target].id)),
                    ("explanations", .array(explanations.map { json($0, in: graph) })),
                    ("truncated", .bool(found.truncated)),
                ]).rendered())
            return
        }
        guard !explanations.isEmpty else {
            print(
                "No path from \(TextLayout.name(source, in: graph)) to \(TextLayout.name(target, in: graph)) within \(maxDepth) steps."
            )
            return
        }
        let total = found.paths.count
        for (number, explanation) in explanations.enumerated() {
            if number > 0 { print() }
            let rank = number == 0 ? "the most confident" : "path \(number + 1) by confidence"
            print(
                "How \(graph.nodes[source].displayName) leads to \(graph.nodes[target].displayName) "
                    + "(\(rank) of \(total)\(found.truncated ? "+" : "") path\(total == 1 ? "" : "s") within \(maxDepth) steps):\n"
            )
            printPath(explanation)
        }
        print("\n" + TextLayout.disclaimer)
    }

    private func printPath(_ explanation: PathExplanation) {
        for (number, step) in explanation.steps.enumerated() {
            print("\(String(number + 1).leftPadded(to: 3)). \(step.sentence)")
            let facts =
                [step.evidence?.rawValue ?? "evidence not recorded"] + step.species.map(\.rawValue)
                + [step.timescale?.rawValue].compactMap { $0 } + [step.citations.joined(separator: "; ")]
            print("      [\(facts.filter { !$0.isEmpty }.joined(separator: " · "))]")
        }
        print("\n" + explanation.summary)
        if !explanation.timeline.isEmpty {
            print("\nTime line:")
            print(
                TextLayout.table(
                    explanation.timeline.map { [$0.timescale.rawValue, $0.events.joined(separator: ", ")] }))
        }
        if !explanation.caveats.isEmpty {
            print("\nWhat is contested or uncertain:")
            for caveat in explanation.caveats { print("  - \(caveat)") }
        }
    }

    private func printNode(_ explanation: NodeExplanation, in graph: PathwayGraph) {
        if output.json {
            let influences = { (list: [NodeExplanation.Influence]) in
                JSONValue.array(
                    list.map { influence in
                        .object([
                            ("sentence", .string(influence.sentence)),
                            ("evidence", .optional(influence.evidence?.rawValue)),
                            ("species", .array(influence.species.map { .string($0.rawValue) })),
                            ("citations", .array(influence.citations.map(JSONValue.string))),
                        ])
                    })
            }
            print(
                JSONValue.object([
                    ("node", .string(graph.nodes[explanation.node].id)), ("overview", .string(explanation.overview)),
                    ("driven_by", influences(explanation.drivenBy)), ("drives", influences(explanation.drives)),
                ]).rendered())
            return
        }
        print(explanation.overview)
        for (title, list) in [("What drives it:", explanation.drivenBy), ("What it drives:", explanation.drives)]
        where !list.isEmpty {
            print("\n" + title)
            for influence in list {
                let facts =
                    [influence.evidence?.rawValue ?? "evidence not recorded"] + influence.species.map(\.rawValue)
                print(
                    "  - \(influence.sentence) [\(facts.joined(separator: " · ")); \(influence.citations.joined(separator: "; "))]"
                )
            }
        }
        print("\n" + TextLayout.disclaimer)
    }

    private func json(_ explanation: PathExplanation, in graph: PathwayGraph) -> JSONValue {
        .object([
            ("path", ResultJSON.path(explanation.path, in: graph)),
            (
                "steps",
                .array(
                    explanation.steps.map { step in
                        .object([
                            ("sentence", .string(step.sentence)), ("change", .string(step.change.effectWord)),
                            ("evidence", .optional(step.evidence?.rawValue)),
                            ("species", .array(step.species.map { .string($0.rawValue) })),
                            ("timescale", .optional(step.timescale?.rawValue)),
                            ("citations", .array(step.citations.map(JSONValue.string))),
                            ("note", .optional(step.note)),
                        ])
                    })
            ),
            ("summary", .string(explanation.summary)),
            (
                "timeline",
                .array(
                    explanation.timeline.map {
                        .object([
                            ("timescale", .string($0.timescale.rawValue)),
                            ("events", .array($0.events.map(JSONValue.string))),
                        ])
                    })
            ),
            ("caveats", .array(explanation.caveats.map(JSONValue.string))),
        ])
    }
}
