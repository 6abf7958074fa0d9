/// The place of a node in ``PathwayGraph/nodes``: what queries take and results give back, so that a node
/// cannot be passed where an interaction is meant.
///
/// Indices come from the graph (``PathwayGraph/index(ofID:)``, ``PathwayGraph/resolve(_:)``, results); one
/// made from a bare integer is checked by every query, which throws ``QueryError/nodeOutOfRange(index:nodeCount:)``
/// for a value the graph does not have.
public struct NodeIndex: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The position in ``PathwayGraph/nodes``.
    public let rawValue: Int

    /// The index at position `rawValue`.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The index at position `rawValue`.
    public init(_ rawValue: Int) { self.rawValue = rawValue }

    /// Orders by position.
    public static func < (a: NodeIndex, b: NodeIndex) -> Bool { a.rawValue < b.rawValue }

    /// The position, as a number.
    public var description: String { String(rawValue) }

    /// Encodes the position as a number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Decodes a number.
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(Int.self) }
}

/// The place of an interaction in a ``PathwayGraph`` (declaration order, `0..<interactionCount`): what paths are
/// made of, so that an interaction cannot be passed where a node is meant.
///
/// Indices come from the graph (``PathwayGraph/outgoingInteractions(of:)``, ``CausalPath/interactions``); one
/// made from a bare integer is checked by ``CausalPath/init(interactions:in:)`` and
/// ``PathwayGraph/checkedInteraction(at:)``, which throw for a value the graph does not have.
public struct InteractionIndex: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The position among the graph's interactions.
    public let rawValue: Int

    /// The index at position `rawValue`.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The index at position `rawValue`.
    public init(_ rawValue: Int) { self.rawValue = rawValue }

    /// Orders by position.
    public static func < (a: InteractionIndex, b: InteractionIndex) -> Bool { a.rawValue < b.rawValue }

    /// The position, as a number.
    public var description: String { String(rawValue) }

    /// Encodes the position as a number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Decodes a number.
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(Int.self) }
}
