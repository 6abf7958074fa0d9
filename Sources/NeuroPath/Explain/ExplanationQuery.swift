/// `explain`: the most confident paths from one node to another, each told in plain language.
///
/// ```swift
/// let query = ExplanationQuery(from: ketamine, to: synaptogenesis, via: [try graph.resolve("GABA")])
/// let result = try query.run(on: graph)
/// print(result.explanations.first?.summary ?? "no path")
/// ```
public struct ExplanationQuery: Sendable {
    /// The cause.
    public var from: NodeIndex
    /// The effect.
    public var to: NodeIndex
    /// The longest path considered, in interactions.
    public var maxDepth: Int
    /// Nodes every explained path must pass through.
    public var via: [NodeIndex]
    /// Which nodes and interactions may be used.
    public var filter: PathFilter
    /// How many paths to tell, most confident first.
    public var count: Int
    /// Work limits.
    public var budget: QueryBudget

    /// Creates a query.
    public init(
        from: NodeIndex, to: NodeIndex, maxDepth: Int = PathDepth.standard, via: [NodeIndex] = [],
        filter: PathFilter = .none,
        count: Int = 1, budget: QueryBudget = QueryBudget()
    ) {
        self.from = from
        self.to = to
        self.maxDepth = maxDepth
        self.via = via
        self.filter = filter
        self.count = count
        self.budget = budget
    }

    /// The answer. Encodes as the `explain` JSON of `Docs/cli.md`.
    public struct Result: Sendable, Hashable {
        /// The cause.
        public var from: NodeHandle
        /// The effect.
        public var to: NodeHandle
        /// The depth limit.
        public var maxDepth: Int
        /// The explanations, most confident path first.
        public var explanations: [PathExplanation]
        /// How many admissible paths there are, or `nil` when the budget stopped the count.
        public var total: Int?
        /// Whether a budget stopped the search: then a more confident path may exist.
        public var truncated: Bool
        /// Why the search stopped: complete, at its budget, or cancelled (when `truncated`, which of the two).
        public var stop: QueryStop

        /// Creates a result; `stop` is ``QueryStop/budget`` when `truncated` and not given.
        public init(
            from: NodeHandle, to: NodeHandle, maxDepth: Int, explanations: [PathExplanation], total: Int?,
            truncated: Bool, stop: QueryStop? = nil
        ) {
            self.stop = stop ?? (truncated ? .budget : .complete)
            self.from = from
            self.to = to
            self.maxDepth = maxDepth
            self.explanations = explanations
            self.total = total
            self.truncated = truncated
        }
    }

    /// Finds the most confident paths and explains them.
    public func run(on graph: PathwayGraph) throws(QueryError) -> Result {
        // The most confident paths are found exactly even when there are too many paths to count: then `total`
        // is nil, and `truncated` says only whether a more confident path may exist.
        let (paths, listingTruncated) = try PathQuery(
            from: from, to: to, maxDepth: maxDepth, via: via, filter: filter, limit: count,
            order: .mostConfidentFirst, budget: budget
        ).runTellingListing(on: graph)
        let explainer = Explainer(graph: graph)
        return Result(
            from: paths.from, to: paths.to, maxDepth: maxDepth, explanations: paths.paths.map(explainer.story(of:)),
            total: paths.total, truncated: listingTruncated, stop: .of(truncated: listingTruncated))
    }
}
