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
