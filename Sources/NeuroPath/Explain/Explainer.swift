/// Writes path and node explanations: plain English for learners. Callers ask ``ExplanationQuery``,
/// ``NodeExplanationQuery`` or ``PathExplanation/init(explaining:in:)``; this is the writer behind them.
///
/// Each step is told from the state its source is in along the path, so double negatives resolve themselves:
/// "As GABA falls, pyramidal neuron firing rises: less of an inhibitor releases the brake."
struct Explainer: Sendable {
    /// The graph the explanations are about.
    let graph: PathwayGraph

    /// Creates an explainer for `graph`.
    init(graph: PathwayGraph) { self.graph = graph }

    /// The story of `path`, which must be a path of this explainer's graph.
    func explain(_ path: CausalPath) throws(PathError) -> PathExplanation {
        let checked = try CausalPath(interactions: path.interactions, in: graph)
        guard checked.nodeIDs == path.nodeIDs else { throw .fromAnotherGraph }
        return story(of: path)
    }

    /// The story of a path known to belong to the graph.
    func story(of path: CausalPath) -> PathExplanation {
        var steps: [PathExplanation.Step] = []
        // `nil` once a step of unknown sign has been passed: from there on, directions are not known.
        var state: Sign? = .positive
        for (offset, edge) in path.interactions.enumerated() {
            let interaction = graph.interaction(at: edge)
            let after = state.flatMap { state in interaction.sign.map { state * $0 } }
            let sentence =
                offset == 0
                ? firstSentence(interaction, change: after)
                : sentence(interaction, sourceChange: state, targetChange: after)
            steps.append(
                PathExplanation.Step(
                    interaction: edge, sentence: sentence, change: after, evidence: interaction.evidence,
                    species: interaction.context.species, timescale: interaction.timescale,
                    citations: interaction.references.map { graph.reference(forKey: $0)?.shortCitation ?? $0 },
                    note: interaction.note))
            state = after
        }
        let source = graph[path.nodes[0]], target = graph[path.nodes[path.nodes.count - 1]]
        let confidence = (path.confidence * 100).rounded() / 100
        // The evidence comes first, so that a contested claim is never stated before its status.
        let weakest = steps.compactMap(\.evidence).min()
        let standing = weakest.map { "resting on \($0.rawValue) evidence at its weakest step, " } ?? ""
        let summary =
            "Overall, \(standing)along this path of \(path.length) step\(path.length == 1 ? "" : "s"), "
            + "\(source.displayName) "
            + "\(path.sign.map { $0 == .positive ? "increases" : "decreases" } ?? "is linked, with unknown sign, to") \(Self.inSentence(target.displayName)) "
            + "(path confidence \(confidence), the product of its steps' evidence)."
        return PathExplanation(
            path: path, steps: steps, summary: summary, timeline: timeline(steps), caveats: caveats(path, steps))
    }

    /// What `node` is, what drives it and what it drives.
    func explain(node index: NodeIndex) throws(QueryError) -> NodeExplanation {
        let handle = try graph.node(at: index)
        let node = graph[index]
        let kind = node.kind.rawValue.replacingOccurrences(of: "-", with: " ")
        var overview = "\(node.displayName) is \(Self.indefiniteArticle(for: kind)) \(kind)."
        if let description = node.description { overview += " " + description }
        if !node.synonyms.isEmpty { overview += " Also called: \(node.synonyms.joined(separator: ", "))." }
        if !node.externalIDs.isEmpty {
            overview += " Database ids: \(node.externalIDs.map(\.description).joined(separator: ", "))."
        }
        func influence(_ edge: Int32) -> NodeExplanation.Influence {
            let interaction = graph.interaction(at: Int(edge))
            let sentence =
                "\(graph[interaction.source].displayName) \(Self.verb(interaction.relation)) "
                + "\(Self.inSentence(graph[interaction.target].displayName))"
            return NodeExplanation.Influence(
                interaction: InteractionIndex(Int(edge)), sentence: sentence, evidence: interaction.evidence,
                species: interaction.context.species,
                citations: interaction.references.map { graph.reference(forKey: $0)?.shortCitation ?? $0 },
                note: interaction.note)
        }
        return NodeExplanation(
            node: handle, overview: overview, drivenBy: graph.incomingEdges(of: index.rawValue).map(influence),
            drives: graph.outgoingEdges(of: index.rawValue).map(influence))
    }

    // MARK: Sentences

    private func firstSentence(_ interaction: Interaction, change: Sign?) -> String {
        let source = graph[interaction.source], target = graph[interaction.target]
        let claim = "\(source.displayName) \(Self.verb(interaction.relation)) \(Self.inSentence(target.displayName))"
        guard let change else { return claim + "; the graph does not record whether it raises or lowers it." }
        return claim + ", so \(quantity(of: target, change))."
    }

    private func sentence(_ interaction: Interaction, sourceChange: Sign?, targetChange: Sign?) -> String {
        let source = graph[interaction.source], target = graph[interaction.target]
        let relation = "\(source.displayName) \(Self.verb(interaction.relation)) \(Self.inSentence(target.displayName))"
        let sourceName = Self.inSentence(amount(of: source)), targetName = Self.inSentence(amount(of: target))
        guard let sourceChange, let targetChange else {
            let cause =
                sourceChange.map { "As \(sourceName) \(Self.change($0, of: sourceName))" }
                ?? "As \(sourceName) changes"
            return "\(cause), \(targetName) changes too, in a direction the graph does not record (\(relation))."
        }
        let opening =
            "As \(sourceName) \(Self.change(sourceChange, of: sourceName)), "
            + "\(targetName) \(Self.change(targetChange, of: targetName))"
        switch (sourceChange, interaction.sign ?? .positive) {
        case (.negative, .negative):
            return opening + ": less of an inhibitor releases the brake (\(relation))."
        case (.positive, .negative):
            return opening + ": more of an inhibitor holds it back (\(relation))."
        default:
            return opening + " (\(relation))."
        }
    }

    /// "less NMDA receptor activity", "more glutamate", "interneuron firing goes up".
    private func quantity(of node: Node, _ change: Sign) -> String {
        switch node.kind {
        case .therapeuticEffect, .adverseEffect, .physiologicalEffect, .disorder, .region, .cellPopulation:
            let plural = Self.isPlural(node.displayName)
            return
                "\(Self.inSentence(node.displayName)) \(change == .positive ? (plural ? "go up" : "goes up") : (plural ? "go down" : "goes down"))"
        default:
            return "there is \(change == .positive ? "more" : "less") \(Self.inSentence(amount(of: node)))"
        }
    }

    /// The measurable amount a node stands for: a receptor's or an enzyme's activity, a transmitter itself.
    private func amount(of node: Node) -> String {
        switch node.kind {
        case .receptor, .ionChannel, .transporter, .enzyme, .kinase, .protein, .gene: "\(node.displayName) activity"
        default: node.displayName
        }
    }

    /// The verb phrase of a relation in a sentence.
    static func verb(_ relation: Relation) -> String {
        switch relation {
        case .activates: "activates"
        case .increases: "raises"
        case .increasesReleaseOf: "increases the release of"
        case .upregulatesExpression: "raises the production of"
        case .agonist: "activates (as an agonist)"
        case .positiveAllostericModulator: "enhances"
        case .metabolisedTo: "is broken down into"
        case .leadsTo: "leads to"
        case .inhibits: "inhibits"
        case .decreases: "lowers"
        case .blocks: "blocks"
        case .antagonist: "blocks (as an antagonist)"
        case .channelBlocker: "blocks the channel of"
        case .negativeAllostericModulator: "dampens"
        case .inhibitsReuptakeOf: "inhibits the reuptake by"
        case .decreasesReleaseOf: "reduces the release of"
        case .downregulatesExpression: "lowers the production of"
        case .associatedWith: "is associated with"
        }
    }

    /// "rises" or "falls", agreeing with `name` ("symptoms fall").
    static func change(_ sign: Sign, of name: String) -> String {
        let plural = isPlural(name)
        return sign == .positive ? (plural ? "rise" : "rises") : (plural ? "fall" : "falls")
    }

    /// Whether a node's name reads as a plural noun: its last word ends in "s", but not in "ss", "is" or "us"
    /// ("Depressive symptoms", "Hallucinations"; not "Synaptogenesis", "Dizziness").
    static func isPlural(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last?.lowercased(), last.count > 2, last.hasSuffix("s") else {
            return false
        }
        return !["ss", "is", "us"].contains { last.hasSuffix($0) }
    }

    /// "a" or "an" before `word`, by its first letter.
    static func indefiniteArticle(for word: String) -> String {
        guard let first = word.first?.lowercased() else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    /// A name as it reads inside a sentence: a leading capital is lowered unless the word is an acronym or a
    /// name ("Interneuron firing" → "interneuron firing", "GABA" and "Ketamine"-like drug names kept).
    static func inSentence(_ name: String) -> String {
        let words = name.split(separator: " ", maxSplits: 1)
        guard let first = words.first, first.count > 1, first.first!.isUppercase,
            first.dropFirst().allSatisfy({ $0.isLowercase || !($0.isLetter || $0.isNumber) })
        else { return name }
        return first.prefix(1).lowercased() + name.dropFirst()
    }

    // MARK: Time line and caveats

    private func timeline(_ steps: [PathExplanation.Step]) -> [PathExplanation.Phase] {
        // A step cannot happen before its causes: its time is the slowest timescale up to it.
        var phases: [Timescale: [String]] = [:]
        var elapsed: Timescale?
        for step in steps {
            if let own = step.timescale { elapsed = max(elapsed ?? own, own) }
            guard let timescale = elapsed else { continue }
            let interaction = graph.interaction(at: step.interaction)
            let target = graph[interaction.target]
            let word = step.change.map { $0 == .positive ? "up" : "down" } ?? "changes"
            phases[timescale, default: []].append("\(Self.inSentence(amount(of: target))) \(word)")
        }
        return Timescale.allCases.compactMap { timescale in
            phases[timescale].map { PathExplanation.Phase(timescale: timescale, events: $0) }
        }
    }

    private func caveats(_ path: CausalPath, _ steps: [PathExplanation.Step]) -> [String] {
        var caveats: [String] = []
        for step in steps where step.evidence == .contested || step.evidence == .hypothesised {
            let interaction = graph.interaction(at: step.interaction)
            let what = "\(graph[interaction.source].displayName) → \(graph[interaction.target].displayName)"
            let level = step.evidence == .contested ? "is contested" : "is only hypothesised"
            caveats.append("\(what) \(level)" + (step.note.map { ": \($0)" } ?? "."))
        }
        let preclinical = steps.filter { step in
            !step.species.isEmpty && !step.species.contains(.human)
        }.count
        if preclinical > 0 {
            caveats.append(
                "\(preclinical) of the \(steps.count) steps are shown in animals or cells only, not in people.")
        }
        return caveats
    }
}
