/// A wall-clock deadline checked cheaply from inner loops. It also counts as passed once the task that asked the
/// query is cancelled, so a query run from async code stops when its caller gives up: it keeps the task's
/// ``QueryCancellation`` flag, so a copy handed to a search on another thread sees the cancellation too.
struct Deadline {
    private let end: ContinuousClock.Instant
    private let cancellation = QueryCancellation.current
    private var countdown = 0
    private(set) var expired = false

    init(after timeout: Duration) { end = ContinuousClock.now.advanced(by: timeout) }

    /// A deadline at a fixed instant, for several searches that share one budget.
    init(at end: ContinuousClock.Instant) { self.end = end }

    /// Whether the deadline has passed (or the query was cancelled), looking at the clock now.
    var hasPassed: Bool { ContinuousClock.now >= end || isCancelled }

    /// Whether the task that made this deadline was cancelled, seen from any thread.
    var isCancelled: Bool { QueryCancellation.isCancelled(cancellation) }

    /// Looks at the clock every 4,096 calls; `true` once the deadline has passed.
    @inline(__always)
    mutating func check() -> Bool {
        if expired { return true }
        countdown &+= 1
        if countdown & 4095 == 0, hasPassed { expired = true }
        return expired
    }
}
