import Foundation

/// Whether the task that asked a query has been cancelled, readable from any thread.
///
/// `Task.isCancelled` answers only on a thread that runs the task: the searches `effect --all` and `perturb`
/// share out over both cores run on threads of their own, where it is always `false`. ``QueryTask`` sets this
/// flag when its task is cancelled, and a ``Deadline`` made inside the query keeps the flag it found, so every
/// search the query starts, on whatever thread, sees the cancellation.
final class QueryCancellation: @unchecked Sendable {
    /// The flag of the query being answered from async code, if any (inherited by child tasks).
    @TaskLocal static var current: QueryCancellation?

    // Written once by the cancellation handler, read from the search threads; a lock keeps it simple, and
    // searches look at it only every few thousand steps.
    private let lock = NSLock()
    private var cancelled = false

    /// Marks the query cancelled.
    func cancel() { lock.withLock { cancelled = true } }

    /// Whether the query was cancelled.
    var isCancelled: Bool { lock.withLock { cancelled } }

    /// Whether the query running on this thread was cancelled: its task, or the flag `flag` it was given.
    static func isCancelled(_ flag: QueryCancellation?) -> Bool {
        Task.isCancelled || (flag ?? current)?.isCancelled == true
    }
}
