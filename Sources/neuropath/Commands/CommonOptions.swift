import ArgumentParser
import Foundation
import NeuroPath
import NeuroPathCompression

/// `--graph FILE|NAME`: which graph to query; the bundled ketamine graph by default.
struct GraphOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A graph file (.npath, .sif, .tsv, .txt) or a bundled graph's name.", valueName: "file|name"))
    var graph: String = "ketamine"

    /// Loads the graph; a `.gz` file is decompressed first and read by its inner name (`x.txt.gz` as `x.txt`).
    func load() throws(CLIError) -> PathwayGraph {
        try loadGraph(graph)
    }
}

/// Loads a graph file or bundled graph, decompressing gzip files, with errors mapped to exit statuses.
func loadGraph(_ pathOrName: String) throws(CLIError) -> PathwayGraph {
    do {
        if pathOrName.hasSuffix(".gz"), FileManager.default.fileExists(atPath: pathOrName) {
            let compressed: Data
            do {
                compressed = try Data(contentsOf: URL(fileURLWithPath: pathOrName))
            } catch {
                throw CLIError(
                    description: "cannot read \(pathOrName): \(error.localizedDescription)", exitCode: .noInput)
            }
            var data = compressed
            if Gzip.isCompressed(compressed) {
                do {
                    data = try Gzip.decompress(compressed)
                } catch {
                    throw CLIError.data("\(pathOrName) is \(error)")
                }
            }
            return try PathwayGraph.load(data: data, file: String(pathOrName.dropLast(3)))
        }
        return try PathwayGraph.load(pathOrName)
    } catch {
        throw CLIError(error)
    }
}

/// `--json`.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false
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

    @Option(name: .long, help: "Remove this node (repeatable).")
    var knockout: [String] = []

    @Option(name: .long, help: "Paths must not pass through this node (repeatable).")
    var avoid: [String] = []

    /// The constraints, with names resolved in `graph`.
    func constraints(in graph: PathwayGraph, maxDepth: Int) throws(CLIError) -> PathConstraints {
        PathConstraints(
            maxDepth: maxDepth, avoid: Set(try resolveAll(avoid, in: graph)),
            knockout: Set(try resolveAll(knockout, in: graph)), minimumEvidence: minEvidence, context: context)
    }
}

/// Work limits of enumerating queries.
struct BudgetOptions: ParsableArguments {
    @Option(name: .long, help: "Stop counting after this many paths (the count is then reported as unknown).")
    var maxPaths: Int = QueryBudget().maxPaths

    @Option(name: .long, help: "Stop after this many seconds.")
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
extension Sign: ExpressibleByArgument {
    public init?(argument: String) { self.init(effectWord: argument) }
    public static var allValueStrings: [String] { ["increases", "decreases"] }
}
extension ShortestPathsQuery.Weighting: ExpressibleByArgument {}

/// Resolves a node name typed by the user, as a usage error when it matches none or several.
func resolve(_ name: String, in graph: PathwayGraph) throws(CLIError) -> Int {
    do {
        return try graph.resolve(name)
    } catch {
        throw CLIError(error)
    }
}

func resolveAll(_ names: [String], in graph: PathwayGraph) throws(CLIError) -> [Int] {
    var result: [Int] = []
    for name in names { result.append(try resolve(name, in: graph)) }
    return result
}

/// Runs a library query, turning its errors into usage errors.
func answer<Result>(_ query: () throws(QueryError) -> Result) throws(CLIError) -> Result {
    do {
        return try query()
    } catch {
        throw CLIError(error)
    }
}

/// Validates a depth given on the command line.
func checkDepth(_ depth: Int, option: String = "--max-depth") throws {
    guard (1...PathConstraints.maximumDepth).contains(depth) else {
        throw ValidationError("\(option) must be from 1 to \(PathConstraints.maximumDepth), not \(depth)")
    }
}
