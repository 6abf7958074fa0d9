import NeuroPath
import NeuroPathTestSupport
import Testing

/// Orderings, the "longer paths exist" flag and cancellation, checked against the brute-force oracle.
@Suite struct QueryOptionsTests {
    static let seeds = Array(UInt64(0)..<UInt64(120))

    @Test(arguments: seeds)
    func mostConfidentFirstListsTheMostConfidentPathsOfAnyLength(seed: UInt64) throws {
        let graph = RandomGraphs.make(seed: seed &+ 9000, nodes: 7, interactions: 18)
        let from = Int(seed % 7), to = Int((seed / 7 + 3) % 7)
        guard from != to else { return }
        let oracle = BruteForceOracle(graph: graph, includeUnsigned: true)
        let all = oracle.simplePaths(from: NodeIndex(from), to: NodeIndex(to), maxDepth: 5)
        let confidence = { (path: [Int]) in
            path.reduce(1.0) { $0 * (graph.evidence(of: $1)?.confidence ?? EvidenceLevel.unrecordedConfidence) }
        }
        let expected = all.sorted { a, b in
            let (ca, cb) = (confidence(a.map(\.rawValue)), confidence(b.map(\.rawValue)))
            if ca != cb { return ca > cb }
            if a.count != b.count { return a.count < b.count }
            return a.lexicographicallyPrecedes(b)
        }
        let result = try PathQuery(
            from: NodeIndex(from), to: NodeIndex(to), maxDepth: 5, limit: 4, order: .mostConfidentFirst
        )
        .run(on: graph)
        #expect(result.paths.map(\.interactions) == Array(expected.prefix(4)), "seed \(seed)")
        #expect(result.total == all.count)
        let explained = try ExplanationQuery(from: NodeIndex(from), to: NodeIndex(to), maxDepth: 5, count: 2).run(
            on: graph)
        #expect(explained.explanations.map(\.path.interactions) == Array(expected.prefix(2)))
        #expect(explained.total == all.count, "explain counts every path, as trace does")
    }

    /// The branch-and-bound search for the most confident paths on graphs large enough for it to prune, with a
    /// sign or a `via` node required and one to five paths asked for: the same paths, in the same order, as
    /// sorting every path the oracle finds.
    @Test(arguments: Array(UInt64(0)..<UInt64(40)))
    func mostConfidentFirstPrunesWithoutLosingAPath(seed: UInt64) throws {
        let graph = RandomGraphs.make(seed: seed &+ 9200, nodes: 13, interactions: 40)
        let (fromRaw, toRaw) = (Int(seed % 13), Int((seed / 13 + 5) % 13))
        let (from, to) = (NodeIndex(fromRaw), NodeIndex(toRaw))
        guard from != to else { return }
        let oracle = BruteForceOracle(graph: graph, includeUnsigned: true)
        let confidence = { (path: [InteractionIndex]) in
            path.reduce(1.0) { $0 * (graph.evidence(of: $1)?.confidence ?? EvidenceLevel.unrecordedConfidence) }
        }
        let viaRaw = (fromRaw + toRaw + 1) % 13
        let via = viaRaw == fromRaw || viaRaw == toRaw ? nil : NodeIndex(viaRaw)
        let sign: Sign? = seed % 3 == 0 ? .positive : seed % 3 == 1 ? .negative : nil
        let limit = 1 + Int(seed % 5)
        for useVia in [false, true] where !useVia || via != nil {
            let admissible = oracle.simplePaths(from: from, to: to, maxDepth: 7).filter { path in
                (sign == nil || oracle.sign(of: path) == sign)
                    && (!useVia || oracle.nodes(of: path).contains(via!))
            }
            let expected = admissible.sorted { a, b in
                let (ca, cb) = (confidence(a), confidence(b))
                if ca != cb { return ca > cb }
                if a.count != b.count { return a.count < b.count }
                return a.lexicographicallyPrecedes(b)
            }
            let result = try PathQuery(
                from: from, to: to, maxDepth: 7, sign: sign, via: useVia ? [via!] : [], limit: limit,
                order: .mostConfidentFirst
            ).run(on: graph)
            #expect(
                result.paths.map(\.interactions) == Array(expected.prefix(limit)),
                "seed \(seed), sign \(String(describing: sign)), via \(useVia)")
            #expect(!result.truncated)
        }
    }

    @Test(arguments: seeds)
    func longerPathsExistExactlyWhenTheOracleFindsOne(seed: UInt64) throws {
        let graph = RandomGraphs.make(seed: seed &+ 9500, nodes: 7, interactions: 14)
        let from = Int(seed % 7), to = Int((seed / 7 + 2) % 7)
        guard from != to else { return }
        let depth = 1 + Int(seed % 4)
        let oracle = BruteForceOracle(graph: graph, includeUnsigned: true)
        let longest =
            oracle.simplePaths(from: NodeIndex(from), to: NodeIndex(to), maxDepth: graph.nodes.count).map(\.count).max()
            ?? 0
        let result = try PathQuery(from: NodeIndex(from), to: NodeIndex(to), maxDepth: depth, checksLongerPaths: true)
            .run(on: graph)
        #expect(result.longerPathsExist == (longest > depth), "seed \(seed): longest \(longest), depth \(depth)")
        #expect(
            try PathQuery(from: NodeIndex(from), to: NodeIndex(to), maxDepth: depth).run(on: graph).longerPathsExist
                == nil)
    }

    @Test func aCancelledTaskStopsALongQueryAsTruncated() async throws {
        var builder = PathwayGraphBuilder()
        for index in 0..<40 { try builder.addNode(Node(id: "n\(index)")) }
        for a in 0..<40 {
            for b in 0..<40 where a != b {
                try builder.addInteraction(source: NodeIndex(a), target: NodeIndex(b), relation: .activates)
            }
        }
        let dense = builder.build()
        let task = Task {
            try PathQuery(
                from: NodeIndex(0), to: NodeIndex(39), maxDepth: 12, limit: 0,
                budget: QueryBudget(timeout: .seconds(600))
            )
            .run(on: dense)
        }
        task.cancel()
        let result = try await task.value
        #expect(result.truncated && result.total == nil)
    }
}
