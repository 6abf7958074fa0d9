import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// The command line's JSON is the library's `Encodable` results, byte for byte; Foundation's `JSONEncoder`
/// gives the same JSON values.
@Suite struct LibraryParityTests {
    let graph: PathwayGraph
    init() throws { graph = try GraphLoader().load(.ketamine) }

    /// Checks that `neuropath arguments… --json` prints what the library encodes, and that `JSONEncoder`
    /// encodes the same value.
    func expectSameJSON(_ arguments: [String], _ value: some Encodable) throws {
        let output = try CLIRunner.run(arguments + ["--json"])
        #expect(output.status == 0, "\(arguments): \(output.stderr)")
        let library = try PathwayJSONEncoder().encode(value)
        #expect(output.stdout == library + "\n", "\(arguments)")
        let foundation = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as? NSObject
        let printed = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? NSObject
        #expect(foundation != nil && foundation == printed, "\(arguments): JSONEncoder's value differs")
    }

    func id(_ name: String) throws -> NodeIndex { try graph.resolve(name) }

    @Test func traceAndExplain() throws {
        try expectSameJSON(
            ["trace", "--from", "ketamine", "--to", "antidepressant effect", "--max-depth", "12", "--limit", "3"],
            try PathQuery(from: id("ketamine"), to: id("antidepressant effect"), maxDepth: 12, limit: 3).run(on: graph))
        try expectSameJSON(
            ["explain", "--from", "ketamine", "--to", "synaptogenesis", "--via", "GABA", "--max-depth", "12"],
            try ExplanationQuery(from: id("ketamine"), to: id("synaptogenesis"), maxDepth: 12, via: [id("GABA")])
                .run(on: graph))
        try expectSameJSON(
            ["explain", "--node", "BDNF"], try NodeExplanationQuery(node: id("BDNF")).run(on: graph))
    }

    @Test func effectPerturbAndShortest() throws {
        try expectSameJSON(
            ["effect", "--from", "ketamine", "--to", "depressive symptoms"],
            try EffectQuery(from: id("ketamine")).run(to: id("depressive symptoms"), on: graph))
        try expectSameJSON(
            ["effect", "--from", "ketamine", "--all"], try EffectQuery(from: id("ketamine")).runOnAll(on: graph))
        try expectSameJSON(
            ["perturb", "--activate", "ketamine", "--knockout", "AMPA receptor", "--max-depth", "12"],
            try PerturbationQuery(
                perturbations: [.init(node: id("ketamine"), action: .activate)], maxDepth: 12,
                filter: PathFilter(knockout: [id("AMPA receptor")])
            ).run(on: graph))
        try expectSameJSON(
            ["shortest", "--from", "ketamine", "--to", "synaptogenesis", "-k", "2"],
            try ShortestPathsQuery(from: id("ketamine"), to: id("synaptogenesis"), k: 2).run(on: graph))
    }

    @Test func neighbourhoodsLoopsRegulatorsAndSummaries() throws {
        try expectSameJSON(
            ["upstream", "--node", "BDNF", "--depth", "3"],
            try NeighbourhoodQuery(origin: id("BDNF"), direction: .upstream, depth: 3).run(on: graph))
        try expectSameJSON(["loops"], try FeedbackLoopQuery().run(on: graph))
        try expectSameJSON(
            ["regulators", "BDNF", "mTORC1"],
            try CommonRegulatorQuery(targets: [id("BDNF"), id("mTORC1")]).run(on: graph))
        try expectSameJSON(["stats"], GraphStatistics(graph))
        try expectSameJSON(["nodes", "--kind", "receptor"], NodeCatalog(graph, kind: .receptor))
        try expectSameJSON(
            ["list"],
            try BundledGraphs.names.map { GraphSummary(name: $0, graph: try GraphLoader().load(.bundled($0))) })
    }

    @Test func compare() throws {
        let antidepressants = try GraphLoader().load(.bundled("antidepressants"))
        try expectSameJSON(
            ["compare", "ketamine", "fluoxetine"],
            try ComparisonQuery(
                drugs: [antidepressants.resolve("ketamine"), antidepressants.resolve("fluoxetine")],
                effect: antidepressants.resolve("antidepressant-effect")
            ).run(on: antidepressants))
        try expectSameJSON(
            [
                "compare", "--graph", "ketamine", "ketamine", "hnk", "--on", "synaptogenesis", "--min-evidence",
                "hypothesised",
            ],
            try ComparisonQuery(
                drugs: [id("ketamine"), id("hnk")], effect: id("synaptogenesis"),
                filter: PathFilter(minimumEvidence: .hypothesised)
            ).run(on: graph))
    }
}
