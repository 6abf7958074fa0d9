/// The question kinds about a mechanism's shape: in which cells it starts, how soon a node changes, what does not
/// change, and which of two routes rests on stronger evidence. Each answer is read off a query; the node a
/// question is about comes last in its `nodes`.
extension QuizGenerator {
    /// The targets questions are asked about: the therapeutic, physiological and adverse effects, the processes
    /// and the growth factors the subject changes, in graph order.
    func changedTargets() -> [(node: NodeIndex, change: NetEffect)] {
        guard
            let all = try? EffectQuery(from: subject, maxDepth: maxDepth, pathsPerSign: 0).runOnAll(on: graph)
        else { return [] }
        let kinds: Set<NodeKind> = [.therapeuticEffect, .physiologicalEffect, .adverseEffect, .process, .growthFactor]
        return all.effects.filter { kinds.contains(graph[$0.target.index].kind) && !$0.truncated }
            .map { ($0.target.index, $0.effect) }
    }

    /// The most confident path from the subject to `target` with no contested step, if any.
    func mostConfidentUncontestedPath(to target: NodeIndex) -> CausalPath? {
        let paths =
            (try? PathQuery(
                from: subject, to: target, maxDepth: maxDepth, limit: 10, countsAll: false,
                budget: QueryBudget(maxPaths: 10_000, timeout: .seconds(1))
            ).run(on: graph).paths) ?? []
        return paths.first { path in
            !path.interactions.contains { graph.interaction(at: $0).evidence == .contested }
        }
    }

    // MARK: Which cells

    /// "On the most confident path from ketamine to synaptogenesis, in which cells does ketamine act first?"
    func cellQuestions() -> [QuizQuestion] {
        let populations = graph.populations
        guard populations.count >= 3 else { return [] }
        var questions: [QuizQuestion] = []
        for (target, _) in changedTargets() {
            guard let path = mostConfidentUncontestedPath(to: target), path.length >= 2,
                let population = graph[path.nodes[1]].population.map(String.init),
                let right = populations.first(where: { $0.id == population })
            else { continue }
            let others = populations.filter { $0.id != population }.prefix(3)
            let name = Explainer.inSentence(graph[target].displayName)
            let first = Explainer(graph: graph).story(of: path).steps[0].sentence
            questions.append(
                QuizQuestion(
                    kind: .cell,
                    prompt: "On the most confident path from \(graph[subject].displayName) to \(name), in which "
                        + "cells does \(graph[subject].displayName) act first?",
                    choices: ([right] + others).map(\.label), answer: 0,
                    explanation: "The path starts in the \(right.label) population: \(first) The whole path: "
                        + path.nodes.map { graph[$0].displayName }.joined(separator: " → ") + "."
                        + contestedNote(path.interactions),
                    references: references(of: path.interactions),
                    nodes: [graph[subject].id, graph[path.nodes[1]].id, graph[target].id]))
        }
        return questions
    }

    // MARK: How soon

    /// "After ketamine is given, how soon does BDNF rise?", from the timescales along the most confident path
    /// (a step's time is the slowest timescale up to it).
    func timescaleQuestions() -> [QuizQuestion] {
        let scale: [Timescale] = [.seconds, .minutes, .hours, .days, .weeks]
        var questions: [QuizQuestion] = []
        for (target, change) in changedTargets() where change == .increases || change == .decreases {
            guard let path = mostConfidentUncontestedPath(to: target),
                path.interactions.allSatisfy({ graph.interaction(at: $0).timescale != nil })
            else { continue }
            let story = Explainer(graph: graph).story(of: path)
            guard let when = story.timeline.last?.timescale, let right = scale.firstIndex(of: when) else { continue }
            let window = max(0, min(right - 1, scale.count - 4))
            let offered = Array(scale[window..<(window + 4)])
            let name = Explainer.inSentence(graph[target].displayName)
            let verb = path.sign == .positive ? "rise" : "fall"
            questions.append(
                QuizQuestion(
                    kind: .timescale,
                    prompt: "After \(graph[subject].displayName) is given, how soon does \(name) \(verb), along its "
                        + "most confident path?",
                    choices: offered.map { $0 == .weeks ? "Over weeks" : "Within \($0.rawValue)" },
                    answer: offered.firstIndex(of: when)!,
                    explanation: "Within \(when.rawValue). Along the path, "
                        + story.timeline.map { "within \($0.timescale.rawValue): \($0.events.joined(separator: ", "))" }
                        .joined(separator: "; then ") + " (a step takes the slowest time of the steps up to it)."
                        + contestedNote(path.interactions),
                    references: references(of: path.interactions), nodes: path.nodeIDs))
        }
        return questions
    }

    // MARK: What does not change

    /// "Ketamine is given. Which of these does not change?": one node no admissible path reaches, beside three
    /// that change.
    func unchangedQuestions() -> [QuizQuestion] {
        guard let all = try? EffectQuery(from: subject, maxDepth: maxDepth, pathsPerSign: 0).runOnAll(on: graph),
            !all.effects.contains(where: \.truncated)
        else { return [] }
        let changed = all.effects.filter { $0.effect == .increases || $0.effect == .decreases }
        let reached = Set(all.effects.map(\.target.index))
        let kinds: Set<NodeKind> = [
            .therapeuticEffect, .physiologicalEffect, .adverseEffect, .process, .receptor, .neurotransmitter,
        ]
        let untouched = graph.nodeIndices.filter {
            $0 != subject && !reached.contains($0) && kinds.contains(graph[$0].kind)
        }
        guard changed.count >= 3 else { return [] }
        var questions: [QuizQuestion] = []
        var asked = Set<String>()
        for (offset, still) in untouched.enumerated() {
            let sameKind = changed.filter { graph[$0.target.index].kind == graph[still].kind }
            let pool = sameKind.count >= 3 ? sameKind : changed
            // One question per prompt: the prompt names the kind when the choices share it.
            let kind = graph[still].kind.rawValue.replacingOccurrences(of: "-", with: " ")
            let these = sameKind.count >= 3 ? "these \(kind.hasSuffix("s") ? kind + "es" : kind + "s")" : "these"
            let prompt = "\(graph[subject].displayName) is given. Which of \(these) does not change?"
            guard asked.insert(prompt).inserted else { continue }
            // Three neighbours in the pool, distinct whenever it holds three (a stride could wrap onto itself).
            let picks = (0..<3).map { pool[(offset * 3 + $0) % pool.count] }
            guard Set(picks.map(\.target.index)).count == 3 else { continue }
            let words = picks.map {
                Explainer.inSentence(graph[$0.target.index].displayName)
                    + " "
                    + Explainer.change(
                        $0.effect == .increases ? .positive : .negative, of: graph[$0.target.index].displayName)
            }
            let name = Explainer.inSentence(graph[still].displayName)
            questions.append(
                QuizQuestion(
                    kind: .unchanged,
                    prompt: prompt,
                    choices: [graph[still].displayName] + picks.map { graph[$0.target.index].displayName }, answer: 0,
                    explanation: "No path of at most \(maxDepth) steps in the graph leads from "
                        + "\(graph[subject].displayName) to \(name), so the model says it does not change; "
                        + words.joined(separator: ", ") + ".",
                    references: [], nodes: [graph[subject].id] + picks.map(\.target.id) + [graph[still].id]))
        }
        return questions
    }

    // MARK: Two routes compared

    /// "Which route from ketamine to the antidepressant effect rests on stronger evidence?": the most confident
    /// path against two clearly weaker ones, each named by the nodes it passes.
    func routeQuestions() -> [QuizQuestion] {
        var questions: [QuizQuestion] = []
        for (target, _) in changedTargets() {
            let paths =
                (try? PathQuery(
                    from: subject, to: target, maxDepth: maxDepth, limit: 20, countsAll: false,
                    budget: QueryBudget(maxPaths: 10_000, timeout: .seconds(1))
                ).run(on: graph).paths.filter { $0.length >= 2 }) ?? []
            guard let best = paths.first else { continue }
            // Routes told apart by their second node, each named by its own most confident path (the first of its
            // group), and each clearly weaker than the best (by a quarter or more), so the answer is not a close call.
            var groups: [NodeIndex] = []
            var chosen = [best]
            for path in paths where !groups.contains(path.nodes[1]) {
                groups.append(path.nodes[1])
                if path != best, path.confidence <= best.confidence * 0.75, chosen.count < 3 { chosen.append(path) }
            }
            guard chosen.count >= 2 else { continue }
            let describe = { (path: CausalPath) in
                "through "
                    + path.nodes.dropFirst().dropLast().prefix(3).map { graph[$0].displayName }
                    .joined(separator: ", ") + (path.length > 4 ? ", …" : "")
            }
            let name = Explainer.inSentence(graph[target].displayName)
            let weakest = { (path: CausalPath) in
                path.interactions.compactMap { graph.interaction(at: $0).evidence }.min()?.rawValue ?? "unrecorded"
            }
            questions.append(
                QuizQuestion(
                    kind: .compareRoutes,
                    prompt: "Which route from \(graph[subject].displayName) to \(name) rests on the strongest "
                        + "evidence?",
                    choices: chosen.map(describe), answer: 0,
                    explanation: chosen.map {
                        "\(describe($0).prefix(1).uppercased() + describe($0).dropFirst()): confidence "
                            + "\(String(format: "%.2f", $0.confidence)), weakest step \(weakest($0))"
                    }.joined(separator: "; ")
                        + ". A path's confidence is the product of its steps' evidence, so a long route on established "
                        + "steps can beat a short one on contested steps.",
                    references: references(of: best.interactions),
                    nodes: [graph[subject].id, graph[target].id]))
        }
        return questions
    }
}
