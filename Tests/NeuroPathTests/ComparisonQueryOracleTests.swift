import NeuroPath
import NeuroPathTestSupport
import Testing

/// `compare` against exhaustive enumeration of simple paths on small random graphs with timescales (some missing),
/// every evidence level, clinical observations (a drug straight to the effect), cycles and self-loops.
@Suite struct ComparisonQueryOracleTests {
    static let seeds = Array(UInt64(0)..<UInt64(200))

    /// A random graph whose nodes 0 and 1 are drugs and whose last node is a therapeutic effect.
    static func timedGraph(seed: UInt64) -> PathwayGraph {
        var random = SeededGenerator(seed: seed)
        let nodeCount = 7 + Int(seed % 4)
        var builder = PathwayGraphBuilder(name: "timed-\(seed)")
        for index in 0..<nodeCount {
            let kind: NodeKind = index < 2 ? .drug : index == nodeCount - 1 ? .therapeuticEffect : .protein
            _ = try! builder.addNode(Node(id: "n\(index)", label: "Node \(index)", kind: kind))
        }
        let relations: [Relation] = [.activates, .inhibits, .increases, .decreases, .leadsTo, .associatedWith]
        for _ in 0..<(18 + Int(seed % 10)) {
            let source = Int.random(in: 0..<nodeCount, using: &random)
            let target =
                Int.random(in: 0..<12, using: &random) == 0 ? source : Int.random(in: 0..<nodeCount, using: &random)
            let timescale: Timescale? =
                Int.random(in: 0..<7, using: &random) == 0 ? nil : Timescale.allCases.randomElement(using: &random)
            let evidence: EvidenceLevel? =
                Int.random(in: 0..<8, using: &random) == 0 ? nil : EvidenceLevel.allCases.randomElement(using: &random)
            try! builder.addInteraction(
                Interaction(
                    source: NodeIndex(source), target: NodeIndex(target),
                    relation: relations.randomElement(using: &random)!, evidence: evidence, timescale: timescale))
        }
        return builder.build()
    }

    /// A path's time computed independently: its slowest step, `nil` when a step has none.
    static func time(of path: [InteractionIndex], in graph: PathwayGraph) -> Timescale? {
        let times = path.map { graph.interaction(at: $0).timescale }
        guard !times.contains(where: { $0 == nil }) else { return nil }
        return times.compactMap { $0 }.max()
    }

    static func confidence(_ path: [InteractionIndex], in graph: PathwayGraph) -> Double {
        PathQueryOracleTests.confidence(path, in: graph)
    }

    static func isMechanistic(_ path: [InteractionIndex], in graph: PathwayGraph) -> Bool {
        !path.contains { graph.isClinicalObservation(graph.interaction(at: $0)) }
    }

    @Test(arguments: seeds)
    func onsetsRoutesAndMeetingPointsMatchTheOracle(seed: UInt64) throws {
        let graph = Self.timedGraph(seed: seed)
        let effect = NodeIndex(graph.nodes.count - 1)
        let drugs = [NodeIndex(0), NodeIndex(1)]
        let depth = 2 + Int(seed % 4)
        let minimum: EvidenceLevel? = seed % 3 == 0 ? nil : .hypothesised
        let filter = PathFilter(minimumEvidence: minimum)
        let oracle = BruteForceOracle(graph: graph, filter: filter)
        let result = try ComparisonQuery(drugs: drugs, effect: effect, maxDepth: depth, filter: filter).run(on: graph)
        #expect(!result.truncated)

        var routeNodeSets: [Set<NodeIndex>] = []
        for (side, drug) in zip(result.drugs, drugs) {
            let routes = oracle.simplePaths(from: drug, to: effect, maxDepth: depth)
            #expect(side.routeCount == routes.count, "seed \(seed) drug \(drug)")

            // The onset over every route and over the mechanism, with a fastest path as confident as any.
            for (onset, candidates) in [
                (side.onset, routes), (side.mechanismOnset, routes.filter { Self.isMechanistic($0, in: graph) }),
            ] {
                let times = candidates.compactMap { Self.time(of: $0, in: graph) }
                #expect(onset?.timescale == times.min(), "seed \(seed) drug \(drug)")
                guard let onset else { continue }
                #expect(candidates.contains(onset.path.interactions))
                #expect(Self.time(of: onset.path.interactions, in: graph) == onset.timescale)
                #expect(onset.step.timescale == onset.timescale)
                #expect(onset.path.steps[..<onset.stepOffset].allSatisfy { $0.timescale! < onset.timescale })
                let fastest = candidates.filter { Self.time(of: $0, in: graph) == onset.timescale }
                let best = fastest.map { Self.confidence($0, in: graph) }.max()!
                #expect(abs(Self.confidence(onset.path.interactions, in: graph) - best) < 1e-12)
            }

            // The slow steps: every step as slow as the mechanism's onset on its fastest routes.
            let mechanistic = routes.filter { Self.isMechanistic($0, in: graph) }
            let slow = Set(
                mechanistic.filter {
                    side.mechanismOnset != nil && Self.time(of: $0, in: graph) == side.mechanismOnset?.timescale
                }
                .flatMap { $0 }.filter { graph.interaction(at: $0).timescale == side.mechanismOnset?.timescale })
            #expect(Set(side.slowSteps.map(\.interaction)) == slow, "seed \(seed) drug \(drug)")

            // Route nodes, each with its own onset: the fastest of the paths to it.
            let onRoutes = Set(routes.flatMap { oracle.nodes(of: $0) }).subtracting([drug, effect])
            #expect(Set(side.routeNodes.map(\.node.index)) == onRoutes, "seed \(seed) drug \(drug)")
            routeNodeSets.append(onRoutes)
            for entry in side.routeNodes {
                let paths = oracle.simplePaths(from: drug, to: entry.node.index, maxDepth: depth)
                #expect(entry.onset == paths.compactMap { Self.time(of: $0, in: graph) }.min(), "seed \(seed)")
                let through = routes.filter { oracle.nodes(of: $0).contains(entry.node.index) }
                let fastest = through.compactMap { Self.time(of: $0, in: graph) }.min()
                #expect(entry.route.flatMap { Self.time(of: $0.interactions, in: graph) } == fastest)
                if let route = entry.route { #expect(through.contains(route.interactions)) }
            }
        }
        let shared = routeNodeSets[0].intersection(routeNodeSets[1])
        #expect(Set(result.meetingPoints.map(\.node.index)) == shared, "seed \(seed)")
        for point in result.meetingPoints {
            #expect(point.onsets == result.drugs.map { $0.onset(of: point.node) })
        }
        #expect(Set(result.ownNodes[0].map(\.index)) == routeNodeSets[0].subtracting(routeNodeSets[1]))
        #expect(Set(result.ownNodes[1].map(\.index)) == routeNodeSets[1].subtracting(routeNodeSets[0]))
    }

    /// The random graphs are not trivial: many give both drugs an onset, meeting points and slow steps, and some
    /// give a mechanism slower than a clinical observation.
    @Test func theRandomGraphsExerciseEveryPart() throws {
        var withOnsets = 0, withMeetings = 0, slowerMechanism = 0
        for seed in Self.seeds {
            let graph = Self.timedGraph(seed: seed)
            let result = try ComparisonQuery(
                drugs: [NodeIndex(0), NodeIndex(1)], effect: NodeIndex(graph.nodes.count - 1),
                maxDepth: 2 + Int(seed % 4), filter: .none
            ).run(on: graph)
            if result.drugs.allSatisfy({ $0.onset != nil }) { withOnsets += 1 }
            if !result.meetingPoints.isEmpty { withMeetings += 1 }
            if result.drugs.contains(where: { side in
                guard let all = side.onset?.timescale, let mechanism = side.mechanismOnset?.timescale else {
                    return false
                }
                return mechanism > all
            }) {
                slowerMechanism += 1
            }
        }
        #expect(withOnsets >= 40, "\(withOnsets) of \(Self.seeds.count) graphs give both drugs an onset")
        #expect(withMeetings >= 40, "\(withMeetings) graphs have meeting points")
        #expect(slowerMechanism >= 5, "\(slowerMechanism) graphs have a mechanism slower than the clinical observation")
    }

    /// The depth bounds the onset: twenty routes of three fast steps to the effect are one step too long at depth 2,
    /// so the onset is that of the slow two-step routes. (However the onset table orders its work, a route longer
    /// than the depth must never count.)
    @Test func aRouteLongerThanTheDepthSetsNoOnset() throws {
        var builder = PathwayGraphBuilder(name: "depth")
        let drug = try builder.addNode(Node(id: "drug", label: "Drug", kind: .drug))
        let other = try builder.addNode(Node(id: "other", label: "Other", kind: .drug))
        let effect = try builder.addNode(Node(id: "effect", label: "Effect", kind: .therapeuticEffect))
        try builder.addInteraction(Interaction(source: other, target: effect, relation: .leadsTo, timescale: .days))
        for gadget in 0..<20 {
            let first = try builder.addNode(Node(id: "a\(gadget)", label: "A", kind: .protein))
            let second = try builder.addNode(Node(id: "b\(gadget)", label: "B", kind: .protein))
            for (source, target, time) in [
                (drug, first, Timescale.seconds), (first, second, .seconds), (second, effect, .seconds),
                (drug, second, .weeks),
            ] {
                try builder.addInteraction(
                    Interaction(source: source, target: target, relation: .activates, timescale: time))
            }
        }
        let graph = builder.build()
        let result = try ComparisonQuery(drugs: [drug, other], effect: effect, maxDepth: 2, filter: .none).run(
            on: graph)
        #expect(result.drugs[0].onset?.timescale == .weeks)
        // On the routes of at most two steps lie only the b nodes, each reached within seconds through its a node.
        #expect(result.drugs[0].routeNodes.count == 20)
        #expect(result.drugs[0].routeNodes.allSatisfy { $0.node.id.hasPrefix("b") && $0.onset == .seconds })
        let deeper = try ComparisonQuery(drugs: [drug, other], effect: effect, maxDepth: 3, filter: .none).run(
            on: graph)
        #expect(deeper.drugs[0].onset?.timescale == .seconds)
    }

    @Test func tooFewDrugsAndTheEffectAsADrugAreRefused() throws {
        let graph = Self.timedGraph(seed: 7)
        let effect = NodeIndex(graph.nodes.count - 1)
        #expect(throws: QueryError.tooFewNodes(given: 1, needed: 2)) {
            try ComparisonQuery(drugs: [NodeIndex(0), NodeIndex(0)], effect: effect).run(on: graph)
        }
        #expect(throws: QueryError.comparedWithEffect(node: graph[effect].id)) {
            try ComparisonQuery(drugs: [NodeIndex(0), effect], effect: effect).run(on: graph)
        }
    }
}
