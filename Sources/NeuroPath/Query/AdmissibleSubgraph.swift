/// The part of a graph a query may use after its constraints are applied: which interactions are allowed and
/// which nodes are removed, with the breadth-first distances that path searches prune by.
struct AdmissibleSubgraph {
    let graph: PathwayGraph
    /// Per interaction, when filters apply: see ``edgeSign(_:)``. `nil` when nothing is filtered, and the sign
    /// comes straight from the relation (no per-query table over a million interactions).
    private let table: [Int8]?
    /// The sign code of each relation under this subgraph's treatment of unknown signs.
    private let relationSigns: [Int8]

    /// +1 or -1 when interaction `index` is usable, ``unsignedEdge`` when it is usable but of unknown sign (only
    /// when unsigned interactions are included), 0 when it is not usable.
    @inline(__always)
    func edgeSign(_ index: Int) -> Int8 {
        if let table { return table[index] }
        return relationSigns[Int(graph.packed[index].relation)]
    }

    /// Whether no interaction is filtered out beyond the sign rule.
    var isUnfiltered: Bool { table == nil }

    /// The mark of a usable interaction of unknown sign.
    static let unsignedEdge: Int8 = 2
    /// `removed[v]`: the node is avoided or knocked out.
    let removed: [Bool]

    static let unreachable = Int32.max

    /// The subgraph under `filter`; interactions of unknown sign are usable only with `includeUnsigned`. The
    /// nodes in `extra`, and those with an index below `lowest`, are removed too; with
    /// `droppingClinicalObservations`, so are the interactions ``PathwayGraph/isClinicalObservation(_:)`` names.
    init(
        graph: PathwayGraph, filter: PathFilter, alsoRemoving extra: Set<Int> = [], removingBelow lowest: Int = 0,
        includeUnsigned: Bool = false, droppingClinicalObservations: Bool = false
    ) {
        self.graph = graph
        var removed = [Bool](repeating: false, count: graph.nodes.count)
        for node in filter.avoid.union(filter.knockout) { removed[node.rawValue] = true }
        for node in extra { removed[node] = true }
        for node in 0..<min(lowest, graph.nodes.count) { removed[node] = true }
        self.removed = removed
        let minimum = filter.minimumEvidence?.code
        let context = filter.context
        let noFilters =
            minimum == nil && context == nil && !droppingClinicalObservations && removed.allSatisfy { !$0 }
        let relationSigns = Relation.signByCode.map { $0?.rawValue ?? (includeUnsigned ? Self.unsignedEdge : 0) }
        self.relationSigns = relationSigns
        if noFilters {
            table = nil
            return
        }
        var signs = [Int8](repeating: 0, count: graph.packed.count)
        for (index, record) in graph.packed.enumerated() {
            let sign = relationSigns[Int(record.relation)]
            guard sign != 0, !removed[Int(record.source)], !removed[Int(record.target)] else { continue }
            if let minimum, record.evidence < minimum || record.evidence == 0 { continue }
            if let context,
                !graph.annotations[Int(record.annotation)].context.admits(
                    context, evidence: EvidenceLevel.decode(record.evidence))
            {
                continue
            }
            if droppingClinicalObservations,
                graph.isClinicalObservation(source: Int(record.source), target: Int(record.target))
            {
                continue
            }
            signs[index] = sign
        }
        table = signs
    }

    /// Hop distances from every node to `target` (or from `target` to every node when `forward`), over usable
    /// interactions.
    func distances(to target: Int, forward: Bool = false, maxDepth: Int = .max) -> [Int32] {
        guard !removed[target] else { return [Int32](repeating: Self.unreachable, count: graph.nodes.count) }
        return LayeredSearch(stateCount: graph.nodes.count, from: target, maxDepth: maxDepth) { node, _, arrive in
            for edge in forward ? graph.outgoingEdges(of: node) : graph.incomingEdges(of: node) {
                let e = Int(edge)
                guard edgeSign(e) != 0 else { continue }
                _ = arrive(forward ? graph.targetIndex(e) : graph.sourceIndex(e))
            }
        }.distance
    }

    /// Signed distances to `target`: `result[2 * v + (s == + ? 0 : 1)]` is the fewest interactions on a walk
    /// from `v` to `target` whose sign is `s`. A lower bound for simple paths, used to prune signed searches.
    func signedDistances(to target: Int, maxDepth: Int = .max) -> [Int32] {
        guard !removed[target] else { return [Int32](repeating: Self.unreachable, count: graph.nodes.count * 2) }
        return LayeredSearch(stateCount: graph.nodes.count * 2, from: 2 * target, maxDepth: maxDepth) {
            state, _, arrive in
            let parity = state & 1
            for edge in graph.incomingEdges(of: state >> 1) {
                let e = Int(edge)
                let sign = edgeSign(e)
                guard sign != 0 else { continue }
                _ = arrive(2 * graph.sourceIndex(e) + (sign < 0 ? 1 - parity : parity))
            }
        }.distance
    }

    /// Breadth-first layers from `origin` to `maxDepth`, with the signs of the shortest paths to each node
    /// (`forward`: from `origin`; otherwise: to `origin`).
    func shortestPathSigns(from origin: Int, forward: Bool, maxDepth: Int) -> (distance: [Int32], signs: [SignSet]) {
        var signs = [SignSet](repeating: [], count: graph.nodes.count)
        guard !removed[origin] else {
            return ([Int32](repeating: Self.unreachable, count: graph.nodes.count), signs)
        }
        signs[origin] = .positive
        let search = LayeredSearch(stateCount: graph.nodes.count, from: origin, maxDepth: maxDepth) {
            node, depth, arrive in
            for edge in forward ? graph.outgoingEdges(of: node) : graph.incomingEdges(of: node) {
                let e = Int(edge)
                let sign = edgeSign(e)
                guard sign != 0 else { continue }
                let other = forward ? graph.targetIndex(e) : graph.sourceIndex(e)
                // Every shortest arrival brings its signs, not only the first.
                guard arrive(other) == depth else { continue }
                let arriving = signs[node]
                signs[other].formUnion(
                    sign == Self.unsignedEdge
                        ? (arriving.isEmpty ? [] : .unknown)
                        : arriving.multiplied(by: sign > 0 ? .positive : .negative))
            }
        }
        return (search.distance, signs)
    }
}
