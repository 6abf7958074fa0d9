import Foundation
import NeuroPath
import Testing

@testable import NeuroPathServer

/// Heavy work runs on the server's own workers behind a bounded queue: a full queue answers 503 with
/// `Retry-After` at once, a request that waited past its budget or whose client left is never started, identical
/// requests share one answer, and answers cut short by their budget are not kept.
@Suite struct WorkerPoolTests {
    /// A trace through a complete graph: it runs until its budget ends.
    static let slow = "/api/graphs/complete/trace?from=n0&to=n1&max_depth=13"

    @Test func aFullQueueAnswers503WithRetryAfterAtOnce() async throws {
        let harness = try ServerHarness(
            configuration: ServerConfiguration(workers: 1, queueLimit: 1, queryTimeout: .seconds(1)),
            extra: [("complete", try ServerHarness.complete("complete"))])
        let statuses = await withTaskGroup(of: (Int, String?, String).self) { group in
            for index in 0..<6 {
                group.addTask {
                    // Different requests, so that none shares another's answer.
                    let response = await harness.request(Self.slow + "&limit=\(index)")
                    return (
                        response.status.code, response.headers[.retryAfter],
                        ServerHarness.error(response)?.message ?? ""
                    )
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let refused = statuses.filter { $0.0 == 503 }
        #expect(statuses.filter { $0.0 == 200 }.count >= 1)
        #expect(refused.count >= 3, "\(statuses)")
        #expect(refused.allSatisfy { $0.1 == "1" })
        // Refused because the queue was full when they came (others may have waited past their budget when the
        // machine is busy).
        #expect(refused.contains { $0.2.contains("as many requests as it can") }, "\(statuses)")
    }

    @Test func aRequestThatWaitedPastItsBudgetIsNeverStarted() async throws {
        let harness = try ServerHarness(
            configuration: ServerConfiguration(workers: 1, queueLimit: 10, queryTimeout: .milliseconds(300)),
            extra: [("complete", try ServerHarness.complete("complete"))])
        let answers = await withTaskGroup(of: (Int, String).self) { group in
            for index in 0..<4 {
                group.addTask {
                    let response = await harness.request(Self.slow + "&limit=\(index)")
                    return (response.status.code, ServerHarness.error(response)?.message ?? "")
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        // One worker, 300 ms each: the first runs to its budget, the rest wait past theirs and are answered 503
        // without running.
        #expect(answers.filter { $0.0 == 503 && $0.1.contains("time budget") }.count >= 2, "\(answers)")
    }

    /// A request's own `timeout` bounds its wait for a worker too, not only its query.
    @Test func aRequestsOwnTimeoutBoundsItsWait() async throws {
        let harness = try ServerHarness(
            configuration: ServerConfiguration(workers: 1, queueLimit: 10, queryTimeout: .seconds(5)),
            extra: [("complete", try ServerHarness.complete("complete"))])
        async let busy = harness.request(Self.slow + "&timeout=1")
        // Once the worker is busy (the test does not guess how long that takes):
        while harness.api.workLoad.running == 0 { try await Task.sleep(for: .milliseconds(10)) }
        let waiting = await harness.request("/api/graphs/ketamine/trace?from=ketamine&to=BDNF&timeout=0.1")
        #expect(waiting.status == .serviceUnavailable, "\(ServerHarness.text(waiting))")
        #expect(ServerHarness.error(waiting)?.message.contains("time budget") == true)
        _ = await busy
    }

    @Test func aRequestWhoseClientLeftIsNeverStarted() async throws {
        let harness = try ServerHarness()
        let response = await harness.request("/api/graphs/ketamine/trace?from=ketamine&to=BDNF", connected: { false })
        #expect(response.status == .serviceUnavailable)
        #expect(ServerHarness.error(response)?.message.contains("client left") == true)
    }

    @Test func identicalRequestsShareOneAnswerAndTruncatedOnesAreNotKept() async throws {
        let harness = try ServerHarness(
            configuration: ServerConfiguration(workers: 1, queueLimit: 0),
            extra: [("complete", try ServerHarness.complete("complete"))])
        // 50 identical requests at once, with no room in the queue: they share the one running.
        let target = "/api/graphs/ketamine/trace?from=ketamine&to=antidepressant%20effect&max_depth=12"
        let bodies = await withTaskGroup(of: (Int, String).self) { group in
            for _ in 0..<50 {
                group.addTask {
                    let response = await harness.request(target)
                    return (response.status.code, ServerHarness.text(response))
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(bodies.allSatisfy { $0.0 == 200 })
        #expect(Set(bodies.map(\.1)).count == 1)
        // A truncated answer depends on time: asked again, it is computed again, not served from the cache.
        let truncated = Self.slow + "&timeout=0.05"
        let first = await harness.request(truncated)
        #expect(ServerHarness.text(first).contains("\"truncated\": true"))
        let usage = harness.api.cacheUsage
        let second = await harness.request(truncated)
        #expect(second.status == .ok && harness.api.cacheUsage.answers == usage.answers)
    }
}
