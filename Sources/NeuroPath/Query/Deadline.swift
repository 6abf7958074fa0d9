/// A wall-clock deadline checked cheaply from inner loops. It also counts as passed once the current task is
/// cancelled, so a query run from async code stops when its caller gives up.
struct Deadline {
    private let end: ContinuousClock.Instant
    private var countdown = 0
    private(set) var expired = false

    init(after timeout: Duration) { end = ContinuousClock.now.advanced(by: timeout) }

    /// A deadline at a fixed instant, for several searches that share one budget.
    init(at end: ContinuousClock.Instant) { self.end = end }

    /// Whether the deadline has passed (or the task was cancelled), looking at the clock now.
    var hasPassed: Bool { ContinuousClock.now >= end || Task.isCancelled }

    /// Looks at the clock every 4,096 calls; `true` once the deadline has passed.
    @inline(__always)
    mutating func check() -> Bool {
        if expired { return true }
        countdown &+= 1
        if countdown & 4095 == 0, hasPassed { expired = true }
        return expired
    }
}
