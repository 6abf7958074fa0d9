/// Where something was declared in a graph file, for messages about it.
public struct SourceLocation: Sendable, Hashable {
    /// The file, as named in diagnostics.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// The text of the line.
    public var text: String

    /// Creates a location.
    public init(file: String, line: Int, column: Int, text: String) {
        self.file = file
        self.line = line
        self.column = column
        self.text = text
    }
}

/// The declaration sites of a graph read from `.npath` files (empty for imported networks).
public struct GraphSourceLocations: Sendable {
    /// By node position.
    package var nodes: [Int: SourceLocation] = [:]
    /// By interaction position.
    package var interactions: [Int: SourceLocation] = [:]
    /// By reference key.
    public var references: [String: SourceLocation] = [:]

    /// No locations.
    public init() {}

    /// Where `node` was declared, if it was read from a `.npath` file.
    public func location(of node: NodeIndex) -> SourceLocation? { nodes[node.rawValue] }

    /// Where `interaction` was written, if it was read from a `.npath` file.
    public func location(of interaction: InteractionIndex) -> SourceLocation? { interactions[interaction.rawValue] }

    /// Whether nothing is recorded.
    public var isEmpty: Bool { nodes.isEmpty && interactions.isEmpty && references.isEmpty }
}
