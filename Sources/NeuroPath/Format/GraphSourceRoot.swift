import Foundation

/// Where a graph and the files it includes are read from. Includes never leave the root.
enum GraphSourceRoot: Sendable {
    /// The graphs bundled in the library (`Graphs/` at build time).
    case bundled
    /// A directory on disk; `display` is how the user wrote it, for messages.
    case directory(path: String, display: String)

    /// Largest file read as a graph (whole interactomes are a few hundred MiB at most).
    static let maximumFileSize = 2 << 30

    /// How a file at `relativePath` is named in messages.
    func displayName(of relativePath: String) -> String {
        switch self {
        case .bundled: relativePath
        case .directory(_, let display): display.isEmpty ? relativePath : "\(display)/\(relativePath)"
        }
    }

    /// The text of the file at `relativePath`, or `nil` if it does not exist.
    func read(_ relativePath: String) throws(GraphLoadError) -> String? {
        switch self {
        case .bundled:
            return BundledGraphs.source(at: relativePath)
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
            return try Self.readText(atPath: url.path, display: displayName(of: relativePath))
        }
    }

    /// Reads a UTF-8 text file, refusing directories, oversized files and invalid encodings.
    static func readText(atPath path: String, display: String) throws(GraphLoadError) -> String {
        let data = try readData(atPath: path, display: display)
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: display, reason: "it is not UTF-8 text")
        }
        return text
    }

    /// Reads a file's bytes, refusing directories and oversized files.
    static func readData(atPath path: String, display: String) throws(GraphLoadError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: display)
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: display, reason: "it is a directory") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw .unreadable(path: display, reason: error.localizedDescription)
        }
        guard data.count <= maximumFileSize else {
            throw .invalid([
                Diagnostic(
                    file: display, line: 0, column: 0, code: .fileTooLarge,
                    message: "file is \(data.count >> 20) MiB; graph files are limited to \(maximumFileSize >> 20) MiB")
            ])
        }
        return data
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
