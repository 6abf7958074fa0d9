extension ComparisonQuery.Onset: Codable {
    private enum CodingKeys: String, CodingKey { case timescale, step, path }

    /// Reads the shape ``encode(to:)`` writes; the step must be one of the path's.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let path = try container.decode(CausalPath.self, forKey: .path)
        let step = try container.decode(CausalPath.Step.self, forKey: .step)
        guard let offset = path.steps.firstIndex(of: step) else {
            throw DecodingError.dataCorruptedError(
                forKey: .step, in: container, debugDescription: "the step is not one of the path's steps")
        }
        self.init(
            timescale: try container.decode(raw: Timescale.self, forKey: .timescale), path: path, stepOffset: offset)
    }

    /// `{"timescale", "step", "path"}`: the onset, the step that sets it and the path it is on.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(timescale, forKey: .timescale)
        try container.encode(step, forKey: .step)
        try container.encode(path, forKey: .path)
    }
}

extension ComparisonQuery.NodeOnset: Codable {
    private enum CodingKeys: String, CodingKey { case node, onset, route }

    /// Reads the shape ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            node: try container.decode(NodeHandle.self, forKey: .node),
            onset: try container.decodeIfPresent(raw: Timescale.self, forKey: .onset),
            route: try container.decodeIfPresent(CausalPath.self, forKey: .route))
    }

    /// `{"node", "onset", "route"}`; the onset and the fastest route through the node are `null` when no path to
    /// the node has a recorded time.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(node, forKey: .node)
        try container.encode(onset, forKey: .onset)
        try container.encode(route, forKey: .route)
    }
}

extension ComparisonQuery.MeetingPoint: Codable {
    private enum CodingKeys: String, CodingKey { case node, onsets }

    /// Reads the shape ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let onsets = try container.decode([String?].self, forKey: .onsets)
        self.init(
            node: try container.decode(NodeHandle.self, forKey: .node),
            onsets: try onsets.map { text in
                guard let text else { return nil }
                guard let time = Timescale(rawValue: text) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .onsets, in: container, debugDescription: "'\(text)' is not a timescale")
                }
                return time
            })
    }

    /// `{"node", "onsets"}`, the onsets in the order of the compared drugs.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(node, forKey: .node)
        try container.encode(onsets, forKey: .onsets)
    }
}

extension ComparisonQuery.Result: Codable {
    private enum CodingKeys: String, CodingKey {
        case effect, drugs, fastest, truncated, explanation
        case meetingPoints = "meeting_points"
        case minimumEvidence = "min_evidence"
        case maxDepth = "max_depth"
    }

    private enum DrugKeys: String, CodingKey {
        case drug, effect, evidence, onset, routes, truncated, stop
        case evidenceBySign = "evidence_by_sign"
        case routesTruncated = "routes_truncated"
        case mechanismOnset = "mechanism_onset"
        case slowSteps = "slow_steps"
        case routeCount = "route_count"
        case routeNodes = "route_nodes"
        case ownNodes = "own_nodes"
    }

    /// The `compare` JSON of `Docs/cli.md`: the effect, each drug's side (net effect and evidence, the two
    /// onsets, the slow steps, the routes, every route node with its onset, the nodes only it uses, whether a
    /// budget stopped its effect's search (`stop`) or its route search (`routes_truncated`)), the meeting points,
    /// the fastest drugs, the explanation in words and whether a budget stopped any search.
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
            try entry.encode(side.truncated, forKey: .routesTruncated)
            try entry.encode(side.effect.stop, forKey: .stop)
        }
        try container.encode(meetingPoints, forKey: .meetingPoints)
        try container.encode(fastest, forKey: .fastest)
        try container.encode(explanation, forKey: .explanation)
        try container.encode(truncated, forKey: .truncated)
    }

    /// Reads the shape ``encode(to:)`` writes; `fastest` and `truncated` follow from the rest.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let effect = try container.decode(NodeHandle.self, forKey: .effect)
        var list = try container.nestedUnkeyedContainer(forKey: .drugs)
        var sides: [ComparisonQuery.DrugComparison] = []
        var ownNodes: [[NodeHandle]] = []
        while !list.isAtEnd {
            let entry = try list.nestedContainer(keyedBy: DrugKeys.self)
            let drug = try entry.decode(NodeHandle.self, forKey: .drug)
            let stop = try entry.decode(raw: QueryStop.self, forKey: .stop)
            let result = EffectQuery.Result(
                from: drug, target: effect, effect: try entry.decode(raw: NetEffect.self, forKey: .effect),
                paths: try entry.decode([CausalPath].self, forKey: .routes),
                evidence: try entry.decodeIfPresent(ChangeEvidence.self, forKey: .evidenceBySign) ?? .unknown,
                truncated: stop != .complete, stop: stop)
            sides.append(
                ComparisonQuery.DrugComparison(
                    drug: drug, effect: result,
                    onset: try entry.decodeIfPresent(ComparisonQuery.Onset.self, forKey: .onset),
                    mechanismOnset: try entry.decodeIfPresent(ComparisonQuery.Onset.self, forKey: .mechanismOnset),
                    slowSteps: try entry.decode([CausalPath.Step].self, forKey: .slowSteps),
                    routeNodes: try entry.decode([ComparisonQuery.NodeOnset].self, forKey: .routeNodes),
                    routeCount: try entry.decode(Int.self, forKey: .routeCount),
                    truncated: try entry.decode(Bool.self, forKey: .routesTruncated)))
            ownNodes.append(try entry.decode([NodeHandle].self, forKey: .ownNodes))
        }
        self.init(
            effect: effect, drugs: sides,
            meetingPoints: try container.decode([ComparisonQuery.MeetingPoint].self, forKey: .meetingPoints),
            ownNodes: ownNodes,
            minimumEvidence: try container.decodeIfPresent(raw: EvidenceLevel.self, forKey: .minimumEvidence),
            maxDepth: try container.decode(Int.self, forKey: .maxDepth),
            explanation: try container.decodeIfPresent(ComparisonExplanation.self, forKey: .explanation))
    }
}

extension ComparisonExplanation: Codable {
    private enum CodingKeys: String, CodingKey { case question, answer, paragraphs }

    /// `{"question", "answer", "paragraphs"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(question, forKey: .question)
        try container.encode(answer, forKey: .answer)
        try container.encode(paragraphs, forKey: .paragraphs)
    }

    /// Reads the shape ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            question: try container.decode(String.self, forKey: .question),
            answer: try container.decode(String.self, forKey: .answer),
            paragraphs: try container.decode([String].self, forKey: .paragraphs))
    }
}
