import Foundation
import Hummingbird
import Logging
import NeuroPath
import NeuroPathGraphviz

/// The routes of the JSON API, the diagram, the OpenAPI document and the explorer page, over graphs that never
/// change while the server runs. Every answer is the library's own `Encodable` result, printed by
/// `PathwayJSONEncoder` exactly as the command line prints it (Docs/cli.md); every error is the library's JSON
/// error with an HTTP status.
public struct NeuroPathAPI: Sendable {
    /// The graphs served, by name, in the order listed.
    public let graphs: [(name: String, graph: PathwayGraph)]
    /// Limits and address.
    public let configuration: ServerConfiguration
    private let gate: ConcurrencyGate
    private let diagrams: DiagramCache
    private let layouts: DiagramLayouts

    /// An API over `graphs` (at least one).
    public init(graphs: [(name: String, graph: PathwayGraph)], configuration: ServerConfiguration) {
        self.graphs = graphs
        self.configuration = configuration
        gate = ConcurrencyGate(limit: configuration.maximumConcurrentQueries)
        diagrams = DiagramCache(capacity: configuration.diagramCacheSize)
        layouts = DiagramLayouts(capacity: configuration.diagramCacheSize)
    }

    /// A router with every route.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { _, _ in Self.text(ExplorerPage.html, type: "text/html; charset=utf-8") }
        router.get("/api/openapi.json") { _, _ in Self.text(OpenAPIDocument.json, type: "application/json") }
        router.get("/api/graphs") { _, _ in
            Self.json(graphs.map { GraphSummary(name: $0.name, graph: $0.graph) })
        }
        route(router, "nodes") { parameters in
            let kind = try parameters.choice("kind", as: NodeKind.self)
            return Self.json(NodeCatalog(parameters.graph, kind: kind))
        }
        route(router, "trace") { parameters in
            let query = PathQuery(
                from: try parameters.node("from"), to: try parameters.node("to"), maxDepth: try parameters.maxDepth(),
                sign: try parameters.sign(), via: try parameters.nodes("via"), filter: try parameters.filter(),
                limit: min(
                    try parameters.integer("limit", default: 10, in: 0...1_000), configuration.maximumPathsReturned),
                budget: try budget(parameters))
            return Self.json(try Self.run { () throws(QueryError) in try query.run(on: parameters.graph) })
        }
        route(router, "effect") { parameters in
            let query = EffectQuery(
                from: try parameters.node("from"), maxDepth: try parameters.maxDepth(), filter: try parameters.filter(),
                pathsPerSign: min(try parameters.integer("paths", default: 3, in: 0...100), 20),
                budget: try budget(parameters))
            let target = try parameters.node("to")
            return Self.json(try Self.run { () throws(QueryError) in try query.run(to: target, on: parameters.graph) })
        }
        route(router, "shortest") { parameters in
            let weighting = try parameters.choice("weight", as: ShortestPathsQuery.Weighting.self) ?? .evidence
            let query = ShortestPathsQuery(
                from: try parameters.node("from"), to: try parameters.node("to"),
                k: try parameters.integer("k", default: ShortestPathsQuery.defaultK, in: 1...20), weighting: weighting,
                filter: try parameters.filter())
            return Self.json(try Self.run { () throws(QueryError) in try query.run(on: parameters.graph) })
        }
        route(router, "perturb") { parameters in
            let perturbations =
                try parameters.nodes("activate").map { PerturbationQuery.Perturbation(node: $0, action: .activate) }
                + parameters.nodes("block").map { PerturbationQuery.Perturbation(node: $0, action: .block) }
            let query = PerturbationQuery(
                perturbations: perturbations, maxDepth: try parameters.maxDepth(), filter: try parameters.filter(),
                budget: try budget(parameters))
            return Self.json(try Self.run { () throws(QueryError) in try query.run(on: parameters.graph) })
        }
        route(router, "explain") { parameters in
            if parameters.string("node") != nil {
                let node = try parameters.node("node")
                let explainer = Explainer(graph: parameters.graph)
                return Self.json(try Self.run { () throws(QueryError) in try explainer.explain(node: node) })
            }
            let query = ExplanationQuery(
                from: try parameters.node("from"), to: try parameters.node("to"), maxDepth: try parameters.maxDepth(),
                via: try parameters.nodes("via"), filter: try parameters.filter(),
                count: try parameters.integer("paths", default: 1, in: 1...10), budget: try budget(parameters))
            return Self.json(try Self.run { () throws(QueryError) in try query.run(on: parameters.graph) })
        }
        route(router, "quiz") { parameters in
            let about = parameters.string("about") != nil ? try parameters.node("about") : nil
            let count = try parameters.integer("count", default: 5, in: 1...20)
            let seed = UInt64(try parameters.integer("seed", default: 1, in: 0...Int.max))
            let generator = try Self.run { () throws(QueryError) in
                try QuizGenerator(graph: parameters.graph, subject: about)
            }
            return Self.json(generator.quiz(count: count, seed: seed))
        }
        route(router, "diagram.svg") { parameters in
            try await diagram(parameters)
        }
        route(router, "export") { parameters in
            guard let format = try parameters.choice("format", as: GraphOutputFormat.self) else {
                throw APIError.badParameter(
                    "format", "required", suggestions: GraphOutputFormat.allCases.map(\.rawValue))
            }
            return Self.export(parameters.graph, as: format)
        }
        router.get("/api/**") { request, _ in Self.json(Self.unknownRoute(request.uri.path), status: .notFound) }
        return router
    }

    /// The error for a path under `/api/` that is no route: every route, and the nearest ones under the same
    /// graph (`/api/graphs/ketamine/tarce` → `/api/graphs/ketamine/trace`).
    static func unknownRoute(_ path: String) -> ErrorReport {
        let names = OpenAPIDocument.queryParameters.keys.sorted()
        let routes = ["/api/graphs", "/api/openapi.json"] + names.map { "/api/graphs/{graph}/\($0)" }
        let segments = path.split(separator: "/").map(String.init)
        var suggestions = EditDistance.nearest(to: path, in: routes)
        if segments.count == 4, segments[0] == "api", segments[1] == "graphs" {
            suggestions = EditDistance.nearest(to: segments[3], in: names).map { "/api/graphs/\(segments[2])/\($0)" }
        }
        return ErrorReport(
            code: "unknown-route",
            message: "no route \(path)\(suggestions.isEmpty ? "" : " (did you mean \(suggestions[0])?)"); the "
                + "routes are \(routes.joined(separator: ", ")), described at /api/openapi.json",
            suggestions: suggestions)
    }

    /// A route under `/api/graphs/{graph}/NAME`: the query string's length checked, the graph looked up, the
    /// concurrency gate passed, errors turned into JSON errors with their status.
    private func route(
        _ router: Router<BasicRequestContext>, _ name: String,
        _ body: @escaping @Sendable (QueryParameters) async throws -> Response
    ) {
        router.get("/api/graphs/{graph}/\(name)") { request, context -> Response in
            do {
                let length = request.uri.query?.utf8.count ?? 0
                guard length <= configuration.maximumQueryLength else {
                    throw APIError.badParameter(
                        "query", "\(length) bytes; queries are limited to \(configuration.maximumQueryLength)")
                }
                let graphName = context.parameters.get("graph") ?? ""
                guard let graph = graphs.first(where: { $0.name == graphName })?.graph else {
                    throw APIError(
                        status: .notFound,
                        report: ErrorReport(
                            code: "unknown-graph", message: "no graph '\(graphName)' is served here",
                            suggestions: graphs.map(\.name)))
                }
                let parameters = QueryParameters(request, graph: graph)
                try parameters.refuseUnknown(accepted: OpenAPIDocument.queryParameters[name] ?? [])
                try await gate.admit()
                do {
                    let response = try await body(parameters)
                    await gate.leave()
                    return response
                } catch {
                    await gate.leave()
                    throw error
                }
            } catch let error as APIError {
                return Self.json(error.report, status: error.status)
            } catch {
                return Self.json(ErrorReport(error), status: .internalServerError)
            }
        }
    }

    /// The query budget: the server's limits, lowered (never raised) by `timeout` and `max_paths`.
    private func budget(_ parameters: QueryParameters) throws(APIError) -> QueryBudget {
        let serverMilliseconds =
            Int(configuration.queryTimeout.components.seconds * 1000)
            + Int(configuration.queryTimeout.components.attoseconds / 1_000_000_000_000_000)
        let maxPaths = try parameters.integer(
            "max_paths", default: configuration.maximumPathsCounted, in: 1...Int.max)
        var milliseconds = serverMilliseconds
        if let text = parameters.string("timeout") {
            guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
                throw .badParameter("timeout", "must be a positive number of seconds, not '\(text)'")
            }
            milliseconds = min(serverMilliseconds, max(1, Int(seconds * 1000)))
        }
        return QueryBudget(
            maxPaths: min(maxPaths, configuration.maximumPathsCounted), timeout: .milliseconds(milliseconds))
    }

    /// Runs a library call, turning its error into an API error.
    static func run<T, E: Error>(_ body: () throws(E) -> T) throws(APIError) -> T {
        do { return try body() } catch { throw APIError(error) }
    }

    /// The highlighted diagram: `highlight_from`/`highlight_to` (with `highlight_via`, `max_depth`,
    /// `highlight_limit`), `knockout` shown as a perturbation of `perturb`, or `focus` and `depth`.
    private func diagram(_ parameters: QueryParameters) async throws(APIError) -> Response {
        let graph = parameters.graph
        var options = DiagramOptions(maxNodes: 300)
        let maxDepth = try parameters.maxDepth()
        if parameters.string("highlight_from") != nil || parameters.string("highlight_to") != nil {
            let query = PathQuery(
                from: try parameters.node("highlight_from"), to: try parameters.node("highlight_to"),
                maxDepth: maxDepth, via: try parameters.nodes("highlight_via"), filter: try parameters.filter(),
                limit: try parameters.integer("highlight_limit", default: 5, in: 1...20),
                budget: try budget(parameters))
            options.highlightedPaths = try Self.run { () throws(QueryError) in try query.run(on: graph) }.paths
        }
        let perturbed = try parameters.nodes("perturb")
        if !perturbed.isEmpty {
            let perturbations = perturbed.map { PerturbationQuery.Perturbation(node: $0, action: .activate) }
            let query = PerturbationQuery(
                perturbations: perturbations, maxDepth: maxDepth, filter: try parameters.filter(),
                budget: try budget(parameters))
            let result = try Self.run { () throws(QueryError) in try query.run(on: graph) }
            options.changes = Dictionary(uniqueKeysWithValues: result.effects.map { ($0.node.index, $0.change) })
            options.perturbed = Dictionary(uniqueKeysWithValues: perturbations.map { ($0.node, $0.action) })
        }
        if parameters.string("focus") != nil {
            let focus = try parameters.node("focus")
            let depth = try parameters.integer("depth", default: 1, in: 1...4)
            options.visibleNodes = try Self.run { () throws(QueryError) in try graph.vicinity(of: focus, depth: depth) }
        }
        options.highlightOnly = parameters.string("highlight_only") == "true"
        options.direction = try parameters.choice("direction", as: DiagramOptions.Direction.self) ?? .leftToRight
        let key = cacheKey(parameters, options)
        if let cached = await diagrams.diagram(for: key) { return Self.text(cached, type: "image/svg+xml") }
        do {
            let svg = try await layouts.svg(graph, options: options)
            await diagrams.store(svg, for: key)
            return Self.text(svg, type: "image/svg+xml")
        } catch {
            throw APIError(status: .badRequest, report: ErrorReport(code: "render-failed", message: "\(error)"))
        }
    }

    /// What makes two diagrams the same: the graph and everything drawn.
    private func cacheKey(_ parameters: QueryParameters, _ options: DiagramOptions) -> String {
        let paths = options.highlightedPaths.map { $0.interactions.map(String.init).joined(separator: ",") }
        let changes = options.changes.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value.rawValue)" }
        let visible = (options.visibleNodes.map { Array($0).sorted() } ?? []).map(String.init)
        return [
            parameters.graph.name ?? "", paths.joined(separator: ";"), changes.joined(separator: ","),
            visible.joined(separator: ","), "\(options.highlightOnly)", options.direction.rawValue,
        ].joined(separator: "|")
    }

    // MARK: Responses

    /// `value` as the library's JSON.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let text = (try? PathwayJSONEncoder().encode(value)) ?? #"{"error": {"code": "internal"}}"#
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    /// `graph` written in `format`, as a download named after the graph; the header `X-NeuroPath-Not-Kept` says
    /// what the format does not keep of it (as `neuropath convert` warns), `none` when it keeps everything.
    static func export(_ graph: PathwayGraph, as format: GraphOutputFormat) -> Response {
        let (suffix, type): (String, String) =
            switch format {
            case .npath: ("npath", "text/plain; charset=utf-8")
            case .sif: ("sif", "text/plain; charset=utf-8")
            case .sbgn: ("sbgn", "application/xml")
            case .graphML: ("graphml", "application/xml")
            case .cytoscapeJSON: ("cyjs", "application/json")
            case .sbmlQual: ("sbml", "application/xml")
            case .neuroPathJSON: ("npath.json", "application/json")
            }
        let name = (graph.name ?? "graph").filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        let losses = format.losses(in: graph).map(\.description).joined(separator: ", ")
        var response = text(format.write(graph), type: type)
        response.headers[.contentDisposition] = "attachment; filename=\"\(name.isEmpty ? "graph" : name).\(suffix)\""
        response.headers[.init("X-NeuroPath-Not-Kept")!] = losses.isEmpty ? "none" : losses
        return response
    }

    /// Text of a content type.
    static func text(_ text: String, type: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: type, .init("X-Content-Type-Options")!: "nosniff"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
