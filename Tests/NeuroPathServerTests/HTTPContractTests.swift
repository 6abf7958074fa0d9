import Foundation
import HTTPTypes
import NeuroPath
import NeuroPathCompression
import Testing

@testable import NeuroPathServer

/// The HTTP contract of every answer: JSON errors everywhere, HEAD, 405 with `Allow`, CORS when asked for,
/// `nosniff`, the page's Content-Security-Policy, entity tags, gzip, and graph names percent-decoded.
@Suite struct HTTPContractTests {
    static let everyGET = [
        "/", "/explorer.js", "/explorer.css", "/api/openapi.json", "/api/graphs", "/api/graphs/ketamine/nodes",
        "/api/graphs/ketamine/trace?from=ketamine&to=BDNF", "/api/graphs/ketamine/effect?from=ketamine&to=BDNF",
        "/api/graphs/ketamine/shortest?from=ketamine&to=BDNF", "/api/graphs/ketamine/perturb?activate=ketamine",
        "/api/graphs/ketamine/explain?node=BDNF", "/api/graphs/ketamine/quiz?count=2",
        "/api/graphs/ketamine/diagram.svg", "/api/graphs/ketamine/export?format=sif",
        "/api/graphs/ketamine/compare?drug=ketamine&drug=memantine",
        "/api/graphs/ketamine/timeline.svg?drug=ketamine&drug=memantine",
    ]

    @Test func everyErrorIsAJSONErrorAndEveryAnswerSaysNosniff() async throws {
        let harness = try ServerHarness()
        let cases: [(String, Int, String)] = [
            ("/api", 404, "unknown-route"), ("/api/", 404, "unknown-route"),
            ("/api/graphs/ketamine", 404, "unknown-route"), ("/index.html", 404, "unknown-page"),
            ("/%2e%2e/%2e%2e/etc/passwd", 404, "unknown-page"), ("/api/graphs/nope/trace", 404, "unknown-graph"),
            ("/api/graphs/%ZZ/trace", 400, "invalid-parameter"),
            (
                "/api/graphs/ketamine/trace?from=ketamine&to=BDNF&pad=" + String(repeating: "x", count: 100_000), 400,
                "invalid-parameter"
            ),
        ]
        for (target, status, code) in cases {
            let response = await harness.request(target)
            #expect(response.status.code == status, "\(target.prefix(80))")
            #expect(ServerHarness.error(response)?.code == code, "\(target.prefix(80))")
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[.cacheControl] == "no-store")
        }
        let suggested = await harness.request("/api/graphs/ketamine")
        #expect(ServerHarness.error(suggested)?.message.contains("/api/graphs/{graph}/trace") == true)
        for target in Self.everyGET {
            let response = await harness.request(target)
            #expect(response.status == .ok, "\(target)")
            #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(target)")
        }
        let undecodable = await harness.request("/api/graphs/ketamine/trace?from=ketamine&to=%62dnf%FF")
        #expect(undecodable.status == .badRequest && ServerHarness.error(undecodable)?.message.hasPrefix("to:") == true)
        let chunked = await harness.request("/api/graphs", headers: [.transferEncoding: "xchunked"])
        #expect(chunked.status == .badRequest && ServerHarness.error(chunked)?.code == "invalid-request")
    }

    /// Found by fuzz-router: control characters and bytes that are not UTF-8 in the path and query.
    @Test func controlCharactersInThePathGiveAJSONError() async throws {
        let harness = try ServerHarness()
        let target = "/api/graphs/ketamin\u{0}ht\u{1}\u{0}\u{0}\u{1}race?fro\u{D4}m=ketam\u{0}aDNF&max_depth=12"
        let response = await harness.request(target)
        #expect(response.status.code == 404)
        #expect(ServerHarness.error(response) != nil, "\(ServerHarness.text(response))")
    }

    @Test func headAnswersEveryGETRouteWithItsHeadersAndNoBody() async throws {
        let harness = try ServerHarness()
        for target in Self.everyGET {
            let get = await harness.request(target)
            let head = await harness.request(target, method: .head)
            #expect(head.status == get.status, "\(target)")
            #expect(head.body.readableBytes == 0, "\(target)")
            #expect(head.headers[.contentLength] == String(get.body.readableBytes), "\(target)")
            #expect(head.headers[.eTag] == get.headers[.eTag] && head.headers[.eTag] != nil, "\(target)")
        }
    }

    @Test func otherMethodsAre405WithAllow() async throws {
        let harness = try ServerHarness()
        for method in [HTTPRequest.Method.post, .put, .delete, .patch, .options, .trace, .connect] {
            let response = await harness.request("/api/graphs", method: method)
            #expect(response.status == .methodNotAllowed, "\(method)")
            #expect(response.headers[.allow] == "GET, HEAD")
            #expect(ServerHarness.error(response)?.code == "method-not-allowed")
        }
    }

    @Test func corsIsOptInAndAnswersPreflights() async throws {
        let closed = try ServerHarness()
        let plain = await closed.request("/api/graphs", headers: [.origin: "https://app.example.org"])
        #expect(plain.status == .ok && plain.headers[.accessControlAllowOrigin] == nil)

        let open = try ServerHarness(configuration: ServerConfiguration(corsOrigins: ["https://app.example.org"]))
        let allowed = await open.request("/api/graphs", headers: [.origin: "https://app.example.org"])
        #expect(allowed.headers[.accessControlAllowOrigin] == "https://app.example.org")
        #expect(allowed.headers[.vary]?.contains("Origin") == true)
        #expect(allowed.headers[.accessControlExposeHeaders]?.contains("ETag") == true)
        let other = await open.request("/api/graphs", headers: [.origin: "https://elsewhere.example"])
        #expect(other.status == .ok && other.headers[.accessControlAllowOrigin] == nil)
        let preflight = await open.request(
            "/api/graphs/ketamine/trace", method: .options,
            headers: [.origin: "https://app.example.org", .accessControlRequestMethod: "GET"])
        #expect(preflight.status == .noContent)
        #expect(preflight.headers[.accessControlAllowMethods] == "GET, HEAD")
        #expect(preflight.headers[.accessControlAllowOrigin] == "https://app.example.org")
        let refused = await open.request(
            "/api/graphs", method: .options,
            headers: [.origin: "https://elsewhere.example", .accessControlRequestMethod: "GET"])
        #expect(refused.status == .methodNotAllowed && refused.headers[.allow] == "GET, HEAD, OPTIONS")

        let any = try ServerHarness(configuration: ServerConfiguration(corsOrigins: ["*"]))
        let star = await any.request("/api/graphs", headers: [.origin: "https://anyone.example"])
        #expect(star.headers[.accessControlAllowOrigin] == "*")
    }

    @Test func thePageForbidsInlineScriptsAndFraming() async throws {
        let harness = try ServerHarness()
        let page = await harness.request("/")
        let policy = try #require(page.headers[.contentSecurityPolicy])
        #expect(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"))
        #expect(!policy.contains("unsafe-inline"))
        let html = ServerHarness.text(page)
        #expect(!html.contains("<script>") && !html.contains("<style>") && html.contains("not medical advice"))
        #expect(html.contains(#"<script src="/explorer.js">"#))
        let script = await harness.request("/explorer.js")
        #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
    }

    @Test func answersRevalidateByEntityTagAndCompressWhenAccepted() async throws {
        let harness = try ServerHarness()
        let target = "/api/graphs/ketamine/nodes"
        let plain = await harness.request(target)
        let tag = try #require(plain.headers[.eTag])
        #expect(plain.headers[.cacheControl] == "no-cache")
        let again = await harness.request(target, headers: [.ifNoneMatch: tag])
        #expect(again.status == .notModified && again.body.readableBytes == 0)
        let stale = await harness.request(target, headers: [.ifNoneMatch: "\"other\""])
        #expect(stale.status == .ok)

        let zipped = await harness.request(target, headers: [.acceptEncoding: "br, gzip;q=0.8"])
        #expect(zipped.headers[.contentEncoding] == "gzip" && zipped.headers[.vary] == "Accept-Encoding")
        #expect(zipped.headers[.eTag] != tag)
        let unzipped = try Gzip.decompress(Data(zipped.body.readableBytesView))
        #expect(unzipped == Data(plain.body.readableBytesView))
        #expect(zipped.body.readableBytes < plain.body.readableBytes / 2)
        for refusal in ["gzip;q=0", "*;q=0.5, gzip;q=0", "gzip;q=0, *", "identity", "*;q=0"] {
            let refused = await harness.request(target, headers: [.acceptEncoding: refusal])
            #expect(refused.headers[.contentEncoding] == nil, "\(refusal)")
        }
        for acceptance in ["*", "GZIP", "deflate, gzip;q=0.1", "x-gzip"] {
            let accepted = await harness.request(target, headers: [.acceptEncoding: acceptance])
            #expect(accepted.headers[.contentEncoding] == "gzip", "\(acceptance)")
        }
        let zippedAgain = await harness.request(
            target, headers: [.acceptEncoding: "gzip", .ifNoneMatch: zipped.headers[.eTag]!])
        #expect(zippedAgain.status == .notModified)
    }

    @Test func graphNamesArePercentDecodedInEveryRoute() async throws {
        let harness = try ServerHarness(extra: [
            ("my pathway", try ServerHarness.tiny("my pathway")), ("café", try ServerHarness.tiny("café")),
        ])
        for name in ["my%20pathway", "caf%C3%A9", "cafe%CC%81"] {
            // A decomposed é (e and a combining accent) is the same name to Swift's string comparison.
            let trace = await harness.request("/api/graphs/\(name)/trace?from=a&to=b")
            #expect(trace.status == .ok, "\(name): \(ServerHarness.text(trace))")
            for route in ["nodes", "diagram.svg", "export?format=cyjs", "quiz", "explain?node=a"] {
                let response = await harness.request("/api/graphs/\(name)/\(route)")
                #expect(response.status.kind != .serverError, "\(name)/\(route)")
                #expect(response.status.code != 404, "\(name)/\(route)")
            }
        }
    }

    /// An export over the limit is refused before anything is written, naming the command that writes any size.
    @Test func anExportOverTheLimitIsRefusedNamingConvert() async throws {
        let harness = try ServerHarness(configuration: ServerConfiguration(maximumExportInteractions: 50))
        let response = await harness.request("/api/graphs/ketamine/export?format=cyjs")
        let error = try #require(ServerHarness.error(response))
        #expect(response.status == .badRequest && error.code == "export-too-large")
        #expect(error.message.contains("neuropath convert") && error.message.contains("109 interactions"))
        let small = try ServerHarness(configuration: ServerConfiguration(maximumExportInteractions: 109))
        #expect(await small.request("/api/graphs/ketamine/export?format=cyjs").status == .ok)
    }

    @Test func twoGraphsWithOneNameAreRefused() throws {
        let graph = try ServerHarness.tiny("ketamine")
        #expect(throws: NeuroPathAPI.SetupError.self) {
            try NeuroPathAPI(graphs: [("ketamine", graph), ("ketamine", graph)], configuration: ServerConfiguration())
        }
        #expect(throws: NeuroPathAPI.SetupError.self) {
            try NeuroPathAPI(graphs: [], configuration: ServerConfiguration())
        }
    }
}

/// A client of the server reads its answers into the library's own types.
@Suite struct ServerDecodingTests {
    @Test func aClientDecodesQuizzesAndErrorsIntoTheLibrarysTypes() async throws {
        let harness = try ServerHarness()
        let answer = await harness.request("/api/graphs/ketamine/quiz?count=5&seed=42")
        #expect(answer.status.code == 200)
        let quiz = try JSONDecoder().decode(Quiz.self, from: Data(answer.body.readableBytesView))
        let expected = try QuizGenerator(graph: GraphLoader().load(.ketamine)).quiz(count: 5, seed: 42)
        #expect(quiz == expected)
        let refused = await harness.request("/api/graphs/ketamine/trace?from=ketamin&to=BDNF")
        let report = try JSONDecoder().decode(ErrorReport.self, from: Data(refused.body.readableBytesView))
        #expect(refused.status.code == 404 || refused.status.code == 400)
        #expect(report.code == ServerHarness.error(refused)?.code && report.suggestions.contains("ketamine"))
    }
}
