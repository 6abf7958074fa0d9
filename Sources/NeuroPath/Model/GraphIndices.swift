/// A position in one of a graph's tables: what ``NodeIndex`` and ``InteractionIndex`` share. They are two types,
/// so that the compiler refuses one where the other is meant; both encode as the bare number.
public protocol GraphIndex: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible
where RawValue == Int {
    /// The index at position `rawValue`.
    init(rawValue: Int)
}

extension GraphIndex {
    /// The index at position `rawValue`.
    public init(_ rawValue: Int) { self.init(rawValue: rawValue) }

    /// Orders by position.
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// The position, as a number.
    public var description: String { String(rawValue) }
}

/// The place of a node in ``PathwayGraph/nodes``: what queries take and results give back, so that a node
/// cannot be passed where an interaction is meant.
///
/// Indices come from the graph (``PathwayGraph/index(ofID:)``, ``PathwayGraph/resolve(_:)``, results); one
/// made from a bare integer is checked by every query, which throws ``QueryError/nodeOutOfRange(index:nodeCount:)``
/// for a value the graph does not have.
public struct NodeIndex: GraphIndex {
    /// The position in ``PathwayGraph/nodes``.
    public let rawValue: Int

    /// The index at position `rawValue`.
    public init(rawValue: Int) { self.rawValue = rawValue }
}

/// The place of an interaction in a ``PathwayGraph`` (declaration order, `0..<interactionCount`): what paths are
/// made of, so that an interaction cannot be passed where a node is meant.
///
/// Indices come from the graph (``PathwayGraph/outgoingInteractions(of:)``, ``CausalPath/interactions``); one
/// made from a bare integer is checked by ``CausalPath/init(interactions:in:)`` and
/// ``PathwayGraph/checkedInteraction(at:)``, which throw for a value the graph does not have.
public struct InteractionIndex: GraphIndex {
    /// The position among the graph's interactions.
    public let rawValue: Int

    /// The index at position `rawValue`.
    public init(rawValue: Int) { self.rawValue = rawValue }
}
