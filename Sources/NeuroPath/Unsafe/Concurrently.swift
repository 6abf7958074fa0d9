import Foundation

/// Runs `first` and `second` at the same time, on two of the machine's cores, and returns both results: for the
/// independent halves of building a large graph or of a query's searches. The two closures must not touch the
/// same mutable state; each result is written once, by its own thread, and read after both have finished.
///
/// `second` runs on a thread started for it, not on Dispatch's shared workers: on Linux those are the threads
/// Swift's concurrency runs every task on, and a long search held there would stall the tasks that are to
/// cancel it.
func concurrently<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    nonisolated(unsafe) var secondResult: Second?
    let finished = DispatchSemaphore(value: 0)
    let firstResult = withoutActuallyEscaping(second) { second in
        // The thread holds the closure only while it runs: it must be released before this call returns.
        let held = HeldWork { secondResult = second() }
        let thread = Thread {
            held.run()
            finished.signal()
        }
        thread.stackSize = helperStackSize
        thread.start()
        let firstResult = first()
        // `second` must not outlive this call: wait for it before the closure stops being valid.
        finished.wait()
        return firstResult
    }
    invariant(secondResult != nil, "the helper thread finished without a result")
    return (firstResult, secondResult!)
}

/// Work handed to another thread and let go of once done, so that a closure made escaping only for the call
/// does not outlive it.
private final class HeldWork: @unchecked Sendable {
    private var work: (() -> Void)?
    init(_ work: @escaping () -> Void) { self.work = work }

    /// Runs the work and releases it. Called once, by the helper thread; read after it signals.
    func run() {
        work?()
        work = nil
    }
}

/// The stack of the helper thread: path searches recurse once per step (at most 64), graph builders not at all.
private let helperStackSize = 4 << 20

extension Array {
    /// `transform` applied to every element, on two cores when there are at least `threshold` elements: the
    /// elements at even positions on one, at odd positions on the other (so that costly elements that come
    /// together are shared out), the results in the elements' order. `transform` must be safe to call from two
    /// threads at once: it may read shared values, never change them.
    func concurrentMap<Transformed>(threshold: Int = 2, _ transform: (Element) -> Transformed) -> [Transformed] {
        guard count >= Swift.max(2, threshold) else { return map(transform) }
        func half(_ parity: Int) -> [Transformed] {
            stride(from: parity, to: count, by: 2).map { transform(self[$0]) }
        }
        let (even, odd) = concurrently({ half(0) }, { half(1) })
        var results: [Transformed] = []
        results.reserveCapacity(count)
        for index in 0..<count { results.append(index % 2 == 0 ? even[index / 2] : odd[index / 2]) }
        return results
    }
}
