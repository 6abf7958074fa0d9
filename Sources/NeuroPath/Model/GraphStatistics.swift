/// A summary of a graph for `neuropath stats`.
public struct GraphStatistics: Sendable, Hashable {
    /// The graph's short name, if it has one.
    public var name: String?
    /// Number of nodes.
    public var nodes: Int
    /// Number of interactions.
    public var interactions: Int
    /// Interactions with a positive sign.
    public var positive: Int
    /// Interactions with a negative sign.
    public var negative: Int
    /// Interactions of unknown sign.
    public var unsigned: Int
    /// Number of references.
    public var references: Int
    /// Nodes per kind, by kind name.
    public var nodesByKind: [String: Int]
    /// Interactions per evidence level, by level name (`unrecorded` for none).
    public var interactionsByEvidence: [String: Int]
    /// Interactions marked necessary.
    public var necessary: Int
    /// Nodes with no interaction.
    public var isolatedNodes: Int

    /// Computes the summary.
    public init(_ graph: PathwayGraph) {
        name = graph.name
        nodes = graph.nodes.count
        interactions = graph.interactionCount
        var positive = 0, negative = 0, unsigned = 0, necessary = 0
        var byEvidence: [String: Int] = [:]
        for record in graph.packed {
            switch record.sign {
            case .positive?: positive += 1
            case .negative?: negative += 1
            case nil: unsigned += 1
            }
            if record.flags & PackedInteraction.necessaryFlag != 0 { necessary += 1 }
            byEvidence[EvidenceLevel.decode(record.evidence)?.rawValue ?? "unrecorded", default: 0] += 1
        }
        (self.positive, self.negative, self.unsigned, self.necessary) = (positive, negative, unsigned, necessary)
        interactionsByEvidence = byEvidence
        nodesByKind = Dictionary(grouping: graph.nodes, by: \.kind.rawValue).mapValues(\.count)
        references = graph.references.count
        isolatedNodes =
            graph.nodes.indices.filter {
                graph.outgoingEdges(of: $0).isEmpty && graph.incomingEdges(of: $0).isEmpty
            }.count
    }
}
