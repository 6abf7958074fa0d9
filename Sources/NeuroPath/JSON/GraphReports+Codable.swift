/// The JSON shapes of `stats`, `list`, `nodes`, `validate` and errors (`Docs/cli.md`), and the same shapes read
/// back; none of them needs the graph to be decoded.
extension GraphStatistics: Codable {
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

    /// Reads the shape ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .graph)
        nodes = try container.decode(Int.self, forKey: .nodes)
        interactions = try container.decode(Int.self, forKey: .interactions)
        positive = try container.decode(Int.self, forKey: .positive)
        negative = try container.decode(Int.self, forKey: .negative)
        unsigned = try container.decode(Int.self, forKey: .unsigned)
        necessary = try container.decode(Int.self, forKey: .necessary)
        references = try container.decode(Int.self, forKey: .references)
        isolatedNodes = try container.decode(Int.self, forKey: .isolatedNodes)
        nodesByKind = try container.decode([String: Int].self, forKey: .nodesByKind)
        interactionsByEvidence = try container.decode([String: Int].self, forKey: .interactionsByEvidence)
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

extension GraphSummary: Codable {
    private enum CodingKeys: String, CodingKey { case name, title, nodes, interactions, question, experiments }
    private enum QuestionKeys: String, CodingKey { case from, to }
    private enum ExperimentKeys: String, CodingKey {
        case key, name, activate, knockout, pretreat, context, finding, references, limitation
    }

    /// `{"name", "title", "nodes", "interactions", "question": {"from", "to"}, "experiments": [{"key", "name",
    /// "activate", "knockout", "context", "finding", "references", "limitation"}…]}`, nodes by id.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(title, forKey: .title)
        try container.encode(nodes, forKey: .nodes)
        try container.encode(interactions, forKey: .interactions)
        if let question {
            var item = container.nestedContainer(keyedBy: QuestionKeys.self, forKey: .question)
            try item.encode(question.from, forKey: .from)
            try item.encode(question.to, forKey: .to)
        } else {
            try container.encodeNil(forKey: .question)
        }
        var list = container.nestedUnkeyedContainer(forKey: .experiments)
        for experiment in experiments {
            var item = list.nestedContainer(keyedBy: ExperimentKeys.self)
            try item.encode(experiment.key, forKey: .key)
            try item.encode(experiment.name, forKey: .name)
            try item.encode(experiment.activate, forKey: .activate)
            try item.encode(experiment.knockout, forKey: .knockout)
            try item.encode(experiment.pretreat, forKey: .pretreat)
            try item.encode(experiment.context, forKey: .context)
            try item.encode(experiment.finding, forKey: .finding)
            try item.encode(experiment.references, forKey: .references)
            try item.encode(experiment.limitation, forKey: .limitation)
        }
    }

    /// Reads the shape ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var question: (from: String, to: String)?
        if container.contains(.question), try !container.decodeNil(forKey: .question) {
            let item = try container.nestedContainer(keyedBy: QuestionKeys.self, forKey: .question)
            question = (try item.decode(String.self, forKey: .from), try item.decode(String.self, forKey: .to))
        }
        var experiments: [ExperimentSummary] = []
        if container.contains(.experiments) {
            var list = try container.nestedUnkeyedContainer(forKey: .experiments)
            while !list.isAtEnd {
                let item = try list.nestedContainer(keyedBy: ExperimentKeys.self)
                experiments.append(
                    ExperimentSummary(
                        key: try item.decode(String.self, forKey: .key),
                        name: try item.decode(String.self, forKey: .name),
                        activate: try item.decode([String].self, forKey: .activate),
                        knockout: try item.decode([String].self, forKey: .knockout),
                        pretreat: try item.decodeIfPresent([String].self, forKey: .pretreat) ?? [],
                        context: try item.decodeIfPresent(String.self, forKey: .context),
                        finding: try item.decodeIfPresent(String.self, forKey: .finding),
                        references: try item.decode([String].self, forKey: .references),
                        limitation: try item.decodeIfPresent(String.self, forKey: .limitation)))
            }
        }
        self.init(
            name: try container.decode(String.self, forKey: .name),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            nodes: try container.decode(Int.self, forKey: .nodes),
            interactions: try container.decode(Int.self, forKey: .interactions), question: question,
            experiments: experiments)
    }
}

extension NodeCatalog: Codable {
    private enum CodingKeys: String, CodingKey { case graph, nodes, references }
    private enum ReferenceKeys: String, CodingKey { case key, citation, authors, year, title, journal, doi, pmid, url }
    private enum EntryKeys: String, CodingKey {
        case id, label, kind, population, synonyms, description
        case displayName = "display_name"
        case externalIDs = "external_ids"
    }

    /// `{"graph", "nodes": [{"id", "label", "display_name", "kind", "population", "synonyms", "description", "external_ids":
    /// [{"namespace", "value"}…]}…], "references": [{"key", "citation", "authors", "year", "title", "journal",
    /// "doi", "pmid", "url"}…]}`: `citation` is the short form ("Zanos et al. 2016"), `url` the DOI's or else the
    /// PubMed record's address, `null` when neither is known.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(graph, forKey: .graph)
        var list = container.nestedUnkeyedContainer(forKey: .nodes)
        for node in nodes {
            var item = list.nestedContainer(keyedBy: EntryKeys.self)
            try item.encode(node.id, forKey: .id)
            try item.encode(node.label, forKey: .label)
            try item.encode(node.displayName, forKey: .displayName)
            try item.encode(node.kind.rawValue, forKey: .kind)
            try item.encode(node.population.map(String.init), forKey: .population)
            try item.encode(node.synonyms, forKey: .synonyms)
            try item.encode(node.description, forKey: .description)
            try item.encode(node.externalIDs, forKey: .externalIDs)
        }
        var references = container.nestedUnkeyedContainer(forKey: .references)
        for reference in self.references {
            var item = references.nestedContainer(keyedBy: ReferenceKeys.self)
            try item.encode(reference.key, forKey: .key)
            try item.encode(reference.shortCitation, forKey: .citation)
            try item.encode(reference.authors, forKey: .authors)
            try item.encode(reference.year, forKey: .year)
            try item.encode(reference.title, forKey: .title)
            try item.encode(reference.journal, forKey: .journal)
            try item.encode(reference.doi, forKey: .doi)
            try item.encode(reference.pmid, forKey: .pmid)
            try item.encode(reference.link, forKey: .url)
        }
    }

    /// Reads the shape ``encode(to:)`` writes (the population is part of the id).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var list = try container.nestedUnkeyedContainer(forKey: .nodes)
        var nodes: [Node] = []
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: EntryKeys.self)
            nodes.append(
                Node(
                    id: try item.decode(String.self, forKey: .id), label: try item.decode(String.self, forKey: .label),
                    kind: try item.decode(raw: NodeKind.self, forKey: .kind),
                    synonyms: try item.decode([String].self, forKey: .synonyms),
                    description: try item.decodeIfPresent(String.self, forKey: .description),
                    externalIDs: try item.decodeIfPresent([ExternalID].self, forKey: .externalIDs) ?? []))
        }
        var references: [Reference] = []
        if container.contains(.references) {
            var list = try container.nestedUnkeyedContainer(forKey: .references)
            while !list.isAtEnd {
                let item = try list.nestedContainer(keyedBy: ReferenceKeys.self)
                references.append(
                    Reference(
                        key: try item.decode(String.self, forKey: .key),
                        authors: try item.decodeIfPresent(String.self, forKey: .authors),
                        year: try item.decodeIfPresent(Int.self, forKey: .year),
                        title: try item.decodeIfPresent(String.self, forKey: .title),
                        journal: try item.decodeIfPresent(String.self, forKey: .journal),
                        doi: try item.decodeIfPresent(String.self, forKey: .doi),
                        pmid: try item.decodeIfPresent(String.self, forKey: .pmid)))
            }
        }
        self.init(
            graph: try container.decodeIfPresent(String.self, forKey: .graph), nodes: nodes, references: references)
    }
}

extension ValidationReport: Codable {
    private enum CodingKeys: String, CodingKey { case graph, valid, nodes, interactions, errors, warnings, diagnostics }
    private enum DiagnosticKeys: String, CodingKey { case errors, warnings }

    /// `{"graph", "valid", "nodes", "interactions", "errors", "warnings", "diagnostics": {"errors", "warnings"}}`;
    /// the counts are left out when the graph did not load. `errors` and `warnings` are the compiler-style
    /// messages; `diagnostics` holds the same findings as ``Diagnostic`` objects, for programs.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(graph, forKey: .graph)
        try container.encode(isValid, forKey: .valid)
        if let nodes { try container.encode(nodes, forKey: .nodes) }
        if let interactions { try container.encode(interactions, forKey: .interactions) }
        try container.encode(errors.map(\.description), forKey: .errors)
        try container.encode(warnings.map(\.description), forKey: .warnings)
        var diagnostics = container.nestedContainer(keyedBy: DiagnosticKeys.self, forKey: .diagnostics)
        try diagnostics.encode(errors, forKey: .errors)
        try diagnostics.encode(warnings, forKey: .warnings)
    }

    /// Reads the shape ``encode(to:)`` writes, the findings from `diagnostics`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let diagnostics = try container.nestedContainer(keyedBy: DiagnosticKeys.self, forKey: .diagnostics)
        self.init(
            graph: try container.decode(String.self, forKey: .graph),
            nodes: try container.decodeIfPresent(Int.self, forKey: .nodes),
            interactions: try container.decodeIfPresent(Int.self, forKey: .interactions),
            errors: try diagnostics.decode([Diagnostic].self, forKey: .errors),
            warnings: try diagnostics.decode([Diagnostic].self, forKey: .warnings))
    }
}

extension Diagnostic: Codable {
    private enum CodingKeys: String, CodingKey {
        case file, line, column, length, severity, code, message, suggestion
        case sourceLine = "source_line"
    }

    /// `{"file", "line", "column", "length", "severity", "code", "message", "suggestion", "source_line"}`; a
    /// line or column of 0 means the finding has none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(length, forKey: .length)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encode(suggestion, forKey: .suggestion)
        try container.encode(sourceLine, forKey: .sourceLine)
    }

    /// Reads the shape ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try container.decode(String.self, forKey: .file), line: try container.decode(Int.self, forKey: .line),
            column: try container.decode(Int.self, forKey: .column),
            length: try container.decode(Int.self, forKey: .length),
            severity: try container.decode(raw: Severity.self, forKey: .severity),
            code: try container.decode(raw: Code.self, forKey: .code),
            message: try container.decode(String.self, forKey: .message),
            suggestion: try container.decodeIfPresent(String.self, forKey: .suggestion),
            sourceLine: try container.decodeIfPresent(String.self, forKey: .sourceLine))
    }
}

extension ErrorReport: Encodable {
    private enum CodingKeys: String, CodingKey { case error }
    private enum ErrorKeys: String, CodingKey { case code, message, suggestions, parameter }

    /// `{"error": {"code", "message", "suggestions", "parameter"}}`; `parameter` only when the error is about one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var error = container.nestedContainer(keyedBy: ErrorKeys.self, forKey: .error)
        try error.encode(code, forKey: .code)
        try error.encode(message, forKey: .message)
        try error.encode(suggestions, forKey: .suggestions)
        try error.encodeIfPresent(parameter, forKey: .parameter)
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
            suggestions: try error.decodeIfPresent([String].self, forKey: .suggestions) ?? [],
            parameter: try error.decodeIfPresent(String.self, forKey: .parameter))
    }
}
