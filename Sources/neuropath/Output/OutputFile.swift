import ArgumentParser
import Foundation

/// Writes output files without ever losing one: a regular file is written to a temporary file beside it and
/// renamed over it, so an error leaves no partial file and the old one untouched; a symbolic link is followed
/// (its target is replaced, the link stays); a device or pipe (`/dev/null`, `/dev/full`, a FIFO) is written
/// through, never replaced; a directory is refused. Every failure is exit 73 with the reason.
enum OutputFile {
    static func write(_ text: String, to path: String) throws(CLIError) {
        try write(to: path) { $0.write(text) }
    }

    static func write(_ data: Data, to path: String) throws(CLIError) {
        try write(to: path) { $0.write(data) }
    }

    /// Writes what `produce` writes into the stream it is given, as it is written (never whole in memory); when
    /// `produce` throws, nothing is left behind and the old file is untouched.
    static func write(
        to path: String, _ produce: (inout DescriptorOutputStream) throws(CLIError) -> Void
    ) throws(CLIError) {
        let url = try destination(of: path)
        var info = stat()
        if stat(url.path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw failure(path, "it is a directory")
            case S_IFCHR, S_IFIFO: return try writeThrough(to: url.path, named: path, produce)
            default: throw failure(path, "it is not a regular file, a device or a pipe")
            }
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        try removingOnSignal(temporary) { () throws(CLIError) in
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o666)
            guard descriptor >= 0 else { throw failure(path, String(cString: strerror(errno))) }
            var stream = DescriptorOutputStream(descriptor: descriptor)
            do throws(CLIError) {
                try produce(&stream)
            } catch {
                close(descriptor)
                unlink(temporary)
                throw error
            }
            stream.flush()
            let closed = close(descriptor) == 0 ? nil : errno
            if let error = stream.failure ?? closed {
                let reason = String(cString: strerror(error))
                unlink(temporary)
                throw failure(path, reason)
            }
            guard rename(temporary, url.path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw failure(path, reason)
            }
        }
    }

    /// Whether writing `output` would change the file `input` names: the same name, or the same file reached
    /// another way (a symbolic or hard link), told by device and inode.
    static func isSameFile(_ output: String, as input: String) -> Bool {
        if URL(fileURLWithPath: output).standardizedFileURL == URL(fileURLWithPath: input).standardizedFileURL {
            return true
        }
        var outputInfo = stat()
        var inputInfo = stat()
        guard stat(output, &outputInfo) == 0, stat(input, &inputInfo) == 0 else { return false }
        return outputInfo.st_dev == inputInfo.st_dev && outputInfo.st_ino == inputInfo.st_ino
    }

    /// The temporary file being written, for the signal handler; set only around the write.
    nonisolated(unsafe) private static var pendingTemporary: UnsafeMutablePointer<CChar>?

    /// Runs `body` with SIGINT and SIGTERM removing `temporary` before the process ends, so that an
    /// interrupted write leaves nothing behind (`unlink` is safe in a signal handler).
    private static func removingOnSignal(_ temporary: String, _ body: () throws(CLIError) -> Void) throws(CLIError) {
        pendingTemporary = strdup(temporary)
        let handler: @convention(c) (Int32) -> Void = { signal in
            if let path = OutputFile.pendingTemporary { unlink(path) }
            _exit(128 + signal)
        }
        let previousInterrupt = signal(SIGINT, handler)
        let previousTerminate = signal(SIGTERM, handler)
        defer {
            signal(SIGINT, previousInterrupt)
            signal(SIGTERM, previousTerminate)
            free(pendingTemporary)
            pendingTemporary = nil
        }
        try body()
    }

    /// The file that writing to `path` should change: `path` itself, or, through symbolic links (dangling ones
    /// included), the file they point at.
    private static func destination(of path: String) throws(CLIError) -> URL {
        var url = URL(fileURLWithPath: path)
        for _ in 0..<32 {
            var info = stat()
            guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return url }
            var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(url.path, &target, target.count - 1)
            guard length >= 0 else { throw failure(path, String(cString: strerror(errno))) }
            let link = String(decoding: target[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            url =
                link.hasPrefix("/")
                ? URL(fileURLWithPath: link) : url.deletingLastPathComponent().appendingPathComponent(link)
        }
        throw failure(path, "too many levels of symbolic links")
    }

    /// Writes to a device or pipe in place, checking every write.
    private static func writeThrough(
        to path: String, named display: String, _ produce: (inout DescriptorOutputStream) throws(CLIError) -> Void
    ) throws(CLIError) {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw failure(display, String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var stream = DescriptorOutputStream(descriptor: descriptor)
        try produce(&stream)
        stream.flush()
        if let error = stream.failure { throw failure(display, String(cString: strerror(error))) }
    }

    private static func failure(_ path: String, _ reason: String) -> CLIError {
        CLIError(description: "cannot write \(path): \(reason)", exitCode: .cantCreate, code: "cannot-write")
    }
}

extension ExitCode {
    /// 73: an output file cannot be created (sysexits' EX_CANTCREAT).
    static let cantCreate = ExitCode(73)
}
