import Foundation

/// Answers by request, bounded by the bytes they hold (least recently used dropped first), and requests in
/// flight: the graphs never change while served, so a request asked again is answered from here, and a request
/// asked while the same one is being answered waits for that answer instead of computing it again (a class
/// clicking "Trace" together costs one query).
final class ResponseCache: @unchecked Sendable {
    private struct Entry {
        let answer: Answer
        var lastUse: UInt64
    }

    private let lock = NSLock()
    private let capacity: Int
    private var entries: [String: Entry] = [:]
    private var bytes = 0
    private var clock: UInt64 = 0
    /// Requests being answered, with the requests that wait for the same answer.
    private var inFlight: [String: [CheckedContinuation<Answer?, Never>]] = [:]

    /// A cache of answers holding at most `capacity` bytes; 0 keeps nothing (requests in flight are still shared).
    init(capacity: Int) { self.capacity = max(0, capacity) }

    /// The answers kept and the bytes they hold.
    var usage: (answers: Int, bytes: Int) { lock.withLock { (entries.count, bytes) } }

    /// Whether other requests wait for the answer to `key` (a request whose own client left is still answered for
    /// them).
    func hasWaiters(for key: String) -> Bool { lock.withLock { !(inFlight[key]?.isEmpty ?? true) } }

    /// The answer for `key`: kept, or being made for another request (then awaited), or made by `make` now.
    func answer(for key: String, make: () async -> Answer) async -> Answer {
        let shared: Answer? = await withCheckedContinuation { continuation in
            lock.lock()
            defer { lock.unlock() }
            if var entry = entries[key] {
                clock += 1
                entry.lastUse = clock
                entries[key] = entry
                continuation.resume(returning: entry.answer)
            } else if inFlight[key] != nil {
                inFlight[key]!.append(continuation)
            } else {
                inFlight[key] = []
                continuation.resume(returning: nil)
            }
        }
        if let shared { return shared }
        let answer = await make()
        let waiters = lock.withLock {
            if answer.reusable { keep(answer, for: key) }
            return inFlight.removeValue(forKey: key) ?? []
        }
        for waiter in waiters { waiter.resume(returning: answer) }
        return answer
    }

    /// Stores `answer`, dropping the least recently used answers while over capacity. Called with the lock held.
    private func keep(_ answer: Answer, for key: String) {
        guard answer.cost <= capacity / 4 else { return }
        clock += 1
        entries[key] = Entry(answer: answer, lastUse: clock)
        bytes += answer.cost
        guard bytes > capacity else { return }
        // Down to three quarters at once, so that a full cache sorts once per many stores, not on every one.
        for (oldKey, entry) in entries.sorted(by: { $0.value.lastUse < $1.value.lastUse }) {
            guard bytes > capacity * 3 / 4 else { break }
            entries[oldKey] = nil
            bytes -= entry.answer.cost
        }
    }
}
