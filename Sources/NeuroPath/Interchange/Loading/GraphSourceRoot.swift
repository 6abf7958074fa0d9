import Foundation

/// Where a graph and the files it includes are read from. Includes never leave the root.
enum GraphSourceRoot: Sendable {
    /// The graphs bundled in the library (`Graphs/` at build time).
    case bundled
    /// A directory on disk; `display` is how the user wrote it, for messages.
    case directory(path: String, display: String)
    /// Files held in memory, by relative path (an editor's buffers, an upload of several files).
    case memory([String: String])

    /// How a file at `relativePath` is named in messages.
    func displayName(of relativePath: String) -> String {
        switch self {
        case .bundled, .memory: relativePath
        case .directory(_, let display): display.isEmpty ? relativePath : "\(display)/\(relativePath)"
        }
    }

    /// The text of the file at `relativePath`, or `nil` if it does not exist.
    func read(_ relativePath: String, limit: Int) throws(GraphLoadError) -> String? {
        switch self {
        case .bundled:
            return BundledGraphs.source(at: relativePath)
        case .memory(let files):
            guard let text = files[relativePath] else { return nil }
            try GraphFile.checkSize(text.utf8.count, display: relativePath, limit: limit)
            return text
        case .directory(let root, _):
            let url = URL(fileURLWithPath: root).appendingPathComponent(relativePath)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
            let realFile = url.resolvingSymlinksInPath().path
            guard realFile.hasPrefix(realRoot + "/") else {
                throw .invalid([
                    Diagnostic(
                        file: displayName(of: relativePath), line: 0, column: 0, code: .includeOutsideRoot,
                        message: "\(relativePath) resolves outside the graph's folder (through a symbolic link)")
                ])
            }
            let display = displayName(of: relativePath)
            let data = try GraphFile.read(atPath: url.path, display: display, limit: limit, regularOnly: true)
            return try GraphFile.text(data, display: display)
        }
    }

    /// Joins an include path to the including file's folder and normalises `.` and `..`; `nil` if the result
    /// would leave the root.
    static func resolve(include: String, from includingFile: String) -> String? {
        guard !include.hasPrefix("/") else { return nil }
        var components = includingFile.split(separator: "/").dropLast().map(String.init)
        for component in include.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(String(component))
            }
        }
        guard var path = components.isEmpty ? nil : components.joined(separator: "/") else { return nil }
        if !(components.last!.hasSuffix(".npath")) { path += ".npath" }
        return path
    }
}
