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
    public func run(on graph: PathwayGraph) throws(QueryError) -> Result {
        try SearchConstraints(maxDepth: maxLength, filter: filter).validate(from: through?.rawValue, to: nil, in: graph)
        try budget.validate()
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter)
        var search = LoopSearch(graph: graph, subgraph: subgraph, maxLength: maxLength, sign: sign, budget: budget)
        let starts = through.map { [$0.rawValue] } ?? Array(graph.nodes.indices)
        for start in starts where !search.stopped {
            search.loops(startingAt: start, lowestIndex: through == nil)
        }
        let loops = search.found.sorted {
            $0.length != $1.length
                ? $0.length < $1.length
                : $0.nodes.lexicographicallyPrecedes($1.nodes)
                    || ($0.nodes == $1.nodes && $0.interactions.lexicographicallyPrecedes($1.interactions))
        }
        return Result(loops: loops, truncated: search.stopped, stop: .of(truncated: search.stopped))
    }
}

private struct LoopSearch {
    let graph: PathwayGraph
    let subgraph: AdmissibleSubgraph
    let maxLength: Int
    let sign: Sign?
    let maxLoops: Int
    var deadline: Deadline
    var found: [CausalPath] = []
    var stopped = false
    private var onPath: [Bool]
    private var edges: [Int] = []

    init(graph: PathwayGraph, subgraph: AdmissibleSubgraph, maxLength: Int, sign: Sign?, budget: QueryBudget) {
        self.graph = graph
        self.subgraph = subgraph
        self.maxLength = maxLength
        self.sign = sign
        maxLoops = budget.maxPaths
        deadline = Deadline(after: budget.timeout)
        onPath = [Bool](repeating: false, count: graph.nodes.count)
    }

    /// Loops through `start`; with `lowestIndex`, only those whose other nodes all have larger indices, so each
    /// loop is found once.
    mutating func loops(startingAt start: Int, lowestIndex: Bool) {
        guard !subgraph.removed[start], !graph.incomingEdges(of: start).isEmpty else { return }
        let distanceBack = subgraph.distances(to: start, maxDepth: maxLength)
        onPath[start] = true
        extend(from: start, start: start, depth: 1, lowestIndex: lowestIndex, distanceBack: distanceBack)
        onPath[start] = false
    }

    private mutating func extend(from node: Int, start: Int, depth: Int, lowestIndex: Bool, distanceBack: [Int32]) {
        for edge in graph.outgoingEdges(of: node) {
            guard !stopped else { return }
            let e = Int(edge)
            guard subgraph.edgeSign(e) != 0 else { continue }
            let next = graph.targetIndex(e)
            if deadline.check() {
                stopped = true
                return
            }
            edges.append(e)
            defer { edges.removeLast() }
            if next == start {
                let loop = CausalPath(checked: edges, in: graph)
                if sign == nil || loop.sign == sign {
                    found.append(loop)
                    if found.count >= maxLoops { stopped = true }
                }
                continue
            }
            guard !onPath[next], !lowestIndex || next > start, depth < maxLength,
                distanceBack[next] != AdmissibleSubgraph.unreachable, depth + Int(distanceBack[next]) <= maxLength
            else { continue }
            onPath[next] = true
            extend(from: next, start: start, depth: depth + 1, lowestIndex: lowestIndex, distanceBack: distanceBack)
            onPath[next] = false
        }
    }
}
