import HeapModule

/// `trace`: every simple path from one node to another within the constraints, counted exactly and listed
/// best first (`Docs/queries.md`).
///
/// The count never materialises the paths: a depth-first search pruned by breadth-first distances to the target
/// (signed distances when a sign is required) counts them. The listed paths come from an iterative-deepening
/// pass that stops as soon as the best `limit` paths are known, so a truncated search still returns the
/// shortest paths first.
public struct PathQuery: Sendable {
    /// How the listed paths are chosen and ordered.
    public enum Order: String, Sendable, Hashable, CaseIterable {
        /// Shorter first, then more confident (`trace`): the shortest paths are listed even when the search
        /// stops at its budget.
        case shortestFirst = "shortest-first"
        /// More confident first, then shorter (`explain`): the most confident paths of any length within the
        /// depth, which needs every path to be seen.
        case mostConfidentFirst = "most-confident-first"
    }

    /// The source node.
    public var from: Int
    /// The target node.
    public var to: Int
    /// The longest path, in interactions (``PathDepth/accepted``).
    public var maxDepth: Int
    /// Keep only paths with this overall sign; `nil` for both (and paths through unsigned interactions).
    public var sign: Sign?
    /// Nodes every path must pass through.
    public var via: [Int]
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
        from: Int, to: Int, maxDepth: Int = PathDepth.standard, sign: Sign? = nil, via: [Int] = [],
        filter: PathFilter = .none, limit: Int = PathQuery.defaultLimit, order: Order = .shortestFirst,
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
        SearchConstraints(maxDepth: maxDepth, sign: sign, via: via, filter: filter)
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

        /// Creates a result.
        public init(
            from: NodeHandle, to: NodeHandle, maxDepth: Int, paths: [CausalPath], total: Int?, truncated: Bool,
            estimate: Double? = nil, longerPathsExist: Bool? = nil
        ) {
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

        /// Creates a summary.
        public init(from: NodeHandle, to: NodeHandle, streamed: Int, truncated: Bool) {
            self.from = from
            self.to = to
            self.streamed = streamed
            self.truncated = truncated
        }
    }

    /// Checks every parameter against `graph`.
    private func validate(on graph: PathwayGraph) throws(QueryError) {
        try constraints.validate(from: from, to: to, in: graph)
        guard limit >= 0 else { throw .invalidParameter(.limit, value: String(limit)) }
        try budget.validate()
    }

    /// Runs the query.
    public func run(on graph: PathwayGraph) throws(QueryError) -> Result {
        try validate(on: graph)
        var search = PathSearch(graph: graph, from: from, to: to, constraints: constraints, budget: budget)
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
        return Result(
            from: graph.handle(from), to: graph.handle(to), maxDepth: maxDepth, paths: paths, total: total,
            truncated: listingTruncated || countTruncated, estimate: estimate,
            longerPathsExist: checksLongerPaths ? longerPathsExist(on: graph) : nil)
    }

    /// Whether some admissible path is longer than `maxDepth` (and at most ``PathDepth/maximum``): a depth-first
    /// search that stops at the first such path, within a second or the budget's timeout if shorter.
    private func longerPathsExist(on graph: PathwayGraph) -> Bool? {
        guard maxDepth < PathDepth.maximum else { return false }
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter, includeUnsigned: sign == nil)
        guard from != to, !subgraph.removed[from] else { return false }
        let engine = SimplePathEnumerator(
            subgraph: subgraph, to: to, maxDepth: PathDepth.maximum, sign: sign, maxPaths: budget.maxPaths,
            deadline: Deadline(after: min(budget.timeout, .seconds(1))))
        var found = false
        engine.enumerate(from: from) { edges in
            guard edges.count > maxDepth else { return true }
            let nodes = edges.map { graph.targetIndex(Int($0)) }
            found = via.allSatisfy(nodes.contains)
            return !found
        }
        return found ? true : (engine.stopped ? nil : false)
    }

    /// Calls `visit` with every admissible path, in search order, without holding them: for streaming all paths
    /// out. `visit` returns `false` to stop.
    public func stream(on graph: PathwayGraph, _ visit: (CausalPath) -> Bool) throws(QueryError) -> StreamSummary {
        try validate(on: graph)
        let subgraph = AdmissibleSubgraph(graph: graph, filter: filter, includeUnsigned: sign == nil)
        var summary = StreamSummary(from: graph.handle(from), to: graph.handle(to), streamed: 0, truncated: false)
        guard from != to, !subgraph.removed[from] else { return summary }
        let engine = SimplePathEnumerator(
            subgraph: subgraph, to: to, maxDepth: maxDepth, sign: sign, maxPaths: budget.maxPaths,
            deadline: Deadline(after: budget.timeout))
        var stoppedByVisitor = false
        engine.enumerate(from: from) { edges in
            let path = CausalPath(checked: edges.map(Int.init), in: graph)
            guard via.allSatisfy(path.nodes.contains) else { return true }
            summary.streamed += 1
            if !visit(path) {
                stoppedByVisitor = true
                return false
            }
            return true
        }
        summary.truncated = engine.stopped && !stoppedByVisitor
        return summary
    }
}

/// The depth-first machinery shared by `trace`, `effect` and `perturb`.
struct PathSearch {
    let graph: PathwayGraph
    let subgraph: AdmissibleSubgraph
    let from: Int
    let to: Int
    let sign: Sign?
    let via: [Int]
    /// Unsigned distances to the target (used when no sign is required).
    let distanceToTarget: [Int32]
    /// Signed distances to the target (used when a sign is required).
    let signedDistanceToTarget: [Int32]
    /// For each `via` node: distances to it, and its distance to the target.
    let viaDistances: [(toVia: [Int32], viaToTarget: Int32)]
    var deadline: Deadline
    let maxPaths: Int
    let maxDepth: Int

    private var onPath: [Bool]
    private var edgeStack: [Int32] = []
    private var viaVisited: [Int] = []
    private var pathsSeen = 0
    private(set) var budgetExhausted = false

    init(
        graph: PathwayGraph, from: Int, to: Int, constraints: SearchConstraints, budget: QueryBudget,
        subgraph: AdmissibleSubgraph? = nil, deadline: Deadline? = nil
    ) {
        self.graph = graph
        let subgraph =
            subgraph
            ?? AdmissibleSubgraph(graph: graph, filter: constraints.filter, includeUnsigned: constraints.sign == nil)
        self.subgraph = subgraph
        self.from = from
        self.to = to
        self.sign = constraints.sign
        self.via = constraints.via
        // The fast engine computes its own bounds; these serve the search with `via` nodes only.
        let needsBounds = !constraints.via.isEmpty
        distanceToTarget = needsBounds && constraints.sign == nil ? subgraph.distances(to: to) : []
        signedDistanceToTarget = needsBounds && constraints.sign != nil ? subgraph.signedDistances(to: to) : []
        viaDistances = constraints.via.map { node in
            let toVia = subgraph.distances(to: node)
            let fromVia = subgraph.distances(to: node, forward: true)
            return (toVia, fromVia[to])
        }
        self.deadline = deadline ?? Deadline(after: budget.timeout)
        maxPaths = budget.maxPaths
        maxDepth = constraints.maxDepth
        onPath = [Bool](repeating: false, count: graph.nodes.count)
        viaVisited = [Int](repeating: 0, count: constraints.via.count)
    }

    /// The fewest interactions still needed from `node`, given the sign accumulated so far.
    @inline(__always)
    private func remainingLowerBound(at node: Int, signSoFar: Int8, visitedAllVia: Bool) -> Int32 {
        var bound: Int32
        if let sign {
            let needed = sign.rawValue * signSoFar  // the sign the rest of the path must have
            bound = signedDistanceToTarget[2 * node + (needed > 0 ? 0 : 1)]
        } else {
            bound = distanceToTarget[node]
        }
        if !visitedAllVia {
            for (index, distances) in viaDistances.enumerated() where viaVisited[index] == 0 {
                let toVia = distances.toVia[node]
                guard toVia != AdmissibleSubgraph.unreachable, distances.viaToTarget != AdmissibleSubgraph.unreachable
                else { return AdmissibleSubgraph.unreachable }
                bound = max(bound, toVia + distances.viaToTarget)
            }
        }
        return bound
    }

    private var allViaVisited: Bool { !viaVisited.contains(0) }

    // MARK: Counting

    /// The fast engine, used whenever no `via` node is required.
    private func enumerator() -> SimplePathEnumerator {
        SimplePathEnumerator(
            subgraph: subgraph, to: to, maxDepth: maxDepth, sign: sign, maxPaths: maxPaths, deadline: deadline)
    }

    /// An estimate of the number of paths by random probing; `nil` with `via` nodes.
    func estimate() -> Double? {
        guard via.isEmpty else { return nil }
        return enumerator().estimate(from: from, probes: 20_000)
    }

    /// Counts the admissible paths of at most `maxDepth` interactions without listing them.
    mutating func count(atMost maxDepth: Int) -> (paths: Int, complete: Bool) {
        pathsSeen = 0
        budgetExhausted = false
        guard from != to, !subgraph.removed[from] else { return (0, true) }
        if via.isEmpty {
            let engine = enumerator()
            let paths = engine.count(from: from)
            return (paths, !engine.stopped)
        }
        onPath[from] = true
        countFrom(from, depth: 0, maxDepth: Int32(maxDepth), signSoFar: 1)
        onPath[from] = false
        return (pathsSeen, !budgetExhausted)
    }

    private mutating func countFrom(_ node: Int, depth: Int32, maxDepth: Int32, signSoFar: Int8) {
        for edge in graph.outgoingInteractions(of: node) {
            if budgetExhausted { return }
            let e = Int(edge)
            let edgeSign = subgraph.edgeSign(e)
            guard edgeSign != 0 else { continue }
            let next = graph.targetIndex(e)
            guard !onPath[next] else { continue }
            let signAfter: Int8 = sign == nil ? 1 : signSoFar * edgeSign
            if next == to {
                if (sign == nil || sign!.rawValue == signAfter) && allViaVisited {
                    pathsSeen += 1
                    if pathsSeen >= maxPaths { budgetExhausted = true }
                }
                continue
            }
            if deadline.check() {
                budgetExhausted = true
                return
            }
            let viaIndex = via.firstIndex(of: next)
            if let viaIndex { viaVisited[viaIndex] += 1 }
            let bound = remainingLowerBound(at: next, signSoFar: signAfter, visitedAllVia: allViaVisited)
            if bound != AdmissibleSubgraph.unreachable, depth + 1 + bound <= maxDepth {
                onPath[next] = true
                countFrom(next, depth: depth + 1, maxDepth: maxDepth, signSoFar: signAfter)
                onPath[next] = false
            }
            if let viaIndex { viaVisited[viaIndex] -= 1 }
        }
    }

    // MARK: Listing

    /// Some admissible path, the first the depth-first search meets (not the best): for questions of existence.
    mutating func anyPath() -> (interactions: [Int]?, truncated: Bool) {
        guard via.isEmpty else {
            let found = bestPaths(limit: 1)
            return (found.paths.first?.interactions, found.truncated)
        }
        guard from != to, !subgraph.removed[from] else { return (nil, false) }
        let engine = enumerator()
        var first: [Int]?
        engine.enumerate(from: from) { edges in
            first = edges.map(Int.init)
            return false
        }
        return (first, first == nil && engine.stopped)
    }

    /// The best `limit` paths, by iterative deepening on the exact length; `truncated` when a budget stopped it
    /// before they were known. With `byConfidence`, every length is searched and the most confident are kept.
    mutating func bestPaths(limit: Int, byConfidence: Bool = false) -> (paths: [CausalPath], truncated: Bool) {
        guard limit > 0, from != to, !subgraph.removed[from] else { return ([], false) }
        let engine = via.isEmpty ? enumerator() : nil
        var found: [PathCandidate] = []
        var candidates = Heap<PathCandidate>()
        var truncated = false
        for length in 1...maxDepth {
            let wanted = byConfidence ? limit : limit - found.count
            if let engine {
                let graph = self.graph
                engine.enumerate(from: from, length: length) { edges in
                    candidates.insert(PathCandidate(edges, in: graph, byConfidence: byConfidence))
                    if candidates.count > wanted { _ = candidates.popMax() }
                    return true
                }
                truncated = engine.stopped
            } else {
                budgetExhausted = false
                onPath[from] = true
                listFrom(
                    from, depth: 0, length: Int32(length), signSoFar: 1, keep: wanted, byConfidence: byConfidence,
                    into: &candidates)
                onPath[from] = false
                truncated = budgetExhausted
            }
            if !byConfidence {
                while let best = candidates.popMin() { found.append(best) }
                if found.count >= limit { break }
            }
            if truncated { break }
        }
        while let best = candidates.popMin() { found.append(best) }
        return (found.map { $0.path(in: graph) }, truncated)
    }

    private mutating func listFrom(
        _ node: Int, depth: Int32, length: Int32, signSoFar: Int8, keep: Int, byConfidence: Bool,
        into candidates: inout Heap<PathCandidate>
    ) {
        for edge in graph.outgoingInteractions(of: node) {
            if budgetExhausted { return }
            let e = Int(edge)
            let edgeSign = subgraph.edgeSign(e)
            guard edgeSign != 0 else { continue }
            let next = graph.targetIndex(e)
            guard !onPath[next] else { continue }
            let signAfter: Int8 = sign == nil ? 1 : signSoFar * edgeSign
            if deadline.check() {
                budgetExhausted = true
                return
            }
            if next == to {
                guard depth + 1 == length, sign == nil || sign!.rawValue == signAfter, allViaVisited else { continue }
                edgeStack.append(edge)
                candidates.insert(PathCandidate(edgeStack, in: graph, byConfidence: byConfidence))
                if candidates.count > keep { _ = candidates.popMax() }
                edgeStack.removeLast()
                continue
            }
            let viaIndex = via.firstIndex(of: next)
            if let viaIndex { viaVisited[viaIndex] += 1 }
            let bound = remainingLowerBound(at: next, signSoFar: signAfter, visitedAllVia: allViaVisited)
            if bound != AdmissibleSubgraph.unreachable, depth + 1 + bound <= length {
                onPath[next] = true
                edgeStack.append(edge)
                listFrom(
                    next, depth: depth + 1, length: length, signSoFar: signAfter, keep: keep,
                    byConfidence: byConfidence, into: &candidates)
                edgeStack.removeLast()
                onPath[next] = false
            }
            if let viaIndex { viaVisited[viaIndex] -= 1 }
        }
    }
}
