import NeuroPath
import NeuroPathGraphviz

extension APIRoutes {
    /// `compare`: two or more `drug`s on the effect `on` (the graph's question's effect when not given), with only
    /// supported or established interactions unless `min_evidence` says otherwise.
    func compare(_ context: Context) throws(APIError) -> Answer {
        let result = try comparison(context)
        return .json(result, reusable: !result.truncated)
    }

    /// `timeline.svg`: the comparison's timeline diagram.
    func timeline(_ context: Context) throws(APIError) -> Answer {
        let result = try comparison(context)
        do {
            let svg = try TimelineDiagram.renderBlocking(result, in: context.graph, format: .svg)
            return .text(String(decoding: svg, as: UTF8.self), type: "image/svg+xml", reusable: !result.truncated)
        } catch {
            throw APIError(status: .badRequest, report: ErrorReport(code: "render-failed", message: "\(error)"))
        }
    }

    /// The comparison the two routes share.
    private func comparison(_ context: Context) throws(APIError) -> ComparisonQuery.Result {
        let parameters = context.parameters
        let drugs = try parameters.nodes("drug")
        guard drugs.count >= 2 else {
            throw .badParameter(
                "drug", "give two or more drugs to compare, as drug=ketamine&drug=fluoxetine (\(drugs.count) given)")
        }
        if Set(drugs).count < drugs.count {
            let repeated = drugs.first { drug in drugs.filter { $0 == drug }.count > 1 }!
            throw .badParameter(
                "drug", "'\(context.graph[repeated].id)' is given twice: compare two different drugs")
        }
        let effect: NodeIndex
        if parameters.has("on") {
            effect = try parameters.node("on")
        } else if let question = context.graph.question {
            effect = question.to
        } else {
            throw .badParameter("on", "required: this graph declares no question to take the effect from")
        }
        var filter = try parameters.filter()
        if !parameters.has("min_evidence") { filter.minimumEvidence = ComparisonQuery.defaultFilter.minimumEvidence }
        let query = ComparisonQuery(
            drugs: drugs, effect: effect, maxDepth: try parameters.maxDepth(), filter: filter,
            routesPerDrug: try parameters.integer("routes", default: 3, in: 0...10), budget: try context.budget())
        return try Self.run { () throws(QueryError) in try query.run(on: context.graph) }
    }
}
