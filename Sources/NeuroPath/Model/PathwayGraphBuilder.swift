import Foundation

/// Collects nodes, interactions and references and produces an immutable ``PathwayGraph``.
///
/// ```swift
/// var builder = PathwayGraphBuilder(name: "toy")
/// let a = try builder.addNode(Node(id: "a", kind: .drug))
/// let b = try builder.addNode(Node(id: "b", kind: .receptor))
/// try builder.addInteraction(Interaction(source: a, target: b, relation: .blocks, evidence: .established))
/// let graph = builder.build()
/// ```
public struct PathwayGraphBuilder: Sendable {
    /// The graph's short name.
    public var name: String?
    /// The graph's title.
    public var title: String?
    /// Where nodes, interactions and references were declared, when read from files.
    public var sourceLocations = GraphSourceLocations()
    /// The question the graph opens with; its nodes must be nodes added to this builder.
    public var question: GraphQuestion?
    /// The graph's classic experiments; their nodes must be nodes added to this builder.
    public var experiments: [ClassicExperiment] = []
    private var nodes: [Node] = []
    private var indexByID: [String: Int32] = [:]
    private var populations: [CellPopulation] = []
    private var references: [Reference] = []
    private var packed: [PackedInteraction] = []
    /// Edge weights, parallel to `packed` once any interaction has one (NaN where none was given).
    private var weights: [Float] = []
    private var annotations: [InteractionAnnotation] = [.empty]
    private var annotationIndex: [InteractionAnnotation: Int32] = [.empty: 0]

    /// Creates an empty builder.
    public init(name: String? = nil, title: String? = nil) {
        self.name = name
        self.title = title
    }

    /// An error raised while building a graph by hand.
    public enum BuildError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
        /// Two nodes share an id.
        case duplicateNode(String)
        /// An interaction names a node index that has not been added (valid: `0..<nodeCount`).
        case unknownNodeIndex(Int, nodeCount: Int)

        /// A message a person can act on.
        public var description: String {
            switch self {
            case .duplicateNode(let id): "a node with id '\(id)' already exists"
            case .unknownNodeIndex(let index, let count):
                "node index \(index) has not been added: \(count) node\(count == 1 ? " has" : "s have") been added so far"
            }
        }

        /// The same as ``description``, for `localizedDescription`.
        public var errorDescription: String? { description }
    }

    /// The number of interactions added so far.
    public var interactionCount: Int { packed.count }

    /// The number of nodes added so far.
    public var nodeCount: Int { nodes.count }

    /// The index of the node with this id, if added.
    public func index(ofID id: String) -> NodeIndex? { indexByID[id].map { NodeIndex(Int($0)) } }

    /// Adds a node and returns its index; throws if the id is taken.
    @discardableResult
    public mutating func addNode(_ node: Node) throws(BuildError) -> NodeIndex {
        guard indexByID[node.id] == nil else { throw .duplicateNode(node.id) }
        return insertNode(node)
    }

    /// The index of the node with this id, adding a node made by `make` when there is none.
    public mutating func nodeIndex(forID id: String, orAdd make: () -> Node) -> NodeIndex {
        if let index = indexByID[id] { return NodeIndex(Int(index)) }
        return insertNode(make())
    }

    private mutating func insertNode(_ node: Node) -> NodeIndex {
        let index = nodes.count
        nodes.append(node)
        indexByID[node.id] = Int32(index)
        return NodeIndex(index)
    }

    /// Adds a declared cell population.
    public mutating func addPopulation(_ population: CellPopulation) { populations.append(population) }

    /// Adds a reference.
    public mutating func addReference(_ reference: Reference) { references.append(reference) }

    /// Adds an interaction between nodes already added.
    public mutating func addInteraction(_ interaction: Interaction) throws(BuildError) {
        try checkNodes(interaction.source, interaction.target)
        addChecked(interaction)
    }

    private func checkNodes(_ indices: NodeIndex...) throws(BuildError) {
        for index in indices where !nodes.indices.contains(index.rawValue) {
            throw .unknownNodeIndex(index.rawValue, nodeCount: nodes.count)
        }
    }

    /// Adds an interaction whose nodes the caller (a parser) has already added, with its weight if it has one.
    mutating func addChecked(_ interaction: Interaction, weight: Float? = nil) {
        assert(
            nodes.indices.contains(interaction.source.rawValue) && nodes.indices.contains(interaction.target.rawValue))
        let annotation = InteractionAnnotation(
            references: interaction.references, context: interaction.context, note: interaction.note)
        let annotationID: Int32
        if let existing = annotationIndex[annotation] {
            annotationID = existing
        } else {
            annotationID = Int32(annotations.count)
            annotations.append(annotation)
            annotationIndex[annotation] = annotationID
        }
        appendWeight(weight)
        packed.append(
            PackedInteraction(
                source: Int32(interaction.source.rawValue), target: Int32(interaction.target.rawValue),
                annotation: annotationID,
                relation: interaction.relation.code, evidence: interaction.evidence?.code ?? 0,
                timescale: interaction.timescale?.code ?? 0,
                flags: PackedInteraction.flags(of: interaction)))
    }

    /// Adds an interaction with no references, context or note: the fast path for importing large networks.
    public mutating func addInteraction(
        source: NodeIndex, target: NodeIndex, relation: Relation, weight: Float? = nil
    ) throws(BuildError) {
        try checkNodes(source, target)
        addChecked(source: source.rawValue, target: target.rawValue, relation: relation, weight: weight)
    }

    /// Sets the kind of the node at `index` (a table's type columns name kinds of nodes already added).
    mutating func setKind(_ kind: NodeKind, of index: NodeIndex) { nodes[index.rawValue].kind = kind }

    /// ``addInteraction(source:target:relation:weight:)`` for importers that have already added both nodes.
    mutating func addChecked(source: Int, target: Int, relation: Relation, weight: Float? = nil) {
        assert(nodes.indices.contains(source) && nodes.indices.contains(target))
        appendWeight(weight)
        packed.append(
            PackedInteraction(
                source: Int32(source), target: Int32(target), annotation: 0, relation: relation.code, evidence: 0,
                timescale: 0, flags: 0))
    }

    /// Records the weight of the interaction about to be appended (NaN for none, once any interaction has one).
    private mutating func appendWeight(_ weight: Float?) {
        if let weight {
            if weights.count < packed.count { weights += repeatElement(.nan, count: packed.count - weights.count) }
            weights.append(weight)
        } else if !weights.isEmpty {
            weights.append(.nan)
        }
    }

    /// Reserves room for `count` more interactions.
    public mutating func reserveInteractions(_ count: Int) { packed.reserveCapacity(packed.count + count) }

    /// Reserves room for `count` more nodes.
    public mutating func reserveNodes(_ count: Int) {
        nodes.reserveCapacity(nodes.count + count)
        indexByID.reserveCapacity(nodes.count + count)
    }

    /// The finished graph. The nodes of ``question`` and ``experiments`` must be nodes of this builder (it traps
    /// otherwise, as an index out of range does).
    public func build() -> PathwayGraph {
        let named =
            (question.map { [$0.from, $0.to] } ?? [])
            + experiments.flatMap { $0.activate + $0.knockout + $0.expectations.map(\.node) }
        precondition(named.allSatisfy { nodes.indices.contains($0.rawValue) }, "a node index out of range")
        return PathwayGraph(
            name: name, title: title, nodes: nodes, populations: populations, references: references,
            packed: packed, annotations: annotations, indexByID: indexByID,
            weights: weights.isEmpty ? nil : weights + repeatElement(.nan, count: packed.count - weights.count),
            sourceLocations: sourceLocations, question: question, experiments: experiments)
    }
}
