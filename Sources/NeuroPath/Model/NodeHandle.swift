/// A node as query results name it: its index in the graph (for further queries) and its id (for people and
/// JSON). Encodes as the id alone.
public struct NodeHandle: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The node's index in ``PathwayGraph/nodes``.
    public var index: Int
    /// The node's id.
    public var id: String

    /// Creates a handle; ``PathwayGraph/node(at:)`` makes one from an index, checking it.
    public init(index: Int, id: String) {
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
    func handle(_ index: Int) -> NodeHandle { NodeHandle(index: index, id: nodes[index].id) }

    /// The handle of the node at `index`, or ``QueryError/nodeOutOfRange(index:nodeCount:)``.
    public func node(at index: Int) throws(QueryError) -> NodeHandle {
        try checkNodes(CollectionOfOne(index))
        return handle(index)
    }
}
