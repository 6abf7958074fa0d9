import HeapModule

/// `trace`: every simple path from one node to another within the constraints, counted exactly and listed
/// best first: most confident first, then fewer steps (`Docs/queries.md`).
///
/// The count never materialises the paths: a depth-first search pruned by breadth-first distances to the target
/// (signed distances when a sign is required) counts them. The listed paths come from an iterative-deepening
/// pass that stops as soon as the best `limit` paths are known (a branch and bound on confidence, or an
/// iterative deepening for ``Order/shortestFirst``, which lists the shortest paths even when a search is cut short).
public struct PathQuery: Sendable {
    /// How the listed paths are chosen and ordered.
    public enum Order: String, Sendable, Hashable, CaseIterable {
        /// Shorter first, then more confident (`--order steps`): the shortest paths are listed even when the
        /// search stops at its budget.
        case shortestFirst = "shortest-first"
        /// More confident first, then shorter (the default of `trace`, `effect` and `explain`): the most
        /// confident paths of any length within the depth, found by branch and bound (a path is followed only
        /// while it could still be among them).
        case mostConfidentFirst = "most-confident-first"

        /// The word `--order` and the API's `order` use: `confidence` or `steps`.
        public var optionName: String {
            switch self {
            case .mostConfidentFirst: "confidence"
            case .shortestFirst: "steps"
            }
        }

        /// The order `--order NAME` (or the API's `order=NAME`) asks for; `nil` for a word that names none.
        public init?(optionName: String) {
            guard let order = Self.allCases.first(where: { $0.optionName == optionName }) else { return nil }
            self = order
        }
    }

    /// The source node.
    public var from: NodeIndex
    /// The target node.
    public var to: NodeIndex
    /// The longest path, in interactions (``PathDepth/accepted``).
    public var maxDepth: Int
    /// Keep only paths with this overall sign; `nil` for both (and paths through unsigned interactions).
    public var sign: Sign?
    /// Nodes every path must pass through.
    public var via: [NodeIndex]
    /// Which nodes and interactions may be used.
    public var filter: PathFilter
    /// How many paths to list (the count is always of all paths).
    public var limit: Int
    /// Which paths are listed, and in what order.
    public var order: Order
    /// Whether to count all admissible paths (can be switched off when only the best paths are wanted).
    public var countsAll: Bool
    /// Whether to find out if paths longer than `maxDepth` exist (``Result/longerPathsExist``).
    public var checksLongerPaths: Bool
    /// Work limits.
    public var budget: QueryBudget

    /// The default number of listed paths.
    public static let defaultLimit = 20

    /// Creates a query.
    public init(
        from: NodeIndex, to: NodeIndex, maxDepth: Int = PathDepth.standard, sign: Sign? = nil, via: [NodeIndex] = [],
        filter: PathFilter = .none, limit: Int = PathQuery.defaultLimit, order: Order = .mostConfidentFirst,
        countsAll: Bool = true, checksLongerPaths: Bool = false, budget: QueryBudget = QueryBudget()
    ) {
        self.from = from
        self.to = to
        self.maxDepth = maxDepth
        self.sign = sign
        self.via = via
        self.filter = filter
        self.limit = limit
        self.order = order
        self.countsAll = countsAll
        self.checksLongerPaths = checksLongerPaths
        self.budget = budget
    }

    var constraints: SearchConstraints {
        SearchConstraints(maxDepth: maxDepth, sign: sign, via: via.map(\.rawValue), filter: filter)
    }

    /// The answer of a `trace`. Encodes as the `trace` JSON of `Docs/cli.md`.
    public struct Result: Sendable, Hashable {
        /// The source node.
        public var from: NodeHandle
        /// The target node.
        public var to: NodeHandle
        /// The depth limit the paths were found within.
        public var maxDepth: Int
        /// The listed paths, at most `limit`, in the query's ``Order``.
        public var paths: [CausalPath]
        /// The number of admissible paths, or `nil` when counting did not finish within the budget (or was
        /// not asked for).
        public var total: Int?
        /// Whether a budget stopped the search: then `total` is `nil` or `paths` may not be the best.
        public var truncated: Bool
        /// When counting stopped at the budget: an unbiased estimate of the total by random probing (no `via`).
        public var estimate: Double?
        /// Whether paths longer than `maxDepth` (up to ``PathDepth/maximum``) exist; `nil` when not asked
        /// for or not settled within the budget.
        public var longerPathsExist: Bool?
        /// Why the search stopped: complete, at its budget, or cancelled (when `truncated`, which of the two).
        public var stop: QueryStop

        /// Creates a result; `stop` is ``QueryStop/budget`` when `truncated` and not given.
        public init(
            from: NodeHandle, to: NodeHandle, maxDepth: Int, paths: [CausalPath], total: Int?, truncated: Bool,
            estimate: Double? = nil, longerPathsExist: Bool? = nil, stop: QueryStop? = nil
        ) {
            self.stop = stop ?? (truncated ? .budget : .complete)
            self.from = from
            self.to = to
            self.maxDepth = maxDepth
            self.paths = paths
            self.total = total
            self.truncated = truncated
            self.estimate = estimate
            self.longerPathsExist = longerPathsExist
        }
    }

    /// What ``stream(on:_:)`` did.
    public struct StreamSummary: Sendable, Hashable {
        /// The source node.
        public var from: NodeHandle
        /// The target node.
        public var to: NodeHandle
        /// How many paths were handed to the visitor.
        public var streamed: Int
        /// Whether a budget stopped the stream (not the visitor): then more paths exist.
        public var truncated: Bool
        /// Why the stream stopped: complete (or stopped by the visitor), at its budget, or cancelled.
        public var stop: QueryStop

        /// Creates a summary; `stop` is ``QueryStop/budget`` when `truncated` and not given.
        public init(from: NodeHandle, to: NodeHandle, streamed: Int, truncated: Bool, stop: QueryStop? = nil) {
            self.from = from
            self.to = to
            self.streamed = streamed
            self.truncated = truncated
            self.stop = stop ?? (truncated ? .budget : .complete)
        }
    }

    /// Checks every parameter against `graph`.
    private func validate(on graph: PathwayGraph) throws(QueryError) {
        try constraints.validate(from: from.rawValue, to: to.rawValue, in: graph)
        guard limit >= 0 else { throw .invalidParameter(.limit, value: String(limit)) }
        try budget.validate()
    }

    /// Runs the query.
    public func run(on graph: PathwayGraph) throws(QueryError) -> Result {
        try runTellingListing(on: graph).result
    }

    /// Runs the query, saying apart whether the listing was cut short (the paths listed may not be the best),
    /// which ``Result/truncated`` does not tell from a count that stopped at its budget.
    func runTellingListing(on graph: PathwayGraph) throws(QueryError) -> (result: Result, listingTruncated: Bool) {
        try validate(on: graph)
        let search = PathSearch(
            graph: graph, from: from.rawValue, to: to.rawValue, constraints: constraints, budget: budget)
        let (paths, listingTruncated) = search.bestPaths(limit: limit, byConfidence: order == .mostConfidentFirst)
        var total: Int?
        var countTruncated = false
        var estimate: Double?
        if countsAll {
            let count = search.count(atMost: maxDepth)
            total = count.complete ? count.paths : nil
            countTruncated = !count.complete
            if countTruncated { estimate = search.estimate() }
        }
        let result = Result(
            from: graph.handle(from.rawValue), to: graph.handle(to.rawValue), maxDepth: maxDepth, paths: paths,
            total: total,
            truncated: listingTruncated || countTruncated, estimate: estimate,
            longerPathsExist: checksLongerPaths ? longerPathsExist(on: graph) : nil,
            stop: .of(truncated: listingTruncated || countTruncated))
        return (result, listingTruncated)
    }

    /// Whether some admissible path is longer than `maxDepth` (and at most ``PathDepth/maximum``): a depth-first
    /// search that stops at the first such path, within a second or the budget's timeout if shorter.
    private func longerPathsExist(on graph: PathwayGraph) -> Bool? {
        guard maxDepth < PathDepth.maximum else { return false }
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter, includeUnsigned: sign == nil)
        guard from != to, !subgraph.removed[from.rawValue] else { return false }
        let engine = SimplePathEnumerator(
            subgraph: subgraph, to: to.rawValue, maxDepth: PathDepth.maximum, sign: sign, via: via.map(\.rawValue),
            maxPaths: budget.maxPaths,
            deadline: Deadline(after: min(budget.timeout, .seconds(1))))
        var found = false
        engine.enumerate(from: from.rawValue) { edges in
            found = edges.count > maxDepth
            return !found
        }
        return found ? true : (engine.stopped ? nil : false)
    }

    /// Calls `visit` with every admissible path, in search order, without holding them: for streaming all paths
    /// out. `visit` returns `false` to stop.
    public func stream(on graph: PathwayGraph, _ visit: (CausalPath) -> Bool) throws(QueryError) -> StreamSummary {
        try validate(on: graph)
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter, includeUnsigned: sign == nil)
        var summary = StreamSummary(
            from: graph.handle(from.rawValue), to: graph.handle(to.rawValue), streamed: 0, truncated: false)
        guard from != to, !subgraph.removed[from.rawValue] else { return summary }
        let engine = SimplePathEnumerator(
            subgraph: subgraph, to: to.rawValue, maxDepth: maxDepth, sign: sign, via: via.map(\.rawValue),
            maxPaths: budget.maxPaths,
            deadline: Deadline(after: budget.timeout))
        var stoppedByVisitor = false
        engine.enumerate(from: from.rawValue) { edges in
            let path = CausalPath(checked: edges.map(Int.init), in: graph)
            summary.streamed += 1
            if !visit(path) {
                stoppedByVisitor = true
                return false
            }
            return true
        }
        summary.truncated = engine.stopped && !stoppedByVisitor
        summary.stop = .of(truncated: summary.truncated)
        return summary
    }
}

/// What `trace`, `explain`, `effect` and `perturb` ask of a path search between two nodes: the best paths, any
/// path, the count, an estimate. One engine answers all of it (``SimplePathEnumerator``), `via` nodes included.
struct PathSearch {
    let graph: PathwayGraph
    let subgraph: AdmissibleSubgraph
    let from: Int
    let to: Int
    let sign: Sign?
    let via: [Int]
    let deadline: Deadline
    let maxPaths: Int
    let maxDepth: Int

    init(
        graph: PathwayGraph, from: Int, to: Int, constraints: SearchConstraints, budget: QueryBudget,
        subgraph: AdmissibleSubgraph? = nil, deadline: Deadline? = nil
    ) {
        self.graph = graph
        self.subgraph =
            subgraph
            ?? AdmissibleSubgraph(graph: graph, filter: constraints.filter, includeUnsigned: constraints.sign == nil)
        self.from = from
        self.to = to
        self.sign = constraints.sign
        self.via = constraints.via
        self.deadline = deadline ?? Deadline(after: budget.timeout)
        maxPaths = budget.maxPaths
        maxDepth = constraints.maxDepth
    }

    /// The engine for this search, fresh (its counts and budget start from zero).
    private func enumerator() -> SimplePathEnumerator {
        SimplePathEnumerator(
            subgraph: subgraph, to: to, maxDepth: maxDepth, sign: sign, via: via, maxPaths: maxPaths,
            deadline: deadline)
    }

    /// Whether no path can exist: the source is the target or is filtered out.
    private var isEmpty: Bool { from == to || subgraph.removed[from] }

    /// An estimate of the number of paths by random probing.
    func estimate() -> Double? {
        isEmpty ? 0 : enumerator().estimate(from: from, probes: 20_000)
    }

    /// Counts the admissible paths of at most `maxDepth` interactions without listing them.
    func count(atMost maxDepth: Int) -> (paths: Int, complete: Bool) {
        guard !isEmpty else { return (0, true) }
        let engine = enumerator()
        let paths = engine.count(from: from)
        return (paths, !engine.stopped)
    }

    /// Some admissible path, the first the depth-first search meets (not the best): for questions of existence.
    func anyPath() -> (interactions: [Int]?, truncated: Bool) {
        guard !isEmpty else { return (nil, false) }
        let engine = enumerator()
        var first: [Int]?
        engine.enumerate(from: from) { edges in
            first = edges.map(Int.init)
            return false
        }
        return (first, first == nil && engine.stopped)
    }

    /// The best `limit` paths, by iterative deepening on the exact length; `truncated` when a budget stopped it
    /// before they were known. With `byConfidence`, the most confident of any length, by branch and bound.
    func bestPaths(limit: Int, byConfidence: Bool = false) -> (paths: [CausalPath], truncated: Bool) {
        guard limit > 0, !isEmpty else { return ([], false) }
        let engine = enumerator()
        let graph = self.graph
        if byConfidence {
            // Branch and bound: a path is followed only while it could still be among the `limit` most confident.
            var kept = Heap<PathCandidate>()
            engine.enumerateMostConfident(
                from: from,
                confidence: { graph.evidence(of: Int($0))?.confidence ?? EvidenceLevel.unrecordedConfidence },
                threshold: { kept.count < limit ? 0 : kept.max?.confidence ?? 0 }
            ) { edges in
                kept.insert(PathCandidate(edges, in: graph, byConfidence: true))
                if kept.count > limit { _ = kept.popMax() }
                return true
            }
            var found: [PathCandidate] = []
            while let best = kept.popMin() { found.append(best) }
            return (found.map { $0.path(in: graph) }, engine.stopped)
        }
        var found: [PathCandidate] = []
        var candidates = Heap<PathCandidate>()
        var truncated = false
        for length in 1...maxDepth {
            let wanted = limit - found.count
            engine.enumerate(from: from, length: length) { edges in
                candidates.insert(PathCandidate(edges, in: graph))
                if candidates.count > wanted { _ = candidates.popMax() }
                return true
            }
            truncated = engine.stopped
            while let best = candidates.popMin() { found.append(best) }
            if found.count >= limit || truncated { break }
        }
        return (found.map { $0.path(in: graph) }, truncated)
    }
}
