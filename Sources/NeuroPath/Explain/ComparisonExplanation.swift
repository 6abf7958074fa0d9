/// A comparison told in plain language, to answer a student's "why does ketamine act faster than fluoxetine?":
/// which drug is faster, the step that sets each drug's onset with its citations, the slow steps every
/// mechanistic route of the slower drug passes, and where the routes meet.
public struct ComparisonExplanation: Sendable, Hashable {
    /// The question answered, as a student would ask it.
    public var question: String
    /// The answer in one sentence.
    public var answer: String
    /// The reasons, one paragraph per drug, then the meeting points.
    public var paragraphs: [String]

    /// Creates an explanation from its parts.
    public init(question: String, answer: String, paragraphs: [String]) {
        self.question = question
        self.answer = answer
        self.paragraphs = paragraphs
    }

    /// Explains `result`, which must have been computed on `graph` (for the names and citations).
    public init(explaining result: ComparisonQuery.Result, in graph: PathwayGraph) {
        let name = { (handle: NodeHandle) in graph[handle.index].displayName }
        let effectName = Explainer.inSentence(name(result.effect))
        let sides = result.drugs.sorted {
            ($0.headlineOnset?.code ?? .max) < ($1.headlineOnset?.code ?? .max)
        }
        let names = sides.map { name($0.drug) }
        if sides.count == 2, result.fastest.count == 1 {
            question = "Why does \(names[0]) act faster than \(names[1]) on \(effectName)?"
        } else if sides.count == 2 {
            question = "How do \(names[0]) and \(names[1]) compare in speed on \(effectName)?"
        } else {
            question = "Which of \(Self.list(names)) acts fastest on \(effectName), and why?"
        }
        answer = Self.answer(sides: sides, fastest: result.fastest, effectName: effectName, name: name)
        var paragraphs = sides.map { side in
            Self.paragraph(
                for: side, effectName: effectName,
                listingSlowSteps: !result.fastest.isEmpty && !result.fastest.contains(side.drug), in: graph)
        }
        if !result.meetingPoints.isEmpty {
            let meetings = result.meetingPoints.prefix(6).map { point in
                var times: [String] = []
                for (side, onset) in zip(result.drugs, point.onsets) {
                    let when: String = onset.map { Self.within($0) } ?? "at an unrecorded time"
                    times.append("\(when) after \(name(side.drug))")
                }
                if Set(point.onsets).count == 1, let onset = point.onsets.first {
                    let when: String = onset.map { Self.within($0) } ?? "at an unrecorded time"
                    times = ["\(when) after each"]
                }
                return "\(name(point.node)) (\(times.joined(separator: ", ")))"
            }
            paragraphs.append(
                "Their routes meet at \(meetings.joined(separator: "; ")): the same molecules, reached at different "
                    + "times.")
        }
        self.paragraphs = paragraphs
    }

    /// The one-sentence answer: who is fastest, and each other drug's onset; or that they act alike, or which
    /// drugs have no timed route at all.
    private static func answer(
        sides: [ComparisonQuery.DrugComparison], fastest: [NodeHandle], effectName: String,
        name: (NodeHandle) -> String
    ) -> String {
        guard let lead = sides.first?.headlineOnset, !fastest.isEmpty else {
            let timed = sides.filter { $0.headlineOnset != nil }
            let untimed = sides.filter { $0.headlineOnset == nil }
            if untimed.isEmpty, let time = timed.first?.headlineOnset {
                return "They act on the same timescale: \(within(time)) for each."
            }
            let missing =
                "\(list(untimed.map { name($0.drug) })) \(untimed.count == 1 ? "has" : "have") no timed route to "
                + "\(effectName) under this filter"
            guard !timed.isEmpty else { return missing + ", so no onset can be compared." }
            var acting: [String] = []
            for side in timed {
                if let time = side.headlineOnset { acting.append("\(name(side.drug)) acts \(within(time))") }
            }
            return missing + "; " + list(acting) + "."
        }
        let verb = fastest.count == 1 ? "acts" : "act"
        var others: [String] = []
        for side in sides where !fastest.contains(side.drug) {
            let when: String = side.headlineOnset.map { within($0) } ?? "at no recorded time"
            others.append("\(name(side.drug)) \(when)")
        }
        let leaders = list(fastest.map(name))
        return "\(leaders) \(verb) \(within(lead)), \(list(others)): the slowest step on each drug's fastest route "
            + "sets its pace."
    }

    /// One drug's onsets; for a slower drug, the slow steps its mechanistic routes wait on.
    private static func paragraph(
        for side: ComparisonQuery.DrugComparison, effectName: String, listingSlowSteps: Bool, in graph: PathwayGraph
    ) -> String {
        var text = "\(graph[side.drug.index].displayName): "
        if let onset = side.onset {
            let observed = onset.path.length == 1 ? "in people " : ""
            let change =
                switch side.effect.effect {
                case .decreases: "falls"
                case .mixed: "changes both ways"
                default: "appears"
                }
            text += "\(effectName) \(change) \(observed)\(within(onset.timescale)) (\(describe(onset, in: graph)))."
        } else {
            text += "no timed route reaches \(effectName) under this filter."
        }
        guard let mechanism = side.mechanismOnset else {
            guard side.onset != nil else { return text }
            return text + " No timed route through the mechanism is recorded, so the graph cannot say why."
        }
        let pace = within(mechanism.timescale)
        let steps = side.slowSteps.prefix(6).map { briefly($0, in: graph) }
        if side.onset?.path == mechanism.path || steps.count <= 1 || !listingSlowSteps {
            return text + " Through the mechanism it acts \(pace): the slowest step of its fastest route is "
                + "\(describe(mechanism, in: graph))."
        }
        return text + " Through the mechanism it acts \(pace) at best: its fastest routes wait on steps that take "
            + "\(mechanism.timescale.rawValue), " + steps.joined(separator: "; ") + "."
    }

    private static func describe(_ onset: ComparisonQuery.Onset, in graph: PathwayGraph) -> String {
        describe(step: onset.step, in: graph)
    }

    /// "TrkB → Antidepressant effect, hours, supported; Lin et al. 2021".
    private static func describe(step: CausalPath.Step, in graph: PathwayGraph) -> String {
        let source = graph.index(ofID: step.source).map { graph[$0].displayName } ?? step.source
        let target = graph.index(ofID: step.target).map { graph[$0].displayName } ?? step.target
        let citations = step.references.map { graph.reference(forKey: $0)?.shortCitation ?? $0 }
        var parts = ["\(source) → \(target)"]
        if let time = step.timescale { parts.append(time.rawValue) }
        if let evidence = step.evidence { parts.append(evidence.rawValue) }
        return parts.joined(separator: ", ") + (citations.isEmpty ? "" : "; " + citations.joined(separator: ", "))
    }

    /// "Serotonin → CREB (Nibuya et al. 1996)".
    private static func briefly(_ step: CausalPath.Step, in graph: PathwayGraph) -> String {
        let source = graph.index(ofID: step.source).map { graph[$0].displayName } ?? step.source
        let target = graph.index(ofID: step.target).map { graph[$0].displayName } ?? step.target
        let citations = step.references.map { graph.reference(forKey: $0)?.shortCitation ?? $0 }
        return "\(source) → \(target)" + (citations.isEmpty ? "" : " (\(citations.joined(separator: ", ")))")
    }

    /// "within hours", "over weeks", "over months".
    static func within(_ time: Timescale) -> String {
        switch time {
        case .seconds, .minutes, .hours, .days: "within \(time.rawValue)"
        case .weeks: "over weeks"
        case .chronic: "over months"
        }
    }

    private static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}

extension ComparisonQuery.DrugComparison {
    /// The onset a comparison leads with: as observed over every route (a trial's "within hours" counts), else
    /// through the mechanism.
    public var headlineOnset: Timescale? { onset?.timescale ?? mechanismOnset?.timescale }
}
