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

    /// Creates a summary.
    public init(name: String, title: String?, nodes: Int, interactions: Int) {
        self.name = name
        self.title = title
        self.nodes = nodes
        self.interactions = interactions
    }

    /// The summary of `graph`, loaded as `name`.
    public init(name: String, graph: PathwayGraph) {
        self.init(name: name, title: graph.title, nodes: graph.nodes.count, interactions: graph.interactionCount)
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
