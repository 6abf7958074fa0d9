/// A simple path through the graph: a sequence of interactions, each starting where the previous one ended,
/// never visiting a node twice. Parallel interactions make distinct paths.
public struct CausalPath: Sendable, Hashable {
    /// Indices of the interactions, in order.
    public let interactions: [Int]
    /// Indices of the nodes, in order (one more than the interactions).
    public let nodes: [Int]
    /// The product of the interactions' signs; `nil` when a step's sign is unknown.
    public let sign: Sign?
    /// The product of the interactions' evidence confidences (``EvidenceLevel/confidence``).
    public let confidence: Double

    /// The number of interactions.
    public var length: Int { interactions.count }

    /// Builds the path made of `interactions` (which must be consecutive and signed).
    public init(interactions: [Int], in graph: PathwayGraph) {
        self.interactions = interactions
        var nodes: [Int] = []
        nodes.reserveCapacity(interactions.count + 1)
        var sign: Sign? = .positive
        var confidence = 1.0
        for (offset, edge) in interactions.enumerated() {
            if offset == 0 { nodes.append(graph.sourceIndex(edge)) }
            nodes.append(graph.targetIndex(edge))
            sign = graph.sign(of: edge).flatMap { step in sign.map { $0 * step } }
            confidence *= graph.evidence(of: edge)?.confidence ?? EvidenceLevel.unrecordedConfidence
        }
        self.nodes = nodes
        self.sign = sign
        self.confidence = confidence
    }

    /// The result order of `trace`: shorter first, then more confident, then by interaction indices.
    public static func precedes(_ a: CausalPath, _ b: CausalPath) -> Bool {
        if a.length != b.length { return a.length < b.length }
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        return a.interactions.lexicographicallyPrecedes(b.interactions)
    }
}

extension PathwayGraph {
    /// The path as one line with arrows that show sign: `Ketamine ─┤ NMDA receptor (interneuron) → …` (`─`
    /// for a step of unknown sign).
    public func describe(_ path: CausalPath) -> String {
        var text = path.nodes.first.map { nodes[$0].displayName } ?? ""
        for edge in path.interactions {
            switch sign(of: edge) {
            case .positive?: text += " → "
            case .negative?: text += " ─┤ "
            case nil: text += " ─ "
            }
            text += nodes[targetIndex(edge)].displayName
        }
        return text
    }
}
