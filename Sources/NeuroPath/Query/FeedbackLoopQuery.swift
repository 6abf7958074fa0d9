/// `loops`: signed feedback loops (simple cycles) of at most `maxLength` interactions. A positive loop
/// amplifies, a negative loop stabilises. Each loop is reported once, starting at its node with the smallest
/// index; a self-loop is a loop of length 1; parallel interactions make distinct loops.
public struct FeedbackLoopQuery: Sendable {
    /// The longest loop, in interactions.
    public var maxLength: Int
    /// Only loops through this node, if set.
    public var through: NodeIndex?
    /// Only loops of this sign, if set.
    public var sign: Sign?
    /// Which nodes and interactions may be used.
    public var filter: PathFilter
    /// Stop after this many loops or this much time.
    public var budget: QueryBudget

    /// The default longest loop.
    public static let defaultMaxLength = 6

    /// Creates a query.
    public init(
        maxLength: Int = FeedbackLoopQuery.defaultMaxLength, through: NodeIndex? = nil, sign: Sign? = nil,
        filter: PathFilter = .none, budget: QueryBudget = QueryBudget(maxPaths: 10_000)
    ) {
        self.maxLength = maxLength
        self.through = through
        self.sign = sign
        self.filter = filter
        self.budget = budget
    }

    /// The answer. Encodes as the `loops` JSON of `Docs/cli.md`.
    public struct Result: Sendable, Hashable {
        /// The loops found, shortest first, then by node sequence. Each starts and ends at the same node.
        public var loops: [CausalPath]
        /// Whether a budget stopped the search: then more loops may exist.
        public var truncated: Bool
        /// Why the search stopped: complete, at its budget, or cancelled (when `truncated`, which of the two).
        public var stop: QueryStop

        /// Creates a result; `stop` is ``QueryStop/budget`` when `truncated` and not given.
        public init(loops: [CausalPath], truncated: Bool, stop: QueryStop? = nil) {
            self.loops = loops
            self.truncated = truncated
            self.stop = stop ?? (truncated ? .budget : .complete)
        }
    }

    /// The loops found, shortest first, then by node sequence; `truncated` when a budget stopped the search.
    ///
    /// The loops through a node are the simple paths from it back to itself, found by the engine every path
    /// query uses. Without `through`, each node in turn is the start, with the nodes before it removed, so every
    /// loop is found once: from its node with the smallest index.
    public func run(on graph: PathwayGraph) throws(QueryError) -> Result {
        try SearchConstraints(maxDepth: maxLength, filter: filter).validate(from: through?.rawValue, to: nil, in: graph)
        try budget.validate()
        let deadline = Deadline(after: budget.timeout)
        let whole = AdmissibleSubgraph(graph: graph, filter: filter)
        var found: [CausalPath] = []
        var stopped = false
        for start in through.map({ [$0.rawValue] }) ?? Array(graph.nodes.indices) where !stopped {
            guard !whole.removed[start], !graph.incomingEdges(of: start).isEmpty else { continue }
            let subgraph =
                through == nil ? AdmissibleSubgraph(graph: graph, filter: filter, removingBelow: start) : whole
            let engine = SimplePathEnumerator(
                subgraph: subgraph, to: start, maxDepth: maxLength, sign: sign, maxPaths: budget.maxPaths - found.count,
                deadline: deadline)
            engine.enumerateCycles { edges in
                found.append(CausalPath(checked: edges.map(Int.init), in: graph))
                return true
            }
            stopped = engine.stopped
        }
        let loops = found.sorted {
            $0.length != $1.length
                ? $0.length < $1.length
                : $0.nodes.lexicographicallyPrecedes($1.nodes)
                    || ($0.nodes == $1.nodes && $0.interactions.lexicographicallyPrecedes($1.interactions))
        }
        return Result(loops: loops, truncated: stopped, stop: .of(truncated: stopped))
    }
}
