import NeuroPath

/// Answers path questions by plain exhaustive enumeration with no pruning, indices or heaps: the independent
/// oracle the query engine is checked against. Only for small graphs.
public struct BruteForceOracle {
    /// The graph.
    public let graph: PathwayGraph
    /// Which interactions may be used.
    public let usable: [Bool]

    /// An oracle for `graph` under `filter` (sign, via and depth are applied per question); interactions of
    /// unknown sign are usable only with `includeUnsigned`.
    public init(
        graph: PathwayGraph, filter constraints: PathFilter = .none, alsoRemoving: Set<NodeIndex> = [],
        includeUnsigned: Bool = false
    ) {
        self.graph = graph
        let removed = constraints.avoid.union(constraints.knockout).union(alsoRemoving)
        usable = graph.interactions.map { interaction in
            guard interaction.sign != nil || includeUnsigned, !removed.contains(interaction.source),
                !removed.contains(interaction.target)
            else { return false }
            if let minimum = constraints.minimumEvidence {
                guard let level = interaction.evidence, level >= minimum else { return false }
            }
            if let context = constraints.context, !interaction.context.matches(context) { return false }
            return true
        }
    }

    /// Every simple path (as interaction indices) from `from` to `to` of at most `maxDepth` interactions.
    public func simplePaths(from: NodeIndex, to: NodeIndex, maxDepth: Int) -> [[InteractionIndex]] {
        guard from != to else { return [] }
        var result: [[InteractionIndex]] = []
        var edges: [InteractionIndex] = []
        var visited: Set<NodeIndex> = [from]
        func walk(_ node: NodeIndex) {
            guard edges.count < maxDepth else { return }
            for (index, interaction) in graph.interactions.enumerated()
            where usable[index] && interaction.source == node {
                let next = interaction.target
                if visited.contains(next) { continue }
                edges.append(InteractionIndex(index))
                if next == to {
                    result.append(edges)
                } else {
                    visited.insert(next)
                    walk(next)
                    visited.remove(next)
                }
                edges.removeLast()
            }
        }
        walk(from)
        return result
    }

    /// The product of the signs of `path`'s interactions; `nil` when one of them has no sign.
    public func sign(of path: [InteractionIndex]) -> Sign? {
        path.reduce(Sign.positive as Sign?) { product, edge in
            graph.interaction(at: edge).sign.flatMap { step in product.map { $0 * step } }
        }
    }

    /// The nodes a path visits, in order.
    public func nodes(of path: [InteractionIndex]) -> [NodeIndex] {
        guard let first = path.first else { return [] }
        return [graph.interaction(at: first).source] + path.map { graph.interaction(at: $0).target }
    }

    /// The net effect over the admissible paths.
    public func netEffect(from: NodeIndex, to: NodeIndex, maxDepth: Int) -> NetEffect {
        let signs = Set(simplePaths(from: from, to: to, maxDepth: maxDepth).compactMap(sign(of:)))
        switch (signs.contains(.positive), signs.contains(.negative)) {
        case (true, true): return .mixed
        case (true, false): return .increases
        case (false, true): return .decreases
        case (false, false): return .none
        }
    }

    /// Every simple cycle of at most `maxLength` interactions, each once, as interaction indices starting at
    /// the cycle's smallest node.
    public func simpleCycles(maxLength: Int) -> Set<[InteractionIndex]> {
        var cycles: Set<[InteractionIndex]> = []
        for start in graph.nodeIndices {
            var edges: [InteractionIndex] = []
            var visited: Set<NodeIndex> = [start]
            func walk(_ node: NodeIndex) {
                guard edges.count < maxLength else { return }
                for (index, interaction) in graph.interactions.enumerated()
                where usable[index] && interaction.source == node {
                    edges.append(InteractionIndex(index))
                    if interaction.target == start {
                        cycles.insert(canonicalRotation(edges))
                    } else if !visited.contains(interaction.target) {
                        visited.insert(interaction.target)
                        walk(interaction.target)
                        visited.remove(interaction.target)
                    }
                    edges.removeLast()
                }
            }
            walk(start)
        }
        return cycles
    }

    /// The rotation of a cycle that starts at its smallest node.
    public func canonicalRotation(_ cycle: [InteractionIndex]) -> [InteractionIndex] {
        let sources = cycle.map { graph.interaction(at: $0).source }
        let offset = sources.indices.min { sources[$0] < sources[$1] }!
        return Array(cycle[offset...] + cycle[..<offset])
    }

    /// The cost of a path under `costOf`.
    public func cost(of path: [InteractionIndex], _ costOf: (Interaction) -> Double) -> Double {
        path.reduce(0) { $0 + costOf(graph.interaction(at: $1)) }
    }
}
