import Foundation

/// The checks every graph file goes through once, whoever reads it (the loader, or an `include`): it must
/// exist, be a regular file or a stream (a pipe, `/dev/stdin`), not a directory or socket, and be smaller than
/// the limit.
enum GraphFile {
    /// The bytes of the file at `path`, mapped rather than copied; `display` names it in errors. With
    /// `regularOnly` (an `include`), a pipe or device is refused too: reading one could wait forever.
    static func read(atPath path: String, display: String, limit: Int, regularOnly: Bool = false)
        throws(GraphLoadError) -> Data
    {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .fileNotFound(path: display) }
            throw .unreadable(path: display, reason: String(cString: strerror(errno)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .unreadable(path: display, reason: "it is a directory, not a graph file")
        case S_IFIFO, S_IFCHR:
            guard !regularOnly else {
                throw .unreadable(
                    path: display, reason: "an included file must be a regular file, not a pipe or a device")
            }
            return try readStream(atPath: path, display: display, limit: limit)
        default: throw .unreadable(path: display, reason: "it is not a regular file or a stream")
        }
        try checkSize(Int(info.st_size), display: display, limit: limit)
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw .unreadable(path: display, reason: (error as NSError).localizedFailureReason ?? "\(error)")
        }
    }

    /// Reads a pipe or character device to its end, refusing it once it reaches `limit` bytes.
    private static func readStream(atPath path: String, display: String, limit: Int) throws(GraphLoadError) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: display, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        var data = Data()
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw .unreadable(path: display, reason: (error as NSError).localizedFailureReason ?? "\(error)")
            }
            guard let chunk, !chunk.isEmpty else { return data }
            data += chunk
            try checkSize(data.count, display: display, limit: limit, streaming: true)
        }
    }

    /// Refuses `size` bytes when it reaches `limit`; `streaming` when they are what a stream gave so far.
    static func checkSize(_ size: Int, display: String, limit: Int, streaming: Bool = false) throws(GraphLoadError) {
        guard size < limit else {
            let size = streaming ? "reached \(describe(bytes: size)) and had not ended" : "is \(describe(bytes: size))"
            throw .invalid([
                Diagnostic(
                    file: display, line: 0, column: 0, code: .fileTooLarge,
                    message: "\(display) \(size); graph files must be smaller than \(describe(bytes: limit))")
            ])
        }
    }

    /// UTF-8 text, or an error naming the file.
    static func text(_ data: Data, display: String) throws(GraphLoadError) -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: display, reason: "it is not UTF-8 text")
        }
        return text
    }

    private static func describe(bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
