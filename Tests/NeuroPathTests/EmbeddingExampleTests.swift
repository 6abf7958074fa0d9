import NeuroPath
import NeuroPathTestSupport
import Testing

/// The examples of README.md and Docs/embedding.md, compiled and run.
@Suite struct EmbeddingExampleTests {
    @Test func theReadmeExampleRuns() throws {
        let graph = try GraphLoader().load(.bundled("ketamine"))
        let query = PathQuery(
            from: try graph.resolve("ketamine"), to: try graph.resolve("synaptogenesis"),
            maxDepth: 12)
        let result = try query.run(on: graph)
        let oracle = BruteForceOracle(graph: graph)
        let all = oracle.simplePaths(from: query.from, to: query.to, maxDepth: 12)
        #expect(result.total == all.count)
        // Best first: the most confident path (the block-at-rest route), not the shortest (the contested HNK one).
        #expect(result.paths.first?.interactions == PathQueryOracleTests.ordered(all, in: graph).first)
        #expect(result.paths.first.map(graph.describe)?.contains("eEF2 kinase") == true)
    }

    @Test func aGraphBuiltInCodeAnswersQueries() throws {
        var builder = PathwayGraphBuilder(name: "toy")
        let drug = try builder.addNode(Node(id: "drug", kind: .drug))
        let receptor = try builder.addNode(Node(id: "receptor", kind: .receptor))
        let response = try builder.addNode(Node(id: "response", kind: .process))
        try builder.addInteraction(
            Interaction(source: drug, target: receptor, relation: .antagonist, evidence: .established))
        try builder.addInteraction(
            Interaction(source: receptor, target: response, relation: .activates, evidence: .supported))
        let toy = builder.build()
        let effect = try EffectQuery(from: drug).run(to: response, on: toy)
        #expect(effect.effect == .decreases)
        #expect(toy.describe(effect.paths[0]) == "drug ─┤ receptor → response")
        #expect(throws: PathwayGraphBuilder.BuildError.duplicateNode("drug")) { try builder.addNode(Node(id: "drug")) }
    }
}
