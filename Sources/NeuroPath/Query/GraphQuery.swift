import Foundation

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
    /// `work`'s answer, computed on a thread started for it: not the caller's actor, and not one of the few
    /// threads Swift's concurrency and Dispatch share out, which a long search would hold (and which may all be
    /// busy, so that work queued for them would wait behind it). When the task is cancelled, the query's
    /// ``QueryCancellation`` flag is set: its deadlines see it, also in the searches shared out over both cores,
    /// and the query stops; `CancellationError` is thrown, whatever `work` returned then.
    static func answer<Answer: Sendable>(
        _ work: @escaping @Sendable () throws(QueryError) -> Answer
    ) async throws -> Answer {
        try Task.checkCancellation()
        let cancellation = QueryCancellation()
        let outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result<Answer, QueryError>, Never>) in
                let thread = Thread {
                    let outcome = QueryCancellation.$current.withValue(cancellation) {
                        Result { () throws(QueryError) in try work() }
                    }
                    continuation.resume(returning: outcome)
                }
                thread.name = "NeuroPath query"
                thread.stackSize = queryStackSize
                thread.start()
            }
        } onCancel: {
            cancellation.cancel()
        }
        try Task.checkCancellation()
        return try outcome.get()
    }

    /// The stack of a query's thread: the path searches recurse once per step, at most 64 deep.
    static let queryStackSize = 4 << 20
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
