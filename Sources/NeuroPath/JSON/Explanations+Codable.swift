/// The JSON shapes of `explain` (`Docs/cli.md`), and the same shapes read back against the graph they were
/// computed on (``PathwayJSONDecoder``).
extension ExplanationQuery.Result: Codable {
    private enum CodingKeys: String, CodingKey {
        case from, to, explanations, total, truncated, stop
        case maxDepth = "max_depth"
    }

    /// `{"from", "to", "explanations", "total", "truncated", "stop", "max_depth"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(explanations, forKey: .explanations)
        try container.encode(total, forKey: .total)
        try container.encode(truncated, forKey: .truncated)
        try container.encode(stop, forKey: .stop)
        try container.encode(maxDepth, forKey: .maxDepth)
    }

    /// Reads the shape ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            from: try container.decode(NodeHandle.self, forKey: .from),
            to: try container.decode(NodeHandle.self, forKey: .to),
            maxDepth: try container.decode(Int.self, forKey: .maxDepth),
            explanations: try container.decode([PathExplanation].self, forKey: .explanations),
            total: try container.decodeIfPresent(Int.self, forKey: .total),
            truncated: try container.decode(Bool.self, forKey: .truncated),
            stop: try container.decode(raw: QueryStop.self, forKey: .stop))
    }
}

extension PathExplanation: Codable {
    private enum CodingKeys: String, CodingKey { case path, steps, summary, timeline, caveats }
    private enum StepKeys: String, CodingKey { case sentence, change, evidence, species, timescale, citations, note }
    private enum PhaseKeys: String, CodingKey { case timescale, events }

    /// `{"path": PATH, "steps": [{"sentence", "change", "evidence", "species", "timescale", "citations",
    /// "note"}…], "summary", "timeline": [{"timescale", "events"}…], "caveats"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        var list = container.nestedUnkeyedContainer(forKey: .steps)
        for step in steps {
            var item = list.nestedContainer(keyedBy: StepKeys.self)
            try item.encode(step.sentence, forKey: .sentence)
            try item.encode(step.change?.effectWord ?? "unknown", forKey: .change)
            try item.encode(step.evidence?.rawValue, forKey: .evidence)
            try item.encode(step.species.map(\.rawValue), forKey: .species)
            try item.encode(step.timescale?.rawValue, forKey: .timescale)
            try item.encode(step.citations, forKey: .citations)
            try item.encode(step.note, forKey: .note)
        }
        try container.encode(summary, forKey: .summary)
        var phases = container.nestedUnkeyedContainer(forKey: .timeline)
        for phase in timeline {
            var item = phases.nestedContainer(keyedBy: PhaseKeys.self)
            try item.encode(phase.timescale.rawValue, forKey: .timescale)
            try item.encode(phase.events, forKey: .events)
        }
        try container.encode(caveats, forKey: .caveats)
    }

    /// Reads the shape ``encode(to:)`` writes: one told step per step of the path, which gives each its
    /// interaction.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let path = try container.decode(CausalPath.self, forKey: .path)
        var steps: [Step] = []
        var list = try container.nestedUnkeyedContainer(forKey: .steps)
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: StepKeys.self)
            guard steps.count < path.steps.count else {
                throw DecodingError.dataCorruptedError(
                    forKey: .sentence, in: item, debugDescription: "more told steps than the path has")
            }
            let change = try item.decode(String.self, forKey: .change)
            steps.append(
                Step(
                    interaction: path.steps[steps.count].interaction,
                    sentence: try item.decode(String.self, forKey: .sentence),
                    change: change == "unknown" ? nil : try Sign(effectWord: change).orThrow(in: item, .change),
                    evidence: try item.decodeIfPresent(raw: EvidenceLevel.self, forKey: .evidence),
                    species: try item.decode([Species].self, forKey: .species),
                    timescale: try item.decodeIfPresent(raw: Timescale.self, forKey: .timescale),
                    citations: try item.decode([String].self, forKey: .citations),
                    note: try item.decodeIfPresent(String.self, forKey: .note)))
        }
        guard steps.count == path.steps.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .steps, in: container, debugDescription: "one told step is needed per step of the path")
        }
        var timeline: [Phase] = []
        var phases = try container.nestedUnkeyedContainer(forKey: .timeline)
        while !phases.isAtEnd {
            let item = try phases.nestedContainer(keyedBy: PhaseKeys.self)
            timeline.append(
                Phase(
                    timescale: try item.decode(raw: Timescale.self, forKey: .timescale),
                    events: try item.decode([String].self, forKey: .events)))
        }
        self.init(
            path: path, steps: steps, summary: try container.decode(String.self, forKey: .summary),
            timeline: timeline, caveats: try container.decode([String].self, forKey: .caveats))
    }
}

extension NodeExplanation: Codable {
    private enum CodingKeys: String, CodingKey {
        case node, overview, drives
        case drivenBy = "driven_by"
    }
    private enum InfluenceKeys: String, CodingKey { case interaction, sentence, evidence, species, citations, note }

    /// `{"node", "overview", "driven_by": [INFLUENCE…], "drives": [INFLUENCE…]}`, each influence
    /// `{"interaction", "sentence", "evidence", "species", "citations", "note"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(node, forKey: .node)
        try container.encode(overview, forKey: .overview)
        for (key, influences) in [(CodingKeys.drivenBy, drivenBy), (.drives, drives)] {
            var list = container.nestedUnkeyedContainer(forKey: key)
            for influence in influences {
                var item = list.nestedContainer(keyedBy: InfluenceKeys.self)
                try item.encode(influence.interaction, forKey: .interaction)
                try item.encode(influence.sentence, forKey: .sentence)
                try item.encode(influence.evidence?.rawValue, forKey: .evidence)
                try item.encode(influence.species.map(\.rawValue), forKey: .species)
                try item.encode(influence.citations, forKey: .citations)
                try item.encode(influence.note, forKey: .note)
            }
        }
    }

    /// Reads the shape ``encode(to:)`` writes; each influence must be an interaction of the graph that enters
    /// (`driven_by`) or leaves (`drives`) the node.
    public init(from decoder: any Decoder) throws {
        let graph = try decoder.pathwayGraph()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let node = try container.decode(NodeHandle.self, forKey: .node)
        func influences(_ key: CodingKeys, incoming: Bool) throws -> [Influence] {
            var list = try container.nestedUnkeyedContainer(forKey: key)
            var result: [Influence] = []
            while !list.isAtEnd {
                let item = try list.nestedContainer(keyedBy: InfluenceKeys.self)
                let interaction = try item.decode(InteractionIndex.self, forKey: .interaction)
                guard graph.contains(interaction),
                    (incoming ? graph.target(of: interaction) : graph.source(of: interaction)) == node.index
                else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .interaction, in: item,
                        debugDescription: "interaction \(interaction) does not \(incoming ? "enter" : "leave") "
                            + "'\(node.id)' in this graph: the answer was computed on another graph")
                }
                result.append(
                    Influence(
                        interaction: interaction, sentence: try item.decode(String.self, forKey: .sentence),
                        evidence: try item.decodeIfPresent(raw: EvidenceLevel.self, forKey: .evidence),
                        species: try item.decode([Species].self, forKey: .species),
                        citations: try item.decode([String].self, forKey: .citations),
                        note: try item.decodeIfPresent(String.self, forKey: .note)))
            }
            return result
        }
        self.init(
            node: node, overview: try container.decode(String.self, forKey: .overview),
            drivenBy: try influences(.drivenBy, incoming: true), drives: try influences(.drives, incoming: false))
    }
}

extension Optional {
    /// The value, or a decoding error at `key` saying it is not one the shape allows.
    fileprivate func orThrow<Key: CodingKey>(in container: KeyedDecodingContainer<Key>, _ key: Key) throws
        -> Wrapped
    {
        guard let self else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "not a value this shape allows")
        }
        return self
    }
}
