/// Which nodes and interactions every query may use: the filter shared by `trace`, `effect`, `shortest`,
/// `perturb`, `loops`, `regulators` and the neighbourhood queries.
///
/// Each query adds its own parameters (a depth, a sign, nodes to pass through) beside it, so an option a query
/// cannot honour is not there to be set.
///
/// ```swift
/// let filter = PathFilter(knockout: [try graph.resolve("AMPA receptor")], minimumEvidence: .supported)
/// let result = try PathQuery(from: ketamine, to: effect, filter: filter).run(on: graph)
/// ```
///
/// Only signed interactions take part in signed path queries; associations of unknown sign are skipped there.
public struct PathFilter: Sendable, Hashable {
    /// Nodes no path may pass through.
    public var avoid: Set<NodeIndex>
    /// Nodes removed from the graph, with their interactions, before the query. `perturb` also silences the
    /// targets of their admissible *necessary* interactions, and from those onwards.
    public var knockout: Set<NodeIndex>
    /// Skip interactions weaker than this (and those with no evidence level).
    public var minimumEvidence: EvidenceLevel?
    /// Keep only interactions whose context names this species, region or cell population
    /// (see ``InteractionContext/matches(_:)``).
    public var context: String?

    /// Creates a filter; by default every interaction and node may be used.
    public init(
        avoid: Set<NodeIndex> = [], knockout: Set<NodeIndex> = [], minimumEvidence: EvidenceLevel? = nil,
        context: String? = nil
    ) {
        self.avoid = avoid
        self.knockout = knockout
        self.minimumEvidence = minimumEvidence
        self.context = context
    }

    /// The filter that lets everything through.
    public static let none = PathFilter()
}

/// The depth limits shared by the path queries: how many interactions a path may have.
public enum PathDepth {
    /// The depth every query uses unless told otherwise: 8 interactions.
    public static let standard = 8
    /// The largest depth a query accepts: 64 interactions.
    public static let maximum = 64
    /// The accepted depths, `1...64`.
    public static let accepted = 1...maximum
}
