/// A graph's name, title and size: one row of `neuropath list`.
public struct GraphSummary: Sendable, Hashable {
    /// The name it is loaded by.
    public var name: String
    /// Its title, if declared.
    public var title: String?
    /// How many nodes it has.
    public var nodes: Int
    /// How many interactions it has.
    public var interactions: Int
    /// The question to open it with, as node ids: the one it declares, else ``PathwayGraph/suggestedQuestion``.
    public var question: (from: String, to: String)?
    /// Its classic experiments, as declared (node ids, not indices, so the summary reads without the graph).
    public var experiments: [ExperimentSummary]

    /// A declared experiment, its nodes named by id.
    public struct ExperimentSummary: Sendable, Hashable {
        /// Its key.
        public var key: String
        /// Its name.
        public var name: String
        /// Ids of the nodes activated.
        public var activate: [String]
        /// Ids of the nodes the replay removes: those knocked out and those the pretreatment drugs block.
        public var knockout: [String]
        /// Ids of the drugs given first, at blocking doses.
        public var pretreat: [String]
        /// The context of the replay.
        public var context: String?
        /// What the paper found.
        public var finding: String?
        /// Reference keys.
        public var references: [String]
        /// Why the model does not reproduce it, when known.
        public var limitation: String?

        /// Creates a summary of an experiment.
        public init(
            key: String, name: String, activate: [String], knockout: [String], pretreat: [String] = [],
            context: String? = nil, finding: String? = nil, references: [String] = [], limitation: String? = nil
        ) {
            self.pretreat = pretreat
            self.key = key
            self.name = name
            self.activate = activate
            self.knockout = knockout
            self.context = context
            self.finding = finding
            self.references = references
            self.limitation = limitation
        }
    }

    /// Creates a summary.
    public init(
        name: String, title: String?, nodes: Int, interactions: Int, question: (from: String, to: String)? = nil,
        experiments: [ExperimentSummary] = []
    ) {
        self.name = name
        self.title = title
        self.nodes = nodes
        self.interactions = interactions
        self.question = question
        self.experiments = experiments
    }

    /// The summary of `graph`, loaded as `name`.
    public init(name: String, graph: PathwayGraph) {
        let id = { (node: NodeIndex) in graph[node].id }
        self.init(
            name: name, title: graph.title, nodes: graph.nodes.count, interactions: graph.interactionCount,
            question: graph.suggestedQuestion.map { (id($0.from), id($0.to)) },
            experiments: graph.experiments.map {
                ExperimentSummary(
                    key: $0.key, name: $0.name, activate: $0.activate.map(id),
                    knockout: $0.removedNodes(in: graph).map(id).sorted(), pretreat: $0.pretreat.map(id),
                    context: $0.context, finding: $0.finding, references: $0.references, limitation: $0.limitation)
            })
    }

    /// Whether two summaries say the same.
    public static func == (lhs: GraphSummary, rhs: GraphSummary) -> Bool {
        lhs.name == rhs.name && lhs.title == rhs.title && lhs.nodes == rhs.nodes
            && lhs.interactions == rhs.interactions && lhs.question?.from == rhs.question?.from
            && lhs.question?.to == rhs.question?.to && lhs.experiments == rhs.experiments
    }

    /// Hashes the name and counts (equal summaries have them equal).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(nodes)
        hasher.combine(interactions)
    }
}

/// The nodes of a graph as a learner browses them: ids, labels, kinds and the other names they answer to.
public struct NodeCatalog: Sendable, Hashable {
    /// The graph's name, if it has one.
    public var graph: String?
    /// The nodes listed, in id order.
    public var nodes: [Node]
    /// The graph's references, in declaration order: what a citation key in an answer stands for.
    public var references: [Reference]

    /// Creates a catalogue.
    public init(graph: String?, nodes: [Node], references: [Reference] = []) {
        self.graph = graph
        self.nodes = nodes
        self.references = references
    }

    /// The nodes of `graph`, optionally only those of one kind, in id order, and all its references.
    public init(_ graph: PathwayGraph, kind: NodeKind? = nil) {
        self.init(
            graph: graph.name, nodes: graph.nodes.filter { kind == nil || $0.kind == kind }.sorted { $0.id < $1.id },
            references: graph.references)
    }
}
