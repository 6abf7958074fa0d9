extension ExperimentReplay.Result: Codable {
    private enum CodingKeys: String, CodingKey {
        case key, name, finding, references, limitation, checks, perturbation
        case matchesThePaper = "matches_the_paper"
    }
    private enum CheckKeys: String, CodingKey { case node, expected, without, with, weakened, holds }

    /// `{"key", "name", "matches_the_paper", "finding", "references", "limitation", "checks": [{"node",
    /// "expected", "without", "with", "weakened", "holds"}…], "perturbation": {…}}`: `perturbation` is the `perturb` JSON of
    /// the replay, with the knockouts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(name, forKey: .name)
        try container.encode(matchesThePaper, forKey: .matchesThePaper)
        try container.encode(finding, forKey: .finding)
        try container.encode(references, forKey: .references)
        try container.encode(limitation, forKey: .limitation)
        var list = container.nestedUnkeyedContainer(forKey: .checks)
        for check in checks {
            var item = list.nestedContainer(keyedBy: CheckKeys.self)
            try item.encode(check.node, forKey: .node)
            try item.encode(check.expected.rawValue, forKey: .expected)
            try item.encode(check.without.rawValue, forKey: .without)
            try item.encode(check.with.rawValue, forKey: .with)
            try item.encode(check.isWeakened, forKey: .weakened)
            try item.encode(check.holds, forKey: .holds)
        }
        try container.encode(perturbation, forKey: .perturbation)
    }

    /// Reads the shape ``encode(to:)`` writes (with ``PathwayJSONDecoder``, which knows the graph).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var list = try container.nestedUnkeyedContainer(forKey: .checks)
        var checks: [ExperimentReplay.Check] = []
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: CheckKeys.self)
            checks.append(
                ExperimentReplay.Check(
                    node: try item.decode(NodeHandle.self, forKey: .node),
                    expected: try item.decode(raw: ClassicExperiment.Outcome.self, forKey: .expected),
                    without: try item.decode(raw: NetEffect.self, forKey: .without),
                    with: try item.decode(raw: NetEffect.self, forKey: .with),
                    isWeakened: try item.decodeIfPresent(Bool.self, forKey: .weakened) ?? false))
        }
        self.init(
            key: try container.decode(String.self, forKey: .key),
            name: try container.decode(String.self, forKey: .name),
            checks: checks, finding: try container.decodeIfPresent(String.self, forKey: .finding),
            references: try container.decode([String].self, forKey: .references),
            limitation: try container.decodeIfPresent(String.self, forKey: .limitation),
            perturbation: try container.decode(PerturbationQuery.Result.self, forKey: .perturbation))
    }
}
