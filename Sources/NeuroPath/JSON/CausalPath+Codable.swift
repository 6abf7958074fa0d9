/// The `PATH` and `STEP` shapes of `Docs/cli.md`. A path is built straight into a JSON tree, since
/// `trace --jsonl` encodes millions of them: ``PathwayJSONEncoder`` takes the tree as it is, and `Encodable`
/// encodes the same tree, so both give one shape.
extension CausalPath: JSONTreeRepresentable {
    var jsonTree: JSONValue { jsonTree(cost: nil) }

    /// The `PATH` shape, with a `cost` before the steps (for `shortest`) when given.
    func jsonTree(cost: Double?) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("nodes", .array(nodeIDs.map(JSONValue.string))),
            ("sign", .string(sign?.effectWord ?? "unknown")),
            ("length", .integer(length)),
            ("confidence", .number(JSONValue.rounded(confidence))),
        ]
        if let cost { members.append(("cost", .number(JSONValue.rounded(cost)))) }
        members.append(("steps", .array(steps.map(\.jsonTree))))
        return .object(members)
    }
}

/// A path read back from its `PATH` shape, against the graph it was found in (``PathwayJSONDecoder``).
extension CausalPath: Decodable {
    private enum CodingKeys: String, CodingKey { case steps }

    /// Reads the steps and rebuilds the path from their interactions, checking that they make a path of the
    /// graph being decoded against and join the nodes the JSON names; the sign, length and confidence are
    /// worked out again from the graph.
    public init(from decoder: any Decoder) throws {
        let graph = try decoder.pathwayGraph()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let steps = try container.decode([Step].self, forKey: .steps)
        let path: CausalPath
        do {
            path = try CausalPath(interactions: steps.map(\.interaction), in: graph)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .steps, in: container, debugDescription: "the steps are not a path of this graph: \(error)")
        }
        for (offset, (found, read)) in zip(path.steps, steps).enumerated() where found != read {
            throw DecodingError.dataCorruptedError(
                forKey: .steps, in: container,
                debugDescription: "step \(offset + 1): interaction \(read.interaction) is \(found.source) → "
                    + "\(found.target) (\(found.relation.rawValue)) in this graph, not \(read.source) → "
                    + "\(read.target) (\(read.relation.rawValue)): the answer was computed on another graph")
        }
        self = path
    }
}

extension CausalPath.Step: JSONTreeRepresentable {
    /// The `STEP` shape; a missing sign, evidence or timescale is `null`.
    var jsonTree: JSONValue {
        .object([
            ("interaction", .integer(interaction.rawValue)),
            ("source", .string(source)),
            ("target", .string(target)),
            ("relation", .string(relation.rawValue)),
            ("sign", .optional(sign?.effectWord)),
            ("evidence", .optional(evidence?.rawValue)),
            ("references", .array(references.map(JSONValue.string))),
            ("timescale", .optional(timescale?.rawValue)),
            ("species", .array(species.map { .string($0.rawValue) })),
            ("necessary", .bool(isNecessary)),
        ])
    }
}

/// A step read back from its `STEP` shape; it needs no graph (the sign follows from the relation).
extension CausalPath.Step: Decodable {
    private enum CodingKeys: String, CodingKey {
        case interaction, source, target, relation, evidence, references, timescale, species, necessary
    }

    /// Reads the shape ``CausalPath`` encodes each step in.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            interaction: try container.decode(InteractionIndex.self, forKey: .interaction),
            source: try container.decode(String.self, forKey: .source),
            target: try container.decode(String.self, forKey: .target),
            relation: try container.decode(raw: Relation.self, forKey: .relation),
            evidence: try container.decodeIfPresent(raw: EvidenceLevel.self, forKey: .evidence),
            references: try container.decode([String].self, forKey: .references),
            timescale: try container.decodeIfPresent(raw: Timescale.self, forKey: .timescale),
            species: try container.decode([Species].self, forKey: .species),
            isNecessary: try container.decode(Bool.self, forKey: .necessary))
    }
}

extension ShortestPathsQuery.WeightedPath: JSONTreeRepresentable {
    /// The `PATH` shape with its `cost`.
    var jsonTree: JSONValue { path.jsonTree(cost: cost) }
}
