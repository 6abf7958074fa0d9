import ArgumentParser
import Foundation

/// Writes output files atomically: to a temporary file beside the destination, then renamed over it, so an
/// error never leaves a partial file.
enum OutputFile {
    static func write(_ text: String, to path: String) throws(CLIError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary, options: .withoutOverwriting)
            if FileManager.default.fileExists(atPath: url.path) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError(description: "cannot write \(path): \(error.localizedDescription)", exitCode: .cantCreate)
        }
    }
}

extension ExitCode {
    /// 73: an output file cannot be created.
    static let cantCreate = ExitCode(73)
}
