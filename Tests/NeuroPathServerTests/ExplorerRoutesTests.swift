import Foundation
import NeuroPath
import Testing

@testable import NeuroPathServer

/// What the explorer page asks of the API beyond the command line's queries: one path explained and drawn by
/// its interactions, the order of paths, the question's own diagram with a knockout marked, and errors that name
/// the parameter at fault.
@Suite struct ExplorerRoutesTests {
    let harness: ServerHarness
    let graph: PathwayGraph

    init() throws {
        harness = try ServerHarness()
        graph = try GraphLoader().load(.bundled("ketamine"))
    }

    func body(_ target: String) async throws -> Data {
        let response = await harness.request(target)
        #expect(response.status == .ok, "\(target): \(ServerHarness.text(response))")
        return Data(response.body.readableBytesView)
    }

    @Test func aPathIsExplainedByItsInteractionsAsTheLibraryTellsIt() async throws {
        let paths = try PathQuery(
            from: try graph.resolve("ketamine"), to: try graph.resolve("synaptogenesis"), maxDepth: 12, limit: 5
        ).run(on: graph).paths
        for path in paths {
            let list = path.interactions.map { String($0.rawValue) }.joined(separator: ",")
            let data = try await body("/api/graphs/ketamine/explain?path=\(list)")
            let decoded = try PathwayJSONDecoder(graph: graph).decode(PathExplanation.self, from: data)
            #expect(decoded == (try PathExplanation(explaining: path, in: graph)))
        }
        // A list that is no path of the graph is refused, naming the parameter.
        let broken = await harness.request("/api/graphs/ketamine/explain?path=0,0")
        #expect(broken.status == .badRequest && ServerHarness.text(broken).contains("\"parameter\": \"path\""))
    }

    @Test func pathsAreMostConfidentFirstUnlessStepsAreAskedFor() async throws {
        for (order, expected) in [("", PathQuery.Order.mostConfidentFirst), ("&order=steps", .shortestFirst)] {
            let data = try await body("/api/graphs/ketamine/trace?from=ketamine&to=synaptogenesis&max_depth=12\(order)")
            let result = try PathwayJSONDecoder(graph: graph).decode(PathQuery.Result.self, from: data)
            let sorted = result.paths.sorted(
                by: expected == .mostConfidentFirst ? { CausalPath.isMoreConfident($0, than: $1) } : CausalPath.precedes
            )
            #expect(result.paths == sorted && result.paths.count > 3, "\(order)")
        }
        let wrong = await harness.request("/api/graphs/ketamine/trace?from=ketamine&to=bdnf&order=best")
        #expect(wrong.status == .badRequest && ServerHarness.text(wrong).contains("\"parameter\": \"order\""))
    }

    @Test func anUnknownNodeNamesTheParameterItCameIn() async throws {
        let response = await harness.request("/api/graphs/ketamine/trace?from=ketamine&to=mTORC")
        let text = ServerHarness.text(response)
        #expect(response.status == .notFound && text.contains("\"parameter\": \"to\"") && text.contains("mtorc1"))
    }

    @Test func theQuestionsDiagramMarksAKnockoutAndKeepsWhatItTookAway() async throws {
        let question =
            "highlight_from=ketamine&highlight_to=synaptogenesis&highlight_only=true&max_depth=12&legend=false"
        let plain = String(decoding: try await body("/api/graphs/ketamine/diagram.svg?\(question)"), as: UTF8.self)
        let knocked = String(
            decoding: try await body(
                "/api/graphs/ketamine/diagram.svg?\(question)&perturb=ketamine&knockout=TrkB"),
            as: UTF8.self)
        #expect(!plain.contains("knocked out") && knocked.contains("knocked out") && knocked.contains("✕"))
        #expect(knocked.contains(">lost<"), "the lost nodes are labelled")
        let nodes = { (svg: String) in svg.components(separatedBy: "class=\"node").count - 1 }
        #expect(nodes(knocked) >= nodes(plain), "the question's nodes stay in view after the knockout")
        #expect(nodes(plain) < graph.nodes.count / 2, "the question's own subgraph, not the whole graph")
        #expect(!knocked.contains("id=\"legend\""))
        // NBQX's target: the antidepressant effect still responds, weaker, and the diagram says so.
        let ampa = String(
            decoding: try await body(
                "/api/graphs/ketamine/diagram.svg?highlight_from=ketamine&highlight_to=antidepressant%20effect"
                    + "&highlight_only=true&max_depth=12&perturb=ketamine&knockout=AMPA%20receptor"),
            as: UTF8.self)
        #expect(ampa.contains(">weakened<") && !ampa.contains(">lost<"))
    }

    /// A class's quizzes, each with its own seed, come from questions computed once per graph and subject, and
    /// are the library's quizzes.
    @Test func quizzesAreDrawnFromQuestionsComputedOnce() async throws {
        let bank = QuizBank(try QuizGenerator(graph: graph))
        for seed in [3, 4, 5] {
            let served = try PathwayJSONDecoder(graph: graph).decode(
                Quiz.self, from: try await body("/api/graphs/ketamine/quiz?count=5&seed=\(seed)"))
            #expect(served == bank.quiz(count: 5, seed: UInt64(seed)))
        }
        let banks = QuizBanks()
        var made = 0
        for _ in 0..<3 {
            _ = try banks.bank(name: "ketamine", subject: nil) { () throws(QueryError) in
                made += 1
                return bank
            }
        }
        _ = try banks.bank(name: "ketamine", subject: try graph.resolve("BDNF")) { () throws(QueryError) in
            made += 1
            return bank
        }
        #expect(made == 2 && banks.count == 2, "one bank per graph and subject, made once")
    }
}
