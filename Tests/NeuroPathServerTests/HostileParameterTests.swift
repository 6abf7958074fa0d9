import Foundation
import NeuroPath
import Testing

@testable import NeuroPathServer

/// Every parameter of every route the OpenAPI document lists, sent hostile values: each is refused with a 4xx and
/// the JSON error, never a trap, and the server answers normally afterwards.
@Suite struct HostileParameterTests {
    /// A request each route answers with 200, which the hostile parameter is added to.
    static let baseQueries: [String: [(String, String)]] = [
        "nodes": [], "quiz": [], "export": [("format", "sif")],
        "trace": [("from", "ketamine"), ("to", "BDNF")], "effect": [("from", "ketamine"), ("to", "BDNF")],
        "shortest": [("from", "ketamine"), ("to", "BDNF")], "perturb": [("activate", "ketamine")],
        "explain": [("from", "ketamine"), ("to", "BDNF")],
        "diagram.svg": [("highlight_from", "ketamine"), ("highlight_to", "BDNF")],
        "compare": [("drug", "ketamine"), ("drug", "memantine")],
        "timeline.svg": [("drug", "ketamine"), ("drug", "memantine")],
    ]

    /// A value each parameter accepts (to send it twice).
    static let validValues: [String: String] = [
        "from": "ketamine", "to": "BDNF", "node": "BDNF", "about": "BDNF", "focus": "BDNF",
        "highlight_from": "ketamine", "highlight_to": "BDNF", "via": "GluN2B", "avoid": "HNK", "knockout": "mTORC1",
        "activate": "ketamine", "block": "BDNF", "highlight_via": "glutamate", "perturb": "ketamine",
        "max_depth": "6", "sign": "increases", "limit": "2", "max_paths": "100", "timeout": "1",
        "min_evidence": "supported", "context": "rodent", "paths": "2", "k": "2", "weight": "hops", "kind": "drug",
        "count": "2", "seed": "3", "depth": "1", "highlight_limit": "2", "highlight_only": "true", "direction": "LR",
        "format": "sif", "order": "steps", "legend": "false", "path": "41,24", "highlight_path": "41,24",
        "before": "true", "drug": "ketamine", "on": "BDNF", "routes": "2",
    ]

    /// Parameters that name nodes: a name that is no node is a 404 naming the nearest nodes.
    static let nodeParameters: Set<String> = [
        "from", "to", "node", "about", "focus", "highlight_from", "highlight_to", "via", "avoid", "knockout",
        "activate", "block", "highlight_via", "perturb", "drug", "on",
    ]

    static let repeatable: Set<String> = [
        "via", "avoid", "knockout", "activate", "block", "highlight_via", "perturb", "drug",
    ]

    static let hostile = [
        "1e16", "1e308", "-0", "NaN", "nan", "inf", "-inf", "9223372036854775808", "-1", "", "0x10", "1_000", " 5",
        "٣", "５", "\u{0}", "1.5e3", String(repeating: "9", count: 10_000),
    ]

    @Test func everyParameterOfEveryRouteRefusesHostileValues() async throws {
        let harness = try ServerHarness()
        #expect(!OpenAPIDocument.queryParameters.isEmpty)
        var checked = 0
        for (route, parameters) in OpenAPIDocument.queryParameters.sorted(by: { $0.key < $1.key }) {
            let base = try #require(Self.baseQueries[route], "a base query for \(route)")
            let baseline = await harness.request(Self.target(route, base))
            #expect(baseline.status == .ok, "\(route): \(ServerHarness.text(baseline))")
            for parameter in parameters.sorted() {
                var cases = Self.hostile.map { value in
                    base.filter { $0.0 != parameter } + [(parameter, value)]
                }
                if !Self.repeatable.contains(parameter), let valid = Self.validValues[parameter] {
                    cases.append(base.filter { $0.0 != parameter } + [(parameter, valid), (parameter, valid)])
                }
                for query in cases {
                    let target = Self.target(route, query)
                    let response = await harness.request(target)
                    let error = ServerHarness.error(response)
                    let allowed: Set<Int> = Self.nodeParameters.contains(parameter) ? [400, 404] : [400]
                    #expect(allowed.contains(response.status.code), "\(target.prefix(200)): \(response.status)")
                    #expect(error != nil, "\(target.prefix(200)): no JSON error")
                    if response.status.code == 404 { #expect(error?.code == "unknown-node", "\(target.prefix(200))") }
                    checked += 1
                }
            }
            let after = await harness.request(Self.target(route, base))
            #expect(after.status == .ok, "\(route) answers after its hostile requests")
        }
        #expect(checked > 500)
    }

    /// The ranges the OpenAPI document states are the server's: one past each bound is refused naming the
    /// parameter, and each bound itself is not refused for its value.
    @Test func theDocumentedRangesAreTheServersRanges() async throws {
        let harness = try ServerHarness()
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
        let shared = try #require((document["components"] as? [String: Any])?["parameters"] as? [String: [String: Any]])
        var checked = 0
        for (path, item) in paths where path.hasPrefix("/api/graphs/{graph}/") {
            let route = String(path.dropFirst("/api/graphs/{graph}/".count))
            let parameters = (item["get"]?["parameters"] as? [[String: Any]] ?? []).compactMap { parameter in
                (parameter["$ref"] as? String).flatMap { shared[String($0.split(separator: "/").last!)] } ?? parameter
            }
            for parameter in parameters {
                guard let name = parameter["name"] as? String, let schema = parameter["schema"] as? [String: Any],
                    schema["type"] as? String == "integer", let maximum = schema["maximum"] as? Int,
                    let minimum = schema["minimum"] as? Int
                else { continue }
                let base = (Self.baseQueries[route] ?? []).filter { $0.0 != name }
                var outside = ["\(minimum - 1)"]
                if maximum < Int.max { outside.append("\(maximum + 1)") }
                for value in outside {
                    let response = await harness.request(Self.target(route, base + [(name, value)]))
                    #expect(response.status == .badRequest, "\(route) \(name)=\(value)")
                    #expect(ServerHarness.error(response)?.message.hasPrefix(name + ":") == true, "\(route) \(name)")
                }
                for value in [minimum, maximum] {
                    let response = await harness.request(Self.target(route, base + [(name, "\(value)")]))
                    let message = ServerHarness.error(response)?.message ?? ""
                    #expect(!message.hasPrefix(name + ": must be"), "\(route) \(name)=\(value): \(message)")
                }
                checked += 1
            }
        }
        #expect(checked >= 10)
    }

    /// `timeout` out of range is refused on every route that takes it; it used to trap converting to `Int`.
    @Test func anEnormousTimeoutIsRefusedOnEveryRoute() async throws {
        let harness = try ServerHarness()
        let routes = OpenAPIDocument.queryParameters.filter { $0.value.contains("timeout") }.keys.sorted()
        #expect(routes.count >= 5)
        for route in routes {
            for value in ["1e16", "1e308", "61", "0", "0.0"] {
                let response = await harness.request(
                    Self.target(route, (Self.baseQueries[route] ?? []) + [("timeout", value)]))
                #expect(response.status == .badRequest && ServerHarness.error(response)?.code == "invalid-parameter")
            }
            let fine = await harness.request(Self.target(route, (Self.baseQueries[route] ?? []) + [("timeout", "0.5")]))
            #expect(fine.status == .ok, "\(route)")
        }
    }

    /// Values that only matter beside another parameter are refused where that one is absent, and booleans are
    /// words, not anything at all.
    @Test func parametersARequestDoesNotReadAreRefused() async throws {
        let harness = try ServerHarness()
        let cases: [(String, String)] = [
            ("/api/graphs/ketamine/explain?node=bdnf&from=ketamine", "from"),
            ("/api/graphs/ketamine/diagram.svg?focus=BDNF&highlight_limit=3", "highlight_limit"),
            ("/api/graphs/ketamine/diagram.svg?depth=2", "depth"),
            ("/api/graphs/ketamine/diagram.svg?knockout=BDNF", "knockout"),
            ("/api/graphs/ketamine/diagram.svg?highlight_only=yes", "highlight_only"),
            ("/api/graphs/ketamine/trace?from=ketamine&from=bdnf&to=BDNF", "from"),
            ("/api/graphs/ketamine/trace?from=ketamine&to=BDNF&context=martian", "context"),
            ("/api/graphs?x=1", "x"),
        ]
        for (target, parameter) in cases {
            let response = await harness.request(target)
            let error = ServerHarness.error(response)
            #expect(response.status == .badRequest, "\(target)")
            #expect(error?.message.hasPrefix(parameter + ": ") == true, "\(target): \(error?.message ?? "")")
        }
        var drawings: [String: String] = [:]
        for value in ["true", "1", "false", "0"] {
            let response = await harness.request(
                "/api/graphs/ketamine/diagram.svg?highlight_from=ketamine&highlight_to=BDNF&highlight_only=\(value)")
            #expect(response.status == .ok, "highlight_only=\(value)")
            drawings[value] = ServerHarness.text(response)
        }
        #expect(drawings["true"] == drawings["1"] && drawings["false"] == drawings["0"])
        #expect(drawings["true"] != drawings["false"])
    }

    static func target(_ route: String, _ query: [(String, String)]) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        let encoded = query.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
        }
        return "/api/graphs/ketamine/\(route)" + (encoded.isEmpty ? "" : "?" + encoded.joined(separator: "&"))
    }
}
