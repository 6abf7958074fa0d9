/// The median wall-clock seconds of `runs` calls of `body` (at least one), and the last call's answer: the one
/// timing rule of every benchmark.
public func measure<Answer>(_ runs: Int, _ body: () throws -> Answer) rethrows -> (seconds: Double, answer: Answer) {
    var times: [Double] = []
    var answer: Answer?
    for _ in 0..<max(1, runs) {
        let start = ContinuousClock.now
        answer = try body()
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    return (times.sorted()[times.count / 2], answer!)
}
