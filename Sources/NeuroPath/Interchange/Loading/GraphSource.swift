/// Where a graph comes from: one of the graphs bundled in the library, or a file.
///
/// Command lines and web forms give a graph as one string; ``init(argument:)`` reads it by one documented rule,
/// so a file never hides a bundled graph by accident (nor the other way round):
///
/// - `bundled:NAME` is always the bundled graph `NAME`;
/// - a bare name, without `/` and without a `.` (`ketamine`), is a bundled graph when one has that name;
/// - everything else is a file path (`ketamine.npath`, `./ketamine`, `data/net.tsv.gz`).
public enum GraphSource: Sendable, Hashable, CustomStringConvertible {
    /// A bundled graph, by name (see ``BundledGraphs/names``).
    case bundled(String)
    /// A file, by path.
    case file(String)

    /// The prefix that names a bundled graph explicitly.
    public static let bundledPrefix = "bundled:"

    /// The bundled ketamine graph.
    public static let ketamine = GraphSource.bundled("ketamine")

    /// Reads a graph argument by the rule above.
    public init(argument: String) {
        if argument.hasPrefix(Self.bundledPrefix) {
            self = .bundled(String(argument.dropFirst(Self.bundledPrefix.count)))
        } else if Self.isBareName(argument), BundledGraphs.names.contains(argument) {
            self = .bundled(argument)
        } else {
            self = .file(argument)
        }
    }

    /// Whether `argument` has no `/` and no `.`: a name rather than a path.
    static func isBareName(_ argument: String) -> Bool {
        !argument.isEmpty && !argument.contains("/") && !argument.contains(".")
    }

    /// `bundled:NAME` or the path.
    public var description: String {
        switch self {
        case .bundled(let name): Self.bundledPrefix + name
        case .file(let path): path
        }
    }
}
