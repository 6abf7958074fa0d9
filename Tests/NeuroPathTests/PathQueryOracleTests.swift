import NeuroPath
import NeuroPathTestSupport
import Testing

/// `trace`, `effect` and `shortest` against exhaustive enumeration on hundreds of small random signed
/// multigraphs (fixed seeds) with cycles, self-loops, parallel interactions of opposite sign and isolated nodes.
@Suite struct PathQueryOracleTests {
    static let seeds = Array(UInt64(0)..<UInt64(300))

    /// The confidence of a path, computed independently of ``CausalPath``.
    static func confidence(_ path: [InteractionIndex], in graph: PathwayGraph) -> Double {
        path.reduce(1.0) { $0 * (graph.interaction(at: $1).evidence?.confidence ?? EvidenceLevel.unrecordedConfidence) }
    }

    /// The oracle's paths in the documented result order of `order`: for ``PathQuery/Order/mostConfidentFirst``
    /// (the default) confidence (descending), then length, then indices; for ``PathQuery/Order/shortestFirst``
    /// length, then confidence, then indices.
    static func ordered(
        _ paths: [[InteractionIndex]], in graph: PathwayGraph, by order: PathQuery.Order = .mostConfidentFirst
    ) -> [[InteractionIndex]] {
        paths.sorted { a, b in
            let (ca, cb) = (confidence(a, in: graph), confidence(b, in: graph))
            switch order {
            case .shortestFirst:
                if a.count != b.count { return a.count < b.count }
                if ca != cb { return ca > cb }
            case .mostConfidentFirst:
                if ca != cb { return ca > cb }
                if a.count != b.count { return a.count < b.count }
            }
            return a.lexicographicallyPrecedes(b)
        }
    }

    @Test(arguments: seeds)
    func traceCountsAndListsEveryPathLikeTheOracle(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed ^ 0xABCD)
        let graph = RandomGraphs.make(seed: seed, nodes: 7 + Int(seed % 4), interactions: 14 + Int(seed % 9))
        // Without a sign, trace follows interactions of unknown sign too.
        let oracle = BruteForceOracle(graph: graph, includeUnsigned: true)
        for _ in 0..<6 {
            let from = NodeIndex(Int.random(in: 0..<graph.nodes.count, using: &random))
            let to = NodeIndex(Int.random(in: 0..<graph.nodes.count, using: &random))
            guard from != to else { continue }
            let depth = Int.random(in: 1...6, using: &random)
            let limit = Int.random(in: 1...8, using: &random)
            let order = PathQuery.Order.allCases.randomElement(using: &random)!
            let expected = Self.ordered(oracle.simplePaths(from: from, to: to, maxDepth: depth), in: graph, by: order)
            let result = try PathQuery(from: from, to: to, maxDepth: depth, limit: limit, order: order)
                .run(on: graph)
            #expect(result.total == expected.count, "seed \(seed) \(from)→\(to) depth \(depth)")
            #expect(!result.truncated)
            #expect(
                result.paths.map(\.interactions) == Array(expected.prefix(limit)), "seed \(seed) \(from)→\(to) \(order)"
            )
            for path in result.paths {
                #expect(Set(path.nodes).count == path.nodes.count)
                #expect(path.sign == oracle.sign(of: path.interactions))
                #expect(path.nodes == oracle.nodes(of: path.interactions))
            }
        }
    }

    @Test(arguments: seeds)
    func constrainedTraceMatchesTheOracle(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed ^ 0x5EED)
        let graph = RandomGraphs.make(seed: seed &+ 1000, nodes: 8, interactions: 20)
        let count = graph.nodes.count
        for _ in 0..<4 {
            let from = NodeIndex(Int.random(in: 0..<count, using: &random))
            let to = NodeIndex(Int.random(in: 0..<count, using: &random))
            guard from != to else { continue }
            let others = graph.nodeIndices.filter { $0 != from && $0 != to }
            var query = PathQuery(from: from, to: to, maxDepth: Int.random(in: 2...6, using: &random), limit: 50)
            query.sign = [nil, Sign.positive, Sign.negative].randomElement(using: &random)!
            if Bool.random(using: &random) { query.filter.avoid = [others.randomElement(using: &random)!] }
            if Bool.random(using: &random) { query.filter.knockout = [others.randomElement(using: &random)!] }
            if Bool.random(using: &random) {
                query.filter.minimumEvidence = EvidenceLevel.allCases.randomElement(using: &random)
            }
            if Int.random(in: 0..<4, using: &random) == 0 {
                query.filter.context = ["human", "rodent", "mouse"].randomElement(using: &random)
            }
            let viaCandidates = others.filter {
                !query.filter.avoid.contains($0) && !query.filter.knockout.contains($0)
            }
            if Bool.random(using: &random), let via = viaCandidates.randomElement(using: &random) {
                query.via = [via]
            }

            let oracle = BruteForceOracle(graph: graph, filter: query.filter, includeUnsigned: query.sign == nil)
            let expected = oracle.simplePaths(from: from, to: to, maxDepth: query.maxDepth).filter { path in
                (query.sign == nil || oracle.sign(of: path) == query.sign)
                    && query.via.allSatisfy { oracle.nodes(of: path).contains($0) }
            }
            let result = try query.run(on: graph)
            #expect(result.total == expected.count, "seed \(seed) \(query)")
            #expect(result.paths.map(\.interactions) == Array(Self.ordered(expected, in: graph).prefix(50)))
        }
    }

    /// One and two `via` nodes, with and without a sign: the count, the listing and the stream (one engine
    /// answers all three) against the brute-force paths that pass every `via` node.
    @Test(arguments: seeds)
    func viaNodesMatchTheOracleWhenCountingListingAndStreaming(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed ^ 0x71A)
        let graph = RandomGraphs.make(seed: seed &+ 7000, nodes: 10, interactions: 34)
        let oracle = (
            unsigned: BruteForceOracle(graph: graph, includeUnsigned: true),
            signed: BruteForceOracle(graph: graph, includeUnsigned: false)
        )
        for _ in 0..<6 {
            let nodes = graph.nodeIndices.shuffled(using: &random)
            let (from, to) = (nodes[0], nodes[1])
            let via = Array(nodes[2..<(2 + Int.random(in: 1...2, using: &random))])
            let sign = [nil, Sign.positive, Sign.negative].randomElement(using: &random)!
            let maxDepth = Int.random(in: 3...7, using: &random)
            let brute = sign == nil ? oracle.unsigned : oracle.signed
            let expected = brute.simplePaths(from: from, to: to, maxDepth: maxDepth).filter { path in
                (sign == nil || brute.sign(of: path) == sign) && via.allSatisfy(brute.nodes(of: path).contains)
            }
            let query = PathQuery(from: from, to: to, maxDepth: maxDepth, sign: sign, via: via, limit: 1000)
            let result = try query.run(on: graph)
            #expect(result.total == expected.count, "seed \(seed) \(from)→\(to) via \(via) \(String(describing: sign))")
            #expect(result.paths.map(\.interactions) == Self.ordered(expected, in: graph))
            var streamed: [[InteractionIndex]] = []
            let summary = try query.stream(on: graph) { path in
                streamed.append(path.interactions)
                return true
            }
            #expect(!summary.truncated && Set(streamed) == Set(expected) && streamed.count == expected.count)
        }
    }

    @Test(arguments: seeds)
    func netEffectMatchesTheOracle(seed: UInt64) throws {
        let graph = RandomGraphs.make(seed: seed &+ 2000, nodes: 7, interactions: 16)
        let oracle = BruteForceOracle(graph: graph)
        let from = NodeIndex(Int(seed % 7))
        let query = EffectQuery(from: from, maxDepth: 5)
        for to in graph.nodeIndices where to != from {
            let result = try query.run(to: to, on: graph)
            #expect(result.effect == oracle.netEffect(from: from, to: to, maxDepth: 5), "seed \(seed) \(from)→\(to)")
            #expect(
                Set(result.paths.map(\.sign)).count == (result.effect == .mixed ? 2 : result.effect == .none ? 0 : 1))
        }
        let all = try query.runOnAll(on: graph).effects
        let expected = graph.nodeIndices.filter { $0 != from }.compactMap { to -> (NodeIndex, NetEffect)? in
            let effect = oracle.netEffect(from: from, to: to, maxDepth: 5)
            return effect == .none ? nil : (to, effect)
        }
        #expect(all.map(\.target.index) == expected.map(\.0))
        #expect(all.map(\.effect) == expected.map(\.1))
        // A sign's evidence is the weakest step of its best path: the strongest level whose steps alone still
        // carry a path of that sign; the same in `run(to:)` and `runOnAll`, whatever `pathsPerSign` is.
        for result in all {
            let paths = oracle.simplePaths(from: from, to: result.target.index, maxDepth: 5)
            for sign in Sign.allCases {
                let best = paths.filter { oracle.sign(of: $0) == sign }
                    .map { path -> EvidenceLevel? in
                        let levels = path.map { graph.interaction(at: $0).evidence }
                        return levels.contains(nil) ? nil : levels.compactMap { $0 }.min()
                    }
                    .compactMap { $0 }.max()
                #expect(result.evidence[sign] == best, "seed \(seed) \(result.target.id) \(sign)")
                let single = try EffectQuery(from: from, maxDepth: 5, pathsPerSign: Int(seed % 3))
                    .run(to: result.target.index, on: graph)
                #expect(single.evidence == result.evidence, "seed \(seed) \(result.target.id)")
            }
        }
    }

    /// `effect --all` settles most nodes from one search over (node, sign) states and searches only the rest:
    /// dense graphs with cycles and a knockout exercise all three answers (no walk, a simple shortest walk, a
    /// shortest walk that repeats a node). Every listed path must be a simple path of its sign within the depth.
    @Test(arguments: seeds)
    func effectOnAllMatchesTheOracleOnDenseGraphsWithAKnockout(seed: UInt64) throws {
        let graph = RandomGraphs.make(seed: seed &+ 9000, nodes: 9, interactions: 30)
        let origin = Int(seed % 9)
        let from = NodeIndex(origin)
        let knockout = (origin + 1 + Int(seed / 9) % 8) % 9
        let filter = PathFilter(knockout: seed % 3 == 0 ? [] : [NodeIndex(knockout)])
        let oracle = BruteForceOracle(graph: graph, filter: filter)
        let depth = 2 + Int(seed % 5)
        let all = try EffectQuery(from: from, maxDepth: depth, filter: filter).runOnAll(on: graph).effects
        let expected = graph.nodeIndices.filter { $0 != from }.compactMap { to -> (NodeIndex, NetEffect)? in
            let effect = oracle.netEffect(from: from, to: to, maxDepth: depth)
            return effect == .none ? nil : (to, effect)
        }
        #expect(all.map(\.target.index) == expected.map(\.0), "seed \(seed)")
        #expect(all.map(\.effect) == expected.map(\.1), "seed \(seed)")
        #expect(all.allSatisfy { !$0.truncated })
        for result in all {
            let valid = Set(oracle.simplePaths(from: from, to: result.target.index, maxDepth: depth))
            #expect(result.paths.allSatisfy { valid.contains($0.interactions) }, "seed \(seed)")
            #expect(Set(result.paths.map(\.sign)).count == result.paths.count)
            #expect(result.paths.count == (result.effect == .mixed ? 2 : 1))
        }
    }

    @Test(arguments: seeds)
    func yenReturnsTheKCheapestSimplePaths(seed: UInt64) throws {
        let graph = RandomGraphs.make(seed: seed &+ 3000, nodes: 7, interactions: 18)
        let oracle = BruteForceOracle(graph: graph, includeUnsigned: true)
        let from = NodeIndex(Int(seed % 7)), to = NodeIndex(Int((seed / 7) % 7))
        guard from != to else { return }
        for weighting in ShortestPathsQuery.Weighting.allCases {
            let costOf: (Interaction) -> Double =
                weighting == .hops ? { _ in 1 } : { EvidenceLevel.cost(of: $0.evidence) }
            let all = oracle.simplePaths(from: from, to: to, maxDepth: graph.nodes.count)
            let expectedCosts = all.map { oracle.cost(of: $0, costOf) }.sorted()
            let k = 5
            let result = try ShortestPathsQuery(from: from, to: to, k: k, weighting: weighting).run(on: graph).paths
            #expect(result.count == min(k, all.count), "seed \(seed) \(weighting)")
            for (found, expected) in zip(result.map(\.cost), expectedCosts) {
                #expect(
                    abs(found - expected) < 1e-9,
                    "seed \(seed) \(weighting): \(result.map(\.cost)) vs \(expectedCosts.prefix(k))")
            }
            #expect(Set(result.map(\.path.interactions)).count == result.count, "paths are distinct")
            for path in result {
                #expect(all.contains(path.path.interactions), "a real simple path")
            }
        }
    }

    @Test func budgetsStopAnExplodingQueryHonestly() throws {
        var builder = PathwayGraphBuilder()
        for index in 0..<40 { try builder.addNode(Node(id: "n\(index)")) }
        for a in 0..<40 {
            for b in 0..<40 where a != b {
                try builder.addInteraction(
                    Interaction(
                        source: NodeIndex(a), target: NodeIndex(b), relation: (a + b) % 3 == 0 ? .inhibits : .activates)
                )
            }
        }
        let dense = builder.build()
        let byCount = try PathQuery(
            from: NodeIndex(0), to: NodeIndex(39), maxDepth: 12, budget: QueryBudget(maxPaths: 50_000)
        ).run(on: dense)
        #expect(byCount.truncated)
        #expect(byCount.total == nil)
        #expect(byCount.paths.count == PathQuery.defaultLimit)
        #expect(byCount.paths.first?.length == 1)
        let byTime = try PathQuery(
            from: NodeIndex(0), to: NodeIndex(39), maxDepth: 12, sign: .negative,
            budget: QueryBudget(timeout: .milliseconds(200))
        ).run(on: dense)
        #expect(byTime.truncated)
        #expect(byTime.total == nil)
    }

    @Test func impossibleQueriesAreRefusedWithAReason() {
        let graph = RandomGraphs.make(seed: 7, nodes: 5, interactions: 8)
        #expect(throws: QueryError.invalidDepth(0)) {
            try PathQuery(from: NodeIndex(0), to: NodeIndex(1), maxDepth: 0).run(on: graph)
        }
        #expect(throws: QueryError.invalidDepth(65)) {
            try PathQuery(from: NodeIndex(0), to: NodeIndex(1), maxDepth: 65).run(on: graph)
        }
        #expect(throws: QueryError.endpointExcluded(node: "n1", role: .target, by: .avoid)) {
            try PathQuery(from: NodeIndex(0), to: NodeIndex(1), filter: PathFilter(avoid: [NodeIndex(1)])).run(
                on: graph)
        }
        #expect(throws: QueryError.conflictingNodes(node: "n2")) {
            try PathQuery(
                from: NodeIndex(0), to: NodeIndex(1), via: [NodeIndex(2)], filter: PathFilter(knockout: [NodeIndex(2)])
            ).run(on: graph)
        }
        #expect(throws: QueryError.self) {
            try ShortestPathsQuery(from: NodeIndex(0), to: NodeIndex(1), k: 0).run(on: graph)
        }
        #expect(throws: QueryError.self) {
            try CommonRegulatorQuery(targets: [NodeIndex(1), NodeIndex(1)]).run(on: graph)
        }
        #expect(throws: QueryError.self) { try PerturbationQuery(perturbations: []).run(on: graph) }
    }

    @Test func aPathToItselfAndAnEmptyGraphHaveNoPaths() throws {
        let graph = RandomGraphs.make(seed: 3, nodes: 4, interactions: 10)
        let result = try PathQuery(from: NodeIndex(2), to: NodeIndex(2)).run(on: graph)
        #expect(result.total == 0 && result.paths.isEmpty && !result.truncated)
        #expect(PathwayGraph.empty.nodes.isEmpty)
        #expect(throws: NodeResolutionError.unknown(name: "x", suggestions: [])) { try PathwayGraph.empty.resolve("x") }
    }
}
