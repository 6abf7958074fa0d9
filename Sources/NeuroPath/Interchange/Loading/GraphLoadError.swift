import Foundation

/// Why a graph could not be loaded.
public enum GraphLoadError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file was read but has errors; every error found is listed.
    case invalid([Diagnostic])
    /// No bundled graph has this name.
    case unknownBundledGraph(name: String, available: [String])
    /// The file's format could not be recognised.
    case unsupportedFormat(path: String, detail: String)
    /// The file is in a format NeuroPath recognises but does not read yet (SBGN-ML, GPML, BEL, …).
    case formatNotRead(path: String, looksLike: String)
    /// The file is gzip-compressed but its content is damaged or cut short.
    case corruptCompressedFile(path: String, reason: String)
    /// The file is gzip-compressed and the loader was given no decompressor.
    case compressed(path: String)
    /// A bare name that is neither a file nor a bundled graph.
    case unknownGraph(name: String, bundled: [String])
    /// A snapshot (`.npsnap`) that cannot be read: damaged, cut short, of another version, or altered.
    case badSnapshot(path: String, problem: SnapshotProblem)

    /// How many diagnostics ``description`` lists before "… and N more (E errors on L lines in all)".
    public static let diagnosticsShown = 20

    /// Only the errors (warnings are dropped) of `diagnostics`, as an `invalid` error, or `nil` if none.
    static func ifErrors(_ diagnostics: [Diagnostic]) -> GraphLoadError? {
        let errors = diagnostics.filter { $0.severity == .error }
        return errors.isEmpty ? nil : .invalid(errors)
    }

    /// A message a person can act on.
    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "no such file: \(path)"
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .invalid(let diagnostics):
            // At most the first 20, so a file with a hundred thousand bad lines gives a screenful, not a flood.
            let count = diagnostics.count
            let shown = diagnostics.prefix(Self.diagnosticsShown).map(\.description).joined(separator: "\n")
            let hidden = count - min(count, Self.diagnosticsShown)
            guard hidden > 0 else { return shown + (count == 1 ? "" : "\n\(count) errors") }
            let lines = Self.linesWithErrors(diagnostics)
            return shown + "\n… and \(hidden) more (\(count) errors on \(lines) lines in all)"
        case .unknownBundledGraph(let name, let available):
            let near = EditDistance.nearest(to: name, in: available)
            let hint = near.isEmpty ? "" : " — did you mean '\(near[0])'?"
            return "no bundled graph named '\(name)'\(hint) (bundled: \(available.joined(separator: ", ")))"
        case .unsupportedFormat(let path, let detail):
            return "cannot tell the format of \(path): \(detail)"
        case .formatNotRead(let path, let kind):
            return
                "\(path) looks like \(kind), which NeuroPath does not read yet; it reads \(GraphFormat.readableInWords)"
        case .corruptCompressedFile(let path, let reason):
            return "\(path) is not a complete gzip file: \(reason)"
        case .compressed(let path):
            return "\(path) is gzip-compressed and this loader cannot decompress it: decompress it first, "
                + "or give GraphLoader a decompressor (NeuroPathCompression's Gzip.decompress)"
        case .unknownGraph(let name, let bundled):
            let near = EditDistance.nearest(to: name, in: bundled)
            let hint = near.isEmpty ? "" : " — did you mean '\(near[0])'?"
            return
                "'\(name)' is neither a file nor a bundled graph\(hint) (bundled: \(bundled.joined(separator: ", ")))"
        case .badSnapshot(let path, let problem):
            return "\(path) is not a snapshot this NeuroPath can read: \(problem); write it again from the "
                + "network it came from"
        }
    }

    /// How many distinct lines (of every file) the diagnostics point at; a line-less diagnostic counts once.
    private static func linesWithErrors(_ diagnostics: [Diagnostic]) -> Int {
        struct Place: Hashable {
            let file: String
            let line: Int
        }
        return Set(diagnostics.map { Place(file: $0.file, line: $0.line) }).count
    }

    /// The same as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }
}
