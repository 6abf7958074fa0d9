import Foundation
import HTTPTypes
import NIOCore
import NeuroPath
import NeuroPathGraphviz

/// The JSON API, the diagram, the OpenAPI document and the explorer page, over graphs that never change while the
/// server runs. Every answer is the library's own `Encodable` result, printed by `PathwayJSONEncoder` exactly as
/// the command line prints it (Docs/cli.md); every error, whatever the path or method, is the library's JSON error
/// with an HTTP status.
///
/// The threads that read requests only route them, look answers up and wait: queries, renders and exports run on
/// a pool of workers behind a bounded queue (a full queue answers 503 with `Retry-After` at once), each within a
/// budget counted from the request's arrival; identical requests share one answer, kept while it is reusable.
public struct NeuroPathAPI: Sendable {
    /// The graphs served, by name, in the order listed.
    public let graphs: [(name: String, graph: PathwayGraph)]
    /// Limits and address.
    public let configuration: ServerConfiguration
    private let pool: WorkerPool
    private let cache: ResponseCache
    private let routes: APIRoutes
    private let fixed: [String: Answer]

    /// Why a server cannot start with the graphs it was given.
    public enum SetupError: Error, Sendable, CustomStringConvertible {
        /// No graph to serve.
        case noGraphs
        /// Two graphs have one name: requests would reach only the first.
        case duplicateName(String)

        /// A message a person can act on.
        public var description: String {
            switch self {
            case .noGraphs: "no graph to serve"
            case .duplicateName(let name):
                "two graphs are named '\(name)', so requests for '\(name)' would reach only the first; give one "
                    + "of them another name (its `graph` line, or its file's name)"
            }
        }
    }

    /// An API over `graphs`, whose names must differ.
    public init(graphs: [(name: String, graph: PathwayGraph)], configuration: ServerConfiguration) throws(SetupError) {
        guard !graphs.isEmpty else { throw .noGraphs }
        var seen: Set<String> = []
        for (name, _) in graphs where !seen.insert(name).inserted { throw .duplicateName(name) }
        self.graphs = graphs
        self.configuration = configuration
        pool = WorkerPool(workers: configuration.workers, queueLimit: configuration.queueLimit)
        cache = ResponseCache(capacity: configuration.responseCacheBytes)
        routes = APIRoutes(
            configuration: configuration, layouts: DiagramLayouts(capacity: configuration.diagramLayouts))
        fixed = [
            "/": .text(ExplorerPage.html, type: "text/html; charset=utf-8"),
            "/explorer.js": .text(ExplorerPage.script, type: "text/javascript; charset=utf-8"),
            "/explorer.css": .text(ExplorerPage.css, type: "text/css; charset=utf-8"),
            "/api/openapi.json": .text(OpenAPIDocument.json, type: "application/json; charset=utf-8"),
            "/api/graphs": .json(graphs.map { GraphSummary(name: $0.name, graph: $0.graph) }),
        ]
    }

    /// The requests waiting for a worker and running on one.
    var workLoad: (waiting: Int, running: Int) { pool.load }

    /// The answers kept for identical requests and the bytes they hold.
    var cacheUsage: (answers: Int, bytes: Int) { cache.usage }

    /// Stops the workers (for a server that is done; tests make many).
    public func shutDown() { pool.shutDown() }

    /// The answer to `request`. `clientIsConnected` tells whether its client still waits: a request whose client
    /// has left is not started.
    public func respond(
        to request: APIRequest, clientIsConnected: @escaping @Sendable () -> Bool = { true }
    ) async -> APIResponse {
        let arrival = ContinuousClock.now
        let headers = ResponseHeaders(request: request, configuration: configuration)
        if let refusal = headers.refusal() { return headers.finish(.error(refusal), for: request) }
        if request.method == .options { return headers.preflight() }
        let answer = await answer(to: request, arrival: arrival, clientIsConnected: clientIsConnected)
        return headers.finish(answer, for: request)
    }

    private func answer(
        to request: APIRequest, arrival: ContinuousClock.Instant, clientIsConnected: @escaping @Sendable () -> Bool
    ) async -> Answer {
        let query = request.query ?? ""
        guard query.utf8.count <= configuration.maximumQueryLength else {
            return .error(
                .badParameter(
                    "query", "\(query.utf8.count) bytes; queries are limited to \(configuration.maximumQueryLength)"))
        }
        guard let segments = Self.segments(of: request.path) else {
            return .error(
                .badParameter("path", "'\(QueryParameters.quoted(request.path))' is not percent-encoded UTF-8"))
        }
        let path = "/" + segments.joined(separator: "/")
        if let answer = fixed[path] {
            guard path.hasPrefix("/api/"), !query.isEmpty else { return answer }
            let name = QueryParameters.parse(query).first?.name ?? query
            return .error(.badParameter(name, "not a parameter of this route (\(path) takes none)"))
        }
        guard segments.count == 4, segments[0] == "api", segments[1] == "graphs" else {
            if segments.first == "api" { return .error(APIError(status: .notFound, report: Self.unknownRoute(path))) }
            return .error(
                .notFound(
                    "unknown-page",
                    "no page \(QueryParameters.quoted(path)) here; the explorer is at / and the API at /api/graphs"))
        }
        let (graphName, route) = (segments[2], segments[3])
        guard OpenAPIDocument.queryParameters[route] != nil else {
            return .error(APIError(status: .notFound, report: Self.unknownRoute(path)))
        }
        guard let graph = graphs.first(where: { $0.name == graphName })?.graph else {
            let near = EditDistance.nearest(to: graphName, in: graphs.map(\.name))
            return .error(
                .notFound(
                    "unknown-graph",
                    "no graph '\(QueryParameters.quoted(graphName))' is served here; the graphs are "
                        + graphs.map(\.name).joined(separator: ", "),
                    suggestions: near.isEmpty ? graphs.map(\.name) : near))
        }
        let key = "\(graphName)\u{0}\(route)\u{0}\(query)"
        let deadline = arrival.advanced(by: Self.budget(asked: query, server: configuration.queryTimeout))
        let (pool, cache, routes) = (pool, cache, routes)
        return await cache.answer(for: key) {
            do throws(WorkerPool.Refusal) {
                return try await pool.run(
                    deadline: deadline, isWanted: { clientIsConnected() || cache.hasWaiters(for: key) }
                ) { deadline in
                    routes.answer(route: route, graph: graph, named: graphName, query: query, deadline: deadline)
                }
            } catch {
                return .error(.busy(error))
            }
        }
    }

    /// The request's time budget: the server's, or less when its `timeout` asks for less. A `timeout` that is not
    /// valid is left to the route's parser, which refuses it by name.
    static func budget(asked query: String, server: Duration) -> Duration {
        guard query.contains("timeout=") else { return server }
        let values = QueryParameters.parse(query).filter { $0.name == "timeout" }
        guard values.count == 1, let seconds = Double(values[0].value), seconds.isFinite, seconds > 0, seconds <= 60
        else { return server }
        return min(server, .milliseconds(max(1, Int((seconds * 1000).rounded()))))
    }

    /// The path's segments, percent-decoded (`my%20pathway` → `my pathway`); `nil` when one is not valid
    /// percent-encoded UTF-8.
    static func segments(of path: String) -> [String]? {
        var result: [String] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = segment.removingPercentEncoding else { return nil }
            result.append(decoded)
        }
        return result
    }

    /// The error for a path under `/api/` that is no route: every route, and the nearest ones under the same
    /// graph (`/api/graphs/ketamine/tarce` → `/api/graphs/ketamine/trace`).
    static func unknownRoute(_ path: String) -> ErrorReport {
        let names = OpenAPIDocument.queryParameters.keys.sorted()
        let routes = ["/api/graphs", "/api/openapi.json"] + names.map { "/api/graphs/{graph}/\($0)" }
        // Suggestions are worked out on the first 200 characters: a path may be 128 KiB long, and this runs on a
        // thread that reads requests.
        let path = String(path.prefix(200))
        let segments = path.split(separator: "/").map(String.init)
        var suggestions = EditDistance.nearest(to: path, in: routes)
        if segments.count == 3, segments[0] == "api", segments[1] == "graphs" {
            suggestions = names.map { "/api/graphs/\(segments[2])/\($0)" }
        } else if segments.count == 4, segments[0] == "api", segments[1] == "graphs" {
            suggestions = EditDistance.nearest(to: segments[3], in: names).map { "/api/graphs/\(segments[2])/\($0)" }
        }
        let shown = QueryParameters.quoted(path)
        return ErrorReport(
            code: "unknown-route",
            message: "no route \(shown)\(suggestions.isEmpty ? "" : " (did you mean \(suggestions[0])?)"); the "
                + "routes are \(routes.joined(separator: ", ")), described at /api/openapi.json",
            suggestions: suggestions)
    }
}
