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
    /// By node index.
    public var nodes: [Int: SourceLocation] = [:]
    /// By interaction index.
    public var interactions: [Int: SourceLocation] = [:]
    /// By reference key.
    public var references: [String: SourceLocation] = [:]

    /// No locations.
    public init() {}

    /// Whether nothing is recorded.
    public var isEmpty: Bool { nodes.isEmpty && interactions.isEmpty && references.isEmpty }
}
