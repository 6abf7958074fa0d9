/// Generates quizzes about one drug (or any node) of a graph. Every answer is computed by a query and every
/// explanation told as ``ExplanationQuery`` tells it; the distractors are nodes of the same kind or the other evidence
/// levels, checked to be wrong. The same seed and graph give the same quiz.
///
/// ```swift
/// let quiz = try QuizGenerator(graph: graph).quiz(count: 5, seed: 7)
/// for question in quiz.questions { print(question.prompt, question.choices[question.answer]) }
/// ```
public struct QuizGenerator: Sendable {
    /// The graph the questions are about.
    public let graph: PathwayGraph
    /// The node the questions start from.
    public let subject: NodeIndex
    /// The longest path followed.
    public var maxDepth: Int

    /// A generator about `subject`, or, when `nil`, the drug with the most interactions.
    public init(graph: PathwayGraph, subject: NodeIndex? = nil, maxDepth: Int = 12) throws(QueryError) {
        self.graph = graph
        self.maxDepth = maxDepth
        if let subject {
            _ = try graph.node(at: subject)
            self.subject = subject
        } else {
            let drugs = graph.nodeIndices.filter { graph[$0].kind == .drug }
            guard
                let busiest = drugs.max(by: {
                    (graph.outgoingInteractions(of: $0).count, graph[$1].id)
                        < (graph.outgoingInteractions(of: $1).count, graph[$0].id)
                })
            else { throw .noQuizSubject }
            self.subject = busiest
        }
    }

    /// `count` questions, taking the kinds in turn, chosen by `seed` (``QuizBank/quiz(count:seed:)``). Fewer when
    /// the graph cannot support more.
    public func quiz(count: Int, seed: UInt64) -> Quiz { QuizBank(self).quiz(count: count, seed: seed) }

    /// Every question of `kind` the graph supports, in the graph's order, choices unshuffled.
    public func questions(of kind: QuizQuestion.Kind) -> [QuizQuestion] {
        switch kind {
        case .sign: signQuestions()
        case .experiment: experimentQuestions()
        case .evidence: evidenceQuestions()
        case .timeOrder: timeOrderQuestions()
        case .cell: cellQuestions()
        case .timescale: timescaleQuestions()
        case .unchanged: unchangedQuestions()
        case .compareRoutes: routeQuestions()
        case .compareDrugs: comparisonQuestions()
        }
    }

    // MARK: Sign reasoning

    /// "Ketamine blocks … What happens to glutamate?", for targets every path reaches with the same sign,
    /// through at least one negative step.
    func signQuestions() -> [QuizQuestion] {
        let explainer = Explainer(graph: graph)
        let query = EffectQuery(from: subject, maxDepth: maxDepth, pathsPerSign: 1)
        var questions: [QuizQuestion] = []
        for target in graph.nodeIndices where target != subject {
            guard let result = try? query.run(to: target, on: graph),
                result.effect == .increases || result.effect == .decreases, !result.truncated,
                let path = result.paths.first, (2...6).contains(path.length),
                path.interactions.contains(where: { graph.interaction(at: $0).sign == .negative })
            else { continue }
            let story = explainer.story(of: path)
            let name = graph[target].displayName
            let rises = result.effect == .increases
            let choices = ["It rises", "It falls", "It does not change"]
            let explanation =
                story.steps.map(\.sentence).joined(separator: " ")
                + " Every path of at most \(maxDepth) steps agrees: \(Explainer.inSentence(name)) "
                + (rises ? "rises." : "falls.") + contestedNote(path.interactions)
            questions.append(
                QuizQuestion(
                    kind: .sign, prompt: "\(story.steps[0].sentence) What happens to \(Explainer.inSentence(name))?",
                    choices: choices, answer: rises ? 0 : 1, explanation: explanation,
                    references: references(of: path.interactions), nodes: path.nodeIDs))
        }
        return questions
    }

    // MARK: Experiments

    /// One question per classic experiment the graph declares about the subject and the model reproduces
    /// (``ExperimentReplay``): "Maeng et al. gave ketamine with AMPA receptors blocked. What happens to the
    /// antidepressant effect?". A graph that declares none gets the knockout questions of
    /// ``necessaryInputQuestions()``.
    func experimentQuestions() -> [QuizQuestion] {
        let declared = graph.experiments.filter { $0.activate.contains(subject) }
        guard !declared.isEmpty else { return necessaryInputQuestions() }
        let knockoutChoices: [(ClassicExperiment.Outcome, String)] = [
            (.lost, "It is lost: it no longer responds"), (.kept, "It still responds, as without the knockout"),
            (.weakened, "It still responds, but weaker"), (.rises, "It rises"), (.falls, "It falls"),
        ]
        let trialChoices: [(ClassicExperiment.Outcome, String)] = [
            (.rises, "It rises"), (.falls, "It falls"), (.unchanged, "It does not change"),
        ]
        var questions: [QuizQuestion] = []
        for experiment in declared {
            guard let replay = try? ExperimentReplay(experiment, maxDepth: maxDepth).run(on: graph),
                replay.matchesThePaper,
                let check = replay.checks.first(where: { graph[$0.node.index].kind == .therapeuticEffect })
                    ?? replay.checks.first
            else { continue }
            let given = experiment.activate.map { graph[$0].displayName }.joined(separator: " and ")
            let removed = experiment.knockout.map { Explainer.inSentence(graph[$0].displayName) }
            let pretreated = experiment.pretreat.map { Explainer.inSentence(graph[$0].displayName) }
            let node = Explainer.inSentence(graph[check.node.index].displayName)
            let intervention =
                (pretreated.isEmpty ? "" : " after \(pretreated.joined(separator: " and "))")
                + (removed.isEmpty ? "" : " with \(removed.joined(separator: " and ")) knocked out")
            // Without an intervention (a trial of the drug alone) only the direction is asked. Rises and falls
            // are offered beside a knockout's outcomes only when one is right, so no choice is also true.
            let isTrial = removed.isEmpty && pretreated.isEmpty
            let offered = (isTrial ? trialChoices : knockoutChoices).filter { outcome, _ in
                isTrial || outcome == check.expected || outcome == .lost || outcome == .kept
                    || outcome == .weakened
                    || (outcome == .rises && check.expected == .falls)
                    || (outcome == .falls && check.expected == .rises)
            }
            guard offered.contains(where: { $0.0 == check.expected }) else { continue }
            let explanation =
                (experiment.finding.map { $0 + " " } ?? "")
                + (isTrial
                    ? "In the model, \(node) \(Self.changeWords(check.with))."
                    : "In the model, without the knockout \(node) \(Self.changeWords(check.without)); with it, it "
                        + "\(Self.changeWords(check.with))\(check.isWeakened ? ", but weaker" : "").")
            questions.append(
                QuizQuestion(
                    kind: .experiment,
                    prompt:
                        "\(experiment.name): \(given) is given\(intervention)"
                        + (experiment.context.map { " (\($0) evidence)" } ?? "") + ". What happens to \(node)?",
                    choices: offered.map(\.1), answer: offered.firstIndex { $0.0 == check.expected }!,
                    explanation: explanation, references: experiment.references,
                    nodes: [graph[subject].id, graph[check.node.index].id]
                        + (experiment.knockout + experiment.pretreat).map { graph[$0].id }))
        }
        return questions
    }

    /// A change in words: "rises", "falls", "does not change".
    static func changeWords(_ change: NetEffect) -> String {
        switch change {
        case .increases: "rises"
        case .decreases: "falls"
        case .mixed: "changes both ways"
        case .none: "does not change"
        case .unknown: "changes, sign unknown"
        }
    }

    /// "Which of these, if knocked out, abolishes ketamine's antidepressant effect?", answered by `perturb` on the
    /// graph's necessary inputs: for graphs that declare no experiments.
    func necessaryInputQuestions() -> [QuizQuestion] {
        let activate = [PerturbationQuery.Perturbation(node: subject, action: .activate)]
        let necessarySources = Set(
            graph.interactions.filter { $0.isNecessary && $0.source != subject }.map(\.source))
        let reached = Set(
            (try? PerturbationQuery(perturbations: activate, maxDepth: maxDepth).run(on: graph))?.effects.map(
                \.node.index) ?? [])
        let plausibleKinds: Set<NodeKind> = [.receptor, .kinase, .growthFactor, .protein, .process, .neurotransmitter]
        let candidates = graph.nodeIndices.filter {
            reached.contains($0) && (necessarySources.contains($0) || plausibleKinds.contains(graph[$0].kind))
        }
        // What each knockout loses.
        var lostBy: [NodeIndex: (lost: Set<NodeIndex>, silenced: [NodeHandle])] = [:]
        for candidate in candidates {
            let query = PerturbationQuery(
                perturbations: activate, maxDepth: maxDepth, filter: PathFilter(knockout: [candidate]))
            guard let result = try? query.run(on: graph), !result.truncated else { continue }
            lostBy[candidate] = (Set(result.differences.filter(\.isLost).map(\.node.index)), result.silenced)
        }
        var questions: [QuizQuestion] = []
        let outcomes = graph.nodeIndices.filter { graph[$0].kind == .therapeuticEffect && reached.contains($0) }
        for outcome in outcomes {
            let abolishing = candidates.filter { lostBy[$0]?.lost.contains(outcome) == true }
                .filter { necessarySources.contains($0) }
            let sparing = candidates.filter { lostBy[$0].map { !$0.lost.contains(outcome) } == true }
            guard let right = abolishing.first, sparing.count >= 3 else { continue }
            let rightKind = graph[right].kind
            let distractors = (sparing.filter { graph[$0].kind == rightKind } + sparing)
                .reduce(into: [NodeIndex]()) { if !$0.contains($1) { $0.append($1) } }
                .prefix(3)
            let subjectName = graph[subject].displayName
            let outcomeName = Explainer.inSentence(graph[outcome].displayName)
            let necessary = graph.interactions.filter { $0.isNecessary && $0.source == right }
            let silenced = lostBy[right]?.silenced.map { Explainer.inSentence(graph[$0.index].displayName) } ?? []
            var explanation =
                "In the model, knocking out \(graph[right].displayName) silences "
                + silenced.joined(separator: ", ") + ": it is a necessary input"
                + (silenced.count > 1 ? ", and silencing spreads" : "") + ", so \(subjectName) no longer raises "
                + outcomeName + ". The other choices leave it standing."
            let notes = necessary.compactMap(\.note)
            if !notes.isEmpty { explanation += " " + notes.joined(separator: " ") }
            explanation += contestedNote(
                graph.interactionIndices.filter { index in
                    graph.interaction(at: index).isNecessary && graph.interaction(at: index).source == right
                })
            let species = Set(necessary.flatMap(\.context.species)).map(\.rawValue).sorted()
            if !species.isEmpty { explanation += " The experiments behind it: \(species.joined(separator: ", "))." }
            questions.append(
                QuizQuestion(
                    kind: .experiment,
                    prompt: "Which of these, if knocked out, abolishes \(subjectName)'s \(outcomeName)?",
                    choices: ([right] + distractors).map { graph[$0].displayName }, answer: 0,
                    explanation: explanation, references: Array(Set(necessary.flatMap(\.references))).sorted(),
                    nodes: [graph[subject].id, graph[outcome].id, graph[right].id]))
        }
        return questions
    }

    // MARK: Evidence

    /// "How well supported is the claim that ketamine activates the GABA-A receptor in cells?"
    func evidenceQuestions() -> [QuizQuestion] {
        let levels = EvidenceLevel.allCases.sorted(by: >)
        let choices = levels.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() }
        var questions: [QuizQuestion] = []
        var claims: [String: [EvidenceLevel]] = [:]
        var drafts: [(claim: String, index: Int)] = []
        for index in graph.outgoingEdges(of: subject.rawValue).map(Int.init) {
            let interaction = graph.interaction(at: index)
            guard let level = interaction.evidence, !interaction.references.isEmpty else { continue }
            let claim =
                "\(graph[subject].displayName) \(Explainer.verb(interaction.relation)) "
                + "\(Explainer.inSentence(graph[interaction.target].displayName))"
                + Self.wherePhrase(interaction.context.species)
            claims[claim, default: []].append(level)
            drafts.append((claim, index))
        }
        for (claim, index) in drafts where Set(claims[claim] ?? []).count == 1 {
            let interaction = graph.interaction(at: index)
            guard let level = interaction.evidence, let answer = levels.firstIndex(of: level) else { continue }
            let citations = interaction.references.map { graph.reference(forKey: $0)?.shortCitation ?? $0 }
            var explanation = "\(choices[answer]): \(Self.meaning(of: level))"
            if let note = interaction.note { explanation += " \(note)" }
            explanation += " (\(citations.joined(separator: "; ")))."
            questions.append(
                QuizQuestion(
                    kind: .evidence, prompt: "How well supported is the claim that \(claim)?", choices: choices,
                    answer: answer, explanation: explanation, references: interaction.references,
                    nodes: [graph[subject].id, graph[interaction.target].id]))
        }
        return questions
    }

    /// Where a claim was shown, for its sentence: " in people", " in rodents", " in cells".
    static func wherePhrase(_ species: [Species]) -> String {
        let places = species.map { species -> String in
            switch species {
            case .human: "people"
            case .rodent, .mouse, .rat: "rodents"
            case .inVitro: "cells"
            }
        }
        var unique: [String] = []
        for place in places where !unique.contains(place) { unique.append(place) }
        return unique.isEmpty ? "" : " in " + unique.joined(separator: " and ")
    }

    /// What a level means, in a sentence (Docs/evidence.md).
    static func meaning(of level: EvidenceLevel) -> String {
        switch level {
        case .established: "replicated, textbook-level evidence."
        case .supported: "shown in good studies, not yet textbook."
        case .hypothesised: "proposed, on indirect or limited evidence such as one small study."
        case .contested: "published evidence for and against."
        }
    }

    // MARK: Time order

    /// "Put these events in the order they happen after ketamine", from the timescales along a path.
    func timeOrderQuestions() -> [QuizQuestion] {
        let explainer = Explainer(graph: graph)
        var questions: [QuizQuestion] = []
        var seenOutcomes = Set<NodeIndex>()
        let targets = graph.nodeIndices.filter {
            [.therapeuticEffect, .process, .disorder].contains(graph[$0].kind) && $0 != subject
        }
        for target in targets {
            // Of the first paths, the one whose steps span the most timescales.
            let paths =
                (try? PathQuery(
                    from: subject, to: target, maxDepth: maxDepth, limit: 50,
                    budget: QueryBudget(maxPaths: 10_000, timeout: .seconds(1))
                ).run(on: graph).paths) ?? []
            // A contested step's timescale would teach a contested order: such paths are left out.
            let stories = paths.filter { path in
                !path.interactions.contains { graph.interaction(at: $0).evidence == .contested }
            }.map { explainer.story(of: $0) }
            guard let story = stories.max(by: { $0.timeline.count < $1.timeline.count }),
                story.timeline.count >= 3, seenOutcomes.insert(target).inserted
            else { continue }
            let path = story.path
            let phases = Array(story.timeline.suffix(3))
            let events = phases.map { $0.events.last ?? "" }
            guard Set(events).count == 3, !events.contains("") else { continue }
            let orders = [[0, 1, 2], [2, 1, 0], [1, 0, 2], [0, 2, 1]]
            let choices = orders.map { order in order.map { events[$0] }.joined(separator: " → ") }
            let explanation =
                phases.map { "\($0.events.last!) within \($0.timescale.rawValue)" }.joined(separator: ", then ")
                + ", along the path " + story.steps.map(\.sentence).joined(separator: " ")
                + contestedNote(path.interactions)
            questions.append(
                QuizQuestion(
                    kind: .timeOrder,
                    prompt: "Put these events in the order they happen after \(graph[subject].displayName) "
                        + "is given: \(events.sorted().joined(separator: "; ")).",
                    choices: choices, answer: 0, explanation: explanation,
                    references: references(of: path.interactions), nodes: path.nodeIDs))
        }
        return questions
    }

    // MARK: Shared

    /// " This answer rests on contested evidence: …" when any of `interactions` is contested or hypothesised.
    func contestedNote(_ interactions: [InteractionIndex]) -> String {
        let weak = interactions.map(graph.interaction(at:)).filter {
            $0.evidence == .contested || $0.evidence == .hypothesised
        }
        guard !weak.isEmpty else { return "" }
        let described = weak.map { interaction in
            "\(graph[interaction.source].displayName) → \(graph[interaction.target].displayName) "
                + "is \(interaction.evidence!.rawValue)" + (interaction.note.map { " (\($0))" } ?? "")
        }
        return " This answer rests on contested or hypothesised evidence: " + described.joined(separator: "; ") + "."
    }

    /// The reference keys of `interactions`, each once, in order.
    func references(of interactions: [InteractionIndex]) -> [String] {
        var keys: [String] = []
        for key in interactions.flatMap({ graph.interaction(at: $0).references }) where !keys.contains(key) {
            keys.append(key)
        }
        return keys
    }
}

extension QuizQuestion {
    /// Shuffles the choices, keeping `answer` on the right one.
    mutating func shuffleChoices(using random: inout SeededRandom) {
        let right = choices[answer]
        guard [.experiment, .timeOrder, .cell, .unchanged, .compareRoutes].contains(kind) else { return }
        choices.shuffle(using: &random)
        answer = choices.firstIndex(of: right) ?? answer
    }
}
