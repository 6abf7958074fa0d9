/// An error as a program receives it: a stable code, a message a person can act on, and the names they may
/// have meant. Encodes as `{"error": {"code", "message", "suggestions"}}`, the JSON error of `Docs/cli.md`,
/// for command lines and web servers alike.
public struct ErrorReport: Sendable, Hashable {
    /// A stable, kebab-case code (`unknown-node`, `invalid-depth`, `file-not-found`, …).
    public var code: String
    /// What went wrong and what to do.
    public var message: String
    /// Names the person may have meant (node ids, graph names), nearest first.
    public var suggestions: [String]
    /// The request parameter or command-line option the error is about (`to`, `max_depth`), when it is one:
    /// so a form can show the message under the field that caused it.
    public var parameter: String?

    /// Creates a report.
    public init(code: String, message: String, suggestions: [String] = [], parameter: String? = nil) {
        self.code = code
        self.message = message
        self.suggestions = suggestions
        self.parameter = parameter
    }

    /// The report of a NeuroPath error (any other error is reported with the code `internal`).
    public init(_ error: any Error) {
        switch error {
        case let error as NodeResolutionError:
            self.init(code: error.code, message: error.description, suggestions: error.alternatives)
        case let error as QueryError: self.init(code: error.code, message: error.description)
        case let error as GraphLoadError:
            self.init(code: error.code, message: error.description, suggestions: error.suggestions)
        case let error as PathError: self.init(code: error.code, message: error.description)
        case let error as PathwayGraphBuilder.BuildError: self.init(code: error.code, message: error.description)
        case let error as Diagnostic: self.init(code: error.code.rawValue, message: error.description)
        default: self.init(code: "internal", message: "\(error)")
        }
    }
}

extension NodeResolutionError {
    /// The stable code of ``ErrorReport``.
    public var code: String {
        switch self {
        case .emptyName: "empty-name"
        case .unknown: "unknown-node"
        case .ambiguous: "ambiguous-node"
        }
    }
}

extension QueryError {
    /// The stable code of ``ErrorReport``.
    public var code: String {
        switch self {
        case .nodeOutOfRange: "node-out-of-range"
        case .invalidDepth: "invalid-depth"
        case .endpointExcluded: "endpoint-excluded"
        case .conflictingNodes: "conflicting-nodes"
        case .viaIsEndpoint: "via-is-endpoint"
        case .invalidParameter: "invalid-parameter"
        case .tooFewNodes: "too-few-nodes"
        case .noPerturbation: "no-perturbation"
        case .perturbedTwice: "perturbed-twice"
        case .noQuizSubject: "no-quiz-subject"
        case .comparedWithEffect: "compared-with-effect"
        }
    }
}

extension GraphLoadError {
    /// The stable code of ``ErrorReport``.
    public var code: String {
        switch self {
        case .fileNotFound: "file-not-found"
        case .unreadable: "unreadable-file"
        case .invalid: "invalid-graph"
        case .unknownBundledGraph: "unknown-bundled-graph"
        case .unsupportedFormat: "unsupported-format"
        case .formatNotRead: "format-not-read"
        case .compressed: "compressed-file"
        case .corruptCompressedFile: "corrupt-compressed-file"
        case .unknownGraph: "unknown-graph"
        case .badSnapshot: "bad-snapshot"
        }
    }

    /// Graph names near the one asked for, or the fixes the diagnostics suggest.
    public var suggestions: [String] {
        switch self {
        case .unknownBundledGraph(let name, let available), .unknownGraph(let name, let available):
            EditDistance.nearest(to: name, in: available)
        case .invalid(let diagnostics): diagnostics.compactMap(\.suggestion)
        default: []
        }
    }
}

extension PathError {
    /// The stable code of ``ErrorReport``.
    public var code: String {
        switch self {
        case .empty: "empty-path"
        case .interactionOutOfRange: "interaction-out-of-range"
        case .disconnected: "disconnected-path"
        case .repeatsNode: "repeated-node"
        case .fromAnotherGraph: "path-from-another-graph"
        }
    }
}

extension PathwayGraphBuilder.BuildError {
    /// The stable code of ``ErrorReport``.
    public var code: String {
        switch self {
        case .duplicateNode: "duplicate-node"
        case .unknownNodeIndex: "unknown-node-index"
        }
    }
}
