import Foundation
import NeuroPath
import NeuroPathGraphviz

/// The work behind each route under `/api/graphs/{graph}/`: the parameters read and checked, the library's query
/// run within the request's budget, the answer encoded. Runs on a worker (``WorkerPool``), never on a thread that
/// reads requests.
struct APIRoutes: Sendable {
    let configuration: ServerConfiguration
    let layouts: DiagramLayouts
    /// The quiz questions of each graph, computed once.
    let quizBanks = QuizBanks()

    /// The answer to `route` over `graph` for `query`, within `deadline` (counted from the request's arrival).
    func answer(
        route: String, graph: PathwayGraph, named name: String, query: String, deadline: ContinuousClock.Instant
    ) -> Answer {
        do throws(APIError) {
            let parameters = QueryParameters(query: query, graph: graph)
            try parameters.refuseUnknown(accepted: OpenAPIDocument.queryParameters[route] ?? [])
            let context = Context(
                parameters: parameters, deadline: deadline, configuration: configuration, graphName: name)
            switch route {
            case "nodes": return try nodes(context)
            case "trace": return try trace(context)
            case "effect": return try effect(context)
            case "shortest": return try shortest(context)
            case "perturb": return try perturb(context)
            case "explain": return try explain(context)
            case "compare": return try compare(context)
            case "timeline.svg": return try timeline(context)
            case "quiz": return try quiz(context)
            case "diagram.svg": return try diagram(context)
            case "export": return try export(context)
            default: throw .notFound("unknown-route", "no route \(route)")
            }
        } catch {
            return .error(error)
        }
    }

    /// What every route reads from: its parameters, its deadline and the server's limits.
    struct Context {
        let parameters: QueryParameters
        let deadline: ContinuousClock.Instant
        let configuration: ServerConfiguration
        /// The name the graph is served under.
        let graphName: String
        var graph: PathwayGraph { parameters.graph }

        /// The query budget: the time left of the request's own, and the server's path limit, each lowered (never
        /// raised) by `timeout` and `max_paths`.
        func budget() throws(APIError) -> QueryBudget {
            let maxPaths = try parameters.integer(
                "max_paths", default: configuration.maximumPathsCounted, in: 1...Int.max)
            var timeout = min(configuration.queryTimeout, ContinuousClock.now.duration(to: deadline))
            if let asked = try parameters.seconds("timeout", in: 0...60) { timeout = min(timeout, asked) }
            return QueryBudget(
                maxPaths: min(maxPaths, configuration.maximumPathsCounted),
                timeout: max(timeout, .milliseconds(1)))
        }

        /// Every parameter given was read, or the first that was not is refused.
        func everythingRead(_ explanation: String) throws(APIError) { try parameters.refuseUnread(explanation) }
    }

    /// Runs a library call, turning its error into an API error.
    static func run<T, E: Error>(_ body: () throws(E) -> T) throws(APIError) -> T {
        do { return try body() } catch { throw APIError(error) }
    }

    private func nodes(_ context: Context) throws(APIError) -> Answer {
        let kind = try context.parameters.choice("kind", as: NodeKind.self)
        return .json(NodeCatalog(context.graph, kind: kind))
    }

    private func trace(_ context: Context) throws(APIError) -> Answer {
        let parameters = context.parameters
        let query = PathQuery(
            from: try parameters.node("from"), to: try parameters.node("to"), maxDepth: try parameters.maxDepth(),
            sign: try parameters.sign(), via: try parameters.nodes("via"), filter: try parameters.filter(),
            limit: min(try parameters.integer("limit", default: 10, in: 0...1_000), configuration.maximumPathsReturned),
            order: try parameters.order(), budget: try context.budget())
        let result = try Self.run { () throws(QueryError) in try query.run(on: context.graph) }
        return .json(result, reusable: !result.truncated)
    }

    private func effect(_ context: Context) throws(APIError) -> Answer {
        let parameters = context.parameters
        let query = EffectQuery(
            from: try parameters.node("from"), maxDepth: try parameters.maxDepth(), filter: try parameters.filter(),
            pathsPerSign: try parameters.integer("paths", default: 3, in: 0...20), order: try parameters.order(),
            budget: try context.budget())
        let target = try parameters.node("to")
        let result = try Self.run { () throws(QueryError) in try query.run(to: target, on: context.graph) }
        return .json(result, reusable: !result.truncated)
    }

    private func shortest(_ context: Context) throws(APIError) -> Answer {
        let parameters = context.parameters
        let query = ShortestPathsQuery(
            from: try parameters.node("from"), to: try parameters.node("to"),
            k: try parameters.integer("k", default: ShortestPathsQuery.defaultK, in: 1...20),
            weighting: try parameters.choice("weight", as: ShortestPathsQuery.Weighting.self) ?? .evidence,
            filter: try parameters.filter())
        return .json(try Self.run { () throws(QueryError) in try query.run(on: context.graph) })
    }

    private func perturb(_ context: Context) throws(APIError) -> Answer {
        let parameters = context.parameters
        let perturbations =
            try parameters.nodes("activate").map { PerturbationQuery.Perturbation(node: $0, action: .activate) }
            + parameters.nodes("block").map { PerturbationQuery.Perturbation(node: $0, action: .block) }
        let query = PerturbationQuery(
            perturbations: perturbations, maxDepth: try parameters.maxDepth(), filter: try parameters.filter(),
            budget: try context.budget())
        let result = try Self.run { () throws(QueryError) in try query.run(on: context.graph) }
        return .json(result, reusable: !result.truncated)
    }

    private func explain(_ context: Context) throws(APIError) -> Answer {
        let parameters = context.parameters
        if parameters.has("node") {
            let node = try parameters.node("node")
            try context.everythingRead("'node' explains one node; a path is explained with 'from' and 'to' alone")
            let query = NodeExplanationQuery(node: node)
            return .json(try Self.run { () throws(QueryError) in try query.run(on: context.graph) })
        }
        if parameters.has("path") {
            let path = try parameters.path("path")
            try context.everythingRead("'path' explains the path it lists; give it alone")
            return .json(
                try Self.run { () throws(PathError) in try PathExplanation(explaining: path, in: context.graph) })
        }
        let query = ExplanationQuery(
            from: try parameters.node("from"), to: try parameters.node("to"), maxDepth: try parameters.maxDepth(),
            via: try parameters.nodes("via"), filter: try parameters.filter(),
            count: try parameters.integer("paths", default: 1, in: 1...10), budget: try context.budget())
        let result = try Self.run { () throws(QueryError) in try query.run(on: context.graph) }
        return .json(result, reusable: !result.truncated)
    }

    private func quiz(_ context: Context) throws(APIError) -> Answer {
        let parameters = context.parameters
        let about = try parameters.string("about") != nil ? try parameters.node("about") : nil
        let count = try parameters.integer("count", default: 5, in: 1...20)
        let seed = UInt64(try parameters.integer("seed", default: 1, in: 0...Int.max))
        let bank = try Self.run { () throws(QueryError) in
            try quizBanks.bank(name: context.graphName, subject: about) { () throws(QueryError) in
                QuizBank(try QuizGenerator(graph: context.graph, subject: about))
            }
        }
        return .json(bank.quiz(count: count, seed: seed))
    }

    /// `graph` written in `format`, as a download named after the graph; the header `X-NeuroPath-Not-Kept` says
    /// what the format does not keep of it (as `neuropath convert` warns), `none` when it keeps everything. A
    /// graph over the export limit is refused, naming `neuropath convert`.
    private func export(_ context: Context) throws(APIError) -> Answer {
        guard let format = try context.parameters.choice("format", among: GraphFormat.writable, by: \.name) else {
            throw .badParameter("format", "required", suggestions: GraphFormat.writable.map(\.name))
        }
        let graph = context.graph
        guard graph.interactionCount <= configuration.maximumExportInteractions else {
            throw APIError(
                status: .badRequest,
                report: ErrorReport(
                    code: "export-too-large",
                    message: "this graph has \(graph.interactionCount) interactions; the server exports graphs of "
                        + "at most \(configuration.maximumExportInteractions). Write it to a file with "
                        + "`neuropath convert GRAPH --to \(format.name) -o FILE` instead"))
        }
        let text: String
        do {
            text = try format.write(graph)
        } catch {
            throw APIError(status: .badRequest, report: ErrorReport(code: "cannot-hold", message: error.description))
        }
        let file = (graph.name ?? "graph").filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        let losses = format.losses(in: graph).map(\.description).joined(separator: ", ")
        return Answer(
            contentType: format.mediaType, bytes: Array(text.utf8),
            headers: [
                (
                    .contentDisposition,
                    "attachment; filename=\"\(file.isEmpty ? "graph" : file).\(format.writingExtensions[0])\""
                ),
                (.init("X-NeuroPath-Not-Kept")!, losses.isEmpty ? "none" : losses),
            ])
    }
}
