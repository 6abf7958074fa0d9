/// Why a query that searches paths stopped, so that "cancelled" is never read as "too many paths".
public enum QueryStop: String, Sendable, Hashable, Codable, CaseIterable {
    /// It finished: the paths listed are the best, and the count (when asked for) is exact.
    case complete
    /// Its ``QueryBudget`` (paths or time) ran out first: the answer says what it found, and `truncated`.
    case budget
    /// The task running it was cancelled; from async code, ``GraphQuery/result(on:)`` throws
    /// `CancellationError` instead of answering.
    case cancelled

    /// The stop of a search that was `truncated` or not, seen from the task that ran it.
    static func of(truncated: Bool) -> QueryStop {
        guard truncated else { return .complete }
        return QueryCancellation.isCancelled(nil) ? .cancelled : .budget
    }
}
