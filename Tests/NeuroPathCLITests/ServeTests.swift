import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// `neuropath serve` as a teacher starts it: a real process on a free loopback port, every route's success and
/// error answers checked against the OpenAPI document the server itself serves, and a clean stop on SIGTERM.
@Suite(.serialized) final class ServeTests {
    let process = Process()
    let folder: URL
    let base: String

    init() throws {
        folder = try CLIRunner.temporaryFolder()
        let log = folder.appendingPathComponent("stdout")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = CLIRunner.executable
        process.arguments = ["serve", "--port", "0", "--workers", "2", "--idle-timeout", "0.5"]
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The server prints its address once it listens.
        var address: String?
        for _ in 0..<200 where address == nil {
            Thread.sleep(forTimeInterval: 0.05)
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) {
                address = String(text[range].dropLast())
            }
        }
        guard let address else {
            process.terminate()
            throw CocoaError(.fileReadUnknown)
        }
        base = address
    }

    deinit {
        if process.isRunning { process.terminate() }
        CLIRunner.remove(folder)
    }

    /// The status, content type and body of a GET.
    func get(_ path: String) async throws -> (status: Int, type: String, body: Data) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: base + path)!)
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, http.value(forHTTPHeaderField: "Content-Type") ?? "", data)
    }

    func json(_ data: Data) throws -> Any { try JSONSerialization.jsonObject(with: data) }

    /// Checks `value` against `schema` of the OpenAPI document: required keys present, JSON types right,
    /// enumerations respected, `$ref`s and `oneOf` followed, arrays item by item.
    func conforms(_ value: Any, to schema: [String: Any], in document: [String: Any], at path: String) -> [String] {
        if let reference = schema["$ref"] as? String {
            let name = String(reference.split(separator: "/").last!)
            let schemas = (document["components"] as! [String: Any])["schemas"] as! [String: Any]
            return conforms(value, to: schemas[name] as! [String: Any], in: document, at: path)
        }
        if let choices = schema["oneOf"] as? [[String: Any]] {
            return choices.contains { conforms(value, to: $0, in: document, at: path).isEmpty }
                ? [] : ["\(path): matches no schema of oneOf"]
        }
        if value is NSNull { return schema["nullable"] as? Bool == true ? [] : ["\(path): null where not nullable"] }
        var problems: [String] = []
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(path): not an object"] }
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing \(key)")
            }
            for (key, property) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let member = object[key] {
                    problems += conforms(member, to: property, in: document, at: path + "." + key)
                }
            }
        case "array":
            guard let array = value as? [Any] else { return ["\(path): not an array"] }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() {
                    problems += conforms(item, to: items, in: document, at: "\(path)[\(index)]")
                }
            }
        case "string":
            guard let string = value as? String else { return ["\(path): not a string"] }
            if let allowed = schema["enum"] as? [String], !allowed.contains(string) {
                problems.append("\(path): '\(string)' not in \(allowed)")
            }
        case "integer":
            // JSON numbers arrive as NSNumber; a Bool is one whose type is a C char.
            let number = value as? NSNumber
            if number == nil || String(cString: number!.objCType) == "c"
                || number!.doubleValue != number!.doubleValue.rounded()
            {
                problems.append("\(path): not an integer")
            }
        case "number":
            if !(value is Double || value is Int) { problems.append("\(path): not a number") }
        case "boolean":
            if !(value is Bool) { problems.append("\(path): not a boolean") }
        default: break
        }
        return problems
    }

    /// The schema the document gives for `route`'s answer with `status`.
    func schema(for route: String, status: Int, in document: [String: Any]) throws -> [String: Any] {
        let paths = try #require(document["paths"] as? [String: Any])
        let operation = try #require(((paths[route] as? [String: Any])?["get"]) as? [String: Any], "\(route)")
        let responses = try #require(operation["responses"] as? [String: Any])
        var response = try #require(responses[String(status)] as? [String: Any], "\(route) \(status)")
        if let reference = response["$ref"] as? String {
            let name = String(reference.split(separator: "/").last!)
            let shared = (document["components"] as! [String: Any])["responses"] as! [String: Any]
            response = shared[name] as! [String: Any]
        }
        let content = try #require(response["content"] as? [String: Any])
        let media = try #require((content["application/json"] ?? content["image/svg+xml"]) as? [String: Any])
        return try #require(media["schema"] as? [String: Any])
    }

    @Test func everyRouteAnswersAsItsOpenAPIDocumentSays() async throws {
        let document = try #require(try json(try await get("/api/openapi.json").body) as? [String: Any])
        let graph = "/api/graphs/ketamine"
        let cases: [(request: String, route: String, status: Int)] = [
            ("/api/graphs", "/api/graphs", 200),
            ("\(graph)/nodes", "/api/graphs/{graph}/nodes", 200),
            ("\(graph)/nodes?kind=drug", "/api/graphs/{graph}/nodes", 200),
            ("\(graph)/nodes?kind=planet", "/api/graphs/{graph}/nodes", 400),
            (
                "\(graph)/trace?from=ketamine&to=BDNF&max_depth=12&min_evidence=supported", "/api/graphs/{graph}/trace",
                200
            ),
            (
                "\(graph)/trace?from=ketamine&to=antidepressant%20effect&knockout=BDNF&knockout=GluN2B",
                "/api/graphs/{graph}/trace", 200
            ),
            ("\(graph)/trace?from=ketamin&to=BDNF", "/api/graphs/{graph}/trace", 404),
            ("\(graph)/trace?from=ketamine", "/api/graphs/{graph}/trace", 400),
            ("\(graph)/trace?from=ketamine&to=BDNF&max_depth=99", "/api/graphs/{graph}/trace", 400),
            ("\(graph)/trace?from=ketamine&to=BDNF&timeout=nan", "/api/graphs/{graph}/trace", 400),
            ("/api/graphs/nope/trace?from=ketamine&to=BDNF", "/api/graphs/{graph}/trace", 404),
            ("\(graph)/effect?from=ketamine&to=depressive%20symptoms&max_depth=12", "/api/graphs/{graph}/effect", 200),
            // effect takes no sign: refused rather than ignored.
            ("\(graph)/effect?from=ketamine&to=BDNF&sign=sideways", "/api/graphs/{graph}/effect", 400),
            ("\(graph)/trace?from=ketamine&to=BDNF&max_dept=3", "/api/graphs/{graph}/trace", 400),
            ("\(graph)/shortest?from=ketamine&to=synaptogenesis&k=2", "/api/graphs/{graph}/shortest", 200),
            ("\(graph)/shortest?from=ketamine&to=synaptogenesis&weight=weight", "/api/graphs/{graph}/shortest", 400),
            (
                "\(graph)/perturb?activate=ketamine&knockout=AMPA%20receptor&max_depth=12",
                "/api/graphs/{graph}/perturb", 200
            ),
            ("\(graph)/perturb?knockout=BDNF", "/api/graphs/{graph}/perturb", 400),
            ("\(graph)/explain?from=ketamine&to=synaptogenesis&max_depth=12", "/api/graphs/{graph}/explain", 200),
            ("\(graph)/explain?node=BDNF", "/api/graphs/{graph}/explain", 200),
            ("\(graph)/explain?node=bdnff", "/api/graphs/{graph}/explain", 404),
            ("\(graph)/quiz?count=4&seed=7", "/api/graphs/{graph}/quiz", 200),
            ("\(graph)/quiz?count=0", "/api/graphs/{graph}/quiz", 400),
            (
                "\(graph)/diagram.svg?highlight_from=ketamine&highlight_to=BDNF&max_depth=12",
                "/api/graphs/{graph}/diagram.svg", 200
            ),
            ("\(graph)/diagram.svg?focus=BDNF&depth=1", "/api/graphs/{graph}/diagram.svg", 200),
            ("\(graph)/diagram.svg?highlight_from=nothing", "/api/graphs/{graph}/diagram.svg", 404),
            ("\(graph)/export?format=sbgnn", "/api/graphs/{graph}/export", 400),
            ("\(graph)/export", "/api/graphs/{graph}/export", 400),
        ]
        for (request, route, status) in cases {
            let answer = try await get(request)
            #expect(answer.status == status, "\(request)")
            if route.hasSuffix(".svg") && status == 200 {
                #expect(answer.type.hasPrefix("image/svg+xml") && answer.body.starts(with: Data("<?xml".utf8)))
                continue
            }
            #expect(answer.type.hasPrefix("application/json"), "\(request)")
            let problems = conforms(
                try json(answer.body), to: try schema(for: route, status: status, in: document), in: document,
                at: request)
            #expect(problems.isEmpty, "\(problems)")
        }
        let page = try await get("/")
        #expect(page.status == 200 && page.type.hasPrefix("text/html"))
        let html = String(decoding: page.body, as: UTF8.self)
        // Its own script and style only, served beside it: nothing from elsewhere.
        #expect(html.contains("not medical advice") && !html.contains("https://") && !html.contains("http://"))
        #expect(html.contains(#"<script src="/explorer.js">"#) && !html.contains("<script>"))
    }

    /// A client of the running server decodes every answer into the library's own types, against the graph the
    /// server serves: the values are the library's own answers, and print back to the bytes the server sent.
    @Test func aClientDecodesEveryAnswerIntoTheLibrarysTypes() async throws {
        let ketamine = try GraphLoader().load(.ketamine)
        let decoder = PathwayJSONDecoder(graph: ketamine)
        func decoded<Value: Codable>(_ type: Value.Type, _ path: String) async throws -> Value {
            let answer = try await get(path)
            let value = try decoder.decode(type, from: answer.body)
            let text = String(decoding: answer.body, as: UTF8.self)
            #expect(try PathwayJSONEncoder().encode(value) + "\n" == text, "\(path)")
            return value
        }
        let graph = "/api/graphs/ketamine"
        let graphs = try await decoded([GraphSummary].self, "/api/graphs")
        #expect(graphs.map(\.name).contains("ketamine"))
        #expect(try await decoded(NodeCatalog.self, "\(graph)/nodes") == NodeCatalog(ketamine))
        let trace = try await decoded(PathQuery.Result.self, "\(graph)/trace?from=ketamine&to=BDNF&max_depth=12")
        let expected = try PathQuery(
            from: try ketamine.resolve("ketamine"), to: try ketamine.resolve("BDNF"), maxDepth: 12
        ).run(on: ketamine)
        #expect(trace.paths == expected.paths && trace.total == expected.total && trace.stop == .complete)
        let effect = try await decoded(
            EffectQuery.Result.self, "\(graph)/effect?from=ketamine&to=depressive%20symptoms&max_depth=12")
        #expect(effect.effect == .decreases && !effect.paths.isEmpty)
        let shortest = try await decoded(
            ShortestPathsQuery.Result.self, "\(graph)/shortest?from=ketamine&to=synaptogenesis&k=3")
        #expect(shortest.paths.count == 3)
        let perturb = try await decoded(
            PerturbationQuery.Result.self, "\(graph)/perturb?activate=ketamine&knockout=BDNF&max_depth=12")
        #expect(perturb.differences.contains { $0.node.id == "antidepressant-effect" && $0.isLost })
        #expect(perturb.effects.allSatisfy { $0.evidence.level(of: $0.change) != nil })
        let story = try await decoded(
            ExplanationQuery.Result.self, "\(graph)/explain?from=ketamine&to=synaptogenesis&max_depth=12")
        #expect(story.explanations.first?.steps.count == story.explanations.first?.path.length)
        let node = try await decoded(NodeExplanation.self, "\(graph)/explain?node=BDNF")
        #expect(node.node.id == "bdnf" && !node.drives.isEmpty)
        let refused = try await get("\(graph)/trace?from=ketamin&to=BDNF")
        let report = try JSONDecoder().decode(ErrorReport.self, from: refused.body)
        #expect(refused.status == 404 && report.suggestions.contains("ketamine"))
    }

    @Test func aTooLongQueryAndASlowQueryAreBounded() async throws {
        let long = try await get(
            "/api/graphs/ketamine/trace?from=ketamine&to=BDNF&pad=" + String(repeating: "x", count: 9000))
        #expect(long.status == 400)
        let started = Date()
        let slow = try await get(
            "/api/graphs/ketamine/trace?from=ketamine&to=depressive%20symptoms&max_depth=64&timeout=0.05")
        #expect(slow.status == 200 && Date().timeIntervalSince(started) < 5)
    }

    /// A mistyped parameter is refused, not ignored (the answer would be computed without it), and a mistyped
    /// route is a JSON error, each with the nearest name.
    @Test func aMistypedParameterOrRouteNamesTheNearestOne() async throws {
        func error(_ path: String) async throws -> (status: Int, message: String, suggestions: [String]) {
            let answer = try await get(path)
            let body = try #require(try json(answer.body) as? [String: [String: Any]])
            return (
                answer.status, body["error"]?["message"] as? String ?? "",
                body["error"]?["suggestions"] as? [String] ?? []
            )
        }
        let depth = try await error("/api/graphs/ketamine/trace?from=ketamine&to=BDNF&max_dept=3")
        #expect(depth.status == 400 && depth.suggestions == ["max_depth"] && depth.message.hasPrefix("max_dept: "))
        let evidence = try await error("/api/graphs/ketamine/diagram.svg?highlight_from=ketamine&min_evidenc=supported")
        #expect(evidence.status == 400 && evidence.suggestions == ["min_evidence"])
        let route = try await error("/api/graphs/ketamine/tarce?from=ketamine&to=BDNF")
        #expect(route.status == 404 && route.suggestions == ["/api/graphs/ketamine/trace"])
        let elsewhere = try await error("/api/graph")
        #expect(elsewhere.status == 404 && elsewhere.suggestions == ["/api/graphs"])
        #expect(elsewhere.message.contains("/api/openapi.json"))
        // Every parameter the document lists is taken: all of trace's at once.
        let all = try await get(
            "/api/graphs/ketamine/trace?from=ketamine&to=BDNF&max_depth=6&sign=increases&via=GluN2B&avoid=HNK"
                + "&knockout=mTORC1&min_evidence=hypothesised&context=rodent&limit=2&max_paths=1000&timeout=5")
        #expect(all.status == 200, "\(String(decoding: all.body, as: UTF8.self))")
    }

    /// Every written format as a download, the same bytes `convert` writes, with what the format does not keep.
    @Test func theGraphDownloadsInEveryFormat() async throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        for format in ["npath", "sif", "sbgn", "graphml", "cyjs", "sbml", "neuropath-json"] {
            let (data, response) = try await URLSession.shared.data(
                from: URL(string: base + "/api/graphs/ketamine/export?format=\(format)")!)
            let http = try #require(response as? HTTPURLResponse)
            #expect(http.statusCode == 200, "\(format)")
            let disposition = http.value(forHTTPHeaderField: "Content-Disposition") ?? ""
            #expect(disposition.hasPrefix("attachment; filename=\"ketamine."), "\(format): \(disposition)")
            let notKept = http.value(forHTTPHeaderField: "X-NeuroPath-Not-Kept") ?? ""
            #expect(
                ["npath", "neuropath-json"].contains(format) ? notKept == "none" : notKept.contains("nodes"),
                "\(format): \(notKept)")
            let converted = try CLIRunner.run(["convert", "ketamine", "--to", format, "-o", "-"], in: folder)
            #expect(converted.status == 0 && Data(converted.stdout.utf8) == data, "\(format): the bytes of convert")
        }
    }

    /// `timeout=1e16` once trapped converting seconds to milliseconds, killing the server for every student.
    @Test func anEnormousTimeoutOnEveryRouteLeavesTheServerAlive() async throws {
        let routes = [
            "trace?from=ketamine&to=BDNF", "effect?from=ketamine&to=BDNF", "perturb?activate=ketamine",
            "explain?from=ketamine&to=BDNF", "diagram.svg?highlight_from=ketamine&highlight_to=BDNF",
        ]
        for route in routes {
            for value in ["1e16", "1e308", "inf", "NaN", "9223372036854775808"] {
                let answer = try await get("/api/graphs/ketamine/\(route)&timeout=\(value)")
                #expect(answer.status == 400, "\(route) timeout=\(value)")
                #expect(answer.type.hasPrefix("application/json"))
            }
        }
        #expect(process.isRunning)
        #expect(try await get("/api/graphs").status == 200)
    }

    /// A client that opens a connection and never finishes its request is closed after the idle timeout (0.5 s
    /// here), so slow clients cannot hold the server's connections.
    @Test func aHalfOpenConnectionIsClosedAfterTheIdleTimeout() async throws {
        let port = try #require(URL(string: base)?.port)
        let socket = try LoopbackSocket(port: port)
        defer { socket.close() }
        try socket.send("GET /api/graphs HTTP/1.1\r\nHost: x\r\n")
        // Nothing comes back until the server closes the connection (read returns 0 bytes).
        let started = Date()
        #expect(socket.readUntilClosed(timeout: 5) == 0)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(try await get("/api/graphs").status == 200)
    }

    @Test func sigtermStopsTheServerCleanly() throws {
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

/// A plain TCP connection to the loopback address, for requests that URLSession will not send (half-open ones).
final class LoopbackSocket {
    private let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard descriptor >= 0, connected == 0 else { throw CocoaError(.fileReadUnknown) }
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard write(descriptor, bytes, bytes.count) == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Reads until the peer closes (returns the bytes read) or `timeout` seconds pass (returns -1).
    func readUntilClosed(timeout: Double) -> Int {
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let count = read(descriptor, &buffer, buffer.count)
            if count <= 0 { return total }
            total += count
        }
        return -1
    }

    func close() { _ = Glibc.close(descriptor) }
}
