import Foundation
import NeuroPath
import NeuroPathCompression
import NeuroPathTestSupport
import Testing

/// The library as an embedding program meets it: typed errors instead of traps on caller input, one loader,
/// self-contained results.
@Suite struct CallerInputTests {
    let graph = RandomGraphs.make(seed: 5, nodes: 6, interactions: 12)

    @Test func everyQueryRefusesANodeIndexOutOfRange() throws {
        let bad = QueryError.nodeOutOfRange(index: 9999, nodeCount: 6)
        #expect(throws: bad) { try PathQuery(from: NodeIndex(9999), to: NodeIndex(1)).run(on: graph) }
        #expect(throws: bad) {
            try PathQuery(from: NodeIndex(0), to: NodeIndex(1), via: [NodeIndex(9999)]).run(on: graph)
        }
        #expect(throws: bad) {
            try PathQuery(from: NodeIndex(0), to: NodeIndex(1), filter: PathFilter(avoid: [NodeIndex(9999)])).run(
                on: graph)
        }
        #expect(throws: bad) { try PathQuery(from: NodeIndex(0), to: NodeIndex(9999)).stream(on: graph) { _ in true } }
        #expect(throws: bad) { try EffectQuery(from: NodeIndex(0)).run(to: NodeIndex(9999), on: graph) }
        #expect(throws: bad) { try EffectQuery(from: NodeIndex(9999)).runOnAll(on: graph) }
        #expect(throws: bad) { try ShortestPathsQuery(from: NodeIndex(0), to: NodeIndex(9999)).run(on: graph) }
        #expect(throws: bad) {
            try PerturbationQuery(perturbations: [.init(node: NodeIndex(9999), action: .block)]).run(on: graph)
        }
        #expect(throws: bad) {
            try PerturbationQuery(
                perturbations: [.init(node: NodeIndex(0), action: .block)],
                filter: PathFilter(knockout: [NodeIndex(9999)])
            )
            .run(on: graph)
        }
        #expect(throws: bad) { try NeighbourhoodQuery(origin: NodeIndex(9999), direction: .upstream).run(on: graph) }
        #expect(throws: bad) { try ReachabilityQuery(origin: NodeIndex(9999)).run(on: graph) }
        #expect(throws: bad) { try CommonRegulatorQuery(targets: [NodeIndex(0), NodeIndex(9999)]).run(on: graph) }
        #expect(throws: bad) { try FeedbackLoopQuery(through: NodeIndex(9999)).run(on: graph) }
        #expect(throws: bad) { try ExplanationQuery(from: NodeIndex(0), to: NodeIndex(9999)).run(on: graph) }
        #expect(throws: bad) { try NodeExplanationQuery(node: NodeIndex(9999)).run(on: graph) }
        #expect(throws: bad) { try graph.vicinity(of: NodeIndex(9999), depth: 1) }
        #expect(throws: QueryError.nodeOutOfRange(index: -1, nodeCount: 6)) { try graph.node(at: NodeIndex(-1)) }
    }

    @Test func aNegativeParameterIsATypedErrorNamingIt() {
        #expect(throws: QueryError.invalidParameter(.limit, value: "-1")) {
            try PathQuery(from: NodeIndex(0), to: NodeIndex(1), limit: -1).run(on: graph)
        }
        #expect(throws: QueryError.invalidParameter(.maxPaths, value: "0")) {
            try PathQuery(from: NodeIndex(0), to: NodeIndex(1), budget: QueryBudget(maxPaths: 0)).run(on: graph)
        }
        #expect(throws: QueryError.invalidParameter(.pathsPerSign, value: "-2")) {
            try EffectQuery(from: NodeIndex(0), pathsPerSign: -2).run(to: NodeIndex(1), on: graph)
        }
        #expect(throws: QueryError.perturbedTwice(node: "n0")) {
            try PerturbationQuery(perturbations: [
                .init(node: NodeIndex(0), action: .block), .init(node: NodeIndex(0), action: .activate),
            ])
            .run(on: graph)
        }
    }

    @Test func aPathMustJoinAndStayInItsGraph() throws {
        #expect(throws: PathError.empty) { try CausalPath(interactions: [], in: graph) }
        #expect(throws: PathError.interactionOutOfRange(index: 500, interactionCount: graph.interactionCount)) {
            try CausalPath(interactions: [InteractionIndex(500)], in: graph)
        }
        let pairs = graph.nodeIndices.flatMap { from in graph.nodeIndices.map { (from, $0) } }
        let paths = try pairs.flatMap { from, to in
            try PathQuery(from: from, to: to, maxDepth: 6, limit: 5).run(on: graph).paths
        }
        let joined = try #require(paths.first { $0.length >= 2 && $0.nodes[0] != $0.nodes[2] })
        #expect(try CausalPath(interactions: joined.interactions, in: graph) == joined)
        #expect(throws: PathError.disconnected(step: 1)) {
            try CausalPath(interactions: [joined.interactions[1], joined.interactions[0]], in: graph)
        }
        // A path of one graph explained against another whose interactions join other nodes.
        let other = RandomGraphs.make(seed: 99, nodes: 6, interactions: 12)
        let foreign = try #require(
            try pairs.lazy.compactMap { from, to in
                try PathQuery(from: from, to: to, maxDepth: 6, limit: 1).run(on: other).paths.first
            }.first { path in
                (try? CausalPath(interactions: path.interactions, in: graph)).map { $0.nodeIDs != path.nodeIDs }
                    ?? false
            })
        #expect(throws: PathError.fromAnotherGraph) { try PathExplanation(explaining: foreign, in: graph) }
    }

    @Test func theBuilderRefusesAnInteractionWithANodeItDoesNotHave() throws {
        var builder = PathwayGraphBuilder()
        let a = try builder.addNode(Node(id: "a"))
        #expect(throws: PathwayGraphBuilder.BuildError.unknownNodeIndex(7, nodeCount: 1)) {
            try builder.addInteraction(Interaction(source: a, target: NodeIndex(7), relation: .activates))
        }
        #expect(throws: PathwayGraphBuilder.BuildError.unknownNodeIndex(-3, nodeCount: 1)) {
            try builder.addInteraction(source: NodeIndex(-3), target: a, relation: .inhibits)
        }
        #expect(builder.build().interactionCount == 0)
    }

    @Test(arguments: ["", "   ", "-_ -", "\n"])
    func anEmptyNameIsItsOwnError(name: String) {
        #expect(throws: NodeResolutionError.emptyName) { try graph.resolve(name) }
    }

    @Test func everyErrorHasAReadableLocalizedDescription() {
        let errors: [any Error] = [
            QueryError.invalidDepth(0), NodeResolutionError.emptyName, PathError.empty,
            GraphLoadError.fileNotFound(path: "x.npath"), PathwayGraphBuilder.BuildError.duplicateNode("a"),
            Diagnostic(file: "f.npath", line: 1, column: 2, code: .syntax, message: "oops"),
        ]
        for error in errors {
            #expect(!error.localizedDescription.contains("The operation could not be completed"))
            #expect(error.localizedDescription == "\(error)")
            #expect(ErrorReport(error).code != "internal")
        }
    }
}

/// `GraphSource` and `GraphLoader`: one rule for names, one set of checks for files.
@Suite final class GraphLoaderTests {
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("neuropath-loader-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    @Test func oneRuleTellsABundledNameFromAPath() {
        #expect(GraphSource(argument: "ketamine") == .bundled("ketamine"))
        #expect(GraphSource(argument: "bundled:ketamine") == .bundled("ketamine"))
        #expect(GraphSource(argument: "./ketamine") == .file("./ketamine"))
        #expect(GraphSource(argument: "ketamine.npath") == .file("ketamine.npath"))
        #expect(GraphSource(argument: "no-such-graph") == .file("no-such-graph"))
        #expect(GraphSource.bundled("ketamine").description == "bundled:ketamine")
    }

    @Test func aNameThatIsNeitherAFileNorBundledSaysBoth() {
        #expect(throws: GraphLoadError.unknownGraph(name: "ketamin", bundled: BundledGraphs.names)) {
            try GraphLoader().load(GraphSource(argument: "ketamin"))
        }
        #expect(
            ErrorReport(GraphLoadError.unknownGraph(name: "ketamin", bundled: ["ketamine"])).suggestions
                == ["ketamine"])
        #expect(throws: GraphLoadError.unknownBundledGraph(name: "nope", available: BundledGraphs.names)) {
            try GraphLoader().load(.bundled("nope"))
        }
    }

    @Test func aDirectoryIsRefusedTheSameWayWhateverItsName() throws {
        for name in ["d.gz", "d.npath", "d.tsv", "d"] {
            let directory = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            #expect(
                throws: GraphLoadError.unreadable(path: directory.path, reason: "it is a directory, not a graph file")
            ) {
                try GraphLoader().load(file: directory.path)
            }
        }
    }

    @Test func aFileMustBeSmallerThanTheLimit() throws {
        let file = folder.appendingPathComponent("small.sif")
        try Data("a\t1\tb\n".utf8).write(to: file)  // 6 bytes
        #expect(try GraphLoader(limits: GraphLimits(maximumFileSize: 7)).load(file: file.path).interactionCount == 1)
        do {
            _ = try GraphLoader(limits: GraphLimits(maximumFileSize: 6)).load(file: file.path)
            Issue.record("a file as large as the limit was read")
        } catch {
            guard case .invalid(let diagnostics) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(diagnostics.map(\.code) == [.fileTooLarge])
        }
    }

    /// `a 1 b`, `b -1 c`, gzip-compressed.
    static let compressedSIF = Data([
        31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 75, 228, 52, 228, 76, 226, 74, 226, 212, 53, 228, 76, 230, 2, 0, 180, 231,
        40, 92, 13, 0, 0, 0,
    ])

    @Test func gzipIsReadWithTheInjectedDecompressorAndRefusedWithoutOne() throws {
        let file = folder.appendingPathComponent("net.sif.gz")
        try Self.compressedSIF.write(to: file)
        let loader = GraphLoader(decompressGzip: { try Gzip.decompress($0, stoppingAfter: $1) })
        let graph = try loader.load(file: file.path)
        #expect(graph.nodes.map(\.id) == ["a", "b", "c"] && graph.interactionCount == 2)
        #expect(try loader.load(data: Self.compressedSIF, file: "upload.sif.gz").interactionCount == 2)
        #expect(throws: GraphLoadError.compressed(path: file.path)) { try GraphLoader().load(file: file.path) }
        let broken = folder.appendingPathComponent("broken.sif.gz")
        try Self.compressedSIF.prefix(12).write(to: broken)
        #expect(throws: GraphLoadError.self) { try loader.load(file: broken.path) }
    }

    @Test func aNameWrittenPrecomposedAndDecomposedIsOneNode() throws {
        let text = "caf\u{E9}\t1\tx\ncafe\u{301}\t-1\ty\n"
        #expect(Array(text.utf8).count == 22, "two different byte strings for one name")
        let graph = try GraphLoader().load(data: Data(text.utf8), file: "accents.sif")
        #expect(graph.nodes.count == 3 && graph.interactionCount == 2)
        let bytes = try GraphLoader().load(data: Data([0x9A, 0x09, 0x31, 0x09, 0xFF]), file: "bytes.sif")
        #expect(bytes.interactionCount == 1)
    }
}

/// Limits on what a `.npath` file may hold, each refused with a diagnostic rather than read for minutes.
@Suite struct NPathLimitTests {
    @Test func aLineLongerThanTheLimitIsADiagnostic() {
        let text = "node a protein\nnode b protein label=\"" + String(repeating: "x", count: 70_000) + "\"\n"
        #expect(throws: GraphLoadError.self) { try NPathParser.parse(text: text) }
        do {
            _ = try NPathParser.parse(text: text)
        } catch {
            guard case .invalid(let diagnostics) = error else { return }
            #expect(diagnostics.map(\.code) == [.lineTooLong] && diagnostics[0].line == 2)
        }
    }

    @Test func aFileWithMoreLinesThanTheLimitIsRefusedAtOnce() {
        let text = String(repeating: "# a comment\n", count: 250_001)
        do {
            _ = try NPathParser.parse(text: text)
            Issue.record("a file of 250,001 lines was read")
        } catch {
            guard case .invalid(let diagnostics) = error else { return }
            #expect(diagnostics.map(\.code) == [.fileTooLarge])
        }
    }

    @Test func windowsLineEndingsEndLines() throws {
        let graph = try NPathParser.parse(text: "node a protein\r\nnode b protein\r\na activates b\r\n")
        #expect(graph.nodes.count == 2 && graph.interactionCount == 1)
    }
}

/// Every limit can be set per loader, and each is reported with its own diagnostic when hit.
@Suite struct ConfigurableLimitTests {
    func codes(_ body: () throws -> PathwayGraph) -> [Diagnostic.Code] {
        do {
            _ = try body()
            return []
        } catch {
            guard case .invalid(let diagnostics)? = error as? GraphLoadError else { return [] }
            return diagnostics.map(\.code)
        }
    }

    @Test func eachLimitIsTheLoadersOwn() {
        let npath = "node a protein\nnode b protein label=\"a label of some length\"\na activates b\n"
        let tight = GraphLoader(limits: GraphLimits(maximumLineLength: 30))
        // The long declaration is skipped, so the interaction then names an unknown node.
        #expect(codes { try tight.load(data: Data(npath.utf8), file: "g.npath") } == [.lineTooLong, .unknownNode])
        #expect(codes { try GraphLoader().load(data: Data(npath.utf8), file: "g.npath") } == [])
        let few = GraphLoader(limits: GraphLimits(maximumLines: 2))
        #expect(codes { try few.load(data: Data(npath.utf8), file: "g.npath") } == [.fileTooLarge])
        let table = "a\t1\tbbbbbbbbbbbbbbbbbbbb\n"
        let narrow = GraphLoader(limits: GraphLimits(maximumFieldLength: 10))
        #expect(codes { try narrow.load(data: Data(table.utf8), file: "g.sif") } == [.lineTooLong])
        // 13 bytes once decompressed: the limit applies to what the gzip holds, not only to the file.
        let small = GraphLoader(
            limits: GraphLimits(maximumFileSize: 10), decompressGzip: { try Gzip.decompress($0, stoppingAfter: $1) })
        #expect(codes { try small.load(data: GraphLoaderTests.compressedSIF, file: "g.sif.gz") } == [.fileTooLarge])
        // Nodes and interactions, counted over a whole graph: tables stop at the row that passes the limit.
        let chain = (0..<10).map { "n\($0)\tactivates\tn\($0 + 1)" }.joined(separator: "\n")
        let twoNodes = GraphLoader(limits: GraphLimits(maximumNodes: 2))
        #expect(codes { try twoNodes.load(data: Data(chain.utf8), file: "g.sif") } == [.graphTooLarge])
        let fiveEdges = GraphLoader(limits: GraphLimits(maximumInteractions: 5))
        #expect(codes { try fiveEdges.load(data: Data(chain.utf8), file: "g.sif") } == [.graphTooLarge])
        let pathLinker =
            "#tail\thead\tedge_weight\tedge_type\n"
            + (0..<10).map { "n\($0)\tn\($0 + 1)\t0.5\tdirected" }.joined(separator: "\n")
        #expect(codes { try fiveEdges.load(data: Data(pathLinker.utf8), file: "g.txt") } == [.graphTooLarge])
        #expect(codes { try twoNodes.load(data: Data(npath.utf8), file: "g.npath") } == [])
        let threeNodes = npath + "node c protein\n"
        #expect(codes { try twoNodes.load(data: Data(threeNodes.utf8), file: "g.npath") } == [.graphTooLarge])
        #expect(codes { try GraphLoader().load(data: Data(chain.utf8), file: "g.sif") } == [])
    }
}
