import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// PathLinker tables, format sniffing, reachability and the estimate given when counting stops at its budget.
@Suite struct NetworkImportTests {
    static let table = """
        #tail\thead\tweight\tdirected\tdb_sources
        A\tB\t9.41075e-01\tFalse\tMI:0018 (two hybrid)|MI:0096 (pull down)
        A\tC\t0.5\tTrue\tSPIKE
        B\tC\t1\tFalse\t
        C\tA\t-2.5E+1\tTrue\tx
        """

    @Test func pathLinkerRowsBecomeUnsignedWeightedInteractions() throws {
        let graph = try PathLinkerImporter.parse(data: Data(Self.table.utf8), file: "pl.txt")
        #expect(graph.nodes.map(\.id) == ["A", "B", "C"])
        #expect(graph.interactions.map(\.relation) == Array(repeating: .associatedWith, count: 4))
        #expect((0..<4).map { graph.weight(of: $0) } == [0.941075, 0.5, 1, -25])
        let paths = try PathQuery(from: NodeIndex(0), to: NodeIndex(2)).run(on: graph)
        #expect(paths.total == 2 && paths.paths.allSatisfy { $0.sign == nil })
    }

    /// SIGNOR's export header with a SOURCE column naming the database each row came from: once read with the
    /// database as the source of every row (one node `SIGNOR;PsP` regulating everything); read by ENTITYA and
    /// ENTITYB now.
    @Test func aSIGNORTableWithASourceDatabaseColumnIsReadByItsEntities() throws {
        let header = [
            "ENTITYA", "TYPEA", "IDA", "DATABASEA", "ENTITYB", "TYPEB", "IDB", "DATABASEB", "EFFECT", "MECHANISM",
            "RESIDUE", "SEQUENCE", "TAX_ID", "CELL_DATA", "TISSUE_DATA", "PMID", "DIRECT", "SIGNOR_ID", "SOURCE",
        ]
        func row(_ a: String, _ b: String, _ effect: String, _ source: String) -> String {
            [
                a, "protein", "P1", "UNIPROT", b, "protein", "P2", "UNIPROT", effect, "binding", "", "", "9606", "", "",
                "8524413", "t", "SIGNOR-1", source,
            ].joined(separator: "\t")
        }
        let text =
            ([header.joined(separator: "\t")] + [
                row("AKT1", "GSK3B", "down-regulates activity", "SIGNOR;PsP"),
                row("BDNF", "NTRK2", "up-regulates activity", "SIGNOR"),
            ]).joined(separator: "\n") + "\n"
        let graph = try GraphLoader().load(data: Data(text.utf8), file: "signor.tsv")
        #expect(graph.nodes.map(\.id).sorted() == ["AKT1", "BDNF", "GSK3B", "NTRK2"])
        #expect(graph.interactions.map(\.sign) == [.negative, .positive])
    }

    @Test func theFormatIsRecognisedByContent() throws {
        #expect(GraphFormat.sniff(Data(Self.table.utf8)) == .pathLinker)
        #expect(GraphFormat.sniff(Data("source\tinteraction\ttarget\nA\t1\tB\n".utf8)) == .sif)
        #expect(GraphFormat.sniff(Data("# c\nnode a protein\n".utf8)) == .npath)
        #expect(GraphFormat.sniff(Data("just-one-word\n".utf8)) == nil)
        let graph = try GraphLoader().load(data: Data(Self.table.utf8), file: "network.txt")
        #expect(graph.interactionCount == 4)
    }

    @Test func aMalformedWeightIsReportedWithItsPosition() {
        do {
            _ = try PathLinkerImporter.parse(data: Data("#tail\thead\tweight\nA\tB\theavy\n".utf8), file: "pl.txt")
            Issue.record("loaded")
        } catch {
            guard case .invalid(let found) = error else { Issue.record("\(error)"); return }
            #expect(found.first?.location == "pl.txt:2:5" && found.first?.code == .malformedRow)
        }
    }

    @Test(.enabled(if: SharedData.has("networks/cosmos-meta-network.tsv"), "needs ../shared/data/networks"))
    func theCOSMOSTableLoadsWithItsSigns() throws {
        let graph = try GraphLoader().load(file: SharedData.path("networks/cosmos-meta-network.tsv"))
        let stats = GraphStatistics(graph)
        #expect(stats.nodes == 36_415 && stats.interactions == 83_557 && stats.unsigned == 0)
    }

    @Test(arguments: Array(UInt64(0)..<UInt64(100)))
    func reachabilityMatchesTheOracle(seed: UInt64) throws {
        let graph = RandomGraphs.make(seed: seed &+ 9000, nodes: 8, interactions: 14)
        let oracle = BruteForceOracle(graph: graph, includeUnsigned: true)
        let origin = NodeIndex(Int(seed % 8))
        let expected = graph.nodeIndices.filter {
            $0 != origin && !oracle.simplePaths(from: origin, to: $0, maxDepth: graph.nodes.count).isEmpty
        }
        #expect(try ReachabilityQuery(origin: origin).run(on: graph).reached.map(\.index) == expected)
        let upstream = graph.nodeIndices.filter {
            $0 != origin && !oracle.simplePaths(from: $0, to: origin, maxDepth: graph.nodes.count).isEmpty
        }
        #expect(
            try ReachabilityQuery(origin: origin, direction: .upstream).run(on: graph).reached.map(\.index) == upstream)
    }

    @Test func aTruncatedCountComesWithAnHonestEstimate() throws {
        // A complete directed graph on 8 nodes: paths from one node to another through k of the other 6, in
        // order, number 6!/(6-k)!, so within 6 interactions there are 1 + 6 + 30 + 120 + 360 + 720 = 1,237.
        var builder = PathwayGraphBuilder()
        for index in 0..<8 { try builder.addNode(Node(id: "n\(index)")) }
        for a in 0..<8 {
            for b in 0..<8 where a != b {
                try builder.addInteraction(source: NodeIndex(a), target: NodeIndex(b), relation: .activates)
            }
        }
        let graph = builder.build()
        let exact = try PathQuery(from: NodeIndex(0), to: NodeIndex(7), maxDepth: 6, limit: 0).run(on: graph)
        #expect(exact.total == 1_237 && exact.estimate == nil)
        let capped = try PathQuery(
            from: NodeIndex(0), to: NodeIndex(7), maxDepth: 6, limit: 0, budget: QueryBudget(maxPaths: 100)
        ).run(on: graph)
        #expect(capped.truncated && capped.total == nil)
        let estimate = try #require(capped.estimate)
        #expect(abs(estimate - 1_237) / 1_237 < 0.1, "estimate \(estimate)")
    }

    @Test func streamingVisitsEveryPathOnce() throws {
        let graph = RandomGraphs.make(seed: 11, nodes: 9, interactions: 24)
        for (from, to) in [(0, 5), (2, 7), (3, 1)].map({ (NodeIndex($0), NodeIndex($1)) }) {
            let query = PathQuery(from: from, to: to, maxDepth: 6)
            var seen: [[InteractionIndex]] = []
            let streamed = try query.stream(on: graph) { path in
                seen.append(path.interactions)
                return true
            }
            let oracle = BruteForceOracle(graph: graph, includeUnsigned: true)
            #expect(Set(seen) == Set(oracle.simplePaths(from: from, to: to, maxDepth: 6)))
            #expect(seen.count == streamed.streamed && !streamed.truncated)
        }
    }
}

/// Weights are read exactly as the standard library reads decimals.
@Suite struct WeightParsingTests {
    @Test(arguments: Array(UInt64(0)..<UInt64(20)))
    func weightsMatchTheStandardLibrary(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let texts =
            (0..<50).map { _ -> String in
                let mantissa = String(
                    format: "%.*f", Int.random(in: 0...9, using: &random), Double.random(in: 0...1, using: &random))
                let exponent = Int.random(in: 1...9, using: &random)
                return Bool.random(using: &random) ? mantissa : mantissa + "e-0\(exponent)"
            } + ["0.3", "9.41075e-01", "1", "1e0", "-0.5"]
        let table =
            "#tail\thead\tweight\tdirected\tdb\n"
            + texts.enumerated().map { "a\($0)\tb\t\($1)\t1\tx" }.joined(separator: "\n")
        let graph = try PathLinkerImporter.parse(data: Data(table.utf8), file: "weights.txt")
        for (index, text) in texts.enumerated() {
            #expect(graph.weight(of: index) == Float(Double(text)!), "\(text)")
        }
        for bad in ["nan", "inf", "0x1p3", "1.2.3", ""] {
            #expect(throws: GraphLoadError.self) {
                try PathLinkerImporter.parse(data: Data("#tail\thead\tweight\na\tb\t\(bad)\n".utf8), file: "bad.txt")
            }
        }
    }
}
