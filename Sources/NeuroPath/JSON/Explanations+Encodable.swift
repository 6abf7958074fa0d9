/// The JSON shapes of `explain` (`Docs/cli.md`).
extension ExplanationQuery.Result: Encodable {
    private enum CodingKeys: String, CodingKey { case from, to, explanations, total, truncated }

    /// `{"from", "to", "explanations", "total", "truncated"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(explanations, forKey: .explanations)
        try container.encode(total, forKey: .total)
        try container.encode(truncated, forKey: .truncated)
    }
}

extension PathExplanation: Encodable {
    private enum CodingKeys: String, CodingKey { case path, steps, summary, timeline, caveats }

    /// `{"path": PATH, "steps", "summary", "timeline", "caveats"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(steps, forKey: .steps)
        try container.encode(summary, forKey: .summary)
        try container.encode(timeline, forKey: .timeline)
        try container.encode(caveats, forKey: .caveats)
    }
}

extension PathExplanation.Step: Encodable {
    private enum CodingKeys: String, CodingKey { case sentence, change, evidence, species, timescale, citations, note }

    /// `{"sentence", "change", "evidence", "species", "timescale", "citations", "note"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(change?.effectWord ?? "unknown", forKey: .change)
        try container.encode(evidence?.rawValue, forKey: .evidence)
        try container.encode(species.map(\.rawValue), forKey: .species)
        try container.encode(timescale?.rawValue, forKey: .timescale)
        try container.encode(citations, forKey: .citations)
        try container.encode(note, forKey: .note)
    }
}

extension PathExplanation.Phase: Encodable {
    private enum CodingKeys: String, CodingKey { case timescale, events }

    /// `{"timescale", "events"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(timescale.rawValue, forKey: .timescale)
        try container.encode(events, forKey: .events)
    }
}

extension NodeExplanation: Encodable {
    private enum CodingKeys: String, CodingKey {
        case node, overview, drives
        case drivenBy = "driven_by"
    }

    /// `{"node", "overview", "driven_by", "drives"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(node, forKey: .node)
        try container.encode(overview, forKey: .overview)
        try container.encode(drivenBy, forKey: .drivenBy)
        try container.encode(drives, forKey: .drives)
    }
}

extension NodeExplanation.Influence: Encodable {
    private enum CodingKeys: String, CodingKey { case sentence, evidence, species, citations, note }

    /// `{"sentence", "evidence", "species", "citations", "note"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(evidence?.rawValue, forKey: .evidence)
        try container.encode(species.map(\.rawValue), forKey: .species)
        try container.encode(citations, forKey: .citations)
        try container.encode(note, forKey: .note)
    }
}
