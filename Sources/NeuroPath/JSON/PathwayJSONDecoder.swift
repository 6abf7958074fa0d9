import Foundation

/// Reads NeuroPath's JSON (`Docs/cli.md`: what `neuropath … --json` prints and `neuropath serve` answers) back
/// into the library's own result types.
///
/// Results name nodes by id and interactions by index, so they are read against the graph they were computed
/// on: every id must be a node of it and every step an interaction of it that joins the nodes the JSON says.
/// An answer from another graph, or one edited by hand into something no query could return, is a
/// `DecodingError` that says which node or step does not fit.
///
/// ```swift
/// let graph = try GraphLoader().load(.ketamine)
/// let (body, _) = try await URLSession.shared.data(from: server.appending(path: "api/graphs/ketamine/trace")
///     .appending(queryItems: [.init(name: "from", value: "ketamine"), .init(name: "to", value: "BDNF")]))
/// let result = try PathwayJSONDecoder(graph: graph).decode(PathQuery.Result.self, from: body)
/// ```
///
/// Types that name no node (``ErrorReport``, ``Quiz``, ``GraphSummary``, ``GraphStatistics``) also decode with
/// Foundation's `JSONDecoder` alone.
public struct PathwayJSONDecoder: Sendable {
    /// The graph the results were computed on.
    public let graph: PathwayGraph

    /// A decoder for results computed on `graph`.
    public init(graph: PathwayGraph) { self.graph = graph }

    /// The value of type `type` that `data` holds.
    public func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        let decoder = JSONDecoder()
        decoder.userInfo[.pathwayGraph] = graph
        return try decoder.decode(type, from: data)
    }

    /// The value of type `type` that `text` holds.
    public func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        try decode(type, from: Data(text.utf8))
    }
}

extension CodingUserInfoKey {
    /// The ``PathwayGraph`` that results being decoded were computed on; ``PathwayJSONDecoder`` sets it, and a
    /// `JSONDecoder` of one's own may set it instead.
    public static let pathwayGraph = CodingUserInfoKey(rawValue: "NeuroPath.PathwayGraph")!
}

extension Decoder {
    /// The graph results are read against, or an error that says how to give one.
    func pathwayGraph() throws -> PathwayGraph {
        guard let graph = userInfo[.pathwayGraph] as? PathwayGraph else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath,
                    debugDescription: "results name nodes of a graph: decode them with PathwayJSONDecoder(graph:), "
                        + "giving the graph they were computed on"))
        }
        return graph
    }
}

extension KeyedDecodingContainer {
    /// The value at `key` as one of `type`'s raw values, or an error listing them.
    func decode<Value: RawRepresentable & CaseIterable>(raw type: Value.Type, forKey key: Key) throws -> Value
    where Value.RawValue == String {
        let text = try decode(String.self, forKey: key)
        guard let value = Value(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: "'\(text)' is not one of "
                    + Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))
        }
        return value
    }

    /// The value at `key` as one of `type`'s raw values, `nil` when it is `null` or absent.
    func decodeIfPresent<Value: RawRepresentable & CaseIterable>(raw type: Value.Type, forKey key: Key) throws
        -> Value?
    where Value.RawValue == String {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decode(raw: type, forKey: key)
    }
}
