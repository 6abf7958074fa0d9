import Foundation
import NeuroPath
import Testing

@testable import NeuroPathServer

/// `/compare` and `/timeline.svg`: the library's comparison as the command line prints it, the timeline drawn,
/// and every way to ask wrongly refused with the parameter named.
@Suite struct CompareRouteTests {
    let harness: ServerHarness
    let graph: PathwayGraph

    init() throws {
        graph = try GraphLoader().load(.bundled("antidepressants"))
        harness = try ServerHarness(
            extra: [("antidepressants", graph), ("tiny", try ServerHarness.tiny("tiny"))])
    }

    @Test func theComparisonIsTheLibrarysJSON() async throws {
        let response = await harness.request("/api/graphs/antidepressants/compare?drug=ketamine&drug=Prozac")
        #expect(response.status == .ok, "\(ServerHarness.text(response))")
        let expected = try ComparisonQuery(
            drugs: [try graph.resolve("ketamine"), try graph.resolve("fluoxetine")],
            effect: try graph.resolve("antidepressant-effect")
        ).run(on: graph)
        #expect(ServerHarness.text(response) == (try PathwayJSONEncoder().encode(expected)) + "\n")
        // `min_evidence` is the only way to let weaker interactions in; `on` names another effect.
        let weak = await harness.request(
            "/api/graphs/antidepressants/compare?drug=ketamine&drug=fluoxetine&min_evidence=hypothesised&on=BDNF")
        let object = try JSONSerialization.jsonObject(with: Data(weak.body.readableBytesView)) as? [String: Any]
        #expect(object?["min_evidence"] as? String == "hypothesised" && object?["effect"] as? String == "bdnf")
    }

    @Test func theTimelineIsDrawnWithALanePerDrug() async throws {
        let response = await harness.request(
            "/api/graphs/antidepressants/timeline.svg?drug=ketamine&drug=fluoxetine&drug=sertraline")
        let svg = ServerHarness.text(response)
        #expect(response.status == .ok && response.headers[.contentType]?.hasPrefix("image/svg+xml") == true)
        // Graphviz writes the hyphen of an id as `&#45;`.
        for lane in 0..<3 { #expect(svg.contains("id=\"lane&#45;\(lane)\""), "lane \(lane)") }
        #expect(svg.contains(">weeks<") && svg.contains(">hours<"))
    }

    @Test func wrongQuestionsAreRefusedNamingTheParameter() async throws {
        let cases: [(String, Int, String, String)] = [
            ("drug=ketamine", 400, "invalid-parameter", "two or more drugs"),
            ("drug=ketamine&drug=Ketamine", 400, "invalid-parameter", "given twice"),
            ("drug=ketamine&drug=fluoxetin", 404, "unknown-node", "fluoxetine"),
            ("drug=ketamine&drug=fluoxetine&on=antidepresant", 404, "unknown-node", "antidepresant"),
            ("drug=ketamine&drug=antidepressant-effect", 400, "compared-with-effect", "both a compared drug"),
            ("drug=ketamine&drug=fluoxetine&routes=11", 400, "invalid-parameter", "routes"),
            ("drug=ketamine&drug=fluoxetine&max_depth=0", 400, "invalid-parameter", "max_depth"),
        ]
        for route in ["compare", "timeline.svg"] {
            for (query, status, code, words) in cases {
                let response = await harness.request("/api/graphs/antidepressants/\(route)?\(query)")
                let error = ServerHarness.error(response)
                #expect(response.status.code == status, "\(route)?\(query): \(ServerHarness.text(response))")
                #expect(
                    error?.code == code && error?.message.contains(words) == true,
                    "\(route)?\(query): \(error?.message ?? "")")
            }
        }
        // A graph without a question needs `on`.
        let noQuestion = await harness.request("/api/graphs/tiny/compare?drug=a&drug=b")
        #expect(noQuestion.status == .badRequest && ServerHarness.text(noQuestion).contains("\"parameter\": \"on\""))
    }
}
