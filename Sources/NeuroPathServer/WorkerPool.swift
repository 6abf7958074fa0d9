import DequeModule
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Threads of the server's own for the heavy work (queries, renders, exports), so that the threads that read
/// requests only ever wait for an answer, never compute one: a fixed number of workers behind a bounded queue.
///
/// A full queue refuses a job at once. A job whose deadline passed while it waited, or whose client left, is never
/// started, so no backlog outlives a burst. On Linux the workers run at a lower scheduling priority (nice 10)
/// than the threads that read requests, so cheap requests are answered while every worker is busy.
final class WorkerPool: @unchecked Sendable {
    /// Why a job was not run.
    enum Refusal: Error, Sendable {
        /// The queue was full when it arrived.
        case full
        /// Its deadline passed while it waited.
        case expired
        /// Nobody was waiting for its answer any more.
        case abandoned
    }

    private struct Job {
        let deadline: ContinuousClock.Instant
        let isWanted: @Sendable () -> Bool
        /// Runs the work (or not, for a refusal) and returns what hands its outcome back: called once, on a
        /// worker, which counts itself free before handing the outcome back.
        let start: (Refusal?) -> () -> Void
    }

    private let condition = NSCondition()
    private var waiting: Deque<Job> = []
    private let queueLimit: Int
    private var running = 0
    private var stopping = false
    /// How many workers there are.
    let workers: Int

    /// A pool of `workers` threads and a queue of at most `queueLimit` jobs waiting for one.
    init(workers: Int, queueLimit: Int) {
        self.workers = max(1, workers)
        self.queueLimit = max(0, queueLimit)
        for index in 0..<self.workers {
            let thread = Thread { self.work() }  // the pool lives while its workers do (until shutDown)
            thread.name = "neuropath-worker-\(index)"
            thread.stackSize = 16 << 20
            thread.start()
        }
    }

    /// The jobs waiting and running, for the server's status.
    var load: (waiting: Int, running: Int) { condition.withLock { (waiting.count, running) } }

    /// Runs `work` on a worker with the job's deadline and returns its result; throws at once when the queue is
    /// full, or once a worker is free if the deadline has passed or `isWanted` says nobody waits any more.
    func run<T: Sendable>(
        deadline: ContinuousClock.Instant, isWanted: @escaping @Sendable () -> Bool,
        _ work: @escaping @Sendable (ContinuousClock.Instant) -> T
    ) async throws(Refusal) -> T {
        let outcome = await withCheckedContinuation { (continuation: CheckedContinuation<Result<T, Refusal>, Never>) in
            let job = Job(deadline: deadline, isWanted: isWanted) { refusal in
                let outcome: Result<T, Refusal> = refusal.map { .failure($0) } ?? .success(work(deadline))
                return { continuation.resume(returning: outcome) }
            }
            condition.lock()
            guard waiting.count < queueLimit || running < workers && waiting.isEmpty else {
                condition.unlock()
                continuation.resume(returning: .failure(.full))
                return
            }
            waiting.append(job)
            condition.signal()
            condition.unlock()
        }
        return try outcome.get()
    }

    /// Stops the workers once the jobs already queued are done (for tests that make many servers).
    func shutDown() {
        condition.withLock {
            stopping = true
            condition.broadcast()
        }
    }

    private func work() {
        Self.lowerPriority()
        while true {
            condition.lock()
            while waiting.isEmpty && !stopping { condition.wait() }
            guard let job = waiting.popFirst() else {
                condition.unlock()
                return
            }
            running += 1
            condition.unlock()
            let refusal: Refusal? =
                if ContinuousClock.now >= job.deadline { .expired } else if !job.isWanted() { .abandoned } else { nil }
            let handBack = job.start(refusal)
            condition.withLock { running -= 1 }
            handBack()
        }
    }

    /// Nice 10 for the calling thread (Linux schedules threads one by one), so the threads that read requests
    /// come first. Elsewhere nothing changes.
    private static func lowerPriority() {
        #if os(Linux)
            // On Linux the nice value belongs to each thread, and `who` 0 names the calling thread alone.
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }
}
