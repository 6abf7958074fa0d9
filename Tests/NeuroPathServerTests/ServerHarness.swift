import Foundation
import HTTPTypes
import NeuroPath
import NeuroPathServer
import Testing

/// An API over the bundled ketamine graph and small graphs of awkward names, driven in process: requests in,
/// answers out, no sockets.
struct ServerHarness {
    let api: NeuroPathAPI

    init(configuration: ServerConfiguration = ServerConfiguration(), extra: [(String, PathwayGraph)] = []) throws {
        let ketamine = try GraphLoader().load(.bundled("ketamine"))
        api = try NeuroPathAPI(graphs: [("ketamine", ketamine)] + extra, configuration: configuration)
    }

    /// The answer to a GET (or another method) of `target`.
    func request(
        _ target: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:],
        connected: @escaping @Sendable () -> Bool = { true }
    ) async -> APIResponse {
        await api.respond(
            to: APIRequest(method: method, target: target, headers: headers), clientIsConnected: connected)
    }

    /// The JSON error of an answer: its code and message (`nil` when the body is no JSON error).
    static func error(_ response: APIResponse) -> (code: String, message: String)? {
        let data = Data(response.body.readableBytesView)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let error = object["error"] as? [String: Any], let code = error["code"] as? String,
            let message = error["message"] as? String, error["suggestions"] is [Any]
        else { return nil }
        return (code, message)
    }

    /// The body as text.
    static func text(_ response: APIResponse) -> String {
        String(decoding: response.body.readableBytesView, as: UTF8.self)
    }

    /// A graph of two nodes named `name` (ids `a` and `b`).
    static func tiny(_ name: String) throws -> PathwayGraph {
        var builder = PathwayGraphBuilder(name: name)
        let a = try builder.addNode(Node(id: "a", label: "A", kind: .protein))
        let b = try builder.addNode(Node(id: "b", label: "B", kind: .protein))
        try builder.addInteraction(source: a, target: b, relation: .increases)
        return builder.build()
    }

    /// A complete directed graph: so many simple paths that any trace through it runs until its budget ends.
    static func complete(_ name: String, nodes: Int = 14) throws -> PathwayGraph {
        var builder = PathwayGraphBuilder(name: name)
        for index in 0..<nodes { _ = try builder.addNode(Node(id: "n\(index)", label: "N\(index)", kind: .protein)) }
        for source in 0..<nodes {
            for target in 0..<nodes where source != target {
                try builder.addInteraction(source: NodeIndex(source), target: NodeIndex(target), relation: .increases)
            }
        }
        return builder.build()
    }
}
