import HeapModule

/// `trace`: every simple path from one node to another within the constraints, counted exactly and listed
/// best first (DESIGN §5, `Docs/queries.md`).
///
/// The count never materialises the paths: a depth-first search pruned by breadth-first distances to the target
/// (signed distances when a sign is required) counts them. The listed paths come from an iterative-deepening
/// pass that stops as soon as the best `limit` paths are known, so a truncated search still returns the
/// shortest paths first.
public struct PathQuery: Sendable {
    /// The source node.
    public var from: Int
    /// The target node.
    public var to: Int
    /// Filters and the depth limit.
    public var constraints: PathConstraints
    /// How many paths to list (the count is always of all paths).
    public var limit: Int
    /// Whether to count all admissible paths (can be switched off when only the best paths are wanted).
    public var countsAll: Bool
    /// Work limits.
    public var budget: QueryBudget

    /// The default number of listed paths.
    public static let defaultLimit = 20

    /// Creates a query.
    public init(
        from: Int, to: Int, constraints: PathConstraints = PathConstraints(), limit: Int = PathQuery.defaultLimit,
        countsAll: Bool = true, budget: QueryBudget = QueryBudget()
    ) {
        self.from = from
        self.to = to
        self.constraints = constraints
        self.limit = limit
        self.countsAll = countsAll
        self.budget = budget
    }

    /// The answer of a `trace`.
    public struct Result: Sendable {
        /// The best paths, at most `limit`, in ``CausalPath/precedes(_:_:)`` order.
        public var paths: [CausalPath]
        /// The number of admissible paths, or `nil` when counting did not finish within the budget (or was
        /// not asked for).
        public var total: Int?
        /// Whether a budget stopped the search: then `total` is `nil` or `paths` may not be the best.
        public var truncated: Bool
        /// When counting stopped at the budget: an unbiased estimate of the total by random probing (no `--via`).
        public var estimate: Double?
    }

    /// Runs the query.
    public func run(on graph: PathwayGraph) throws(QueryError) -> Result {
        try constraints.validate(from: from, to: to, in: graph)
        guard limit >= 0 else { throw .invalidLimit("--limit must be 0 or more") }
        guard budget.maxPaths > 0 else { throw .invalidLimit("--max-paths must be at least 1") }
        var search = PathSearch(graph: graph, from: from, to: to, constraints: constraints, budget: budget)
        let (paths, listingTruncated) = search.bestPaths(limit: limit)
        var total: Int?
        var countTruncated = false
        var estimate: Double?
        if countsAll {
            let count = search.count(atMost: constraints.maxDepth)
            total = count.complete ? count.paths : nil
            countTruncated = !count.complete
            if countTruncated { estimate = search.estimate() }
        }
        return Result(paths: paths, total: total, truncated: listingTruncated || countTruncated, estimate: estimate)
    }

    /// Calls `visit` with every admissible path, in search order, without holding them: for streaming all paths
    /// out. `visit` returns `false` to stop. Returns how many were visited and whether a budget stopped it.
    public func stream(on graph: PathwayGraph, _ visit: (CausalPath) -> Bool) throws(QueryError) -> (
        count: Int, truncated: Bool
    ) {
        try constraints.validate(from: from, to: to, in: graph)
        let subgraph = AdmissibleSubgraph(
            graph: graph, constraints: constraints, includeUnsigned: constraints.sign == nil)
        guard from != to, !subgraph.removed[from] else { return (0, false) }
        let engine = SimplePathEnumerator(
            subgraph: subgraph, to: to, maxDepth: constraints.maxDepth, sign: constraints.sign,
            maxPaths: budget.maxPaths, deadline: Deadline(after: budget.timeout))
        var count = 0
        var stoppedByVisitor = false
        engine.enumerate(from: from) { edges in
            let path = CausalPath(interactions: edges.map(Int.init), in: graph)
            guard constraints.via.allSatisfy(path.nodes.contains) else { return true }
            count += 1
            if !visit(path) {
                stoppedByVisitor = true
                return false
            }
            return true
        }
        return (count, engine.stopped && !stoppedByVisitor)
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
        graph: PathwayGraph, from: Int, to: Int, constraints: PathConstraints, budget: QueryBudget,
        subgraph: AdmissibleSubgraph? = nil, deadline: Deadline? = nil
    ) {
        self.graph = graph
        let subgraph =
            subgraph
            ?? AdmissibleSubgraph(graph: graph, constraints: constraints, includeUnsigned: constraints.sign == nil)
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

    /// The best `limit` paths, by iterative deepening on the exact length; `truncated` when a budget stopped it
    /// before they were known.
    mutating func bestPaths(limit: Int) -> (paths: [CausalPath], truncated: Bool) {
        guard limit > 0, from != to, !subgraph.removed[from] else { return ([], false) }
        if via.isEmpty { return bestPathsWithoutVia(limit: limit) }
        var found: [CausalPath] = []
        for length in 1...Int32(maxDepth) {
            var candidates = Heap<RankedPath>()
            let wanted = limit - found.count
            budgetExhausted = false
            onPath[from] = true
            listFrom(from, depth: 0, length: length, signSoFar: 1, keep: wanted, into: &candidates)
            onPath[from] = false
            var level: [CausalPath] = []
            while let best = candidates.popMin() { level.append(best.path) }
            found += level
            if budgetExhausted { return (found, true) }
            if found.count >= limit { break }
        }
        return (found, false)
    }

    /// `bestPaths` on the fast engine: for each exact length, keep the best `limit` paths in a bounded heap.
    private mutating func bestPathsWithoutVia(limit: Int) -> (paths: [CausalPath], truncated: Bool) {
        let engine = enumerator()
        var found: [CausalPath] = []
        for length in 1...maxDepth {
            var candidates = Heap<RankedPath>()
            let wanted = limit - found.count
            let graph = self.graph
            engine.enumerate(from: from, length: length) { edges in
                candidates.insert(RankedPath(path: CausalPath(interactions: edges.map(Int.init), in: graph)))
                if candidates.count > wanted { _ = candidates.popMax() }
                return true
            }
            while let best = candidates.popMin() { found.append(best.path) }
            if engine.stopped { return (found, true) }
            if found.count >= limit { break }
        }
        return (found, false)
    }

    private mutating func listFrom(
        _ node: Int, depth: Int32, length: Int32, signSoFar: Int8, keep: Int, into candidates: inout Heap<RankedPath>
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
                candidates.insert(RankedPath(path: CausalPath(interactions: edgeStack.map(Int.init), in: graph)))
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
                listFrom(next, depth: depth + 1, length: length, signSoFar: signAfter, keep: keep, into: &candidates)
                edgeStack.removeLast()
                onPath[next] = false
            }
            if let viaIndex { viaVisited[viaIndex] -= 1 }
        }
    }
}

/// Orders paths of one length best first for the bounded heap.
struct RankedPath: Comparable {
    let path: CausalPath
    static func < (lhs: RankedPath, rhs: RankedPath) -> Bool { CausalPath.precedes(lhs.path, rhs.path) }
    static func == (lhs: RankedPath, rhs: RankedPath) -> Bool { lhs.path.interactions == rhs.path.interactions }
}
