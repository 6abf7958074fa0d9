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

extension CausalPath.Step: JSONTreeRepresentable {
    /// The `STEP` shape; a missing sign, evidence or timescale is `null`.
    var jsonTree: JSONValue {
        .object([
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

extension ShortestPathsQuery.WeightedPath: JSONTreeRepresentable {
    /// The `PATH` shape with its `cost`.
    var jsonTree: JSONValue { path.jsonTree(cost: cost) }
}
