extension QuizGenerator {
    /// The other drugs compared with the subject: those that change `effect` the way the subject does, each with
    /// the comparison (supported or established evidence, ``ComparisonQuery/defaultFilter``).
    func comparisons(on effect: NodeIndex) -> [(other: NodeIndex, result: ComparisonQuery.Result)] {
        let budget = QueryBudget(maxPaths: 10_000, timeout: .seconds(1))
        return graph.nodeIndices.filter { graph[$0].kind == .drug && $0 != subject }.compactMap { other in
            guard
                let result = try? ComparisonQuery(
                    drugs: [subject, other], effect: effect, maxDepth: maxDepth, budget: budget
                ).run(on: graph),
                !result.truncated, result.drugs[0].effect.effect == result.drugs[1].effect.effect,
                result.drugs[0].effect.effect == .increases || result.drugs[0].effect.effect == .decreases
            else { return nil }
            return (other, result)
        }
    }

    /// The effects the compare questions are about: the graph's question's effect when it has one, else every
    /// therapeutic effect.
    var comparedEffects: [NodeIndex] {
        if let question = graph.question { return [question.to] }
        return graph.nodeIndices.filter { graph[$0].kind == .therapeuticEffect }
    }

    /// Questions that put the subject beside another drug (`compare`): which acts faster and why; which node their
    /// routes share; and what a classic experiment's knockout does to each.
    func comparisonQuestions() -> [QuizQuestion] {
        var questions: [QuizQuestion] = []
        for effect in comparedEffects {
            for (other, result) in comparisons(on: effect) {
                if let question = fasterQuestion(result, other: other) { questions.append(question) }
                if let question = sharedNodeQuestion(result, other: other) { questions.append(question) }
                questions += knockoutQuestions(result, other: other)
            }
        }
        return questions
    }

    /// "Which acts faster on the antidepressant effect: ketamine or fluoxetine?", when their onsets differ.
    func fasterQuestion(_ result: ComparisonQuery.Result, other: NodeIndex) -> QuizQuestion? {
        guard let fastest = result.fastest.first, result.fastest.count == 1,
            let explanation = result.explanation
        else { return nil }
        let names = [graph[subject].displayName, graph[other].displayName]
        let effectName = Explainer.inSentence(graph[result.effect.index].displayName)
        let steps = result.drugs.flatMap { [$0.onset?.step, $0.mechanismOnset?.step].compactMap { $0 } + $0.slowSteps }
        return QuizQuestion(
            kind: .compareDrugs,
            prompt: "Which acts faster on \(effectName): \(names[0]) or \(names[1])?",
            choices: names + ["Both act on the same timescale"], answer: fastest.index == subject ? 0 : 1,
            explanation: ([explanation.answer] + explanation.paragraphs.dropLast(result.meetingPoints.isEmpty ? 0 : 1))
                .joined(separator: " "),
            references: references(of: steps.map(\.interaction)),
            nodes: [graph[subject].id, graph[result.effect.index].id, graph[other].id])
    }

    /// "Ketamine's and fluoxetine's routes to the antidepressant effect meet at one of these. Which?": a meeting
    /// point the two reach at different times, against nodes only one of them uses.
    func sharedNodeQuestion(_ result: ComparisonQuery.Result, other: NodeIndex) -> QuizQuestion? {
        // A growth factor first (BDNF is the one the literature names), then any node reached at different times.
        let contrasting = result.meetingPoints.filter { Set($0.onsets).count > 1 && !$0.onsets.contains(nil) }
        guard
            let point = contrasting.first(where: { graph[$0.node.index].kind == .growthFactor }) ?? contrasting.first
        else { return nil }
        let own = result.ownNodes[0].prefix(2) + result.ownNodes[1].prefix(2)
        guard own.count >= 3 else { return nil }
        let names = [graph[subject].displayName, graph[other].displayName]
        let effectName = Explainer.inSentence(graph[result.effect.index].displayName)
        let choices = ([point.node] + own.prefix(3)).map { graph[$0.index].displayName }
        guard Set(choices).count == choices.count else { return nil }
        let when = zip(names, point.onsets).map { name, onset in
            "\(ComparisonExplanation.within(onset!)) after \(name)"
        }
        let owners = own.prefix(3).map { node in
            "\(graph[node.index].displayName) lies only on \(result.ownNodes[0].contains(node) ? names[0] : names[1])'s"
        }
        let routes = result.drugs.compactMap { side in side.routeNodes.first { $0.node == point.node }?.route }
        return QuizQuestion(
            kind: .compareDrugs,
            prompt: "The routes of \(names[0]) and \(names[1]) to \(effectName) meet at one of these nodes. Which?",
            choices: choices, answer: 0,
            explanation:
                "\(graph[point.node.index].displayName) is on both: it changes \(when.joined(separator: ", ")). "
                + owners.joined(separator: "; ") + " routes.",
            references: references(of: routes.flatMap(\.interactions)),
            nodes: [graph[subject].id, graph[other].id, graph[result.effect.index].id, graph[point.node.index].id])
    }

    /// "Santarelli et al. knocked out neurogenesis. Whose antidepressant effect is lost?", for each classic
    /// experiment of the graph that knocks out a node on either drug's routes, answered by `perturb` for each drug.
    func knockoutQuestions(_ result: ComparisonQuery.Result, other: NodeIndex) -> [QuizQuestion] {
        let drugs = [subject, other]
        let names = drugs.map { graph[$0].displayName }
        let effect = result.effect.index
        let effectName = Explainer.inSentence(graph[effect].displayName)
        let onRoutes = Set(result.drugs.flatMap { $0.routeNodes.map(\.node.index) })
        var questions: [QuizQuestion] = []
        for experiment in graph.experiments
        where experiment.pretreat.isEmpty && experiment.knockout.count == 1 && onRoutes.contains(experiment.knockout[0])
        {
            // Only what the model reproduces is taught.
            guard (try? ExperimentReplay(experiment, maxDepth: maxDepth).run(on: graph))?.matchesThePaper == true
            else { continue }
            let knockout = experiment.knockout[0]
            let lost = drugs.map { drug -> Bool? in
                let activate = [PerturbationQuery.Perturbation(node: drug, action: .activate)]
                guard
                    let without = try? PerturbationQuery(perturbations: activate, maxDepth: maxDepth).run(on: graph),
                    let with = try? PerturbationQuery(
                        perturbations: activate, maxDepth: maxDepth, filter: PathFilter(knockout: [knockout])
                    ).run(on: graph),
                    !without.truncated, !with.truncated,
                    without.effects.contains(where: { $0.node.index == effect })
                else { return nil }
                return !with.effects.contains { $0.node.index == effect }
            }
            guard let first = lost[0], let second = lost[1] else { continue }
            let choices = ["Only \(names[0])'s", "Only \(names[1])'s", "Both", "Neither"]
            let answer = first && second ? 2 : first ? 0 : second ? 1 : 3
            let knocked = Explainer.inSentence(graph[knockout].displayName)
            let outcome = zip(names, lost).map { name, isLost in
                "\(name)'s \(isLost! ? "is lost" : "stays")"
            }
            questions.append(
                QuizQuestion(
                    kind: .compareDrugs,
                    prompt: "Knock out \(knocked), as in “\(experiment.name)”. Whose \(effectName) is lost: "
                        + "\(names[0])'s or \(names[1])'s?",
                    choices: choices, answer: answer,
                    explanation: (experiment.finding.map { $0 + " " } ?? "")
                        + "In the model, with \(knocked) knocked out, " + outcome.joined(separator: " and ") + ".",
                    references: experiment.references,
                    nodes: [graph[subject].id, graph[other].id, graph[effect].id, graph[knockout].id]))
        }
        return questions
    }
}
