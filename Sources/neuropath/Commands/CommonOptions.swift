import ArgumentParser
import Foundation
import NeuroPath
import NeuroPathCompression

/// `--graph FILE|NAME`: which graph to query; the bundled ketamine graph by default.
struct GraphOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A graph file in any format --graph-format names (optionally .gz), a bundled graph's name, or "
                + "bundled:NAME.",
            discussion: "The format is told by the file's extension, then by its content. A bare name without '/' "
                + "or '.' is a bundled graph when one has that name; write ./NAME for a file of that name.",
            valueName: "file|name"),
        completion: .file())
    var graph: String?

    @OptionGroup var reading: GraphReadingOptions

    /// Where the graph comes from, by the rule of ``GraphSource/init(argument:)``; the bundled ketamine graph
    /// when `--graph` is not given.
    var source: GraphSource { source(defaultingTo: .ketamine) }

    /// Where the graph comes from; `fallback` when `--graph` is not given.
    func source(defaultingTo fallback: GraphSource) -> GraphSource {
        graph.map(GraphSource.init(argument:)) ?? fallback
    }

    /// How the graph is named in headings.
    var displayName: String { graph ?? GraphSource.ketamine.description }

    /// Loads the graph, saying so on stderr when a bare name given to `--graph` is both a bundled graph and a
    /// file here.
    func load(defaultingTo fallback: GraphSource = .ketamine) throws(GraphLoadError) -> PathwayGraph {
        let source = source(defaultingTo: fallback)
        if case .bundled(let name) = source, graph == name, FileManager.default.fileExists(atPath: name) {
            Diagnostics.note("'\(name)' is the bundled graph; write ./\(name) to read the file of that name")
        }
        let loader = reading.loader()
        return try LoadProgress.whileLoading(source) { () throws(GraphLoadError) in try loader.load(source) }
    }
}

/// How graph files are read: `--graph-format` (their format, when detection would guess wrong) and `--columns`
/// (which column of a table holds what, when its header's names are not recognised).
struct GraphReadingOptions: ParsableArguments {
    @Option(
        name: .customLong("graph-format"),
        help: FormatNames.help("Read the graph as this format instead of detecting it", GraphFormat.readable))
    var format: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Which column of a tab-separated table holds what: meaning=column,… (a header name or a number from 1).",
            discussion: "Meanings: "
                + TableColumns.Meaning.allCases.map(\.rawValue).joined(separator: ", ")
                + ". Example: --columns source=GeneA,target=GeneB,sign=Mode,references=PubMed",
            valueName: "meaning=column,…"))
    var columns: String?

    func validate() throws {
        _ = try Self.format(format, option: "--graph-format")
        guard let columns else { return }
        do {
            _ = try TableColumns(columns)
        } catch {
            throw ValidationError("--columns: \(error)")
        }
    }

    /// The format `text` names (given to `option`), `nil` when not given.
    static func format(_ text: String?, option: String) throws -> GraphFormat? {
        try FormatNames.parse(text, among: GraphFormat.readable, option: option, verb: "reads")
    }

    /// The command line's loader, with the format and columns when given; `format` (convert's `--from`) is
    /// used when `--graph-format` is not.
    func loader(format other: GraphFormat? = nil) -> GraphLoader {
        var loader = GraphLoader.commandLine
        loader.columns = columns.flatMap { try? TableColumns($0) }
        loader.format = (try? Self.format(format, option: "--graph-format")) ?? other
        return loader
    }
}

extension GraphLoader {
    /// The loader of the command line: it reads gzip files.
    static let commandLine = GraphLoader(decompressGzip: { data, limit in
        try Gzip.decompress(data, stoppingAfter: limit)
    })
}

/// `--json`.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print the result as JSON (errors too, on stderr).")
    var json = false

    /// Prints `value` as the command line's JSON.
    func printJSON(_ value: some Encodable) throws {
        print(try PathwayJSONEncoder().encode(value))
    }
}

/// Filters shared by the path queries.
struct FilterOptions: ParsableArguments {
    @Option(
        name: .long, help: "Skip interactions with weaker evidence: established, supported, hypothesised or contested.")
    var minEvidence: EvidenceLevel?

    @Option(
        name: .long,
        help:
            "Keep only interactions observed in this species (human, rodent, mouse, rat, in-vitro), region or cell population."
    )
    var context: String?

    @Option(name: .long, help: "Remove this node (repeatable).", completion: .custom(NodeCompletion.complete))
    var knockout: [String] = []

    @Option(
        name: .long, help: "Paths must not pass through this node (repeatable).",
        completion: .custom(NodeCompletion.complete))
    var avoid: [String] = []

    /// The filter, with names resolved in `graph`.
    func filter(in graph: PathwayGraph) throws(NodeResolutionError) -> PathFilter {
        PathFilter(
            avoid: Set(try graph.resolveAll(avoid)), knockout: Set(try graph.resolveAll(knockout)),
            minimumEvidence: minEvidence, context: context)
    }
}

/// `--max-depth`, the same default for every query.
struct DepthOption: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: "The longest path, in interactions (1 to 64).")
    var maxDepth = PathDepth.standard

    func validate() throws { try checkDepth(maxDepth) }
}

/// `--order`: which paths are listed first, the most confident (default) or the shortest.
struct OrderOption: ParsableArguments {
    @Option(
        name: .long,
        help: "List the most confident paths first ('confidence', the default) or the shortest ('steps').")
    var order: PathQuery.Order = .mostConfidentFirst
}

/// Work limits of enumerating queries.
struct BudgetOptions: ParsableArguments {
    @Option(
        name: .long, parsing: .unconditional,
        help: "Stop counting after this many paths (the count is then reported as unknown).")
    var maxPaths: Int = QueryBudget().maxPaths

    @Option(name: .long, parsing: .unconditional, help: "Stop after this many seconds.")
    var timeout: Double = 10

    func validate() throws {
        guard maxPaths >= 1 else { throw ValidationError("--max-paths must be at least 1") }
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
    }

    var budget: QueryBudget {
        QueryBudget(maxPaths: maxPaths, timeout: .milliseconds(Int(min(timeout, 86_400) * 1000)))
    }
}

extension EvidenceLevel: ExpressibleByArgument {}
extension NodeKind: ExpressibleByArgument {}
extension Sign: ExpressibleByArgument {
    public init?(argument: String) { self.init(effectWord: argument) }
    public static var allValueStrings: [String] { ["increases", "decreases"] }
}
extension ShortestPathsQuery.Weighting: ExpressibleByArgument {}
extension PathQuery.Order: ExpressibleByArgument {
    public init?(argument: String) { self.init(optionName: argument) }
    public var defaultValueDescription: String { optionName }
    public static var allValueStrings: [String] { allCases.map(\.optionName) }
}

extension PathwayGraph {
    /// Every name resolved, in order.
    func resolveAll(_ names: [String]) throws(NodeResolutionError) -> [NodeIndex] {
        var result: [NodeIndex] = []
        for name in names { result.append(try resolve(name)) }
        return result
    }
}

/// Validates a depth given on the command line.
func checkDepth(_ depth: Int, option: String = "--max-depth") throws {
    guard PathDepth.accepted.contains(depth) else {
        throw ValidationError("\(option) must be from 1 to \(PathDepth.maximum), not \(depth)")
    }
}

/// Notes on stderr that are not errors.
enum Diagnostics {
    static func note(_ text: String) {
        StandardStreams.writeError("neuropath: note: \(text)\n")
    }

    static func warning(_ text: String) {
        StandardStreams.writeError("neuropath: warning: \(text)\n")
    }
}
