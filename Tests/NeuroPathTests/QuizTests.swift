import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// Quizzes generated from the bundled graph: reproducible from their seed, well formed, and every answer checked
/// against an independent computation (brute-force paths, a knockout replayed, the interaction's own level, the
/// timescales).
@Suite struct QuizTests {
    let graph: PathwayGraph
    let generator: QuizGenerator

    init() throws {
        graph = try GraphLoader.bundled("ketamine")
        generator = try QuizGenerator(graph: graph)
    }

    func id(_ name: String) throws -> NodeIndex { try graph.resolve(name) }

    @Test func theSameSeedGivesTheSameQuizAndSeedsDiffer() {
        let kinds = QuizQuestion.Kind.allCases.count
        let first = generator.quiz(count: kinds, seed: 7)
        #expect(first == generator.quiz(count: kinds, seed: 7))
        #expect(first != generator.quiz(count: kinds, seed: 8))
        #expect(first.questions.count == kinds)
        #expect(Set(first.questions.map(\.kind)) == Set(QuizQuestion.Kind.allCases), "the kinds are taken in turn")
        #expect(kinds >= 9)
    }

    @Test func everyQuestionIsWellFormed() throws {
        let quiz = generator.quiz(count: 40, seed: 1)
        for question in quiz.questions {
            #expect(question.choices.indices.contains(question.answer), "\(question.prompt)")
            #expect(Set(question.choices).count == question.choices.count, "no choice twice: \(question.prompt)")
            #expect(!question.explanation.isEmpty && !question.nodes.isEmpty)
            for key in question.references { #expect(graph.reference(forKey: key) != nil, "\(key)") }
            for node in question.nodes { #expect(graph.index(ofID: node) != nil, "\(node)") }
        }
        #expect(try QuizGenerator(graph: graph, subject: id("esketamine")).quiz(count: 3, seed: 2).questions.count == 3)
    }

    /// The sign answer is the net effect over every simple path, enumerated by brute force.
    @Test func signAnswersMatchBruteForcePaths() throws {
        let oracle = BruteForceOracle(graph: graph)
        let questions = generator.questions(of: .sign)
        #expect(questions.count >= 10)
        for question in questions {
            let from = try id(question.nodes.first!), to = try id(question.nodes.last!)
            let effect = oracle.netEffect(from: from, to: to, maxDepth: generator.maxDepth)
            #expect(question.choices[question.answer] == (effect == .increases ? "It rises" : "It falls"))
            #expect(effect == .increases || effect == .decreases)
        }
    }

    /// Experiment questions come from the graph's declared experiments that the model reproduces: replayed, the
    /// node asked about does what the answer says, and no other choice offered is also true of it.
    @Test func experimentAnswersAreReplayed() throws {
        let questions = generator.questions(of: .experiment)
        #expect(questions.count >= 4)
        let outcomes: [(prefix: String, outcome: ClassicExperiment.Outcome)] = [
            ("It is lost", .lost), ("It still responds, but weaker", .weakened), ("It still responds", .kept),
            ("It rises", .rises), ("It falls", .falls), ("It does not change", .unchanged),
        ]
        for question in questions {
            let experiment = try #require(graph.experiments.first { question.prompt.hasPrefix($0.name + ":") })
            let replay = try ExperimentReplay(experiment).run(on: graph)
            #expect(replay.matchesThePaper && experiment.limitation == nil, "\(experiment.key)")
            let node = try id(question.nodes[1])
            let check = try #require(replay.checks.first { $0.node.index == node })
            for (index, choice) in question.choices.enumerated() {
                let outcome = try #require(outcomes.first { choice.hasPrefix($0.prefix) }).outcome
                let holds = ExperimentReplay.Check(
                    node: check.node, expected: outcome, without: check.without, with: check.with,
                    isWeakened: check.isWeakened
                ).holds
                #expect(holds == (index == question.answer), "\(choice) in \(question.prompt)")
            }
        }
        let keys = Set(questions.compactMap { q in graph.experiments.first { q.prompt.hasPrefix($0.name) }?.key })
        #expect(!keys.contains("gerhard2020-interneuron-glun2b"))
    }

    /// A graph that declares no experiments gets knockout questions from its necessary inputs: the knockout named
    /// as the answer loses the effect when replayed; every distractor leaves it.
    @Test func knockoutAnswersAreReplayedOnAGraphWithoutExperiments() throws {
        var object = try #require(
            try JSONSerialization.jsonObject(with: Data(NeuroPathJSON.write(graph).utf8)) as? [String: Any])
        object["teaching"] = nil
        let bare = try NeuroPathJSON.parse(data: try JSONSerialization.data(withJSONObject: object))
        #expect(bare.experiments.isEmpty)
        let questions = try QuizGenerator(graph: bare).questions(of: .experiment)
        #expect(!questions.isEmpty)
        for question in questions {
            let subject = try bare.resolve(question.nodes[0]), outcome = try bare.resolve(question.nodes[1])
            for (index, choice) in question.choices.enumerated() {
                let knockout = try #require(bare.nodeIndices.first { bare[$0].displayName == choice })
                let result = try PerturbationQuery(
                    perturbations: [.init(node: subject, action: .activate)], maxDepth: 12,
                    filter: PathFilter(knockout: [knockout])
                ).run(on: bare)
                let lost = result.differences.contains { $0.node.index == outcome && $0.isLost }
                #expect(lost == (index == question.answer), "\(choice) in \(question.prompt)")
            }
        }
    }

    /// The evidence answer is the level the interaction carries; a claim with two levels is never asked.
    @Test func evidenceAnswersAreTheInteractionsLevel() throws {
        for question in generator.questions(of: .evidence) {
            let source = try id(question.nodes[0]), target = try id(question.nodes[1])
            let levels = Set(
                graph.interactions.filter { $0.source == source && $0.target == target }.compactMap(\.evidence)
                    .filter { level in question.choices[question.answer].lowercased() == level.rawValue })
            #expect(levels.count == 1, "\(question.prompt)")
        }
        let gaba = try #require(generator.questions(of: .evidence).first { $0.prompt.contains("GABA-A receptor") })
        #expect(gaba.choices[gaba.answer] == "Hypothesised" && gaba.prompt.hasSuffix("in cells?"))
    }

    /// The right order is the order of the timescales; the events are from a path without contested steps.
    @Test func timeOrderAnswersFollowTheTimescales() throws {
        let questions = generator.questions(of: .timeOrder)
        #expect(!questions.isEmpty)
        for question in questions {
            let order = question.choices[question.answer].components(separatedBy: " → ")
            let phases = Timescale.allCases.map(\.rawValue)
            let times = try order.map { event -> Int in
                let phrase = try #require(
                    question.explanation.components(separatedBy: ", then ").first { $0.hasPrefix(event + " within ") })
                let timescale = phrase.components(separatedBy: " within ")[1].components(separatedBy: ",")[0]
                return try #require(phases.firstIndex(of: timescale))
            }
            #expect(times == times.sorted() && Set(times).count == 3, "\(question.prompt)")
            #expect(!question.explanation.contains("contested"))
        }
    }

    /// Two hundred quizzes of ten, each answer checked by its own computation: at least six kinds in each, no
    /// two questions about one node, evidence recall at most a quarter, and one claim never keyed two ways.
    @Test func twoHundredQuizzesAreVariedAndEveryAnswerIsChecked() throws {
        let oracle = BruteForceOracle(graph: graph)
        let bank = QuizBank(generator)
        var keyed: [String: String] = [:]
        var prompts = Set<String>()
        for seed in UInt64(0)..<3 {
            #expect(bank.quiz(count: 10, seed: seed) == generator.quiz(count: 10, seed: seed), "the generator's quiz")
        }
        for seed in UInt64(0)..<200 {
            let quiz = bank.quiz(count: 10, seed: seed)
            #expect(quiz.questions.count == 10, "seed \(seed)")
            // Eight kinds in turn; a kind whose questions are all about nodes already asked about is skipped.
            #expect(Set(quiz.questions.map(\.kind)).count >= 6, "seed \(seed)")
            #expect(Set(quiz.questions.map(\.premise)).count == quiz.questions.count, "seed \(seed): one premise twice")
            #expect(quiz.questions.filter { $0.kind == .evidence }.count <= 2, "seed \(seed)")
            for question in quiz.questions {
                let answer = question.choices[question.answer]
                if let earlier = keyed.updateValue(answer, forKey: question.prompt) {
                    #expect(earlier == answer, "\(question.prompt) keyed two ways")
                }
                // Each distinct question is checked once (the oracle's enumeration is the slow part).
                if prompts.insert(question.prompt).inserted { try check(question, oracle: oracle) }
            }
        }
        #expect(prompts.count >= 60, "\(prompts.count) distinct questions over 200 quizzes")
    }

    /// One question's answer, computed again without the generator.
    func check(_ question: QuizQuestion, oracle: BruteForceOracle) throws {
        let answer = question.choices[question.answer]
        let subject = try id(question.nodes[0])
        switch question.kind {
        case .cell:
            let first = try id(question.nodes[1])
            let population = try #require(graph[first].population.map(String.init))
            #expect(graph.populations.first { $0.id == population }?.label == answer, "\(question.prompt)")
            #expect(graph.outgoingInteractions(of: subject).contains { graph.target(of: $0) == first })
        case .timescale:
            // The slowest timescale of the steps along the path the question names.
            let nodes = try question.nodes.map(id)
            let slowest = try zip(nodes, nodes.dropFirst()).map { pair in
                let times = Set(
                    graph.outgoingInteractions(of: pair.0).filter { graph.target(of: $0) == pair.1 }
                        .compactMap { graph.interaction(at: $0).timescale })
                return try #require(times.count == 1 ? times.first : nil, "one timescale per step")
            }.max()!
            #expect(answer == (slowest == .weeks ? "Over weeks" : "Within \(slowest.rawValue)"), "\(question.prompt)")
        case .unchanged:
            let still = try id(question.nodes.last!)
            #expect(graph[still].displayName == answer)
            #expect(oracle.netEffect(from: subject, to: still, maxDepth: generator.maxDepth) == NetEffect.none)
            for choice in question.choices where choice != answer {
                let node = try #require(graph.nodeIndices.first { graph[$0].displayName == choice })
                #expect(oracle.netEffect(from: subject, to: node, maxDepth: generator.maxDepth) != NetEffect.none)
            }
        case .compareRoutes:
            // The route named as the answer holds the most confident path of all the brute-force paths.
            let target = try id(question.nodes.last!)
            let paths = oracle.simplePaths(from: subject, to: target, maxDepth: generator.maxDepth)
            let best = try #require(PathQueryOracleTests.ordered(paths, in: graph).first { $0.count >= 2 })
            let second = graph.target(of: best[0])
            #expect(answer.hasPrefix("through \(graph[second].displayName)"), "\(question.prompt): \(answer)")
        case .sign:
            let to = try id(question.nodes.last!)
            let effect = oracle.netEffect(from: subject, to: to, maxDepth: generator.maxDepth)
            #expect(answer == (effect == .increases ? "It rises" : "It falls"))
        case .evidence:
            let target = try id(question.nodes[1])
            let levels = graph.outgoingInteractions(of: subject).filter { graph.target(of: $0) == target }
                .compactMap { graph.interaction(at: $0).evidence?.rawValue }
            #expect(levels.contains(answer.lowercased()), "\(question.prompt)")
        case .experiment:
            let experiment = try #require(graph.experiments.first { question.prompt.hasPrefix($0.name + ":") })
            #expect(try ExperimentReplay(experiment).run(on: graph).matchesThePaper)
        case .timeOrder:
            #expect(question.answer == question.choices.firstIndex(of: answer))
        case .compareDrugs:
            try Self.checkComparison(question, in: graph)
        }
    }

    /// A compare question's answer computed again by brute force: a drug's onset is the fastest, over the simple
    /// paths of supported or established evidence, of the slowest step; a shared node lies on both drugs' paths
    /// and each other choice on one only; a knockout's outcome is two perturbations.
    static func checkComparison(_ question: QuizQuestion, in graph: PathwayGraph) throws {
        let answer = question.choices[question.answer]
        let oracle = BruteForceOracle(graph: graph, filter: PathFilter(minimumEvidence: .supported))
        let first = try graph.resolve(question.nodes[0])
        let names = { (node: NodeIndex) in graph[node].displayName }
        if question.prompt.hasPrefix("Which acts faster") {
            let effect = try graph.resolve(question.nodes[1]), other = try graph.resolve(question.nodes[2])
            let onset = { (drug: NodeIndex) in
                oracle.simplePaths(from: drug, to: effect, maxDepth: 12).compactMap { path -> Timescale? in
                    let times = path.map { graph.interaction(at: $0).timescale }
                    return times.contains(nil) ? nil : times.compactMap { $0 }.max()
                }.min()
            }
            let (mine, theirs) = (try #require(onset(first)), try #require(onset(other)))
            #expect(mine != theirs && answer == names(mine < theirs ? first : other), "\(question.prompt)")
        } else if question.prompt.contains("meet at one of these") {
            let other = try graph.resolve(question.nodes[1]), effect = try graph.resolve(question.nodes[2])
            let onRoutes = { (drug: NodeIndex) in
                Set(oracle.simplePaths(from: drug, to: effect, maxDepth: 12).flatMap { oracle.nodes(of: $0) })
            }
            let (mine, theirs) = (onRoutes(first), onRoutes(other))
            for choice in question.choices {
                let node = try #require(graph.nodeIndices.first { graph[$0].displayName == choice })
                let shared = mine.contains(node) && theirs.contains(node)
                #expect(shared == (choice == answer), "\(choice) in \(question.prompt)")
            }
        } else {
            let other = try graph.resolve(question.nodes[1]), effect = try graph.resolve(question.nodes[2])
            let knockout = try graph.resolve(question.nodes[3])
            let lost = try [first, other].map { drug in
                let activate = [PerturbationQuery.Perturbation(node: drug, action: .activate)]
                let with = try PerturbationQuery(
                    perturbations: activate, maxDepth: 12, filter: PathFilter(knockout: [knockout])
                ).run(on: graph)
                return !with.effects.contains { $0.node.index == effect }
            }
            let expected =
                lost[0] && lost[1]
                ? "Both" : lost[0] ? "Only \(names(first))'s" : lost[1] ? "Only \(names(other))'s" : "Neither"
            #expect(answer == expected, "\(question.prompt)")
        }
    }

    @Test func aGraphWithoutADrugNeedsASubject() throws {
        var builder = PathwayGraphBuilder()
        let a = try builder.addNode(Node(id: "a", kind: .protein))
        let b = try builder.addNode(Node(id: "b", kind: .protein))
        try builder.addInteraction(Interaction(source: a, target: b, relation: .activates))
        #expect(throws: QueryError.noQuizSubject) { try QuizGenerator(graph: builder.build()) }
        #expect(try QuizGenerator(graph: builder.build(), subject: a).quiz(count: 2, seed: 1).questions.count <= 2)
    }
}
