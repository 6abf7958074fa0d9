import Foundation
import NeuroPath

/// The quiz questions of each served graph (and of each `about` node asked for), computed once on a worker and
/// kept: a class asking for quizzes with different seeds costs one computation, not one per student. The graphs
/// never change while served, so an entry is never stale; at most `capacity` are kept (all dropped when full,
/// since each is cheap to make again).
final class QuizBanks: @unchecked Sendable {
    private let lock = NSLock()
    private let capacity: Int
    private var banks: [String: QuizBank] = [:]

    /// A store of at most `capacity` banks.
    init(capacity: Int = 256) { self.capacity = max(1, capacity) }

    /// The bank of `graph` (served as `name`) about `subject`, made by `make` the first time.
    func bank(
        name: String, subject: NodeIndex?, make: () throws(QueryError) -> QuizBank
    ) throws(QueryError) -> QuizBank {
        let key = "\(name)\u{0}\(subject.map { String($0.rawValue) } ?? "")"
        if let bank = lock.withLock({ banks[key] }) { return bank }
        // Made outside the lock: two workers may make the same bank once each, never wait on each other.
        let bank = try make()
        lock.withLock {
            if banks.count >= capacity { banks.removeAll() }
            banks[key] = bank
        }
        return bank
    }

    /// How many banks are kept.
    var count: Int { lock.withLock { banks.count } }
}
