import Foundation
import NeuroPath
import Testing

/// What NeuroPath encodes, it decodes back to the same value: quizzes and error reports (a client of
/// `neuropath serve`, a quiz saved for a class).
@Suite struct DecodingTests {
    @Test func quizzesDecodeToThemselves() throws {
        let generator = try QuizGenerator(graph: GraphLoader().load(.ketamine))
        for seed in 0..<20 {
            let quiz = generator.quiz(count: 8, seed: UInt64(seed))
            let json = try PathwayJSONEncoder().encode(quiz)
            #expect(try JSONDecoder().decode(Quiz.self, from: Data(json.utf8)) == quiz, "seed \(seed)")
        }
        // An answer outside the choices is refused, not kept.
        let broken =
            #"{"seed": 1, "questions": [{"kind": "sign", "prompt": "?", "choices": ["a"], "answer": 3, "#
            + #""explanation": "", "references": []}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Quiz.self, from: Data(broken.utf8)) }
    }

    @Test func errorReportsDecodeToThemselves() throws {
        let graph = try GraphLoader().load(.ketamine)
        var errors: [any Error] = []
        do { _ = try graph.resolve("ketamin") } catch { errors.append(error) }
        do { _ = try PathQuery(from: NodeIndex(0), to: NodeIndex(1), maxDepth: 0).run(on: graph) } catch {
            errors.append(error)
        }
        do { _ = try GraphLoader().load(.file("/no/such/file.sif")) } catch { errors.append(error) }
        #expect(errors.count == 3)
        for error in errors {
            let report = ErrorReport(error)
            let json = try PathwayJSONEncoder().encode(report)
            #expect(try JSONDecoder().decode(ErrorReport.self, from: Data(json.utf8)) == report, "\(report.code)")
        }
    }
}
