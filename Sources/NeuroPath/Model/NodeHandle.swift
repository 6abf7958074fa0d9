/// A node as query results name it: its index in the graph (for further queries) and its id (for people and
/// JSON). Encodes as the id alone.
public struct NodeHandle: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The node's index in ``PathwayGraph/nodes``.
    public let index: NodeIndex
    /// The node's id.
    public let id: String

    /// The handle of the node at `index` in `graph`, or ``QueryError/nodeOutOfRange(index:nodeCount:)``: a handle
    /// always names a node of the graph it was made from.
    public init(_ index: NodeIndex, in graph: PathwayGraph) throws(QueryError) {
        self = try graph.node(at: index)
    }

    /// The handle of the node of this id in `graph`, or `nil` when it has none.
    public init?(id: String, in graph: PathwayGraph) {
        guard let index = graph.index(ofID: id) else { return nil }
        self.init(index: index, id: id)
    }

    /// A handle the library made from its own index.
    init(index: NodeIndex, id: String) {
        self.index = index
        self.id = id
    }

    /// The id.
    public var description: String { id }

    /// Encodes the id as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }

    /// Decodes an id as the node of that id in the graph being decoded against (see ``PathwayJSONDecoder``).
    public init(from decoder: any Decoder) throws {
        let graph = try decoder.pathwayGraph()
        let id = try decoder.singleValueContainer().decode(String.self)
        guard let index = graph.index(ofID: id) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "no node '\(id)' in \(graph.name.map { "graph '\($0)'" } ?? "this graph"): "
                        + "the answer was computed on another graph"))
        }
        self.init(index: index, id: id)
    }
}

extension PathwayGraph {
    /// The handle of the node at `index`, which must be a valid index (results make them from their own nodes).
    package func handle(_ index: Int) -> NodeHandle { NodeHandle(index: NodeIndex(index), id: nodes[index].id) }

    /// The handle of the node at `index`, or ``QueryError/nodeOutOfRange(index:nodeCount:)``.
    public func node(at index: NodeIndex) throws(QueryError) -> NodeHandle {
        try checkNodes(CollectionOfOne(index.rawValue))
        return handle(index.rawValue)
    }
}
