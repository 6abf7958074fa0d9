import NeuroPath
import NeuroPathTestSupport
import Testing

/// Queries from async code: the same answers as on the calling thread, and a cancelled task is told apart from a
/// query that reached its budget.
@Suite struct AsyncQueryTests {
    /// Layers of nodes, each acting on every node of the next: more paths than any budget allows.
    static func lattice(layers count: Int = 20, width: Int = 6) -> (graph: PathwayGraph, from: NodeIndex, to: NodeIndex)
    {
        var builder = PathwayGraphBuilder(name: "lattice")
        let layers = (0..<count).map { layer in
            (0..<(layer == 0 || layer == count - 1 ? 1 : width)).map { position in
                try! builder.addNode(Node(id: "n\(layer).\(position)", kind: .protein))
            }
        }
        for (upper, lower) in zip(layers, layers.dropFirst()) {
            for source in upper {
                for target in lower {
                    try! builder.addInteraction(Interaction(source: source, target: target, relation: .activates))
                }
            }
        }
        return (builder.build(), layers[0][0], layers[count - 1][0])
    }

    @Test func asyncAnswersAreTheSynchronousOnes() async throws {
        let graph = try GraphLoader().load(.ketamine)
        let (from, to) = (try graph.resolve("ketamine"), try graph.resolve("synaptogenesis"))
        let trace = PathQuery(from: from, to: to, maxDepth: 10)
        #expect(try await trace.result(on: graph) == trace.run(on: graph))
        let perturbation = PerturbationQuery(
            perturbations: [.init(node: from, action: .activate), .init(node: to, action: .block)])
        #expect(try await perturbation.result(on: graph) == perturbation.run(on: graph))
        let effect = EffectQuery(from: from)
        #expect(try await effect.result(to: to, on: graph) == effect.run(to: to, on: graph))
        await #expect(throws: QueryError.self) {
            try await PathQuery(from: from, to: NodeIndex(10_000)).result(on: graph)
        }
    }

    @Test func aCancelledQueryThrowsCancellationErrorNotATruncatedAnswer() async throws {
        let (graph, from, to) = Self.lattice()
        let query = PathQuery(from: from, to: to, maxDepth: 30, budget: QueryBudget(timeout: .seconds(300)))
        let task = Task { try await query.result(on: graph) }
        try await Task.sleep(for: .milliseconds(100))
        let cancelled = ContinuousClock.now
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        // The search saw the cancellation and stopped: it did not run on to its budget of 300 seconds (the
        // bound is loose: the suite also runs under ThreadSanitizer, many times slower, beside other tests).
        #expect(ContinuousClock.now - cancelled < .seconds(150))
        // A task cancelled before it starts does no work at all.
        let early = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await query.result(on: graph)
        }
        await #expect(throws: CancellationError.self) { try await early.value }
    }

    @Test func aQueryOverItsBudgetAnswersAndSaysSo() async throws {
        let (graph, from, to) = Self.lattice()
        let query = PathQuery(from: from, to: to, maxDepth: 30, budget: QueryBudget(timeout: .milliseconds(200)))
        let answer = try await query.result(on: graph)
        #expect(answer.truncated && answer.total == nil && !answer.paths.isEmpty && answer.stop == .budget)
        // A small question is answered whole.
        let ketamine = try GraphLoader().load(.ketamine)
        let whole = try PathQuery(from: ketamine.resolve("ketamine"), to: ketamine.resolve("bdnf")).run(on: ketamine)
        #expect(!whole.truncated && whole.stop == .complete)
    }

    @Test func aSynchronousRunInACancelledTaskSaysItWasCancelled() async throws {
        let (graph, from, to) = Self.lattice()
        let query = PathQuery(from: from, to: to, maxDepth: 30, budget: QueryBudget(timeout: .seconds(300)))
        let task = Task.detached { () -> PathQuery.Result in
            withUnsafeCurrentTask { $0?.cancel() }
            return try query.run(on: graph)
        }
        let answer = try await task.value
        #expect(answer.truncated && answer.stop == .cancelled)
        // The same for the other queries that stop at a budget.
        let budget = QueryBudget(timeout: .seconds(300))
        let stops = try await Task.detached { () -> [QueryStop] in
            withUnsafeCurrentTask { $0?.cancel() }
            var streamed = 0
            return [
                try EffectQuery(from: from, maxDepth: 30, budget: budget).run(to: to, on: graph).stop,
                try ExplanationQuery(from: from, to: to, maxDepth: 30, budget: budget).run(on: graph).stop,
                try PathQuery(from: from, to: to, maxDepth: 30, budget: budget).stream(on: graph) { _ in
                    streamed += 1
                    return true
                }.stop,
            ]
        }.value
        #expect(stops == [.cancelled, .cancelled, .cancelled])
    }

    /// Every node acting on every other, all positively, and one node that inhibits itself: a negative walk
    /// reaches every node, but only through the self-loop, which no simple path may use. Proving that no simple
    /// negative path exists takes one exhaustive search per node, which `effect --all` and `perturb` share out
    /// over both cores: longer than any test waits.
    static func denseWithANegativeSelfLoop(nodes count: Int = 22) -> PathwayGraph {
        var builder = PathwayGraphBuilder(name: "dense")
        let nodes = (0..<count).map { try! builder.addNode(Node(id: "n\($0)", kind: .protein)) }
        for source in nodes {
            for target in nodes where target != source {
                try! builder.addInteraction(Interaction(source: source, target: target, relation: .activates))
            }
        }
        try! builder.addInteraction(Interaction(source: nodes[1], target: nodes[1], relation: .inhibits))
        return builder.build()
    }

    /// The searches `effect --all` and `perturb` run on both cores see the cancellation: the answer is
    /// `CancellationError` within moments, not at the budget's five minutes. (Without a cancellation, the same
    /// queries stop at a short budget, truncated: the searches are long.)
    @Test func cancellingReachesTheSearchesSharedOverBothCores() async throws {
        let graph = Self.denseWithANegativeSelfLoop()
        let origin = NodeIndex(0)
        let short = QueryBudget(timeout: .milliseconds(300))
        let effects = try EffectQuery(from: origin, maxDepth: 14, budget: short).runOnAll(on: graph)
        #expect(effects.stop == .budget && effects.effects.contains { $0.truncated })
        let perturbed = try PerturbationQuery(
            perturbations: [.init(node: origin, action: .activate)], maxDepth: 14, budget: short
        ).run(on: graph)
        #expect(perturbed.stop == .budget)

        let long = QueryBudget(timeout: .seconds(300))
        let clock = ContinuousClock()
        let effectTask = Task { try await EffectQuery(from: origin, maxDepth: 14, budget: long).resultOnAll(on: graph) }
        let perturbTask = Task {
            try await PerturbationQuery(
                perturbations: [.init(node: origin, action: .activate)], maxDepth: 14, budget: long
            ).result(on: graph)
        }
        try await Task.sleep(for: .milliseconds(200))
        let cancelled = clock.now
        effectTask.cancel()
        perturbTask.cancel()
        await #expect(throws: CancellationError.self) { try await effectTask.value }
        await #expect(throws: CancellationError.self) { try await perturbTask.value }
        // Loose: a thread-sanitised build runs twenty times slower.
        #expect(clock.now - cancelled < .seconds(30))
    }
}
