// The shape of a web handler: a request (a route and its query parameters) in, a status and the command
// line's JSON out, errors included. Any web framework can call `respond(to:)`.
//
//   swift run json-handler trace from=ketamine "to=antidepressant effect" max_depth=12
//
// prints exactly what `neuropath trace --from ketamine --to "antidepressant effect" --max-depth 12 --json`
// prints, and the status on stderr.
import Foundation
import NeuroPath

/// A request: the route (`trace`, `effect`) and its query parameters, repeatable ones repeated.
struct Request {
    var route: String
    var parameters: [(name: String, value: String)]

    func value(_ name: String) -> String? { parameters.first { $0.name == name }?.value }
    func values(_ name: String) -> [String] { parameters.filter { $0.name == name }.map(\.value) }
    func integer(_ name: String, default fallback: Int) throws(ErrorReport) -> Int {
        guard let text = value(name) else { return fallback }
        guard let number = Int(text) else {
            throw ErrorReport(code: "invalid-parameter", message: "\(name) must be a whole number, not '\(text)'")
        }
        return number
    }
}

/// A response: an HTTP status and a JSON body.
struct Response {
    var status: Int
    var body: String
}

extension ErrorReport: Error {}

let graph = try GraphLoader().load(.ketamine)

/// Answers one request; never throws, never traps.
func respond(to request: Request) -> Response {
    do {
        return Response(status: 200, body: try answer(request))
    } catch {
        let report = error as? ErrorReport ?? ErrorReport(error)
        let status = ["unknown-node", "ambiguous-node", "unknown-graph"].contains(report.code) ? 404 : 400
        return Response(status: status, body: (try? PathwayJSONEncoder().encode(report)) ?? "{}")
    }
}

func answer(_ request: Request) throws -> String {
    func node(_ name: String) throws -> NodeIndex {
        guard let value = request.value(name) else {
            throw ErrorReport(code: "missing-parameter", message: "give \(name)=NODE")
        }
        return try graph.resolve(value)
    }
    let filter = PathFilter(
        avoid: Set(try request.values("avoid").map { try graph.resolve($0) }),
        knockout: Set(try request.values("knockout").map { try graph.resolve($0) }),
        minimumEvidence: request.value("min_evidence").flatMap(EvidenceLevel.init(rawValue:)),
        context: request.value("context"))
    let maxDepth = try request.integer("max_depth", default: PathDepth.standard)
    let encoder = PathwayJSONEncoder()
    switch request.route {
    case "trace":
        let query = PathQuery(
            from: try node("from"), to: try node("to"), maxDepth: maxDepth,
            via: try request.values("via").map { try graph.resolve($0) }, filter: filter,
            limit: try request.integer("limit", default: PathQuery.defaultLimit))
        return try encoder.encode(try query.run(on: graph))
    case "effect":
        let query = EffectQuery(from: try node("from"), maxDepth: maxDepth, filter: filter)
        return try encoder.encode(try query.run(to: try node("to"), on: graph))
    default:
        throw ErrorReport(code: "unknown-route", message: "no route '\(request.route)': use trace or effect")
    }
}

let arguments = CommandLine.arguments.dropFirst()
let request = Request(
    route: arguments.first ?? "trace",
    parameters: arguments.dropFirst().map { pair in
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        return (parts[0], parts.count > 1 ? parts[1] : "")
    })
let response = respond(to: request)
FileHandle.standardError.write(Data("HTTP \(response.status)\n".utf8))
print(response.body)
