import NeuroPath
import NeuroPathTestSupport
import Testing

/// `perturb`, `loops`, `upstream`/`downstream` and `regulators` against exhaustive enumeration on random graphs.
@Suite struct NetworkQueryOracleTests {
    static let seeds = Array(UInt64(0)..<UInt64(200))

    @Test(arguments: seeds)
    func perturbationFollowsItsDocumentedSemantics(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed ^ 0xBEEF)
        let graph = RandomGraphs.make(seed: seed &+ 4000, nodes: 8, interactions: 18)
        let nodes = Array(graph.nodeIndices).shuffled(using: &random)
        let perturbations = nodes.prefix(Int.random(in: 1...2, using: &random)).map {
            PerturbationQuery.Perturbation(node: $0, action: Bool.random(using: &random) ? .activate : .block)
        }
        let knockout: Set<NodeIndex> = Bool.random(using: &random) ? [nodes[3]] : []
        let depth = Int.random(in: 2...6, using: &random)
        let filter = PathFilter(knockout: knockout)
        let result = try PerturbationQuery(perturbations: perturbations, maxDepth: depth, filter: filter).run(on: graph)

        // The oracle, straight from Docs/queries.md. Without knockouts: follow simple paths. With them: a node is
        // silenced when a signed necessary input comes from a knocked-out, silenced or lost node that responds
        // without the knockouts (perturbed nodes are clamped), repeated until nothing changes; a responding node is weakened when a partly necessary
        // input comes from such a node, or when no perturbation reaches it around the weakened ones.
        let perturbed = Set(perturbations.map(\.node))
        func changes(silenced: Set<NodeIndex>, minimum: EvidenceLevel? = nil, knockout: Set<NodeIndex>)
            -> [NodeIndex: Set<Sign>]
        {
            var found: [NodeIndex: Set<Sign>] = [:]
            for perturbation in perturbations {
                let oracle = BruteForceOracle(
                    graph: graph, filter: PathFilter(knockout: knockout, minimumEvidence: minimum),
                    alsoRemoving: perturbed.union(silenced).subtracting([perturbation.node]))
                for target in graph.nodeIndices where !perturbed.contains(target) {
                    for path in oracle.simplePaths(from: perturbation.node, to: target, maxDepth: depth) {
                        found[target, default: []].insert(oracle.sign(of: path)! * perturbation.action.sign)
                    }
                }
            }
            return found
        }
        let baseline = changes(silenced: [], knockout: [])
        func closure(from unable: Set<NodeIndex>, necessary: Bool) -> Set<NodeIndex> {
            Set(
                graph.interactions.filter { interaction in
                    (necessary ? interaction.isNecessary : interaction.isPartlyNecessary)
                        && interaction.relation.sign != nil && unable.contains(interaction.source)
                        && baseline.keys.contains(interaction.source)
                }
                .map(\.target)
            )
            .subtracting(perturbed).subtracting(knockout)
        }
        var silenced = Set<NodeIndex>()
        var expected = changes(silenced: silenced, knockout: knockout)
        var lost = Set<NodeIndex>()
        if !knockout.isEmpty {
            while true {
                lost = Set(baseline.keys).subtracting(expected.keys)
                let next = silenced.union(closure(from: knockout.union(silenced).union(lost), necessary: true))
                if next == silenced { break }
                silenced = next
                expected = changes(silenced: silenced, knockout: knockout)
            }
        }
        var weakened = closure(from: knockout.union(silenced).union(lost), necessary: false)
            .intersection(expected.keys)
        if !weakened.isEmpty {
            var reachedAround = Set<NodeIndex>()
            for perturbation in perturbations {
                let oracle = BruteForceOracle(
                    graph: graph, filter: PathFilter(knockout: knockout),
                    alsoRemoving: perturbed.union(silenced).union(weakened).subtracting([perturbation.node]))
                for target in expected.keys
                where !oracle.simplePaths(from: perturbation.node, to: target, maxDepth: depth).isEmpty {
                    reachedAround.insert(target)
                }
            }
            weakened.formUnion(Set(expected.keys).subtracting(reachedAround))
        }
        let expectedChanges = expected.filter { !$0.value.isEmpty }.mapValues { signs -> NetEffect in
            signs.count == 2 ? .mixed : signs.first == .positive ? .increases : .decreases
        }
        #expect(
            Dictionary(uniqueKeysWithValues: result.effects.map { ($0.node.index, $0.change) }) == expectedChanges,
            "seed \(seed)")
        #expect(Set(result.silenced.map(\.index)) == silenced, "seed \(seed)")
        #expect(Set(result.weakened.map(\.index)) == weakened, "seed \(seed)")
        if knockout.isEmpty { #expect(result.differences.isEmpty) }
        // Each sign's evidence: the strongest minimum level under which that sign still arrives.
        let byLevel = Dictionary(
            uniqueKeysWithValues: EvidenceLevel.allCases.map {
                ($0, changes(silenced: silenced, minimum: $0, knockout: knockout))
            })
        for change in result.effects {
            for sign in Sign.allCases where expected[change.node.index]?.contains(sign) == true {
                let strongest = EvidenceLevel.allCases.sorted(by: >).first { level in
                    byLevel[level]![change.node.index]?.contains(sign) == true
                }
                #expect(change.evidence[sign] == strongest, "seed \(seed), \(change.node.id) \(sign)")
            }
        }
    }

    @Test(arguments: seeds)
    func everyFeedbackLoopIsFoundOnce(seed: UInt64) throws {
        let graph = RandomGraphs.make(seed: seed &+ 5000, nodes: 7, interactions: 16)
        let maxLength = 1 + Int(seed % 6)
        let oracle = BruteForceOracle(graph: graph)
        let expected = oracle.simpleCycles(maxLength: maxLength)
        let found = try FeedbackLoopQuery(maxLength: maxLength).run(on: graph)
        let loops = found.loops
        #expect(!found.truncated)
        #expect(loops.count == expected.count, "seed \(seed)")
        #expect(Set(loops.map(\.interactions)) == expected)
        let negative = try FeedbackLoopQuery(maxLength: maxLength, sign: .negative).run(on: graph).loops
        #expect(Set(negative.map(\.interactions)) == expected.filter { oracle.sign(of: $0) == .negative })
        let through = NodeIndex(Int(seed % 7))
        let loopsThrough = try FeedbackLoopQuery(maxLength: maxLength, through: through).run(on: graph).loops
        #expect(
            Set(loopsThrough.map { oracle.canonicalRotation($0.interactions) })
                == expected.filter { oracle.nodes(of: $0).contains(through) })
    }

    /// Distances and shortest-path signs from brute-force enumeration of simple paths.
    static func neighbourhood(_ oracle: BruteForceOracle, origin: NodeIndex, depth: Int, downstream: Bool)
        -> [NodeIndex: (Int, NetEffect)]
    {
        var result: [NodeIndex: (Int, NetEffect)] = [:]
        for other in oracle.graph.nodeIndices where other != origin {
            let paths =
                downstream
                ? oracle.simplePaths(from: origin, to: other, maxDepth: depth)
                : oracle.simplePaths(from: other, to: origin, maxDepth: depth)
            guard let shortest = paths.map(\.count).min() else { continue }
            // The effect over the shortest paths of known sign; unknown when none has one.
            let signs = Set(paths.filter { $0.count == shortest }.compactMap(oracle.sign(of:)))
            result[other] = (
                shortest,
                signs.count == 2
                    ? .mixed : signs.isEmpty ? .unknown : signs.first == .positive ? .increases : .decreases
            )
        }
        return result
    }

    @Test(arguments: seeds)
    func neighbourhoodsMatchTheOracle(seed: UInt64) throws {
        let graph = RandomGraphs.make(seed: seed &+ 6000, nodes: 8, interactions: 18)
        let oracle = BruteForceOracle(graph: graph, includeUnsigned: true)
        let origin = NodeIndex(Int(seed % 8)), depth = 1 + Int(seed % 4)
        for direction in NeighbourhoodQuery.Direction.allCases {
            let members = try NeighbourhoodQuery(origin: origin, direction: direction, depth: depth).run(on: graph)
                .members
            let expected = Self.neighbourhood(
                oracle, origin: origin, depth: depth, downstream: direction == .downstream)
            #expect(members.count == expected.count, "seed \(seed) \(direction)")
            for member in members {
                #expect(expected[member.node.index]?.0 == member.distance)
                #expect(
                    expected[member.node.index]?.1 == member.effect, "seed \(seed) \(direction) node \(member.node)")
            }
        }
    }

    @Test(arguments: seeds)
    func commonRegulatorsMatchTheOracle(seed: UInt64) throws {
        let graph = RandomGraphs.make(seed: seed &+ 7000, nodes: 8, interactions: 20)
        let oracle = BruteForceOracle(graph: graph, includeUnsigned: true)
        let targets = [NodeIndex(Int(seed % 8)), NodeIndex(Int((seed / 8 + 1 + seed % 8) % 8))]
        guard targets[0] != targets[1] else { return }
        let upstream = targets.map { Self.neighbourhood(oracle, origin: $0, depth: 3, downstream: false) }
        let expected = Set(
            graph.nodeIndices.filter { node in !targets.contains(node) && upstream.allSatisfy { $0[node] != nil } })
        let regulators = try CommonRegulatorQuery(targets: targets).run(on: graph).regulators
        #expect(Set(regulators.map(\.node.index)) == expected, "seed \(seed)")
        for regulator in regulators {
            #expect(regulator.distances == upstream.map { $0[regulator.node.index]!.0 })
            #expect(regulator.effects == upstream.map { $0[regulator.node.index]!.1 })
        }
        #expect(regulators.map(\.totalDistance) == regulators.map(\.totalDistance).sorted())
    }
}

/// Queries that must agree with each other by definition.
@Suite struct QueryAgreementTests {
    @Test(arguments: Array(UInt64(0)..<UInt64(100)))
    func activatingOneNodeAgreesWithEffectOnAll(seed: UInt64) throws {
        let graph = RandomGraphs.make(seed: seed &+ 8000, nodes: 8, interactions: 18)
        let source = Int(seed % 8)
        let effects = try EffectQuery(from: NodeIndex(source), maxDepth: 5).runOnAll(on: graph).effects
        let perturbation = try PerturbationQuery(
            perturbations: [.init(node: NodeIndex(source), action: .activate)], maxDepth: 5
        ).run(on: graph)
        #expect(
            Set(effects.map { "\($0.target):\($0.effect)" })
                == Set(perturbation.effects.map { "\($0.node):\($0.change)" }))
        let blocked = try PerturbationQuery(
            perturbations: [.init(node: NodeIndex(source), action: .block)], maxDepth: 5
        ).run(on: graph)
        let flipped: [NetEffect: NetEffect] = [.increases: .decreases, .decreases: .increases, .mixed: .mixed]
        #expect(blocked.effects.map(\.change) == perturbation.effects.map { flipped[$0.change]! })
    }
}
