/// The `PATH` and `STEP` shapes of `Docs/cli.md`.
extension CausalPath: Encodable {
    private enum CodingKeys: String, CodingKey {
        case nodes, sign, length, confidence, cost, steps
    }

    /// Encodes the `PATH` shape: `nodes`, `sign`, `length`, `confidence`, `steps`.
    public func encode(to encoder: any Encoder) throws { try encode(to: encoder, cost: nil) }

    /// Encodes the `PATH` shape with a `cost` before the steps (for `shortest`).
    func encode(to encoder: any Encoder, cost: Double?) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nodeIDs, forKey: .nodes)
        try container.encode(sign?.effectWord ?? "unknown", forKey: .sign)
        try container.encode(length, forKey: .length)
        try container.encode(JSONValue.rounded(confidence), forKey: .confidence)
        if let cost { try container.encode(JSONValue.rounded(cost), forKey: .cost) }
        try container.encode(steps, forKey: .steps)
    }
}

extension CausalPath.Step: Encodable {
    private enum CodingKeys: String, CodingKey {
        case source, target, relation, sign, evidence, references, timescale, species, necessary
    }

    /// Encodes the `STEP` shape; a missing sign, evidence or timescale is `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(target, forKey: .target)
        try container.encode(relation.rawValue, forKey: .relation)
        try container.encode(sign?.effectWord, forKey: .sign)
        try container.encode(evidence?.rawValue, forKey: .evidence)
        try container.encode(references, forKey: .references)
        try container.encode(timescale?.rawValue, forKey: .timescale)
        try container.encode(species.map(\.rawValue), forKey: .species)
        try container.encode(isNecessary, forKey: .necessary)
    }
}

extension ShortestPathsQuery.WeightedPath: Encodable {
    /// Encodes the `PATH` shape with its `cost`.
    public func encode(to encoder: any Encoder) throws { try path.encode(to: encoder, cost: cost) }
}
