/// The fast engine for counting and enumerating simple paths on large networks.
///
/// Per query it lays out the usable interactions as compact arrays, each node's out-neighbours sorted by their
/// breadth-first distance to the target. A depth-first step then stops at the first neighbour that can no
/// longer reach the target within the depth left, so hubs with thousands of neighbours cost only the
/// neighbours that matter. With a sign required, a second bound (the distance to the target *with the sign
/// still needed*) prunes each neighbour; with nodes every path must pass (`via`), a third (the distance to each
/// such node not yet passed, plus its distance to the target). It is the one simple-path engine: `trace`
/// (listing, counting, streaming), `explain`, `effect`, `perturb` and `loops` (the paths from the target back to
/// itself) all search with it. The inner loop touches
/// only ``FixedBuffer``s: no reference counting, no allocation, index checks in debug, test and fuzz builds.
/// `explain` adds a confidence bound through a ``PathPruning`` hook; every other search passes ``NoPruning``,
/// which the compiler removes.
final class SimplePathEnumerator {
    private let nodeCount: Int
    private let target: Int32
    private let maxDepth: Int32
    private let sign: Int8
    private let maxPaths: Int
    // The mutable state of the search is touched at every step: `@exclusivity(unchecked)` spares it the dynamic
    // exclusivity checks of class properties (a third of the time of a long search), which cannot fail here:
    // the search is one recursive method of this class, never re-entered from outside during a run.
    @exclusivity(unchecked) private var deadline: Deadline

    /// Each node's slice of `neighbours`, `edgeSigns` and `edgeIDs`: `offsets[v]..<offsets[v + 1]`.
    private let offsets: FixedBuffer<Int32>
    private let neighbours: FixedBuffer<Int32>
    private let edgeSigns: FixedBuffer<Int8>
    private let edgeIDs: FixedBuffer<Int32>
    /// Hop distance from each node to the target.
    private let distance: FixedBuffer<Int32>
    /// With a sign required: `signedDistance[2v]` the hops to the target by a positive path, `[2v + 1]` by a
    /// negative one. Empty otherwise.
    private let signedDistance: FixedBuffer<Int32>
    private let onPath: FixedBuffer<Bool>
    /// The nodes every path must pass, and for the `i`th: `distanceToVia[i * nodeCount + v]` the hops from `v`
    /// to it, `viaToTarget[i]` the hops from it to the target. Empty without `via` nodes.
    private let via: FixedBuffer<Int32>
    private let viaCount: Int
    private let distanceToVia: FixedBuffer<Int32>
    private let viaToTarget: FixedBuffer<Int32>
    private let edgeCount: Int
    /// For counting without a sign, the last two steps are counted in bulk (``countLastTwoSteps(from:)``):
    /// per node, its interactions into the target, and its two-step paths to the target through any node.
    private let edgesToTarget: FixedBuffer<Int32>
    private let twoStepPaths: FixedBuffer<Int>
    /// Each node's neighbours one step from the target, sorted by index (`nearOffsets[v]..<nearOffsets[v + 1]`),
    /// to find the two-step paths that pass a node already on the path.
    private let nearOffsets: FixedBuffer<Int32>
    private let nearNeighbours: FixedBuffer<Int32>
    /// The nodes on the current path, source first, while counting.
    private let pathNodes: FixedBuffer<Int32>
    @exclusivity(unchecked) private var pathLength = 0
    @exclusivity(unchecked) private var stack: [Int32] = []

    /// Paths found so far.
    @exclusivity(unchecked) private(set) var paths = 0
    /// Whether `maxPaths` or the deadline stopped the search.
    @exclusivity(unchecked) private(set) var stopped = false

    /// Sets up a search from any node to `target` within `maxDepth` interactions, under `subgraph`'s usable
    /// interactions; `sign` (when given) is the sign every path must have, and `via` the nodes every path must
    /// pass (none of them the target or a source searched from).
    init(
        subgraph: AdmissibleSubgraph, to target: Int, maxDepth: Int, sign: Sign?, via: [Int] = [], maxPaths: Int,
        deadline: Deadline
    ) {
        let graph = subgraph.graph
        nodeCount = graph.nodes.count
        self.target = Int32(target)
        self.maxDepth = Int32(maxDepth)
        self.sign = sign?.rawValue ?? 0
        self.maxPaths = maxPaths
        self.deadline = deadline

        let distances = subgraph.distances(to: target, maxDepth: maxDepth)
        distance = FixedBuffer(copying: distances)
        signedDistance = FixedBuffer(
            copying: sign == nil ? [] : subgraph.signedDistances(to: target, maxDepth: maxDepth))

        // Counting sort of each node's usable out-edges by the distance of their target.
        var counts = [Int32](repeating: 0, count: nodeCount + 1)
        let unreachable = AdmissibleSubgraph.unreachable
        for index in 0..<graph.packed.count where subgraph.edgeSign(index) != 0 {
            let edgeTarget = Int(graph.packed[index].target)
            if distances[edgeTarget] != unreachable && distances[edgeTarget] < Int32(maxDepth) {
                counts[Int(graph.packed[index].source) + 1] += 1
            }
        }
        for node in 0..<nodeCount { counts[node + 1] += counts[node] }
        edgeCount = Int(counts[nodeCount])
        offsets = FixedBuffer(copying: counts)
        neighbours = FixedBuffer(repeating: 0, count: edgeCount)
        edgeSigns = FixedBuffer(repeating: 0, count: edgeCount)
        edgeIDs = FixedBuffer(repeating: 0, count: edgeCount)
        var cursor = counts
        // Place edges bucketed by distance: iterate distances in increasing order so each node's slice is sorted.
        var buckets = [[Int32]](repeating: [], count: maxDepth)
        for index in 0..<graph.packed.count where subgraph.edgeSign(index) != 0 {
            let edgeTarget = Int(graph.packed[index].target)
            let d = distances[edgeTarget]
            if d != unreachable && d < Int32(maxDepth) { buckets[Int(d)].append(Int32(index)) }
        }
        for bucket in buckets {
            for edge in bucket {
                let record = graph.packed[Int(edge)]
                let slot = Int(cursor[Int(record.source)])
                neighbours[slot] = record.target
                edgeSigns[slot] = subgraph.edgeSign(Int(edge))
                edgeIDs[slot] = edge
                cursor[Int(record.source)] += 1
            }
        }
        onPath = FixedBuffer(repeating: false, count: nodeCount)
        pathNodes = FixedBuffer(repeating: 0, count: maxDepth + 1)
        self.via = FixedBuffer(copying: via.map(Int32.init))
        viaCount = via.count
        distanceToVia = FixedBuffer(copying: via.flatMap { subgraph.distances(to: $0, maxDepth: maxDepth) })
        viaToTarget = FixedBuffer(
            copying: via.map { subgraph.distances(to: $0, forward: true, maxDepth: maxDepth)[target] })

        // The last two steps are counted in bulk only without a sign and without `via` nodes.
        let bulk =
            sign == nil && via.isEmpty ? Self.bulkTables(counts, neighbours, distances, target: Int32(target)) : nil
        edgesToTarget = FixedBuffer(copying: bulk?.edgesToTarget ?? [])
        twoStepPaths = FixedBuffer(copying: bulk?.twoStepPaths ?? [])
        nearOffsets = FixedBuffer(copying: bulk?.nearOffsets ?? [])
        nearNeighbours = FixedBuffer(copying: bulk?.nearNeighbours ?? [])
        #if NEUROPATH_INVARIANTS
            for node in 0..<nodeCount {
                precondition(offsets[node] <= offsets[node + 1], "offsets must not decrease")
                var previous: Int32 = 0
                for slot in Int(offsets[node])..<Int(offsets[node + 1]) {
                    let d = distance[neighbours[slot]]
                    precondition(d >= previous && d < self.maxDepth, "each node's neighbours are sorted by distance")
                    previous = d
                }
            }
        #endif
    }

    /// The tables for counting the last two steps in bulk, from the laid-out slices (`offsets` as an array).
    private static func bulkTables(
        _ offsets: [Int32], _ neighbours: borrowing FixedBuffer<Int32>, _ distance: [Int32], target: Int32
    ) -> (edgesToTarget: [Int32], twoStepPaths: [Int], nearOffsets: [Int32], nearNeighbours: [Int32]) {
        let nodeCount = offsets.count - 1
        var edgesToTarget = [Int32](repeating: 0, count: nodeCount)
        var nearOffsets = [Int32](repeating: 0, count: nodeCount + 1)
        var nearNeighbours: [Int32] = []
        for node in 0..<nodeCount {
            var block: [Int32] = []
            // The target's own interactions never continue a path.
            for slot in Int(offsets[node])..<Int(offsets[node + 1]) where Int32(node) != target {
                let next = neighbours[slot]
                if next == target {
                    edgesToTarget[node] += 1
                } else if distance[Int(next)] == 1 {
                    block.append(next)
                } else {
                    break  // sorted by distance: nothing later is one step from the target
                }
            }
            nearNeighbours += block.sorted()
            nearOffsets[node + 1] = Int32(nearNeighbours.count)
        }
        var twoStepPaths = [Int](repeating: 0, count: nodeCount)
        for node in 0..<nodeCount {
            for slot in Int(nearOffsets[node])..<Int(nearOffsets[node + 1]) {
                twoStepPaths[node] += Int(edgesToTarget[Int(nearNeighbours[slot])])
            }
        }
        return (edgesToTarget, twoStepPaths, nearOffsets, nearNeighbours)
    }

    /// Counts the paths of one or two more steps from `node` (on the path, two steps left) to the target: its
    /// interactions into the target, plus its two-step paths less those through a node already on the path.
    private func countLastTwoSteps(from node: Int32) {
        var total = Int(edgesToTarget[node]) + twoStepPaths[Int(node)]
        let start = Int(nearOffsets[node]), end = Int(nearOffsets[Int(node) + 1])
        for index in 0..<pathLength {
            let visited = pathNodes[index]
            let onward = Int(edgesToTarget[visited])
            guard onward > 0 else { continue }
            // The interactions node → visited: a run in the sorted block, found by binary search.
            var low = start, high = end
            while low < high {
                let middle = (low + high) / 2
                if nearNeighbours[middle] < visited { low = middle + 1 } else { high = middle }
            }
            var run = low
            while run < end && nearNeighbours[run] == visited { run += 1 }
            total -= (run - low) * onward
        }
        paths += total
        if paths >= maxPaths {
            paths = maxPaths
            stopped = true
        }
    }

    /// Whether a sign is required, and so `signedDistance` is filled.
    private var signed: Bool { sign != 0 }

    /// Whether a path that goes on to `next` with `remaining` interactions left (the one to `next` included) can
    /// still pass every `via` node not on the path yet.
    @inline(__always)
    private func canPassEveryVia(after next: Int32, remaining: Int32) -> Bool {
        for index in 0..<viaCount where !onPath[via[index]] {
            let toVia = distanceToVia[index * nodeCount + Int(next)], onward = viaToTarget[index]
            let unreachable = AdmissibleSubgraph.unreachable
            if toVia == unreachable || onward == unreachable || toVia + onward >= remaining { return false }
        }
        return true
    }

    /// Whether every `via` node is on the current path.
    @inline(__always)
    private var passedEveryVia: Bool {
        for index in 0..<viaCount where !onPath[via[index]] { return false }
        return true
    }

    /// Checks, in test and fuzz builds, that a finished search left no node marked as on the path.
    private func checkPathCleared() {
        #if NEUROPATH_INVARIANTS
            for node in 0..<nodeCount { precondition(!onPath[node], "a search left a node on its path") }
        #endif
    }

    /// Counts the paths from `source` without listing them.
    func count(from source: Int) -> Int {
        guard Int32(source) != target, distance[source] <= maxDepth else { return 0 }
        onPath[source] = true
        pathNodes[0] = Int32(source)
        pathLength = 1
        countFrom(Int32(source), remaining: maxDepth, signSoFar: 1)
        pathLength = 0
        onPath[source] = false
        checkPathCleared()
        return paths
    }

    /// Calls `visit` with the interaction indices of every path from `source` of exactly `length` interactions
    /// (or of at most `maxDepth` when `length` is `nil`); `visit` returns `false` to stop.
    func enumerate(from source: Int, length: Int? = nil, _ visit: ([Int32]) -> Bool) {
        guard Int32(source) != target, distance[source] <= maxDepth else { return }
        stack.removeAll(keepingCapacity: true)
        onPath[source] = true
        var none = NoPruning()
        enumerateFrom(
            Int32(source), remaining: Int32(length ?? Int(maxDepth)), exact: length != nil, signSoFar: 1,
            pruning: &none, visit)
        onPath[source] = false
        checkPathCleared()
    }

    /// Calls `visit` with every simple cycle through the target of at most `maxDepth` interactions (of the sign
    /// required, if any): the paths that leave the target and come back to it, no other node twice. `visit`
    /// returns `false` to stop.
    func enumerateCycles(_ visit: ([Int32]) -> Bool) {
        stack.removeAll(keepingCapacity: true)
        onPath[Int(target)] = true
        var none = NoPruning()
        enumerateFrom(target, remaining: maxDepth, exact: false, signSoFar: 1, pruning: &none, visit)
        onPath[Int(target)] = false
        checkPathCleared()
    }

    /// Calls `visit` with every path from `source` of at most `maxDepth` interactions that can still be as
    /// confident as `threshold()` (the least confidence a path must have to matter, asked again as paths are
    /// found), a path's confidence being the product of `confidence(edge)` along it. A branch is left as soon as no
    /// walk from its end within the depth left could reach that threshold: the bound is each node's most
    /// confident walk to the target, worked out first (confidences are at most 1, so the best walk within a
    /// depth is a simple path). Paths exactly as confident as the threshold are still visited, so ties are seen.
    func enumerateMostConfident(
        from source: Int, confidence: @escaping (Int32) -> Double, threshold: @escaping () -> Double,
        _ visit: ([Int32]) -> Bool
    ) {
        guard Int32(source) != target, distance[source] <= maxDepth else { return }
        var pruning = ConfidencePruning(
            bound: bestWalkConfidence(confidence), nodeCount: nodeCount, confidence: confidence, threshold: threshold)
        stack.removeAll(keepingCapacity: true)
        onPath[source] = true
        enumerateFrom(Int32(source), remaining: maxDepth, exact: false, signSoFar: 1, pruning: &pruning, visit)
        onPath[source] = false
        checkPathCleared()
    }

    /// `result[r * nodeCount + v]`: the greatest product of `confidence` along a walk from `v` to the target of
    /// at most `r` usable interactions (0 when there is none), for `r` up to `maxDepth`.
    private func bestWalkConfidence(_ confidence: (Int32) -> Double) -> [Double] {
        let depth = Int(maxDepth)
        var best = [Double](repeating: 0, count: (depth + 1) * nodeCount)
        for layer in 0...depth { best[layer * nodeCount + Int(target)] = 1 }
        guard depth > 0 else { return best }
        for layer in 1...depth {
            let here = layer * nodeCount, before = (layer - 1) * nodeCount
            for node in 0..<nodeCount where Int32(node) != target {
                var value = best[before + node]
                for slot in Int(offsets[node])..<Int(offsets[node + 1]) {
                    value = max(value, confidence(edgeIDs[slot]) * best[before + Int(neighbours[slot])])
                }
                best[here + node] = value
            }
        }
        return best
    }

    /// An unbiased estimate of the number of paths from `source`, by Knuth's random probing of the pruned
    /// search tree: each probe walks down choosing a child at random and adds the paths ending along the way,
    /// weighted by the product of the branching it skipped. For when exact counting exceeds its budget.
    func estimate(from source: Int, probes: Int, seed: UInt64 = 0x5EED) -> Double {
        guard Int32(source) != target, distance[source] <= maxDepth, probes > 0 else { return 0 }
        var state = seed
        func random(below bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        var total = 0.0
        var children: [(node: Int32, sign: Int8)] = []
        var visited: [Int32] = []
        var probed = 0
        for probe in 0..<probes {
            // A cancelled task wants no estimate; the probes so far give one.
            if probe & 255 == 255, QueryCancellation.isCancelled(nil) { break }
            probed += 1
            var node = Int32(source), remaining = maxDepth, signSoFar: Int8 = 1, weight = 1.0
            visited = [node]
            onPath[Int(node)] = true
            while true {
                children.removeAll(keepingCapacity: true)
                var endings = 0
                let end = Int(offsets[Int(node) + 1])
                var slot = Int(offsets[Int(node)])
                while slot < end {
                    let next = neighbours[slot]
                    if distance[Int(next)] >= remaining { break }
                    let signAfter = sign == 0 ? 1 : signSoFar * edgeSigns[slot]
                    slot += 1
                    if next == target {
                        if (sign == 0 || signAfter == sign) && passedEveryVia { endings += 1 }
                        continue
                    }
                    if onPath[Int(next)] { continue }
                    if signed, signedDistance[2 * Int(next) + (sign * signAfter > 0 ? 0 : 1)] >= remaining {
                        continue
                    }
                    if viaCount > 0 && !canPassEveryVia(after: next, remaining: remaining) { continue }
                    children.append((next, signAfter))
                }
                total += weight * Double(endings)
                guard !children.isEmpty, remaining > 1 else { break }
                let pick = children[random(below: children.count)]
                weight *= Double(children.count)
                node = pick.node
                signSoFar = pick.sign
                remaining -= 1
                onPath[Int(node)] = true
                visited.append(node)
            }
            for node in visited { onPath[Int(node)] = false }
        }
        return total / Double(probed)
    }

    private func countFrom(_ node: Int32, remaining: Int32, signSoFar: Int8) {
        if deadline.check() {
            stopped = true
            return
        }
        if remaining == 2 && !signed && viaCount == 0 {
            countLastTwoSteps(from: node)
            return
        }
        let end = Int(offsets[Int(node) + 1])
        var slot = Int(offsets[Int(node)])
        while slot < end {
            let next = neighbours[slot]
            if distance[Int(next)] >= remaining { return }  // sorted: no later neighbour fits either
            let signAfter = sign == 0 ? 1 : signSoFar * edgeSigns[slot]
            slot += 1
            if next == target {
                if (sign == 0 || signAfter == sign) && passedEveryVia {
                    paths += 1
                    if paths >= maxPaths {
                        stopped = true
                        return
                    }
                }
                continue
            }
            if onPath[Int(next)] { continue }
            if signed {
                let needed = sign * signAfter  // the sign the rest of the path must have
                if signedDistance[2 * Int(next) + (needed > 0 ? 0 : 1)] >= remaining { continue }
            }
            if viaCount > 0 && !canPassEveryVia(after: next, remaining: remaining) { continue }
            onPath[Int(next)] = true
            pathNodes[pathLength] = next
            pathLength += 1
            countFrom(next, remaining: remaining - 1, signSoFar: signAfter)
            pathLength -= 1
            onPath[Int(next)] = false
            if stopped { return }
        }
    }

    private func enumerateFrom<Pruning: PathPruning>(
        _ node: Int32, remaining: Int32, exact: Bool, signSoFar: Int8, pruning: inout Pruning,
        _ visit: ([Int32]) -> Bool
    ) {
        if deadline.check() {
            stopped = true
            return
        }
        let end = Int(offsets[Int(node) + 1])
        var slot = Int(offsets[Int(node)])
        while slot < end {
            let next = neighbours[slot]
            if distance[Int(next)] >= remaining { return }
            let signAfter = sign == 0 ? 1 : signSoFar * edgeSigns[slot]
            let edge = edgeIDs[slot]
            slot += 1
            if next == target {
                if (!exact || remaining == 1) && (sign == 0 || signAfter == sign) && passedEveryVia
                    && pruning.enter(edge, to: next, remaining: remaining - 1)
                {
                    stack.append(edge)
                    paths += 1
                    let goOn = visit(stack)
                    stack.removeLast()
                    pruning.leave()
                    if !goOn || paths >= maxPaths {
                        stopped = true
                        return
                    }
                }
                continue
            }
            if onPath[Int(next)] || remaining == 1 { continue }
            if signed {
                let needed = sign * signAfter
                if signedDistance[2 * Int(next) + (needed > 0 ? 0 : 1)] >= remaining { continue }
            }
            if viaCount > 0 && !canPassEveryVia(after: next, remaining: remaining) { continue }
            guard pruning.enter(edge, to: next, remaining: remaining - 1) else { continue }
            onPath[Int(next)] = true
            stack.append(edge)
            enumerateFrom(next, remaining: remaining - 1, exact: exact, signSoFar: signAfter, pruning: &pruning, visit)
            stack.removeLast()
            onPath[Int(next)] = false
            pruning.leave()
            if stopped { return }
        }
    }
}

/// What a depth-first search asks before it takes an interaction: whether the path can still matter.
protocol PathPruning {
    /// Whether to take `edge` to `next`, leaving `remaining` interactions; when it returns `true`, ``leave()``
    /// follows once the search is back.
    mutating func enter(_ edge: Int32, to next: Int32, remaining: Int32) -> Bool
    /// The search is back from the last interaction entered.
    mutating func leave()
}

/// Every path matters (counting and listing all of them); specialised away in the search. It holds one byte so
/// that it is not a zero-sized value: ThreadSanitizer sees every zero-sized `inout` access at one shared address
/// and reports two searches running at once on different threads as a race.
struct NoPruning: PathPruning {
    private var unused: UInt8 = 0
    @inline(__always) mutating func enter(_ edge: Int32, to next: Int32, remaining: Int32) -> Bool { true }
    @inline(__always) mutating func leave() {}
}

/// A path matters while its confidence so far, times the best its end could still reach, is not below the
/// threshold (with a margin for rounding: products taken in another order may differ in the last bits).
struct ConfidencePruning: PathPruning {
    let bound: [Double]
    let nodeCount: Int
    let confidence: (Int32) -> Double
    let threshold: () -> Double
    /// The confidence of the path so far, one entry per interaction on it, after a leading 1.
    private var products: [Double] = [1]

    init(bound: [Double], nodeCount: Int, confidence: @escaping (Int32) -> Double, threshold: @escaping () -> Double) {
        self.bound = bound
        self.nodeCount = nodeCount
        self.confidence = confidence
        self.threshold = threshold
    }

    mutating func enter(_ edge: Int32, to next: Int32, remaining: Int32) -> Bool {
        let after = products[products.count - 1] * confidence(edge)
        let reachable = after * bound[Int(remaining) * nodeCount + Int(next)]
        guard reachable >= threshold() * (1 - 1e-9) else { return false }
        products.append(after)
        return true
    }

    mutating func leave() { products.removeLast() }
}
