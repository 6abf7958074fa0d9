import Foundation

/// A simple path through the graph: a sequence of interactions, each starting where the previous one ended,
/// never visiting a node twice (a feedback loop returns to its first node once). Parallel interactions make
/// distinct paths.
///
/// A path is a value that stands on its own: besides the indices, it carries each step's ids, relation,
/// evidence, references, timescale and species, so it can be encoded (in the `PATH` shape of `Docs/cli.md`),
/// stored and shown without the graph it came from.
public struct CausalPath: Sendable, Hashable, Identifiable {
    /// One interaction of a path, as it was in the graph.
    public struct Step: Sendable, Hashable {
        /// The interaction's index in the graph.
        public var interaction: InteractionIndex
        /// The source node's id.
        public var source: String
        /// The target node's id.
        public var target: String
        /// What the source does to the target.
        public var relation: Relation
        /// The evidence level, if recorded.
        public var evidence: EvidenceLevel?
        /// Keys into the graph's reference list.
        public var references: [String]
        /// How long the effect takes, if recorded.
        public var timescale: Timescale?
        /// The systems it was observed in.
        public var species: [Species]
        /// Whether the target cannot respond without this input.
        public var isNecessary: Bool

        /// The relation's sign, `nil` for an association of unknown sign.
        public var sign: Sign? { relation.sign }
    }

    /// Indices of the interactions, in order.
    public let interactions: [InteractionIndex]
    /// The path's identity in its graph: its interactions (two paths through the same interactions are one).
    public var id: [InteractionIndex] { interactions }
    /// Indices of the nodes, in order (one more than the interactions).
    public let nodes: [NodeIndex]
    /// Ids of the nodes, in order.
    public let nodeIDs: [String]
    /// The steps, in order.
    public let steps: [Step]
    /// The product of the interactions' signs; `nil` when a step's sign is unknown.
    public let sign: Sign?
    /// The product of the interactions' evidence confidences (``EvidenceLevel/confidence``).
    public let confidence: Double

    /// The number of interactions.
    public var length: Int { interactions.count }

    /// Builds the path made of `interactions`, checking that each is an interaction of `graph`, that they join
    /// end to start, and that no node repeats (except that a loop may end where it began).
    public init(interactions: [InteractionIndex], in graph: PathwayGraph) throws(PathError) {
        guard !interactions.isEmpty else { throw .empty }
        let interactions = interactions.map(\.rawValue)
        var seen = Set<Int>()
        for (offset, edge) in interactions.enumerated() {
            guard (0..<graph.interactionCount).contains(edge) else {
                throw .interactionOutOfRange(index: edge, interactionCount: graph.interactionCount)
            }
            let source = graph.sourceIndex(edge)
            if offset == 0 { seen.insert(source) }
            if offset > 0, graph.targetIndex(interactions[offset - 1]) != source {
                throw .disconnected(step: offset)
            }
            let target = graph.targetIndex(edge)
            let closesLoop = offset == interactions.count - 1 && target == graph.sourceIndex(interactions[0])
            guard seen.insert(target).inserted || closesLoop else {
                throw .repeatsNode(graph.nodes[target].id)
            }
        }
        self.init(checked: interactions, in: graph)
    }

    /// Builds a path the engine found (consecutive, valid indices).
    init(checked interactions: [Int], in graph: PathwayGraph) {
        self.interactions = interactions.map { InteractionIndex($0) }
        var nodes: [NodeIndex] = []
        nodes.reserveCapacity(interactions.count + 1)
        var steps: [Step] = []
        steps.reserveCapacity(interactions.count)
        var sign: Sign? = .positive
        var confidence = 1.0
        for (offset, edge) in interactions.enumerated() {
            let interaction = graph.interaction(at: edge)
            if offset == 0 { nodes.append(interaction.source) }
            nodes.append(interaction.target)
            sign = interaction.sign.flatMap { step in sign.map { $0 * step } }
            confidence *= interaction.evidence?.confidence ?? EvidenceLevel.unrecordedConfidence
            steps.append(
                Step(
                    interaction: InteractionIndex(edge), source: graph[interaction.source].id,
                    target: graph[interaction.target].id, relation: interaction.relation,
                    evidence: interaction.evidence, references: interaction.references,
                    timescale: interaction.timescale, species: interaction.context.species,
                    isNecessary: interaction.isNecessary))
        }
        self.nodes = nodes
        self.nodeIDs = nodes.map { graph[$0].id }
        self.steps = steps
        self.sign = sign
        self.confidence = confidence
    }

    /// The `--order steps` order: shorter first, then more confident, then by interaction indices.
    public static func precedes(_ a: CausalPath, _ b: CausalPath) -> Bool {
        PathCandidate.precedes(
            (a.length, a.confidence, a.interactions), (b.length, b.confidence, b.interactions))
    }

    /// The default order of `trace`, `effect` and `explain`: more confident first, then shorter, then by
    /// interaction indices.
    public static func isMoreConfident(_ a: CausalPath, than b: CausalPath) -> Bool {
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        return precedes(a, b)
    }
}

/// Why a list of interactions is not a path.
public enum PathError: Error, Sendable, Equatable {
    /// No interactions at all.
    case empty
    /// An interaction index the graph does not have.
    case interactionOutOfRange(index: Int, interactionCount: Int)
    /// Step `step` (0-based) does not start where the one before it ended.
    case disconnected(step: Int)
    /// The path visits this node twice.
    case repeatsNode(String)
    /// The path's interactions exist in this graph but join other nodes: it was found in another graph.
    case fromAnotherGraph
}

extension PathError: CustomStringConvertible, LocalizedError {
    /// A message a person can act on.
    public var description: String {
        switch self {
        case .empty: "a path needs at least one interaction"
        case .interactionOutOfRange(let index, let count):
            "interaction index \(index) is out of range: this graph's interactions are numbered 0 to \(count - 1)"
        case .disconnected(let step): "step \(step + 1) does not start where step \(step) ends"
        case .repeatsNode(let id): "the path visits '\(id)' twice; a causal path is simple"
        case .fromAnotherGraph: "the path belongs to another graph: its interactions join other nodes here"
        }
    }

    /// The same as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }
}

extension PathwayGraph {
    /// The path as one line with arrows that show sign: `Ketamine ─┤ NMDA receptor (interneuron) → …` (`─`
    /// for a step of unknown sign). Node names are this graph's display names.
    public func describe(_ path: CausalPath) -> String {
        var text = path.nodeIDs.first.map(displayName(ofID:)) ?? ""
        for step in path.steps {
            switch step.sign {
            case .positive?: text += " → "
            case .negative?: text += " ─┤ "
            case nil: text += " ─ "
            }
            text += displayName(ofID: step.target)
        }
        return text
    }

    private func displayName(ofID id: String) -> String { index(ofID: id).map { self[$0].displayName } ?? id }
}
