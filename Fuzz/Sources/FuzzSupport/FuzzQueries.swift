import NeuroPath

/// Queries run on every graph a fuzz input yields, with small budgets: they must answer or throw a typed
/// error, never trap.
public enum FuzzQueries {
    /// Runs a few queries on `graph`.
    public static func exercise(_ graph: PathwayGraph) {
        guard graph.nodes.count >= 2 else { return }
        let budget = QueryBudget(maxPaths: 1_000, timeout: .milliseconds(5))
        let from = NodeIndex(0), to = NodeIndex(graph.nodes.count - 1)
        _ = try? PathQuery(from: from, to: to, maxDepth: 6, limit: 3, budget: budget).run(on: graph)
        if graph.nodes.count >= 3 {
            // The path engine with a node every path must pass, signed, counting and listing.
            let via = NodeIndex(graph.nodes.count / 2)
            _ = try? PathQuery(from: from, to: to, maxDepth: 6, sign: .positive, via: [via], limit: 3, budget: budget)
                .run(on: graph)
        }
        // The branch-and-bound search for the most confident paths.
        _ = try? ExplanationQuery(from: from, to: to, maxDepth: 6, count: 2, budget: budget).run(on: graph)
        _ = try? EffectQuery(from: from, maxDepth: 4, budget: budget).runOnAll(on: graph)
        _ = try? ShortestPathsQuery(from: from, to: to, k: 2).run(on: graph)
        _ = try? FeedbackLoopQuery(maxLength: 4, budget: budget).run(on: graph)
        _ = try? PathwayJSONEncoder().encode(GraphStatistics(graph))
        _ = NPathWriter.write(NPathWriter.document(for: graph))
    }
}
