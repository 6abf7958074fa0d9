import NeuroPath

/// The JSON shapes of DESIGN §6. Keys may be added, never renamed.
enum ResultJSON {
    static func path(_ path: CausalPath, in graph: PathwayGraph, cost: Double? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("nodes", .array(path.nodes.map { .string(graph.nodes[$0].id) })),
            ("sign", .string(path.sign?.effectWord ?? "unknown")),
            ("length", .integer(path.length)),
            ("confidence", .number(path.confidence)),
        ]
        if let cost { members.append(("cost", .number(cost))) }
        members.append(("steps", .array(path.interactions.map { step($0, in: graph) })))
        return .object(members)
    }

    static func step(_ index: Int, in graph: PathwayGraph) -> JSONValue {
        let interaction = graph.interaction(at: index)
        return .object([
            ("source", .string(graph.nodes[interaction.source].id)),
            ("target", .string(graph.nodes[interaction.target].id)),
            ("relation", .string(interaction.relation.rawValue)),
            ("sign", .optional(interaction.sign?.effectWord)),
            ("evidence", .optional(interaction.evidence?.rawValue)),
            ("references", .array(interaction.references.map(JSONValue.string))),
            ("timescale", .optional(interaction.timescale?.rawValue)),
            ("species", .array(interaction.context.species.map { .string($0.rawValue) })),
            ("necessary", .bool(interaction.isNecessary)),
        ])
    }

    static func trace(from: Int, to: Int, result: PathQuery.Result, in graph: PathwayGraph) -> JSONValue {
        .object(
            [
                ("from", .string(graph.nodes[from].id)),
                ("to", .string(graph.nodes[to].id)),
                ("paths", .array(result.paths.map { path($0, in: graph) })),
                ("total", result.total.map(JSONValue.integer) ?? .null),
                ("truncated", .bool(result.truncated)),
            ] + (result.estimate.map { [("estimate", JSONValue.number($0))] } ?? []))
    }

    static func shortest(from: Int, to: Int, paths: [ShortestPathsQuery.WeightedPath], in graph: PathwayGraph)
        -> JSONValue
    {
        .object([
            ("from", .string(graph.nodes[from].id)),
            ("to", .string(graph.nodes[to].id)),
            ("paths", .array(paths.map { path($0.path, in: graph, cost: $0.cost) })),
            ("total", .null),
            ("truncated", .bool(false)),
        ])
    }

    static func effect(from: Int, result: EffectQuery.Result, in graph: PathwayGraph) -> JSONValue {
        .object([
            ("from", .string(graph.nodes[from].id)),
            ("to", .string(graph.nodes[result.target].id)),
            ("effect", .string(result.effect.rawValue)),
            ("paths", .array(result.paths.map { path($0, in: graph) })),
            ("truncated", .bool(result.truncated)),
        ])
    }
}
