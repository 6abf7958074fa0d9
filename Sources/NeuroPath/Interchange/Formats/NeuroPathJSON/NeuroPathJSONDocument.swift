/// The shape of a NeuroPath JSON file (`.npath.json`): a whole graph, everything the model holds, for programs
/// that would rather parse JSON than `.npath` text.
///
/// ```json
/// {"format": "neuropath-graph", "version": 1, "name": "ketamine", "title": "…",
///  "populations": [{"id": "interneuron", "label": "GABA interneuron"}],
///  "nodes": [{"id": "ketamine", "kind": "drug", "label": "Ketamine", "synonyms": ["Ketalar"],
///             "xrefs": ["ChEBI:6121"]}],
///  "references": [{"key": "zanos2016", "authors": "Zanos P, …", "year": 2016, "doi": "10.1038/nature17998"}],
///  "interactions": [{"source": "ketamine", "target": "nmda-receptor@interneuron", "relation": "inhibits",
///                    "evidence": "established", "references": ["zanos2016"], "species": ["rat"],
///                    "region": "mPFC", "population": "interneuron", "timescale": "minutes",
///                    "necessary": true, "note": "…", "weight": 0.75}],
///  "teaching": {"question": {"from": "ketamine", "to": "antidepressant-effect"},
///               "experiments": [{"key": "maeng2008-nbqx", "name": "…", "activate": ["ketamine"],
///                                "knockout": ["…"], "context": "mouse", "finding": "…",
///                                "references": ["maeng2008"],
///                                "expect": [{"node": "antidepressant-effect", "outcome": "lost"}]}]}}
/// ```
/// (`teaching` sorts after `format`, so a reader that looks for the format near the start finds it.)
/// Fields that are empty are left out. Nodes are named by id in interactions, so the file reads on its own.
struct NeuroPathJSONDocument: Codable {
    /// What `format` must say.
    static let formatName = "neuropath-graph"
    /// The version written, and the only one read.
    static let currentVersion = 1

    var format: String
    var version: Int
    var name: String?
    var title: String?
    var populations: [CellPopulation]?
    var nodes: [NodeEntry]
    var references: [Reference]?
    var interactions: [InteractionEntry]
    var teaching: Teaching?

    /// What the graph declares for teaching.
    struct Teaching: Codable {
        var question: QuestionEntry?
        var experiments: [ExperimentEntry]?
    }

    /// The question the graph opens with, by node ids.
    struct QuestionEntry: Codable {
        var from: String
        var to: String
    }

    /// One classic experiment, its nodes named by id.
    struct ExperimentEntry: Codable {
        var key: String
        var name: String
        var activate: [String]
        var knockout: [String]?
        var pretreat: [String]?
        var context: String?
        var finding: String?
        var references: [String]?
        var expect: [ExpectationEntry]?
        var limitation: String?
    }

    /// One expected outcome.
    struct ExpectationEntry: Codable {
        var node: String
        var outcome: String
    }

    /// One node. Words from a vocabulary (kind, relation, evidence, species, timescale) are kept as text here and
    /// checked when the graph is built, so a misspelt one gets a message naming it.
    struct NodeEntry: Codable {
        var id: String
        var label: String?
        var kind: String?
        var synonyms: [String]?
        var description: String?
        /// External ids as `NAMESPACE:ID`.
        var xrefs: [String]?
    }

    /// One interaction, its nodes named by id.
    struct InteractionEntry: Codable {
        var source: String
        var target: String
        var relation: String
        var evidence: String?
        var references: [String]?
        var species: [String]?
        var region: String?
        var population: String?
        var timescale: String?
        var necessary: Bool?
        var partlyNecessary: Bool?
        var note: String?
        var weight: Float?
    }
}

extension NeuroPathJSONDocument {
    /// The document of `graph`.
    init(_ graph: PathwayGraph) {
        func nonEmpty<Element>(_ array: [Element]) -> [Element]? { array.isEmpty ? nil : array }
        format = Self.formatName
        version = Self.currentVersion
        name = graph.name
        title = graph.title
        populations = nonEmpty(graph.populations)
        references = nonEmpty(graph.references)
        nodes = graph.nodes.map(NodeEntry.init)
        interactions = (0..<graph.interactionCount).map { InteractionEntry(interaction: $0, of: graph) }
        teaching = Self.teaching(of: graph)
    }

    /// The teaching entry of `graph`, `nil` when it declares neither a question nor experiments.
    static func teaching(of graph: PathwayGraph) -> Teaching? {
        let experiments = Self.experiments(of: graph)
        let question = Self.question(of: graph)
        guard question != nil || !experiments.isEmpty else { return nil }
        return Teaching(question: question, experiments: experiments.isEmpty ? nil : experiments)
    }

    /// The question entry of `graph`, if it has a question.
    static func question(of graph: PathwayGraph) -> QuestionEntry? {
        graph.question.map { QuestionEntry(from: graph[$0.from].id, to: graph[$0.to].id) }
    }

    /// The experiment entries of `graph`.
    static func experiments(of graph: PathwayGraph) -> [ExperimentEntry] {
        func nonEmpty<Element>(_ array: [Element]) -> [Element]? { array.isEmpty ? nil : array }
        return graph.experiments.map { experiment in
            ExperimentEntry(
                key: experiment.key, name: experiment.name, activate: experiment.activate.map { graph[$0].id },
                knockout: nonEmpty(experiment.knockout.map { graph[$0].id }),
                pretreat: nonEmpty(experiment.pretreat.map { graph[$0].id }), context: experiment.context,
                finding: experiment.finding, references: nonEmpty(experiment.references),
                expect: nonEmpty(
                    experiment.expectations.map {
                        ExpectationEntry(node: graph[$0.node].id, outcome: $0.outcome.rawValue)
                    }), limitation: experiment.limitation)
        }
    }
}

extension NeuroPathJSONDocument.NodeEntry {
    /// The entry of `node`.
    init(_ node: Node) {
        func nonEmpty<Element>(_ array: [Element]) -> [Element]? { array.isEmpty ? nil : array }
        self.init(
            id: node.id, label: node.label == node.id ? nil : node.label,
            kind: node.kind == .unspecified ? nil : node.kind.rawValue, synonyms: nonEmpty(node.synonyms),
            description: node.description, xrefs: nonEmpty(node.externalIDs.map(\.description)))
    }
}

extension NeuroPathJSONDocument.InteractionEntry {
    /// The entry of the interaction at `index` of `graph`.
    init(interaction index: Int, of graph: PathwayGraph) {
        func nonEmpty<Element>(_ array: [Element]) -> [Element]? { array.isEmpty ? nil : array }
        let interaction = graph.interaction(at: index)
        self.init(
            source: graph[interaction.source].id, target: graph[interaction.target].id,
            relation: interaction.relation.rawValue, evidence: interaction.evidence?.rawValue,
            references: nonEmpty(interaction.references),
            species: nonEmpty(interaction.context.species.map(\.rawValue)),
            region: interaction.context.region, population: interaction.context.population,
            timescale: interaction.timescale?.rawValue, necessary: interaction.isNecessary ? true : nil,
            partlyNecessary: interaction.isPartlyNecessary ? true : nil, note: interaction.note,
            weight: graph.weight(of: index))
    }
}
