/// The JSON shapes of `stats`, `list`, `nodes` and `validate` (`Docs/cli.md`).
extension GraphStatistics: Encodable {
    private enum CodingKeys: String, CodingKey {
        case graph, nodes, interactions, positive, negative, unsigned, necessary, references
        case isolatedNodes = "isolated_nodes"
        case nodesByKind = "nodes_by_kind"
        case interactionsByEvidence = "interactions_by_evidence"
    }

    /// The counts, with the per-kind and per-evidence tables sorted by key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .graph)
        try container.encode(nodes, forKey: .nodes)
        try container.encode(interactions, forKey: .interactions)
        try container.encode(positive, forKey: .positive)
        try container.encode(negative, forKey: .negative)
        try container.encode(unsigned, forKey: .unsigned)
        try container.encode(necessary, forKey: .necessary)
        try container.encode(references, forKey: .references)
        try container.encode(isolatedNodes, forKey: .isolatedNodes)
        try container.encode(SortedCounts(nodesByKind), forKey: .nodesByKind)
        try container.encode(SortedCounts(interactionsByEvidence), forKey: .interactionsByEvidence)
    }
}

/// A table of counts encoded as an object with its keys in sorted order.
private struct SortedCounts: Encodable {
    let counts: [String: Int]
    init(_ counts: [String: Int]) { self.counts = counts }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        for (key, count) in counts.sorted(by: { $0.key < $1.key }) {
            try container.encode(count, forKey: JSONKey(stringValue: key))
        }
    }
}

extension GraphSummary: Encodable {
    private enum CodingKeys: String, CodingKey { case name, title, nodes, interactions }

    /// `{"name", "title", "nodes", "interactions"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(title, forKey: .title)
        try container.encode(nodes, forKey: .nodes)
        try container.encode(interactions, forKey: .interactions)
    }
}

extension NodeCatalog: Encodable {
    private enum CodingKeys: String, CodingKey { case graph, nodes }
    private enum EntryKeys: String, CodingKey { case id, label, kind, population, synonyms, description }

    /// `{"graph", "nodes": [{"id", "label", "kind", "population", "synonyms", "description"}…]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(graph, forKey: .graph)
        var list = container.nestedUnkeyedContainer(forKey: .nodes)
        for node in nodes {
            var item = list.nestedContainer(keyedBy: EntryKeys.self)
            try item.encode(node.id, forKey: .id)
            try item.encode(node.label, forKey: .label)
            try item.encode(node.kind.rawValue, forKey: .kind)
            try item.encode(node.population.map(String.init), forKey: .population)
            try item.encode(node.synonyms, forKey: .synonyms)
            try item.encode(node.description, forKey: .description)
        }
    }
}

extension ValidationReport: Encodable {
    private enum CodingKeys: String, CodingKey { case graph, valid, nodes, interactions, errors, warnings }

    /// `{"graph", "valid", "nodes", "interactions", "errors", "warnings"}`; the counts are left out when the
    /// graph did not load. Each finding is its compiler-style message.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(graph, forKey: .graph)
        try container.encode(isValid, forKey: .valid)
        if let nodes { try container.encode(nodes, forKey: .nodes) }
        if let interactions { try container.encode(interactions, forKey: .interactions) }
        try container.encode(errors, forKey: .errors)
        try container.encode(warnings, forKey: .warnings)
    }
}

extension ErrorReport: Encodable {
    private enum CodingKeys: String, CodingKey { case error }
    private enum ErrorKeys: String, CodingKey { case code, message, suggestions }

    /// `{"error": {"code", "message", "suggestions"}}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var error = container.nestedContainer(keyedBy: ErrorKeys.self, forKey: .error)
        try error.encode(code, forKey: .code)
        try error.encode(message, forKey: .message)
        try error.encode(suggestions, forKey: .suggestions)
    }
}

/// An error read back from its JSON: what `neuropath serve` answers with a 4xx or 5xx status, and what the
/// command line prints with `--json`.
extension ErrorReport: Decodable {
    /// Reads the shape ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let error = try decoder.container(keyedBy: CodingKeys.self).nestedContainer(
            keyedBy: ErrorKeys.self, forKey: .error)
        self.init(
            code: try error.decode(String.self, forKey: .code),
            message: try error.decode(String.self, forKey: .message),
            suggestions: try error.decodeIfPresent([String].self, forKey: .suggestions) ?? [])
    }
}
