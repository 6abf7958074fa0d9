import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// Path counts on a real signed network (OmniPath) checked against networkx's `all_simple_edge_paths` with
/// `cutoff`, the independent oracle, run live in the same test.
@Suite(
    .enabled(
        if: SharedData.has("networks/omnipath-signed.tsv") && SharedData.hasNetworkX,
        "needs ../shared/data and python3 with networkx"))
struct NetworkXOracleTests {
    static let queries: [(from: String, to: String, cutoff: Int)] = [
        ("NTRK2", "CREB1", 4), ("GSK3B", "CREB1", 4), ("MTOR", "CREB1", 4), ("BDNF", "MTOR", 5),
        ("EEF2K", "GSK3B", 4), ("GRIN2B", "CREB1", 5), ("CREB1", "BDNF", 3),
    ]

    /// Python that reads the signed table named by the first argument into `graph`, for the scripts below.
    static let readNetwork = """
        import csv, json, sys
        import networkx as nx
        graph = nx.MultiDiGraph()
        with open(sys.argv[1]) as table:
            rows = csv.reader(table, delimiter="\\t")
            next(rows)
            for source, sign, target in rows:
                graph.add_edge(source, target, sign=int(sign))

        """

    /// Runs `readNetwork` followed by `script` on the OmniPath table with `arguments`, and returns its output.
    static func networkX(_ script: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let table = SharedData.path("networks/omnipath-signed.tsv")
        process.arguments = ["python3", "-c", readNetwork + script, table] + arguments
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return data
    }

    static let script = """
        answers = []
        for query in json.loads(sys.argv[2]):
            counts = {"total": 0, "positive": 0, "negative": 0}
            for path in nx.all_simple_edge_paths(graph, query[0], query[1], cutoff=query[2]):
                sign = 1
                for u, v, key in path:
                    sign *= graph.edges[u, v, key]["sign"]
                counts["total"] += 1
                counts["positive" if sign > 0 else "negative"] += 1
            answers.append(counts)
        print(json.dumps(answers))
        """

    @Test func countsEqualNetworkXOnTheOmniPathNetwork() throws {
        let file = SharedData.path("networks/omnipath-signed.tsv")
        let queryJSON =
            "[" + Self.queries.map { "[\"\($0.from)\", \"\($0.to)\", \($0.cutoff)]" }.joined(separator: ",") + "]"
        let data = try Self.networkX(Self.script, [queryJSON])
        let answers = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Int]])
        try #require(answers.count == Self.queries.count)

        let graph = try GraphLoader().load(file: file)
        for (query, expected) in zip(Self.queries, answers) {
            let from = try graph.resolve(query.from), to = try graph.resolve(query.to)
            var counts: [String: Int?] = [:]
            for (key, sign) in [("total", nil), ("positive", Sign.positive), ("negative", Sign.negative)]
                as [(String, Sign?)]
            {
                counts[key] = try PathQuery(from: from, to: to, maxDepth: query.cutoff, sign: sign, limit: 0)
                    .run(on: graph).total
            }
            #expect(counts["total"] == expected["total"], "\(query)")
            #expect(counts["positive"] == expected["positive"], "\(query)")
            #expect(counts["negative"] == expected["negative"], "\(query)")
        }
    }

    static let effectScript = """
        source, depth = sys.argv[2], int(sys.argv[3])
        effects = {}
        for target in nx.single_source_shortest_path_length(graph, source, cutoff=depth):
            if target == source:
                continue
            signs = set()
            for path in nx.all_simple_edge_paths(graph, source, target, cutoff=depth):
                sign = 1
                for u, v, key in path:
                    sign *= graph.edges[u, v, key]["sign"]
                signs.add(sign)
                if len(signs) == 2:
                    break
            effects[target] = "mixed" if len(signs) == 2 else "increases" if 1 in signs else "decreases"
        print(json.dumps(effects))
        """

    /// `effect --all` settles most nodes without a path search; networkx enumerates simple paths per node.
    @Test func effectOnEveryNodeEqualsNetworkXOnTheOmniPathNetwork() throws {
        let file = SharedData.path("networks/omnipath-signed.tsv")
        let data = try Self.networkX(Self.effectScript, ["NTRK2", "3"])
        let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        try #require(expected.count > 500, "NTRK2 reaches about a thousand nodes within three steps")

        let graph = try GraphLoader().load(file: file)
        let result = try EffectQuery(from: try graph.resolve("NTRK2"), maxDepth: 3).runOnAll(on: graph)
        #expect(!result.truncated)
        let found = Dictionary(uniqueKeysWithValues: result.effects.map { ($0.target.id, $0.effect.rawValue) })
        #expect(found == expected)
    }

    /// The effect on every node, settled by witnesses and searches on two cores, against the per-target query
    /// (its own best-path search, one target at a time) on a hub with many open pairs.
    @Test(.enabled(if: SharedData.has("networks/omnipath-signed.tsv"), "needs ../shared/data/networks"))
    func effectOnEveryNodeEqualsThePerTargetQueryFromAHub() throws {
        let graph = try GraphLoader().load(file: SharedData.path("networks/omnipath-signed.tsv"))
        let query = EffectQuery(from: try graph.resolve("AKT1"), maxDepth: 4, pathsPerSign: 1)
        let all = try query.runOnAll(on: graph)
        #expect(!all.truncated && all.effects.count > 1_000)
        var random = SeededGenerator(seed: 5)
        for result in all.effects.shuffled(using: &random).prefix(40) {
            let one = try query.run(to: result.target.index, on: graph)
            #expect(one.effect == result.effect, "AKT1 → \(result.target.id)")
        }
    }
}
