/// Writes `.npath` text in the canonical form: one statement per line in a fixed attribute order, values
/// quoted only when they must be, long descriptive attributes on indented continuation lines.
///
/// Parsing the output gives back the same document: `parse(write(d)) == d` (property-tested).
public enum NPathWriter: GraphTextWriter {
    /// The canonical text of a document.
    public static func write(_ document: NPathDocument) -> String {
        var text = ""
        for statement in document.statements { write(statement, to: &text) }
        return text
    }

    /// Writes the `.npath` text of the document that declares everything in `graph` (``document(for:)``) into
    /// `output`, a statement at a time, without making the document.
    public static func write(_ graph: PathwayGraph, to output: inout some TextOutputStream) {
        forEachStatement(declaring: graph) { write($0, to: &output) }
    }

    /// Writes the lines of one statement.
    private static func write(_ statement: NPathStatement, to output: inout some TextOutputStream) {
        var lines: [String] = []
        switch statement {
        case .comment(let text): lines.append("#" + text)
        case .blank: lines.append("")
        case .graph(let name, let title):
            lines.append(join(["graph", identifier(name), attribute("title", title)]))
        case .include(let path):
            lines.append("include \(quoted(path))")
        case .population(let population):
            lines.append(
                join([
                    "population", identifier(population.id),
                    attribute("label", population.label == population.id ? nil : population.label),
                    attribute("description", population.description),
                ]))
        case .node(let node):
            lines.append(
                join([
                    "node", identifier(node.id), node.kind.rawValue,
                    attribute("label", node.label == node.id ? nil : node.label),
                    list("synonyms", node.synonyms), list("xref", node.externalIDs.map(\.description)),
                ]))
            if let description = node.description { lines.append("    " + attribute("description", description)!) }
        case .reference(let reference):
            lines.append("reference \(identifier(reference.key))")
            let parts: [[String?]] = [
                [attribute("authors", reference.authors), attribute("year", reference.year.map(String.init))],
                [attribute("title", reference.title)],
                [attribute("journal", reference.journal)],
                [attribute("doi", reference.doi), attribute("pmid", reference.pmid)],
            ]
            for part in parts where part.contains(where: { $0 != nil }) { lines.append("    " + join(part)) }
        case .interaction(let interaction):
            lines.append(
                join([
                    identifier(interaction.source), interaction.relation.rawValue, identifier(interaction.target),
                    attribute("evidence", interaction.evidence?.rawValue),
                    list("species", interaction.context.species.map(\.rawValue)),
                    attribute("region", interaction.context.region),
                    attribute("cell", interaction.context.population),
                    attribute("time", interaction.timescale?.rawValue), list("refs", interaction.references),
                    interaction.isNecessary ? "necessary" : nil,
                    interaction.isPartlyNecessary ? "partly-necessary" : nil,
                ]))
            if let note = interaction.note { lines.append("    " + attribute("note", note)!) }
        case .question(let from, let to):
            lines.append(join(["question", identifier(from), identifier(to)]))
        case .experiment(let experiment):
            lines.append(join(["experiment", identifier(experiment.key), attribute("name", experiment.name)]))
            lines.append(
                "    "
                    + join([
                        list("activate", experiment.activate), list("knockout", experiment.knockout),
                        list("pretreat", experiment.pretreat), attribute("context", experiment.context),
                        list("refs", experiment.references),
                    ]))
            if let finding = experiment.finding { lines.append("    " + attribute("finding", finding)!) }
            if !experiment.expectations.isEmpty {
                lines.append(
                    "    " + list("expect", experiment.expectations.map { "\($0.node):\($0.outcome.rawValue)" })!)
            }
            if let limitation = experiment.limitation { lines.append("    " + attribute("limitation", limitation)!) }
        }
        output.write(lines.joined(separator: "\n") + "\n")
    }

    /// The document that declares everything in `graph` (populations, nodes, interactions, references), for
    /// converting an imported network to `.npath`.
    public static func document(for graph: PathwayGraph) -> NPathDocument {
        var statements: [NPathStatement] = []
        forEachStatement(declaring: graph) { statements.append($0) }
        return NPathDocument(statements: statements)
    }

    /// Calls `body` with each statement of ``document(for:)``, in order, making one at a time.
    private static func forEachStatement(declaring graph: PathwayGraph, _ body: (NPathStatement) -> Void) {
        if let name = graph.name { body(.graph(name: name, title: graph.title)) }
        // A blank line between sections that are there, none at the end.
        var pendingBlank = graph.name != nil
        func emit(_ statement: NPathStatement) {
            if pendingBlank { body(.blank) }
            pendingBlank = false
            body(statement)
        }
        if let question = graph.question {
            emit(.question(from: graph[question.from].id, to: graph[question.to].id))
            pendingBlank = true
        }
        for population in graph.populations { emit(.population(population)) }
        pendingBlank = pendingBlank || !graph.populations.isEmpty
        for node in graph.nodes { emit(.node(node)) }
        pendingBlank = pendingBlank || !graph.nodes.isEmpty
        for index in 0..<graph.interactionCount {
            let interaction = graph.interaction(at: index)
            emit(
                .interaction(
                    NPathInteraction(
                        source: graph[interaction.source].id, relation: interaction.relation,
                        target: graph[interaction.target].id, evidence: interaction.evidence,
                        references: interaction.references, context: interaction.context,
                        timescale: interaction.timescale, isNecessary: interaction.isNecessary,
                        isPartlyNecessary: interaction.isPartlyNecessary, note: interaction.note))
            )
        }
        // Keys cited without a reference of their own (SIF's extra columns, CausalPath's links) are declared too:
        // a `.npath` file may cite only declared keys.
        pendingBlank = true
        var declared = Set(graph.references.map(\.key))
        for reference in graph.references { emit(.reference(reference)) }
        for index in 0..<graph.interactionCount {
            for key in graph.interaction(at: index).references where declared.insert(key).inserted {
                emit(.reference(Reference(key: key)))
            }
        }
        pendingBlank = true
        for experiment in graph.experiments {
            for key in experiment.references where declared.insert(key).inserted {
                emit(.reference(Reference(key: key)))
            }
            let id = { (node: NodeIndex) in graph[node].id }
            emit(
                .experiment(
                    NPathExperiment(
                        key: experiment.key, name: experiment.name, activate: experiment.activate.map(id),
                        knockout: experiment.knockout.map(id), pretreat: experiment.pretreat.map(id),
                        context: experiment.context,
                        finding: experiment.finding, references: experiment.references,
                        expectations: experiment.expectations.map { .init(node: id($0.node), outcome: $0.outcome) },
                        limitation: experiment.limitation)))
        }
    }

    private static func join(_ parts: [String?]) -> String { parts.compactMap { $0 }.joined(separator: " ") }

    private static func attribute(_ key: String, _ value: String?) -> String? {
        value.map { "\(key)=\(quotedIfNeeded($0))" }
    }

    private static func list(_ key: String, _ values: [String]) -> String? {
        values.isEmpty ? nil : "\(key)=" + values.map(quotedIfNeeded).joined(separator: ",")
    }

    /// An id, a name or a key: unchanged when it reads back as one plain word that is not a keyword, otherwise
    /// quoted (`"a b"`, `"node"`, `"#1"`). An id with a control or invisible formatting character cannot be
    /// written at all (``unwritableIDs(in:)``).
    static func identifier(_ value: String) -> String {
        NPathDocumentParser.keywords.contains(value) ? quoted(value) : quotedIfNeeded(value)
    }

    /// The ids, population ids and reference keys (declared or cited) of `graph` that `.npath` cannot hold, each
    /// with the reason:
    /// one with a control or invisible formatting character (a NUL, an escape, a zero-width space, a bidi
    /// override), one that is empty, and one with an `@` where `.npath` reads it as a population (more than one
    /// in a node id, any in a population id or reference key). Writing such a graph would give a file that does not load.
    public static func unwritableIDs(in graph: PathwayGraph) -> [(id: String, reason: String)] {
        // Keys cited by interactions too: the writer declares each, and a declaration is an id.
        var keys = Set(graph.references.map(\.key))
        var cited: [String] = []
        for index in 0..<graph.interactionCount {
            for key in graph.interaction(at: index).references where keys.insert(key).inserted { cited.append(key) }
        }
        let nodeIDs = graph.nodes.map(\.id)
        let ids = nodeIDs + graph.populations.map(\.id) + graph.references.map(\.key) + cited
        return ids.enumerated().compactMap { index, id in
            if id.isEmpty { return (id, "it is empty") }
            // `@` joins a node to its population: a node id holds one at most, other ids none.
            let ats = id.reduce(0) { $0 + ($1 == "@" ? 1 : 0) }
            if ats > (index < nodeIDs.count ? 1 : 0) {
                return (id, index < nodeIDs.count ? "it holds more than one '@'" : "it holds '@'")
            }
            if let bad = id.unicodeScalars.first(where: { [.control, .format].contains($0.properties.generalCategory) })
            {
                return (id, "it holds U+\(String(format: "%04X", bad.value)), a control or invisible character")
            }
            return nil
        }
    }

    /// The value unchanged when it reads back as one word, otherwise quoted.
    static func quotedIfNeeded(_ value: String) -> String {
        let plain =
            !value.isEmpty && value.first != "#"
            && !value.contains {
                NPathLexer.isDelimiter($0) || $0.isNewline || $0 == "\\" || $0.asciiValue.map { $0 < 32 } == true
            }
        return plain ? value : quoted(value)
    }

    static func quoted(_ value: String) -> String {
        var text = "\""
        for character in value {
            switch character {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            default: text.append(character)
            }
        }
        return text + "\""
    }
}
