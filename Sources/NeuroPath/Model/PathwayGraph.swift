/// An immutable, directed, signed multigraph of pathway entities and their interactions.
///
/// A `PathwayGraph` is a value: built once (by ``PathwayGraphBuilder``, a parser or an importer) and then read
/// by any number of queries concurrently. Node ids are interned to integer indices; adjacency is kept as
/// compressed arrays in both directions, so walking the neighbours of a node costs no lookups by name.
///
/// ```swift
/// let graph = try GraphLoader().load(.ketamine)
/// let ketamine = try graph.resolve("ketamine")
/// let effect = try graph.resolve("antidepressant effect")
/// let result = try PathQuery(from: ketamine, to: effect).run(on: graph)
/// print(result.paths.first.map(graph.describe) ?? "no path")
/// ```
public struct PathwayGraph: Sendable {
    /// A short machine name, e.g. `ketamine`.
    public let name: String?
    /// A human-readable title.
    public let title: String?
    /// Every node, indexed by the integers used throughout the query API.
    public let nodes: [Node]
    /// Declared cell populations and compartments.
    public let populations: [CellPopulation]
    /// Bibliographic references in declaration order.
    public let references: [Reference]
    /// Where things were declared, for graphs read from `.npath` files.
    public let sourceLocations: GraphSourceLocations
    /// The question the graph opens with, when it declares one (``suggestedQuestion`` always has one).
    public let question: GraphQuestion?
    /// The classic experiments the graph declares, in declaration order.
    public let experiments: [ClassicExperiment]

    let packed: [PackedInteraction]
    let annotations: [InteractionAnnotation]
    /// Edge weights from weighted networks (PathLinker), parallel to `packed`; `nil` when there are none.
    let weights: [Float]?
    let indexByID: [String: Int32]
    let referenceIndexByKey: [String: Int]
    /// Nodes by every normalised name (id, label, synonyms); see ``NodeNameMatcher``.
    let nodesByNormalizedName: [String: NodeNameMatcher.Matches]
    /// `outgoing[outOffsets[v]..<outOffsets[v+1]]` are the indices of the interactions leaving node `v`.
    let outOffsets: [Int32]
    let outgoing: [Int32]
    /// `incoming[inOffsets[v]..<inOffsets[v+1]]` are the indices of the interactions entering node `v`.
    let inOffsets: [Int32]
    let incoming: [Int32]

    init(
        name: String?, title: String?, nodes: [Node], populations: [CellPopulation], references: [Reference],
        packed: [PackedInteraction], annotations: [InteractionAnnotation], indexByID: [String: Int32],
        weights: [Float]? = nil,
        sourceLocations: GraphSourceLocations = GraphSourceLocations(), question: GraphQuestion? = nil,
        experiments: [ClassicExperiment] = []
    ) {
        self.question = question
        self.experiments = experiments
        self.weights = weights
        self.sourceLocations = sourceLocations
        self.name = name
        self.title = title
        self.nodes = nodes
        self.populations = populations
        self.references = references
        self.packed = packed
        self.annotations = annotations
        self.indexByID = indexByID
        self.referenceIndexByKey = Dictionary(
            references.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        // The name index and the adjacency are independent: on a large graph they are built on two cores.
        let names = { Self.nameIndex(of: nodes) }
        let adjacency = {
            (
                Self.compressedAdjacency(count: nodes.count, packed.map(\.source)),
                Self.compressedAdjacency(count: nodes.count, packed.map(\.target))
            )
        }
        let (byName, (out, into)) =
            packed.count >= Self.concurrentBuildThreshold ? concurrently(names, adjacency) : (names(), adjacency())
        self.nodesByNormalizedName = byName
        (outOffsets, outgoing) = out
        (inOffsets, incoming) = into
    }

    /// From this many interactions on, building a graph uses two cores.
    static let concurrentBuildThreshold = 100_000

    /// Nodes by every normalised name: id, label, synonyms.
    private static func nameIndex(of nodes: [Node]) -> [String: NodeNameMatcher.Matches] {
        var byName = [String: NodeNameMatcher.Matches](minimumCapacity: nodes.count)
        for (index, node) in nodes.enumerated() {
            let id = NodeNameMatcher.normalize(node.id)
            byName[id, default: .none].append(Int32(index))
            // Imported nodes have only an id: no set, no second lookup.
            guard node.label != node.id || !node.synonyms.isEmpty else { continue }
            var others = Set<String>()
            if node.label != node.id { others.insert(NodeNameMatcher.normalize(node.label)) }
            for synonym in node.synonyms { others.insert(NodeNameMatcher.normalize(synonym)) }
            others.remove(id)
            for name in others { byName[name, default: .none].append(Int32(index)) }
        }
        return byName
    }

    /// Counting sort of interaction indices by their endpoint: offsets of length `count + 1` and the indices.
    private static func compressedAdjacency(count: Int, _ endpoints: [Int32]) -> ([Int32], [Int32]) {
        var offsets = [Int32](repeating: 0, count: count + 1)
        for endpoint in endpoints { offsets[Int(endpoint) + 1] += 1 }
        for index in 0..<count { offsets[index + 1] += offsets[index] }
        var cursor = offsets
        var order = [Int32](repeating: 0, count: endpoints.count)
        for edge in endpoints.indices {
            let endpoint = Int(endpoints[edge])
            order[Int(cursor[endpoint])] = Int32(edge)
            cursor[endpoint] += 1
        }
        return (offsets, order)
    }

    /// The number of interactions.
    public var interactionCount: Int { packed.count }

    /// Bytes held by the graph's arrays: interactions, adjacency in both directions, weights, annotations, node
    /// records and the id index, without the text of ids, labels and other strings.
    package var storageBytes: Int {
        packed.capacity * MemoryLayout<PackedInteraction>.stride
            + (outgoing.capacity + incoming.capacity + outOffsets.capacity + inOffsets.capacity) * 4
            + (weights?.capacity ?? 0) * 4 + annotations.capacity * MemoryLayout<InteractionAnnotation>.stride
            + nodes.capacity * MemoryLayout<Node>.stride
            + indexByID.capacity * (MemoryLayout<String>.stride + 4) + nodesByNormalizedName.capacity * 40
    }

    /// The index of the node with exactly this id.
    public func index(ofID id: String) -> NodeIndex? { indexByID[id].map { NodeIndex(Int($0)) } }

    /// Every node's index, in order.
    public var nodeIndices: [NodeIndex] { nodes.indices.map { NodeIndex($0) } }

    /// Every interaction's index, in declaration order.
    public var interactionIndices: [InteractionIndex] { packed.indices.map { InteractionIndex($0) } }

    /// Whether `node` is an index of this graph.
    public func contains(_ node: NodeIndex) -> Bool { nodes.indices.contains(node.rawValue) }

    /// Whether `interaction` is an index of this graph.
    public func contains(_ interaction: InteractionIndex) -> Bool { packed.indices.contains(interaction.rawValue) }

    // The accessors below take indices as an array subscript does: an index of this graph (from the graph, a
    // query or a result). Another value traps, as `nodes[-1]` would. An index that comes from outside (a request,
    // a file, a number typed by a user) is checked first with `contains(_:)`, `node(at:)` or
    // `checkedInteraction(at:)`, which throw typed errors; every query checks the indices it is given.

    /// The node at `index`, which must be an index of this graph (see ``contains(_:)-(NodeIndex)``).
    public subscript(index: NodeIndex) -> Node { nodes[index.rawValue] }

    /// The interaction at `index`, materialised with its references and context; `index` must be an index of
    /// this graph (``checkedInteraction(at:)`` checks one that comes from outside).
    public func interaction(at index: InteractionIndex) -> Interaction { interaction(at: index.rawValue) }

    /// The interaction at `index`, or ``PathError/interactionOutOfRange(index:interactionCount:)``.
    public func checkedInteraction(at index: InteractionIndex) throws(PathError) -> Interaction {
        guard contains(index) else {
            throw .interactionOutOfRange(index: index.rawValue, interactionCount: interactionCount)
        }
        return interaction(at: index.rawValue)
    }

    /// The interaction at position `index`: the engine's untyped view, for this package's modules.
    package func interaction(at index: Int) -> Interaction {
        let record = packed[index]
        let annotation = annotations[Int(record.annotation)]
        return Interaction(
            source: NodeIndex(Int(record.source)), target: NodeIndex(Int(record.target)),
            relation: Relation.decode(record.relation), evidence: EvidenceLevel.decode(record.evidence),
            references: annotation.references, context: annotation.context,
            timescale: Timescale.decode(record.timescale),
            isNecessary: record.flags & PackedInteraction.necessaryFlag != 0,
            isPartlyNecessary: record.flags & PackedInteraction.partlyNecessaryFlag != 0, note: annotation.note)
    }

    /// Every interaction, in declaration order.
    public var interactions: [Interaction] { (0..<packed.count).map(interaction(at:)) }

    /// The interactions leaving `node`, which must be an index of this graph.
    public func outgoingInteractions(of node: NodeIndex) -> [InteractionIndex] {
        outgoingEdges(of: node.rawValue).map { InteractionIndex(Int($0)) }
    }

    /// The interactions entering `node`, which must be an index of this graph.
    public func incomingInteractions(of node: NodeIndex) -> [InteractionIndex] {
        incomingEdges(of: node.rawValue).map { InteractionIndex(Int($0)) }
    }

    /// Indices of the interactions leaving node `node`: the engine's view, without a copy.
    package func outgoingEdges(of node: Int) -> ArraySlice<Int32> {
        outgoing[Int(outOffsets[node])..<Int(outOffsets[node + 1])]
    }

    /// Indices of the interactions entering node `node`.
    package func incomingEdges(of node: Int) -> ArraySlice<Int32> {
        incoming[Int(inOffsets[node])..<Int(inOffsets[node + 1])]
    }

    /// The source node of `interaction`, which must be an index of this graph.
    public func source(of interaction: InteractionIndex) -> NodeIndex { NodeIndex(sourceIndex(interaction.rawValue)) }
    /// The target node of `interaction`, which must be an index of this graph.
    public func target(of interaction: InteractionIndex) -> NodeIndex { NodeIndex(targetIndex(interaction.rawValue)) }
    /// The sign of `interaction` (an index of this graph), `nil` for an association of unknown sign.
    public func sign(of interaction: InteractionIndex) -> Sign? { packed[interaction.rawValue].sign }
    /// The evidence level of `interaction`, an index of this graph.
    public func evidence(of interaction: InteractionIndex) -> EvidenceLevel? { evidence(of: interaction.rawValue) }
    package func evidence(of index: Int) -> EvidenceLevel? { EvidenceLevel.decode(packed[index].evidence) }

    /// Whether some interaction's context names `context` (a species, region or cell population), as
    /// ``PathFilter/context`` matches it: a context that none names would keep no interaction at all.
    public func hasInteraction(inContext context: String) -> Bool {
        annotations.contains { $0.context.matches(context) }
    }

    package func sourceIndex(_ index: Int) -> Int { Int(packed[index].source) }
    package func targetIndex(_ index: Int) -> Int { Int(packed[index].target) }

    /// The weight of `interaction` (an index of this graph) in a weighted network (PathLinker's edge weight), if
    /// it has one.
    public func weight(of interaction: InteractionIndex) -> Float? { weight(of: interaction.rawValue) }
    package func weight(of index: Int) -> Float? {
        guard let weight = weights?[index], !weight.isNaN else { return nil }
        return weight
    }

    /// The reference with this key.
    public func reference(forKey key: String) -> Reference? {
        referenceIndexByKey[key].map { references[$0] }
    }

    /// An empty graph.
    public static let empty = PathwayGraphBuilder().build()
}
