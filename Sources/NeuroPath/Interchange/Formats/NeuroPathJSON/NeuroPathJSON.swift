import Foundation

/// NeuroPath JSON (`.npath.json`): the whole graph as JSON, lossless. Nodes with labels, kinds, synonyms,
/// descriptions and external ids; cell populations; references; every interaction with relation, evidence,
/// references, species, region, population, timescale, necessity, note and weight. Only the `.npath` source
/// locations are not kept.
///
/// ```json
/// {"format": "neuropath-graph", "version": 1, "name": "ketamine", "title": "…",
///  "populations": [{"id": "interneuron", "label": "GABA interneuron"}],
///  "nodes": [{"id": "ketamine", "kind": "drug", "label": "Ketamine", "xrefs": ["ChEBI:6121"]}],
///  "references": [{"key": "zanos2016", "year": 2016, "doi": "10.1038/nature17998"}],
///  "interactions": [{"source": "ketamine", "target": "nmda-receptor@interneuron", "relation": "inhibits",
///                    "evidence": "established", "references": ["zanos2016"], "necessary": true, "weight": 0.75}]}
/// ```
/// Fields that are empty are left out; `Docs/formats.md` lists them all.
public enum NeuroPathJSON: GraphTextWriter {
    /// The file name ending that selects this format when writing (`ketamine.npath.json`).
    public static let fileSuffix = ".npath.json"

    /// The JSON text of `graph`: keys sorted and indented, so the same graph gives the same bytes.
    public static func write(_ graph: PathwayGraph) -> String { text(of: graph) }

    /// Writes the JSON text of `graph` into `output` a piece at a time: the same bytes as encoding the whole
    /// document at once, without the whole document in memory.
    public static func write(_ graph: PathwayGraph, to output: inout some TextOutputStream) {
        typealias Document = NeuroPathJSONDocument
        var members: [(key: String, member: PrettyJSONWriter.Member)] = [
            ("format", .value(Document.formatName)), ("version", .value(Document.currentVersion)),
            ("nodes", .array(count: graph.nodes.count) { Document.NodeEntry(graph.nodes[$0]) }),
            (
                "interactions",
                .array(count: graph.interactionCount) { Document.InteractionEntry(interaction: $0, of: graph) }
            ),
        ]
        if let name = graph.name { members.append(("name", .value(name))) }
        if let title = graph.title { members.append(("title", .value(title))) }
        if !graph.populations.isEmpty {
            members.append(("populations", .array(count: graph.populations.count) { graph.populations[$0] }))
        }
        if !graph.references.isEmpty {
            members.append(("references", .array(count: graph.references.count) { graph.references[$0] }))
        }
        if let teaching = Document.teaching(of: graph) { members.append(("teaching", .value(teaching))) }
        PrettyJSONWriter(encoder: encoder).write(members, to: &output)
        output.write("\n")
    }

    /// The encoder of NeuroPath JSON: keys sorted and indented, non-finite weights as text.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    /// Whether `data` looks like NeuroPath JSON: a JSON object that says `"format": "neuropath-graph"` near its start.
    static func recognises(_ data: Data) -> Bool {
        let prefix = String(decoding: data.prefix(4096), as: UTF8.self)
        guard prefix.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "{" else { return false }
        return prefix.contains("\"\(NeuroPathJSONDocument.formatName)\"")
    }

    /// Reads NeuroPath JSON bytes; `file` names them in diagnostics, each of which gives the JSON path of what is
    /// wrong (`interactions[3].relation`).
    public static func parse(
        data: Data, file: String = "<input>", name: String? = nil, limits: GraphLimits = .standard
    ) throws(GraphLoadError) -> PathwayGraph {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let document: NeuroPathJSONDocument
        do {
            document = try decoder.decode(NeuroPathJSONDocument.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                throw .invalid([JSONSyntax.diagnostic(file: file, data: data)])
            }
            throw .invalid([NeuroPathJSONBuilder.diagnostic(file: file, error)])
        } catch {
            throw .invalid([JSONSyntax.diagnostic(file: file, data: data)])
        }
        var builder = NeuroPathJSONBuilder(file: file, limits: limits)
        return try builder.graph(from: document, name: name)
    }
}

/// Turns a decoded ``NeuroPathJSONDocument`` into a graph, checking every word and every node it names.
struct NeuroPathJSONBuilder {
    let file: String
    let limits: GraphLimits
    private var diagnostics: [Diagnostic] = []
    /// The ids of the nodes added so far, for suggestions.
    private var ids: [String] = []

    init(file: String, limits: GraphLimits) {
        self.file = file
        self.limits = limits
    }

    mutating func graph(from document: NeuroPathJSONDocument, name: String?) throws(GraphLoadError) -> PathwayGraph {
        guard document.format == NeuroPathJSONDocument.formatName else {
            throw .invalid([diagnostic(at: "format", "is '\(document.format)', not 'neuropath-graph'")])
        }
        guard document.version == NeuroPathJSONDocument.currentVersion else {
            throw .invalid([
                diagnostic(
                    at: "version",
                    "is \(document.version); this NeuroPath reads version \(NeuroPathJSONDocument.currentVersion) "
                        + "(was the file written by a newer NeuroPath?)")
            ])
        }
        if let overflow = limits.overflow(
            nodes: document.nodes.count, interactions: document.interactions.count, file: file)
        {
            throw .invalid([overflow])
        }
        var builder = PathwayGraphBuilder(name: document.name ?? name, title: document.title)
        for population in document.populations ?? [] { builder.addPopulation(population) }
        for reference in document.references ?? [] { builder.addReference(reference) }
        builder.reserveNodes(document.nodes.count)
        for (position, entry) in document.nodes.enumerated() {
            addNode(entry, at: "nodes[\(position)]", to: &builder)
        }
        builder.reserveInteractions(document.interactions.count)
        for (position, entry) in document.interactions.enumerated() {
            addInteraction(entry, at: "interactions[\(position)]", to: &builder)
        }
        if let question = document.teaching?.question {
            let from = node(question.from, at: "teaching.question.from", in: builder)
            let to = node(question.to, at: "teaching.question.to", in: builder)
            if let from, let to { builder.question = GraphQuestion(from: from, to: to) }
        }
        var keys = Set<String>()
        for (position, entry) in (document.teaching?.experiments ?? []).enumerated() {
            let path = "teaching.experiments[\(position)]"
            if !keys.insert(entry.key).inserted {
                diagnostics.append(
                    diagnostic(
                        at: "\(path).key", "'\(entry.key)' is the key of an earlier experiment",
                        code: .duplicateDeclaration))
            }
            let activate = entry.activate.enumerated().compactMap {
                node($1, at: "\(path).activate[\($0)]", in: builder)
            }
            let knockout = (entry.knockout ?? []).enumerated().compactMap {
                node($1, at: "\(path).knockout[\($0)]", in: builder)
            }
            let pretreat = (entry.pretreat ?? []).enumerated().compactMap {
                node($1, at: "\(path).pretreat[\($0)]", in: builder)
            }
            let expectations = (entry.expect ?? []).enumerated().compactMap {
                (offset, expectation) -> ClassicExperiment.Expectation? in
                let at = "\(path).expect[\(offset)]"
                let target = node(expectation.node, at: "\(at).node", in: builder)
                let outcome = word(
                    ClassicExperiment.Outcome.init(rawValue:), expectation.outcome, "outcome", at: "\(at).outcome",
                    ClassicExperiment.Outcome.allCases)
                guard let target, let outcome else { return nil }
                return ClassicExperiment.Expectation(node: target, outcome: outcome)
            }
            builder.experiments.append(
                ClassicExperiment(
                    key: entry.key, name: entry.name, activate: activate, knockout: knockout, pretreat: pretreat,
                    context: entry.context,
                    finding: entry.finding, references: entry.references ?? [], expectations: expectations,
                    limitation: entry.limitation))
        }
        if let error = GraphLoadError.ifErrors(diagnostics) { throw error }
        return builder.build()
    }

    private mutating func addNode(
        _ entry: NeuroPathJSONDocument.NodeEntry, at path: String, to builder: inout PathwayGraphBuilder
    ) {
        guard !entry.id.isEmpty else { return diagnostics.append(diagnostic(at: "\(path).id", "is empty")) }
        let kind = entry.kind.flatMap {
            word(NodeKind.init(rawValue:), $0, "node kind", at: "\(path).kind", NodeKind.allCases)
        }
        var externalIDs: [ExternalID] = []
        for (position, text) in (entry.xrefs ?? []).enumerated() {
            guard let external = ExternalID(text) else {
                diagnostics.append(
                    diagnostic(at: "\(path).xrefs[\(position)]", "'\(text)' is not NAMESPACE:ID", code: .invalidValue))
                continue
            }
            externalIDs.append(external)
        }
        let node = Node(
            id: entry.id, label: entry.label, kind: kind ?? .unspecified, synonyms: entry.synonyms ?? [],
            description: entry.description, externalIDs: externalIDs)
        do {
            try builder.addNode(node)
            ids.append(node.id)
        } catch {
            diagnostics.append(
                diagnostic(at: "\(path).id", "'\(entry.id)' is the id of an earlier node", code: .duplicateDeclaration))
        }
    }

    private mutating func addInteraction(
        _ entry: NeuroPathJSONDocument.InteractionEntry, at path: String, to builder: inout PathwayGraphBuilder
    ) {
        let errorsBefore = diagnostics.count
        let source = node(entry.source, at: "\(path).source", in: builder)
        let target = node(entry.target, at: "\(path).target", in: builder)
        let relation = word(
            Relation.init(rawValue:), entry.relation, "relation", at: "\(path).relation", Relation.allCases)
        let evidence = entry.evidence.flatMap {
            word(EvidenceLevel.init(rawValue:), $0, "evidence level", at: "\(path).evidence", EvidenceLevel.allCases)
        }
        let timescale = entry.timescale.flatMap {
            word(Timescale.init(rawValue:), $0, "timescale", at: "\(path).timescale", Timescale.allCases)
        }
        var species: [Species] = []
        for (position, text) in (entry.species ?? []).enumerated() {
            if let known = word(
                Species.init(rawValue:), text, "species", at: "\(path).species[\(position)]", Species.allCases)
            {
                species.append(known)
            }
        }
        guard diagnostics.count == errorsBefore, let source, let target, let relation else { return }
        let interaction = Interaction(
            source: source, target: target, relation: relation, evidence: evidence,
            references: entry.references ?? [],
            context: InteractionContext(species: species, region: entry.region, population: entry.population),
            timescale: timescale, isNecessary: entry.necessary ?? false,
            isPartlyNecessary: entry.partlyNecessary ?? false, note: entry.note)
        builder.addChecked(interaction, weight: entry.weight)
    }

    /// The index of the node with id `id`, or `nil` after a diagnostic suggesting the nearest id.
    private mutating func node(_ id: String, at path: String, in builder: PathwayGraphBuilder) -> NodeIndex? {
        if let index = builder.index(ofID: id) { return index }
        // Suggestions are looked for among a hand-made graph's nodes, not an interactome's.
        let near = ids.count <= 20_000 ? EditDistance.nearest(to: id, in: ids, limit: 1) : []
        diagnostics.append(
            diagnostic(
                at: path, "'\(id)' is not the id of a node in \"nodes\"", code: .unknownNode,
                suggestion: near.first.map { "did you mean '\($0)'?" }))
        return nil
    }

    /// The vocabulary word `text` as `Word`, or `nil` after a diagnostic naming the words allowed.
    private mutating func word<Word: RawRepresentable<String>>(
        _ make: (String) -> Word?, _ text: String, _ what: String, at path: String, _ allowed: [Word]
    ) -> Word? {
        if let word = make(text) { return word }
        let words = allowed.map(\.rawValue)
        let near = EditDistance.nearest(to: text, in: words, limit: 1)
        diagnostics.append(
            diagnostic(
                at: path, "'\(text)' is not a \(what)" + (near.isEmpty ? " (\(words.joined(separator: ", ")))" : ""),
                code: what == "relation" ? .unknownRelation : what == "node kind" ? .unknownKind : .invalidValue,
                suggestion: near.first.map { "did you mean '\($0)'?" }))
        return nil
    }

    private func diagnostic(
        at path: String, _ problem: String, code: Diagnostic.Code = .malformedRow, suggestion: String? = nil
    ) -> Diagnostic {
        Self.diagnostic(file: file, path: path, problem, code: code, suggestion: suggestion)
    }

    /// A diagnostic about the value at the JSON path `path` (empty for the whole file).
    static func diagnostic(
        file: String, path: String, _ problem: String, code: Diagnostic.Code = .malformedRow, suggestion: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            file: file, line: 0, column: 0, code: code, message: path.isEmpty ? problem : "\(path) \(problem)",
            suggestion: suggestion)
    }

    /// A diagnostic for a file whose JSON does not have the expected shape.
    static func diagnostic(file: String, _ error: DecodingError) -> Diagnostic {
        func path(_ context: DecodingError.Context, _ last: CodingKey? = nil) -> String {
            (context.codingPath + (last.map { [$0] } ?? [])).reduce(into: "") { path, key in
                if let index = key.intValue {
                    path += "[\(index)]"
                } else {
                    path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context)
            return diagnostic(
                file: file, path: "", "\(at.isEmpty ? "the top-level object" : at) has no \"\(key.stringValue)\"",
                code: .missingValue)
        case .valueNotFound(_, let context):
            return diagnostic(file: file, path: path(context), "is null, where a value is needed", code: .missingValue)
        case .typeMismatch(let type, let context):
            return diagnostic(file: file, path: path(context), "is not \(Self.describe(type))")
        case .dataCorrupted(let context):
            return diagnostic(file: file, path: path(context), "is malformed: \(context.debugDescription)")
        @unknown default:
            return diagnostic(file: file, path: "", "is not NeuroPath JSON: \(error)")
        }
    }

    /// "a string", "a number", … for a type a JSON value should have had.
    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Float.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }
}
