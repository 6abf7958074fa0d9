/// Limits on the work a combinatorial query may do. When a limit is reached the result says so
/// (`truncated`), and totals that could not be finished are reported as unknown, never guessed.
///
/// Queries also stop, the same way, when the task running them is cancelled.
public struct QueryBudget: Sendable, Hashable {
    /// Stop counting or enumerating after this many paths.
    public var maxPaths: Int
    /// Stop after this much wall-clock time.
    public var timeout: Duration

    /// Creates a budget; by default 100 million paths and 10 seconds.
    public init(maxPaths: Int = 100_000_000, timeout: Duration = .seconds(10)) {
        self.maxPaths = maxPaths
        self.timeout = timeout
    }

    /// Throws when the budget cannot be honoured: fewer than one path, or no time at all.
    func validate() throws(QueryError) {
        guard maxPaths >= 1 else { throw .invalidParameter(.maxPaths, value: String(maxPaths)) }
        guard timeout > .zero else { throw .invalidParameter(.timeout, value: "\(timeout)") }
    }
}
