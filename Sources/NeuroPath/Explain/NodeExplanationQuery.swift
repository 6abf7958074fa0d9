/// `explain --node`: one node told in plain language: what it is, what acts on it and what it acts on, each
/// influence with its evidence, species and citations.
///
/// ```swift
/// let bdnf = try NodeExplanationQuery(node: graph.resolve("BDNF")).run(on: graph)
/// print(bdnf.overview)
/// for influence in bdnf.drivenBy { print("-", influence.sentence) }
/// ```
public struct NodeExplanationQuery: Sendable {
    /// The node to explain.
    public var node: NodeIndex

    /// Creates a query.
    public init(node: NodeIndex) { self.node = node }

    /// The node's explanation; ``QueryError/nodeOutOfRange(index:nodeCount:)`` for an index the graph does not have.
    public func run(on graph: PathwayGraph) throws(QueryError) -> NodeExplanation {
        try Explainer(graph: graph).explain(node: node)
    }
}

extension NodeExplanationQuery: GraphQuery {}

extension PathExplanation {
    /// The story of `path`, a path you already have (from ``PathQuery``, a saved answer, a student's choice),
    /// told in `graph`'s words; ``PathError/fromAnotherGraph`` when it is not a path of `graph`.
    public init(explaining path: CausalPath, in graph: PathwayGraph) throws(PathError) {
        self = try Explainer(graph: graph).explain(path)
    }
}
