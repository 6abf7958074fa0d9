import Dispatch

/// Runs `first` and `second` at the same time, on two of the machine's cores, and returns both results: for the
/// independent halves of building a large graph. The two closures must not touch the same mutable state; each
/// result is written once, by its own thread, and read after both have finished.
func concurrently<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    nonisolated(unsafe) var firstResult: First?
    nonisolated(unsafe) var secondResult: Second?
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            nonisolated(unsafe) let (runFirst, runSecond) = (first, second)
            DispatchQueue.concurrentPerform(iterations: 2) { which in
                if which == 0 { firstResult = runFirst() } else { secondResult = runSecond() }
            }
        }
    }
    invariant(firstResult != nil && secondResult != nil, "concurrentPerform returned before both halves ran")
    return (firstResult!, secondResult!)
}

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
