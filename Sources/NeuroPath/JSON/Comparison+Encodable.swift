extension ComparisonQuery.Onset: Encodable {
    private enum CodingKeys: String, CodingKey { case timescale, step, path }

    /// `{"timescale", "step", "path"}`: the onset, the step that sets it and the path it is on.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(timescale, forKey: .timescale)
        try container.encode(step, forKey: .step)
        try container.encode(path, forKey: .path)
    }
}

extension ComparisonQuery.NodeOnset: Encodable {
    private enum CodingKeys: String, CodingKey { case node, onset, route }

    /// `{"node", "onset", "route"}`; the onset and the fastest route through the node are `null` when no path to
    /// the node has a recorded time.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(node, forKey: .node)
        try container.encode(onset, forKey: .onset)
        try container.encode(route, forKey: .route)
    }
}

extension ComparisonQuery.MeetingPoint: Encodable {
    private enum CodingKeys: String, CodingKey { case node, onsets }

    /// `{"node", "onsets"}`, the onsets in the order of the compared drugs.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(node, forKey: .node)
        try container.encode(onsets, forKey: .onsets)
    }
}

extension ComparisonQuery.Result: Encodable {
    private enum CodingKeys: String, CodingKey {
        case effect, drugs, fastest, truncated, explanation
        case meetingPoints = "meeting_points"
        case minimumEvidence = "min_evidence"
        case maxDepth = "max_depth"
    }

    private enum DrugKeys: String, CodingKey {
        case drug, effect, evidence, onset, routes, truncated
        case evidenceBySign = "evidence_by_sign"
        case mechanismOnset = "mechanism_onset"
        case slowSteps = "slow_steps"
        case routeCount = "route_count"
        case routeNodes = "route_nodes"
        case ownNodes = "own_nodes"
    }

    /// The `compare` JSON of `Docs/cli.md`: the effect, each drug's side (net effect and evidence, the two
    /// onsets, the slow steps, the routes, every route node with its onset, the nodes only it uses), the meeting
    /// points, the fastest drugs, the explanation in words and whether a budget stopped the search.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(effect, forKey: .effect)
        try container.encode(minimumEvidence?.rawValue, forKey: .minimumEvidence)
        try container.encode(maxDepth, forKey: .maxDepth)
        var list = container.nestedUnkeyedContainer(forKey: .drugs)
        for (side, own) in zip(drugs, ownNodes) {
            var entry = list.nestedContainer(keyedBy: DrugKeys.self)
            try entry.encode(side.drug, forKey: .drug)
            try entry.encode(side.effect.effect.rawValue, forKey: .effect)
            try entry.encode(side.effect.evidence.level(of: side.effect.effect)?.rawValue, forKey: .evidence)
            try entry.encode(side.effect.evidence, forKey: .evidenceBySign)
            try entry.encode(side.onset, forKey: .onset)
            try entry.encode(side.mechanismOnset, forKey: .mechanismOnset)
            try entry.encode(side.slowSteps, forKey: .slowSteps)
            try entry.encode(side.effect.paths, forKey: .routes)
            try entry.encode(side.routeCount, forKey: .routeCount)
            try entry.encode(side.routeNodes, forKey: .routeNodes)
            try entry.encode(own, forKey: .ownNodes)
            try entry.encode(side.truncated || side.effect.truncated, forKey: .truncated)
        }
        try container.encode(meetingPoints, forKey: .meetingPoints)
        try container.encode(fastest, forKey: .fastest)
        try container.encode(explanation, forKey: .explanation)
        try container.encode(truncated, forKey: .truncated)
    }
}

extension ComparisonExplanation: Encodable {
    private enum CodingKeys: String, CodingKey { case question, answer, paragraphs }

    /// `{"question", "answer", "paragraphs"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(question, forKey: .question)
        try container.encode(answer, forKey: .answer)
        try container.encode(paragraphs, forKey: .paragraphs)
    }
}
