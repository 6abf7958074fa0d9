import ArgumentParser
import Foundation

/// Writes output files atomically: to a temporary file beside the destination, then `rename(2)` over it, so an
/// error never leaves a partial file and never loses the file that was there.
enum OutputFile {
    static func write(_ text: String, to path: String) throws(CLIError) {
        try write(Data(text.utf8), to: path)
    }

    static func write(_ data: Data, to path: String) throws(CLIError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary, options: .withoutOverwriting)
        } catch {
            throw CLIError(
                description: "cannot write \(path): \(error.localizedDescription)", exitCode: .cantCreate,
                code: "cannot-write")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError(description: "cannot write \(path): \(reason)", exitCode: .cantCreate, code: "cannot-write")
        }
    }
}

extension ExitCode {
    /// 73: an output file cannot be created (sysexits' EX_CANTCREAT).
    static let cantCreate = ExitCode(73)
}
