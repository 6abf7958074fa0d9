import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// What SwiftUI lists and diffing need: graphs compare by what they hold, and nodes, paths and quiz questions
/// have identities.
@Suite struct IdentityTests {
    @Test func graphsAreEqualWhenTheyHoldTheSame() throws {
        let ketamine = try GraphLoader().load(.ketamine)
        #expect(ketamine == (try GraphLoader().load(.ketamine)))
        // NeuroPath JSON keeps everything; where the graph was read from is not compared.
        let reread = try NeuroPathJSON.parse(data: Data(NeuroPathJSON.write(ketamine).utf8), file: "k.npath.json")
        #expect(reread == ketamine)
        // One interaction fewer, or a weight, or a label, is another graph.
        #expect(
            RandomGraphs.make(seed: 1, nodes: 10, interactions: 20)
                != RandomGraphs.make(seed: 2, nodes: 10, interactions: 20))
        var builder = PathwayGraphBuilder(name: "g")
        let a = try builder.addNode(Node(id: "a"))
        let b = try builder.addNode(Node(id: "b"))
        var weighted = builder
        try builder.addInteraction(source: a, target: b, relation: .activates)
        try weighted.addInteraction(source: a, target: b, relation: .activates, weight: 0.5)
        #expect(builder.build() != weighted.build())
    }

    @Test func nodesPathsAndQuestionsHaveIdentities() throws {
        let graph = try GraphLoader().load(.ketamine)
        #expect(graph.nodes.map(\.id) == graph.nodes.map(\.id))
        let paths = try PathQuery(
            from: graph.resolve("ketamine"), to: graph.resolve("synaptogenesis"), maxDepth: 10, limit: 50
        ).run(on: graph).paths
        #expect(Set(paths.map(\.id)).count == paths.count, "paths through different interactions differ")
        for seed in 0..<40 {
            let quiz = try QuizGenerator(graph: graph).quiz(count: 12, seed: UInt64(seed))
            #expect(Set(quiz.questions.map(\.id)).count == quiz.questions.count, "seed \(seed)")
        }
    }
}
