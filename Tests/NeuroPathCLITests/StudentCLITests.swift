import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// What a student types, mistakes included.
@Suite struct StudentCLITests {
    /// `experiments` prints every declared experiment with its verdict, and its JSON is the library's replays.
    @Test func experimentsReplaysWhatTheGraphDeclares() throws {
        let graph = try GraphLoader().load(.bundled("ketamine"))
        let text = try CLIRunner.run(["experiments"])
        #expect(text.status == 0)
        for experiment in graph.experiments {
            #expect(text.stdout.contains("\(experiment.name) [\(experiment.key)]"))
        }
        let json = try CLIRunner.run(["experiments", "--json"])
        let decoded = try PathwayJSONDecoder(graph: graph).decode(
            [ExperimentReplay.Result].self, from: Data(json.stdout.utf8))
        #expect(decoded == (try graph.experiments.map { try ExperimentReplay($0).run(on: graph) }))
        let verdicts = decoded.filter(\.matchesThePaper).count
        #expect(text.stdout.contains("\(verdicts) of \(decoded.count) experiments match their papers"))
        let unknown = try CLIRunner.run(["experiments", "--only", "nbqx"])
        #expect(unknown.status == 64 && unknown.stderr.contains("maeng2008-nbqx"))
    }

    @Test func nodesListsTheNamesAGraphAnswersTo() throws {
        let output = try CLIRunner.run(["nodes"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("nmda-receptor@interneuron"))
        #expect(output.stdout.contains("NMDAR"), "synonyms are listed")
        let receptors = try CLIRunner.run(["nodes", "--kind", "receptor", "--json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(receptors.stdout.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(!nodes.isEmpty && nodes.allSatisfy { $0["kind"] as? String == "receptor" })
    }

    @Test func aMistypedSubcommandGetsTheNearestOne() throws {
        let output = try CLIRunner.run(["trce", "--from", "ketamine", "--to", "BDNF"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("did you mean 'trace'?"))
    }

    @Test func aNameOfSeveralWordsWithoutQuotesGetsAHint() throws {
        let output = try CLIRunner.run(["trace", "--from", "ketamine", "--to", "antidepressant", "effect"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("--to \"antidepressant effect\""))
    }

    @Test func withJSONAnErrorIsJSONToo() throws {
        let output = try CLIRunner.run(["trace", "--from", "ketamine", "--to", "cortisl", "--json"])
        #expect(output.status == 64 && output.stdout.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stderr.utf8)) as? [String: Any])
        let error = try #require(object["error"] as? [String: Any])
        #expect(error["code"] as? String == "unknown-node")
        #expect((error["message"] as? String)?.contains("cortisl") == true)
        #expect(error["suggestions"] is [String])
        let empty = try CLIRunner.run(["trace", "--from", "ketamine", "--to", "", "--json"])
        #expect(empty.status == 64 && empty.stderr.contains("\"empty-name\""))
    }

    @Test func anEffectOfANodeOnItselfSaysWhyItIsNone() throws {
        let output = try CLIRunner.run(["effect", "--from", "BDNF", "--to", "bdnf"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("the same node"))
        let json = try CLIRunner.run(["effect", "--from", "BDNF", "--to", "bdnf", "--json"])
        #expect(json.stdout.contains("\"reason\": \"same-node\""))
    }

    @Test func aFileNamedLikeABundledGraphDoesNotHideIt() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        try "a\t1\tb\n".write(to: folder.appendingPathComponent("ketamine"), atomically: true, encoding: .utf8)
        let bundled = try CLIRunner.run(["stats", "--json"], in: folder)
        #expect(bundled.status == 0 && bundled.stdout.contains("\"graph\": \"ketamine\""))
        let named = try CLIRunner.run(["stats", "--graph", "ketamine"], in: folder)
        #expect(named.stderr.contains("write ./ketamine to read the file"))
        let file = try CLIRunner.run(["stats", "--graph", "./ketamine", "--json"], in: folder)
        #expect(file.status == 0 && file.stdout.contains("\"interactions\": 1,"))
    }

    @Test func aDirectoryIsRefusedWithAPlainMessage() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("d.gz"), withIntermediateDirectories: true)
        let output = try CLIRunner.run(["stats", "--graph", "d.gz"], in: folder)
        #expect(output.status == 66)
        #expect(output.stderr == "neuropath: error: cannot read d.gz: it is a directory, not a graph file\n")
    }

    @Test func versionAndHelpWithExamples() throws {
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0 && version.stdout.split(separator: ".").count == 3)
        for subcommand in ["trace", "effect", "perturb", "explain", "shortest", "nodes"] {
            let help = try CLIRunner.run([subcommand, "--help"])
            #expect(help.stdout.contains("neuropath \(subcommand) "), "\(subcommand) help shows an example")
        }
        let depths = try ["trace", "effect", "perturb", "explain"].map { try CLIRunner.run([$0, "--help"]).stdout }
        #expect(depths.allSatisfy { $0.contains("(default: 8)") }, "one default depth")
    }
}
