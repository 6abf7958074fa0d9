import Foundation

/// Runs the built `neuropath` executable and captures what it prints.
public struct CLIRunner {
    /// What one run printed and returned.
    public struct Output: Sendable {
        /// Standard output.
        public var stdout: String
        /// Standard error.
        public var stderr: String
        /// Exit status.
        public var status: Int32
    }

    /// The executable: `$NEUROPATH_BINARY`, or `neuropath` beside the test bundle.
    public static let executable: URL = {
        if let override = ProcessInfo.processInfo.environment["NEUROPATH_BINARY"] {
            return URL(fileURLWithPath: override)
        }
        let candidates = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            .compactMap { $0?.deletingLastPathComponent().appendingPathComponent("neuropath") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// Runs `neuropath` with `arguments`, in `directory` when given, with `environment` added.
    public static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // Output goes to files rather than pipes, so a large output can never block the child.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stdoutURL = folder.appendingPathComponent("stdout"), stderrURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: stdoutURL), stderr = try FileHandle(forWritingTo: stderrURL)
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()
        return Output(
            stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
            stderr: try String(contentsOf: stderrURL, encoding: .utf8),
            status: process.terminationStatus)
    }

    /// Removes a folder made by ``temporaryFolder()``, with everything in it.
    public static func remove(_ folder: URL) { try? FileManager.default.removeItem(at: folder) }

    /// A fresh temporary folder; remove it with ``remove(_:)`` (`defer`).
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("neuropath-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
