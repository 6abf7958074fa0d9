import ArgumentParser
import NeuroPath
import NeuroPathGraphviz

/// An error as the command line reports it: its message in the words of the command line (its flags), the
/// exit status of `Docs/cli.md`, and the code and suggestions of its JSON form.
struct CLIError: Error, CustomStringConvertible {
    /// What went wrong, ready to print after `neuropath: error: `.
    var description: String
    /// 64 usage, 65 malformed data, 66 missing input, 70 internal failure, 73 cannot create output.
    var exitCode: ExitCode
    /// The stable code of the JSON error.
    var code: String
    /// Names the user may have meant.
    var suggestions: [String] = []
    /// Whether ``description`` is already a list of compiler-style diagnostics (`file:line:column: error: …`),
    /// printed as it is rather than after `neuropath: error: `.
    var isDiagnosticList = false

    static func usage(_ message: String, code: String = "usage") -> CLIError {
        CLIError(description: message, exitCode: .usage, code: code)
    }
    static func data(_ message: String, code: String = "invalid-data") -> CLIError {
        CLIError(description: message, exitCode: .dataError, code: code)
    }
    static func internalFailure(_ message: String) -> CLIError {
        CLIError(description: message, exitCode: .internalFailure, code: "internal")
    }

    init(description: String, exitCode: ExitCode, code: String, suggestions: [String] = []) {
        self.description = description
        self.exitCode = exitCode
        self.code = code
        self.suggestions = suggestions
    }

    /// The one place where library errors become command-line errors: their exit status, and their message
    /// with the library's parameter names replaced by this program's flags.
    init(_ error: any Error) {
        let report = ErrorReport(error)
        switch error {
        case let error as CLIError:
            self = error
        case let error as GraphLoadError:
            let status: ExitCode =
                switch error {
                case .fileNotFound, .unreadable, .unknownBundledGraph, .unknownGraph: .noInput
                case .invalid, .unsupportedFormat, .formatNotRead, .compressed, .corruptCompressedFile, .badSnapshot:
                    .dataError
                }
            self.init(ErrorReport(Self.inFlags(error)), status)
            if case .invalid = error { isDiagnosticList = true }
            if case .badSnapshot(let path, _) = error { description += " (neuropath snapshot NETWORK -o \(path))" }
        case let error as NodeResolutionError:
            self.init(report, .usage)
            if case .unknown(_, let suggestions) = error, suggestions.isEmpty {
                description += " (`neuropath nodes` lists the names this graph knows)"
            }
        case let error as QueryError:
            self.init(report, .usage)
            description = Self.flagWords(for: error) ?? description
        case let error as RenderError:
            switch error {
            case .tooLarge(let nodes, let limit):
                self.init(report, .usage)
                description =
                    "the diagram would have \(nodes) nodes, more than --max-nodes \(limit); draw part of the graph "
                    + "with --focus NODE --depth N, or --highlight-from A --highlight-to B --highlight-only, "
                    + "or raise --max-nodes"
            default:
                self.init(description: error.description, exitCode: .internalFailure, code: "render-failed")
            }
        default:
            self.init(report, .internalFailure)
        }
    }

    /// `error` with the library's words for options turned into this program's flags: a table's column choice
    /// (``TableColumns``) is `--columns`.
    private static func inFlags(_ error: GraphLoadError) -> GraphLoadError {
        guard case .invalid(let diagnostics) = error else { return error }
        return .invalid(
            diagnostics.map { diagnostic in
                guard diagnostic.code == .unrecognisedHeader, let columns = diagnostic.suggestion else {
                    return diagnostic
                }
                var flagged = diagnostic
                flagged.suggestion = "--columns \(columns)"
                return flagged
            })
    }

    private init(_ report: ErrorReport, _ exitCode: ExitCode) {
        self.init(
            description: report.message, exitCode: exitCode, code: report.code, suggestions: report.suggestions)
    }

    /// The message of a query error in the command line's words, where they differ from the library's.
    private static func flagWords(for error: QueryError) -> String? {
        switch error {
        case .invalidDepth(let depth):
            "--max-depth must be from 1 to \(PathDepth.maximum), not \(depth)"
        case .endpointExcluded(let node, let role, let exclusion):
            "the \(role.rawValue) '\(node)' is excluded by --\(exclusion.rawValue): remove it from --\(exclusion.rawValue)"
        case .conflictingNodes(let node):
            "'\(node)' is required by --via and excluded by --avoid or --knockout"
        case .viaIsEndpoint(let node):
            "'\(node)' is the source or the target; --via takes intermediate nodes"
        case .invalidParameter(let parameter, let value):
            "\(flag(for: parameter)) must be \(parameter.requirement), not \(value)"
        case .noPerturbation:
            "give at least one --activate or --block"
        case .tooFewNodes:
            "give at least two different nodes"
        case .noQuizSubject:
            "the graph has no drug node to ask about: give --about NODE"
        case .nodeOutOfRange, .perturbedTwice, .comparedWithEffect:
            nil
        }
    }

    private static func flag(for parameter: QueryError.Parameter) -> String {
        switch parameter {
        case .limit: "--limit"
        case .maxPaths: "--max-paths"
        case .timeout: "--timeout"
        case .k: "-k"
        case .pathsPerSign: "--paths"
        }
    }
}

extension ExitCode {
    /// 64: the command was used wrongly.
    static let usage = ExitCode(64)
    /// 65: the input data is malformed.
    static let dataError = ExitCode(65)
    /// 66: an input file is missing or unreadable.
    static let noInput = ExitCode(66)
    /// 70: an internal failure.
    static let internalFailure = ExitCode(70)
    /// 74: standard output or standard error could not be written (a full disk, a closed descriptor).
    static let ioError = ExitCode(74)
}
