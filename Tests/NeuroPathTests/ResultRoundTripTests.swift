import Foundation
import NeuroPath
import Testing

/// Every result the library encodes decodes back to the same value against the graph it was computed on, and
/// re-encodes to the same text: over real answers on the bundled ketamine graph, from ketamine to every node,
/// from every node, and under budgets that stop the search.
@Suite struct ResultRoundTripTests {
    let graph: PathwayGraph
    let ketamine: NodeIndex

    init() throws {
        graph = try GraphLoader().load(.ketamine)
        ketamine = try graph.resolve("ketamine")
    }

    /// Encodes `value` as the command line does, decodes it, and checks both the value and the text.
    func expectRoundTrip<Value: Codable & Equatable>(
        _ value: Value, _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let json = try PathwayJSONEncoder().encode(value)
        let decoded = try PathwayJSONDecoder(graph: graph).decode(Value.self, from: json)
        #expect(decoded == value, "\(label)", sourceLocation: sourceLocation)
        #expect(try PathwayJSONEncoder().encode(decoded) == json, "\(label)", sourceLocation: sourceLocation)
    }

    @Test func tracesFromKetamineToEveryNode() throws {
        var paths = 0
        for target in graph.nodeIndices where target != ketamine {
            let result = try PathQuery(from: ketamine, to: target, maxDepth: 10, limit: 5).run(on: graph)
            paths += result.paths.count
            try expectRoundTrip(result, "trace to \(graph[target].id)")
        }
        #expect(paths > 50)
        // A budget that stops the count: `stop` says so, and comes back.
        let effect = try graph.resolve("antidepressant effect")
        let stopped = try PathQuery(from: ketamine, to: effect, maxDepth: 12, budget: QueryBudget(maxPaths: 3))
            .run(on: graph)
        #expect(stopped.stop == .budget && stopped.truncated)
        try expectRoundTrip(stopped, "truncated trace")
    }

    /// Comparisons, complete and stopped by a budget, on the antidepressants graph and on ketamine's.
    @Test func comparisons() throws {
        let antidepressants = try GraphLoader().load(.bundled("antidepressants"))
        let effect = try antidepressants.resolve("antidepressant effect")
        let drugs = try ["ketamine", "fluoxetine", "escitalopram", "sertraline"].map { try antidepressants.resolve($0) }
        var results: [(ComparisonQuery.Result, String)] = []
        for filter in [ComparisonQuery.defaultFilter, PathFilter(minimumEvidence: .hypothesised), .none] {
            results.append(
                (
                    try ComparisonQuery(drugs: drugs, effect: effect, filter: filter).run(on: antidepressants),
                    "\(filter)"
                ))
        }
        let stopped = try ComparisonQuery(
            drugs: Array(drugs.prefix(2)), effect: effect, filter: .none, budget: QueryBudget(maxPaths: 2)
        ).run(on: antidepressants)
        #expect(stopped.truncated)
        results.append((stopped, "stopped"))
        for (result, label) in results {
            let json = try PathwayJSONEncoder().encode(result)
            let decoded = try PathwayJSONDecoder(graph: antidepressants).decode(ComparisonQuery.Result.self, from: json)
            #expect(decoded == result, "\(label)")
            #expect(try PathwayJSONEncoder().encode(decoded) == json, "\(label)")
        }
        let memantine = try ComparisonQuery(
            drugs: [ketamine, try graph.resolve("memantine")], effect: try graph.resolve("antidepressant effect")
        ).run(on: graph)
        try expectRoundTrip(memantine, "ketamine and memantine")
    }

    @Test func streamSummariesShortestPathsAndLoops() throws {
        let effect = try graph.resolve("antidepressant effect")
        let summary = try PathQuery(from: ketamine, to: effect, maxDepth: 12, budget: QueryBudget(maxPaths: 7))
            .stream(on: graph) { _ in true }
        #expect(summary.truncated)
        try expectRoundTrip(summary, "stream")
        for weighting in ShortestPathsQuery.Weighting.allCases {
            let shortest = try ShortestPathsQuery(from: ketamine, to: effect, k: 8, weighting: weighting).run(on: graph)
            #expect(shortest.paths.count == 8)
            try expectRoundTrip(shortest, "shortest by \(weighting)")
        }
        let loops = try FeedbackLoopQuery(maxLength: 8).run(on: graph)
        #expect(!loops.loops.isEmpty)
        try expectRoundTrip(loops, "loops")
    }

    @Test func effectsOnEveryNodeAndFromEveryNode() throws {
        for target in graph.nodeIndices {
            try expectRoundTrip(try EffectQuery(from: ketamine).run(to: target, on: graph), "effect on \(target)")
        }
        for source in graph.nodeIndices {
            let all = try EffectQuery(from: source, maxDepth: 6).runOnAll(on: graph)
            // `effect --all` lists no paths: what comes back is every effect, its stop and its node.
            let json = try PathwayJSONEncoder().encode(all)
            let decoded = try PathwayJSONDecoder(graph: graph).decode(EffectQuery.AllResult.self, from: json)
            var withoutPaths = all
            for index in withoutPaths.effects.indices { withoutPaths.effects[index].paths = [] }
            #expect(decoded == withoutPaths, "effect --all from \(graph[source].id)")
            #expect(try PathwayJSONEncoder().encode(decoded) == json)
        }
    }

    @Test func everyKnockoutOfKetaminesEffects() throws {
        var differences = 0
        for knockout in graph.nodeIndices where knockout != ketamine {
            let result = try PerturbationQuery(
                perturbations: [.init(node: ketamine, action: .activate)], maxDepth: 10,
                filter: PathFilter(knockout: [knockout])
            ).run(on: graph)
            differences += result.differences.count
            try expectRoundTrip(result, "knockout \(graph[knockout].id)")
        }
        #expect(differences > 20)
    }

    @Test func neighbourhoodsRegulatorsAndExplanations() throws {
        for node in graph.nodeIndices {
            for direction in NeighbourhoodQuery.Direction.allCases {
                try expectRoundTrip(
                    try NeighbourhoodQuery(origin: node, direction: direction, depth: 3).run(on: graph), "\(node)")
            }
            try expectRoundTrip(try NodeExplanationQuery(node: node).run(on: graph), "explain --node \(graph[node].id)")
            guard node != ketamine else { continue }
            try expectRoundTrip(
                try ExplanationQuery(from: ketamine, to: node, count: 3).run(on: graph), "explain \(node)")
            try expectRoundTrip(
                try CommonRegulatorQuery(targets: [ketamine, node], depth: 4).run(on: graph), "regulators \(node)")
        }
    }

    @Test func graphReportsQuizzesAndErrors() throws {
        try expectRoundTrip(GraphStatistics(graph), "stats")
        try expectRoundTrip(GraphSummary(name: "ketamine", graph: graph), "list")
        try expectRoundTrip(NodeCatalog(graph), "nodes")
        try expectRoundTrip(ValidationReport(graph: "ketamine", graph: graph, strict: true), "validate --strict")
        let broken = "node a drug\nnode b drug\na activates c\na bogus b\n"
        do {
            _ = try GraphLoader().load(data: Data(broken.utf8), file: "broken.npath")
            Issue.record("a broken file loaded")
        } catch {
            let report = ValidationReport(graph: "broken.npath", loadError: error)
            #expect(Set(report.errors.map(\.code)) == [.unknownNode, .unknownRelation])
            try expectRoundTrip(report, "broken")
        }
        let missing = ValidationReport(graph: "gone.npath", loadError: .fileNotFound(path: "gone.npath"))
        #expect(missing.errors.map(\.code) == [.graphNotLoaded])
        try expectRoundTrip(missing, "missing")
        try expectRoundTrip(try QuizGenerator(graph: graph).quiz(count: 10, seed: 7), "quiz")
        try expectRoundTrip(ErrorReport(QueryError.noPerturbation), "error")
    }

    @Test func answersFromAnotherGraphAreRefusedByName() throws {
        let trace = try PathQuery(from: ketamine, to: try graph.resolve("BDNF")).run(on: graph)
        let json = try PathwayJSONEncoder().encode(trace)
        // Without a graph: the message says how to give one.
        let withoutGraph = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(PathQuery.Result.self, from: Data(json.utf8))
        }
        #expect("\(withoutGraph.map { $0 } as Any)".contains("PathwayJSONDecoder(graph:)"))
        // Another graph that lacks the nodes.
        var builder = PathwayGraphBuilder()
        _ = try builder.addNode(Node(id: "ketamine"))
        let other = builder.build()
        let unknown = #expect(throws: DecodingError.self) {
            try PathwayJSONDecoder(graph: other).decode(PathQuery.Result.self, from: json)
        }
        #expect("\(unknown.map { $0 } as Any)".contains("no node 'bdnf'"))
        // A step whose interaction joins other nodes in this graph.
        let step = try #require(trace.paths.first?.steps.first)
        let elsewhere = try #require(
            graph.interactionIndices.first { graph.source(of: $0) != graph.index(ofID: step.source) })
        let edited = json.replacingOccurrences(
            of: "\"interaction\": \(step.interaction),", with: "\"interaction\": \(elsewhere),")
        #expect(edited != json)
        #expect(throws: DecodingError.self) {
            try PathwayJSONDecoder(graph: graph).decode(PathQuery.Result.self, from: edited)
        }
    }
}
