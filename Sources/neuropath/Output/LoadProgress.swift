import Foundation
import NeuroPath

/// A status line on a terminal while a graph loads for longer than a second ("reading network.txt.gz (15 MB)…
/// 2.5 s"), erased when loading ends; nothing at all when standard error is not a terminal or the load is quick.
final class LoadProgress: @unchecked Sendable {
    private let label: String
    private let lock = NSLock()
    private let started = ContinuousClock.now
    private var finished = false
    private var shown = false

    private init(label: String) { self.label = label }

    /// Runs `body` (a load of `source`), with the status line on standard error when it takes long enough.
    static func whileLoading<Result, Failure: Error>(
        _ source: GraphSource, _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        guard case .file(let path) = source, isatty(STDERR_FILENO) == 1 else { return try body() }
        let progress = LoadProgress(label: Self.label(for: path))
        let thread = Thread { progress.tick() }
        thread.start()
        defer { progress.finish() }
        return try body()
    }

    /// "network.txt.gz (15 MB)".
    private static func label(for path: String) -> String {
        let name = TerminalText.escaped((path as NSString).lastPathComponent)
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return name }
        return "\(name) (\(ByteCountFormatter.string(fromByteCount: Int64(size), countStyle: .file)))"
    }

    /// Seconds before the line appears: 1, or `NEUROPATH_PROGRESS_AFTER` (for tests).
    private static let delay =
        ProcessInfo.processInfo.environment["NEUROPATH_PROGRESS_AFTER"].flatMap(Double.init).map { max(0, $0) } ?? 1

    /// Draws the line every quarter second from the first second on, until ``finish()``.
    private func tick() {
        Thread.sleep(forTimeInterval: Self.delay)
        while true {
            lock.lock()
            if finished {
                lock.unlock()
                return
            }
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            write("\r\u{1B}[Kreading \(label)… \(String(format: "%.1f", seconds)) s")
            shown = true
            lock.unlock()
            Thread.sleep(forTimeInterval: 0.25)
        }
    }

    /// Stops the line and erases it, so what the command prints next starts on a clean line.
    private func finish() {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        if shown { write("\r\u{1B}[K") }
    }

    private func write(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
    }
}
