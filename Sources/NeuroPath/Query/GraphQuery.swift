/// A question asked of a graph: a value that describes it, and ``run(on:)`` that answers it.
///
/// Every query has two forms. ``run(on:)`` answers on the calling thread; a combinatorial query stops at its
/// ``QueryBudget`` and says so (`truncated`). ``result(on:)`` answers from async code: off the caller's actor (a
/// SwiftUI view's main actor stays free), and when the calling task is cancelled it throws `CancellationError`,
/// so that "cancelled" is never mistaken for "too many paths":
///
/// ```swift
/// let task = Task { try await PathQuery(from: ketamine, to: effect).result(on: graph) }
/// task.cancel()   // `try await task.value` throws CancellationError
/// ```
public protocol GraphQuery: Sendable {
    /// What the query answers.
    associatedtype Result: Sendable

    /// The answer, on the calling thread; throws when the query does not fit the graph (an unknown node, an
    /// impossible option).
    func run(on graph: PathwayGraph) throws(QueryError) -> Result
}

extension GraphQuery {
    /// The answer, computed off the caller's actor; throws `CancellationError` when the calling task is cancelled
    /// before or while it runs, and ``QueryError`` when the query does not fit the graph.
    public func result(on graph: PathwayGraph) async throws -> Result {
        try await QueryTask.answer { () throws(QueryError) in try run(on: graph) }
    }
}

/// How queries are answered from async code.
enum QueryTask {
    /// `work`'s answer, computed in a child task (on the global executor, not the caller's actor, and cancelled
    /// with its parent: the queries' deadlines see the cancellation and stop); `CancellationError` when the
    /// task was cancelled, whatever `work` returned then.
    static func answer<Answer: Sendable>(
        _ work: @escaping @Sendable () throws(QueryError) -> Answer
    ) async throws -> Answer {
        try Task.checkCancellation()
        async let answer = Result { () throws(QueryError) in try work() }
        let outcome = await answer
        try Task.checkCancellation()
        return try outcome.get()
    }
}

extension PathQuery: GraphQuery {}
extension ShortestPathsQuery: GraphQuery {}
extension PerturbationQuery: GraphQuery {}
extension FeedbackLoopQuery: GraphQuery {}
extension CommonRegulatorQuery: GraphQuery {}
extension NeighbourhoodQuery: GraphQuery {}
extension ReachabilityQuery: GraphQuery {}
extension ExplanationQuery: GraphQuery {}

extension EffectQuery {
    /// The net effect on `target` (``run(to:on:)``), computed off the caller's actor; throws `CancellationError`
    /// when the calling task is cancelled.
    public func result(to target: NodeIndex, on graph: PathwayGraph) async throws -> Result {
        try await QueryTask.answer { () throws(QueryError) in try run(to: target, on: graph) }
    }

    /// The net effect on every node reached (``runOnAll(on:)``), computed off the caller's actor; throws
    /// `CancellationError` when the calling task is cancelled.
    public func resultOnAll(on graph: PathwayGraph) async throws -> AllResult {
        try await QueryTask.answer { () throws(QueryError) in try runOnAll(on: graph) }
    }
}
