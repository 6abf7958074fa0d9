/// What `validate` found in one graph: load errors, or the lint rules' errors and warnings.
public struct ValidationReport: Sendable, Hashable {
    /// The graph as it was named.
    public var graph: String
    /// Nodes, when the graph loaded.
    public var nodes: Int?
    /// Interactions, when the graph loaded.
    public var interactions: Int?
    /// Errors: what makes the graph invalid (with `strict`, the warnings too).
    public var errors: [String]
    /// Warnings that do not make it invalid.
    public var warnings: [String]

    /// Whether there are no errors.
    public var isValid: Bool { errors.isEmpty }

    /// Creates a report.
    public init(graph: String, nodes: Int?, interactions: Int?, errors: [String], warnings: [String]) {
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
            errors: findings.filter { $0.severity == .error || strict }.map(\.description),
            warnings: findings.filter { $0.severity == .warning && !strict }.map(\.description))
    }

    /// The report for a graph that did not load.
    public init(graph name: String, loadError: GraphLoadError) {
        self.init(graph: name, nodes: nil, interactions: nil, errors: [loadError.description], warnings: [])
    }
}
