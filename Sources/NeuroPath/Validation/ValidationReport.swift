/// What `validate` found in one graph: load errors, or the lint rules' errors and warnings.
public struct ValidationReport: Sendable, Hashable {
    /// The graph as it was named.
    public var graph: String
    /// Nodes, when the graph loaded.
    public var nodes: Int?
    /// Interactions, when the graph loaded.
    public var interactions: Int?
    /// Errors: what makes the graph invalid (with `strict`, the warnings too). Each one's `description` is its
    /// compiler-style message.
    public var errors: [Diagnostic]
    /// Warnings that do not make it invalid.
    public var warnings: [Diagnostic]

    /// Whether there are no errors.
    public var isValid: Bool { errors.isEmpty }

    /// Creates a report.
    public init(graph: String, nodes: Int?, interactions: Int?, errors: [Diagnostic], warnings: [Diagnostic]) {
        self.graph = graph
        self.nodes = nodes
        self.interactions = interactions
        self.errors = errors
        self.warnings = warnings
    }

    /// The report for a graph that loaded: the lint rules' findings (``GraphLinter/lint(_:profile:)``), with
    /// warnings counted as errors when `strict`. Graphs read from `.npath` are held to the curated profile,
    /// imported networks to the imported one.
    public init(graph name: String, graph: PathwayGraph, strict: Bool = false) {
        let findings = GraphLinter.lint(graph, profile: graph.sourceLocations.isEmpty ? .imported : .curated)
        self.init(
            graph: name, nodes: graph.nodes.count, interactions: graph.interactionCount,
            errors: findings.filter { $0.severity == .error || strict },
            warnings: findings.filter { $0.severity == .warning && !strict })
    }

    /// The report for a graph that did not load: the file's diagnostics when it was read and found malformed,
    /// else one ``Diagnostic/Code/graphNotLoaded`` finding with the loader's message.
    public init(graph name: String, loadError: GraphLoadError) {
        let errors: [Diagnostic] =
            if case .invalid(let diagnostics) = loadError {
                diagnostics
            } else {
                [
                    Diagnostic(
                        file: name, line: 0, column: 0, code: .graphNotLoaded, message: loadError.description)
                ]
            }
        self.init(graph: name, nodes: nil, interactions: nil, errors: errors, warnings: [])
    }
}
