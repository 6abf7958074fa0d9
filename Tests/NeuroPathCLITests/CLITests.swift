import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// The `neuropath` executable: every subcommand, JSON shapes, exit statuses and error messages (`Docs/cli.md`).
@Suite struct CLITests {
    func json(_ output: CLIRunner.Output) throws -> [String: Any] {
        #expect(output.status == 0, "stderr: \(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    func checkPathShape(_ path: [String: Any]) throws {
        #expect(Set(path.keys).isSuperset(of: ["nodes", "sign", "length", "confidence", "steps"]))
        let steps = try #require(path["steps"] as? [[String: Any]])
        #expect(steps.count == path["length"] as? Int)
        for step in steps {
            #expect(Set(step.keys).isSuperset(of: ["source", "target", "relation", "evidence", "references"]))
        }
        #expect(["increases", "decreases"].contains(path["sign"] as? String))
    }

    @Test func traceWorksWithoutAGraphFromAnyDirectory() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let output = try CLIRunner.run(
            ["trace", "--from", "ketamine", "--to", "antidepressant effect", "--max-depth", "12"], in: folder)
        #expect(output.status == 0)
        #expect(
            output.stdout.contains(
                "Ketamine ─┤ NMDA receptor (interneuron) → Interneuron firing → GABA ─┤ Pyramidal neuron firing"))
        #expect(output.stdout.contains("not medical advice"))
    }

    @Test func traceJSONHasTheContractShape() throws {
        let result = try json(
            try CLIRunner.run([
                "trace", "--from", "ketamine", "--to", "synaptogenesis", "--json", "--limit", "2", "--max-depth", "11",
            ]))
        #expect(result["from"] as? String == "ketamine" && result["to"] as? String == "synaptogenesis")
        #expect(result["truncated"] as? Bool == false)
        let total = try #require(result["total"] as? Int)
        let paths = try #require(result["paths"] as? [[String: Any]])
        #expect(paths.count == 2 && total > 2)
        for path in paths { try checkPathShape(path) }
        let counted = try json(
            try CLIRunner.run([
                "trace", "--from", "ketamine", "--to", "synaptogenesis", "--json", "--count-only", "--max-depth", "11",
            ]))
        #expect(counted["total"] as? Int == total)
        #expect((counted["paths"] as? [Any])?.isEmpty == true)
    }

    @Test func anExplodingTraceReportsTruncationWithinItsBudget() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        var lines: [String] = []
        for a in 0..<30 {
            for b in 0..<30 where a != b { lines.append("n\(a)\t\(((a * b) % 3 == 0) ? -1 : 1)\tn\(b)") }
        }
        let file = folder.appendingPathComponent("dense.sif")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try json(
            try CLIRunner.run([
                "trace", "--graph", file.path, "--from", "n0", "--to", "n29", "--max-depth", "12", "--json",
                "--timeout", "0.5",
            ]))
        #expect(result["truncated"] as? Bool == true)
        #expect(result["total"] is NSNull)
        #expect((result["paths"] as? [Any])?.count == 20)
    }

    @Test func effectJSONAndText() throws {
        let result = try json(
            try CLIRunner.run(["effect", "--from", "ketamine", "--to", "depressive symptoms", "--json"]))
        #expect(result["effect"] as? String == "decreases")
        #expect(Set(result.keys).isSuperset(of: ["from", "to", "effect", "paths"]))
        for path in try #require(result["paths"] as? [[String: Any]]) { try checkPathShape(path) }
        let all = try CLIRunner.run(["effect", "--from", "ketamine", "--all"])
        // Every line states its evidence: the weakest step of the best path.
        #expect(all.status == 0 && all.stdout.contains("↑ increases  supported     BDNF [bdnf]"))
    }

    @Test func shortestNeighbourhoodsLoopsAndRegulatorsAnswer() throws {
        let shortest = try json(
            try CLIRunner.run(["shortest", "--from", "ketamine", "--to", "BDNF", "-k", "3", "--json"]))
        #expect((shortest["paths"] as? [Any])?.count == 3)
        let hops = try CLIRunner.run(["shortest", "--from", "ketamine", "--to", "BDNF", "--weight", "hops"])
        #expect(hops.status == 0 && hops.stdout.contains("by hops"))
        let downstream = try json(try CLIRunner.run(["downstream", "--node", "BDNF", "--depth", "2", "--json"]))
        let nodes = try #require(downstream["nodes"] as? [[String: Any]])
        // One step: BDNF's receptor, TrkB; two steps: TrkB's targets. Nearest first, then by id.
        #expect(nodes.map { $0["node"] as? String } == ["trkb", "antidepressant-effect", "mtorc1"])
        let upstream = try CLIRunner.run(["upstream", "--node", "TrkB", "--depth", "1"])
        #expect(upstream.status == 0 && upstream.stdout.contains("BDNF [bdnf]"))
        let loops = try json(try CLIRunner.run(["loops", "--json"]))
        #expect((loops["loops"] as? [Any])?.isEmpty == false && loops["truncated"] as? Bool == false)
        let regulators = try json(try CLIRunner.run(["regulators", "TrkB", "eEF2", "--depth", "4", "--json"]))
        let found = try #require(regulators["regulators"] as? [[String: Any]])
        #expect(found.contains { $0["node"] as? String == "ketamine" })
    }

    @Test func perturbReplaysTheAMPAExperiment() throws {
        // NBQX given first blocks AMPA receptors: the antidepressant effect is weakened (Maeng et al. 2008).
        let result = try json(
            try CLIRunner.run([
                "perturb", "--activate", "ketamine", "--pretreat", "NBQX", "--max-depth", "12", "--json",
            ]))
        let perturbations = try #require(result["perturbations"] as? [[String: Any]])
        #expect(
            perturbations.first?["node"] as? String == "ketamine"
                && perturbations.first?["action"] as? String == "activate")
        let effects = try #require(result["effects"] as? [[String: Any]])
        for effect in effects { #expect(["increases", "decreases", "mixed"].contains(effect["change"] as? String)) }
        #expect(effects.contains { $0["node"] as? String == "dissociation" })
        #expect(result["knockouts"] as? [String] == ["ampa-receptor@pyramidal"])
        let effect = try #require(effects.first { $0["node"] as? String == "antidepressant-effect" })
        #expect(effect["change"] as? String == "increases" && effect["evidence"] as? String == "established")
        #expect(result["weakened"] as? [String] == ["antidepressant-effect"])
        let changed = try #require(result["changed"] as? [[String: Any]])
        #expect(
            changed.contains {
                $0["node"] as? String == "antidepressant-effect" && $0["weakened"] as? Bool == true
                    && $0["with_knockout"] as? String == "increases"
            })
        let text = try CLIRunner.run(["perturb", "--activate", "ketamine", "--pretreat", "NBQX", "--max-depth", "12"])
        #expect(text.stdout.contains("Given first: NBQX [nbqx], which blocks AMPA receptor (pyramidal)"))
        #expect(text.stdout.contains("weakened  increases → increases, weaker"))
        let plain = try json(try CLIRunner.run(["perturb", "--activate", "ketamine", "--max-depth", "12", "--json"]))
        #expect(
            (plain["effects"] as? [[String: Any]])?.contains {
                $0["node"] as? String == "antidepressant-effect" && $0["change"] as? String == "increases"
            } == true)
    }

    @Test func anUnknownNodeIsAUsageErrorWithASuggestion() throws {
        let output = try CLIRunner.run(["trace", "--from", "ketamine", "--to", "bdnff"])
        #expect(output.status == 64)
        #expect(output.stderr == "neuropath: error: unknown node 'bdnff' — did you mean 'bdnf'?\n")
        #expect(output.stdout.isEmpty)
    }

    @Test func aMalformedFileReportsItsPositionAndExits65() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let file = folder.appendingPathComponent("bad.npath")
        try "node a protein\nnode b protein\na activats b evidence=supported\n".write(
            to: file, atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["trace", "--graph", file.path, "--from", "a", "--to", "b"])
        #expect(output.status == 65)
        #expect(output.stderr.hasPrefix("\(file.path):3:3: error: unknown relation 'activats'"))
        #expect(output.stderr.contains("did you mean 'activates'?"))
        let validate = try CLIRunner.run(["validate", file.path])
        #expect(validate.status == 65 && validate.stderr.contains(":3:3:"))
    }

    @Test func aMissingFileExits66() throws {
        let output = try CLIRunner.run(["stats", "--graph", "/nonexistent/graph.npath"])
        #expect(output.status == 66)
        #expect(output.stderr == "neuropath: error: no such file: /nonexistent/graph.npath\n")
        let unknownBundled = try CLIRunner.run(["stats", "--graph", "ketamin"])
        #expect(unknownBundled.status == 66)
    }

    @Test(arguments: [
        ["trace", "--from", "ketamine", "--to", "bdnf", "--max-depth", "0"],
        ["trace", "--from", "ketamine", "--to", "bdnf", "--max-depth", "1000"],
        ["trace", "--from", "ketamine", "--to", "bdnf", "--avoid", "bdnf"],
        ["trace", "--from", "ketamine", "--to", "bdnf", "--via", "trkb", "--knockout", "trkb"],
        ["trace", "--from", "ketamine"],
        ["effect", "--from", "ketamine", "--to", "bdnf", "--all"],
        ["perturb"],
        ["regulators", "bdnf"],
        ["trace", "--from", "ketamine", "--to", "bdnf", "--timeout", "-1"],
        ["trace", "--from", "ketamine", "--to", "bdnf", "--sign", "sideways"],
        ["nonsense"],
    ])
    func impossibleOptionsAreUsageErrors(_ arguments: [String]) throws {
        let output = try CLIRunner.run(arguments)
        #expect(output.status == 64, "\(arguments): \(output.stderr)")
        #expect(output.stderr.hasPrefix("neuropath: error: "))
        #expect(output.stdout.isEmpty)
    }

    @Test func listStatsAndValidateDescribeTheBundledGraphs() throws {
        let list = try CLIRunner.run(["list", "--json"])
        let graphs = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(graphs.contains { $0["name"] as? String == "ketamine" })
        let stats = try json(try CLIRunner.run(["stats", "--json"]))
        #expect((stats["nodes"] as? Int ?? 0) > 10 && (stats["interactions"] as? Int ?? 0) > 10)
        let validate = try CLIRunner.run(["validate"])
        #expect(
            validate.status == 0 && validate.stdout.contains("ketamine: ok")
                && validate.stdout.contains("0 errors, 0 warnings"))
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let warned = folder.appendingPathComponent("warned.npath")
        try
            "node a protein\nnode b protein\nnode c protein\na activates b evidence=supported refs=r\nreference r year=2000\n"
            .write(to: warned, atomically: true, encoding: .utf8)
        let lenient = try CLIRunner.run(["validate", warned.path])
        #expect(
            lenient.status == 0 && lenient.stdout.contains(":3:6: warning: node 'c' has no interaction [isolated-node]")
        )
        let strict = try CLIRunner.run(["validate", "--strict", warned.path])
        #expect(strict.status == 65 && strict.stderr.contains("--strict"))
    }

    @Test func fmtRewritesInPlaceAndCheckReportsUnformattedFiles() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let file = folder.appendingPathComponent("g.npath")
        try "node   a   protein   label=\"A\"\n\n\n\nnode b protein\na   activates b evidence=supported\n".write(
            to: file, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["fmt", "--check", file.path]).status == 1)
        #expect(try CLIRunner.run(["fmt", file.path]).status == 0)
        let formatted = try String(contentsOf: file, encoding: .utf8)
        #expect(formatted == "node a protein label=A\n\nnode b protein\na activates b evidence=supported\n")
        #expect(try CLIRunner.run(["fmt", "--check", file.path]).status == 0)
        let broken = folder.appendingPathComponent("broken.npath")
        try "node a protein label=\"open\n".write(to: broken, atomically: true, encoding: .utf8)
        let failed = try CLIRunner.run(["fmt", broken.path])
        #expect(failed.status == 65)
        #expect(
            try String(contentsOf: broken, encoding: .utf8) == "node a protein label=\"open\n", "the input is untouched"
        )
    }

    @Test func convertWritesNPathAndSIFThatReadBack() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let npath = folder.appendingPathComponent("ketamine.npath").path
        let sif = folder.appendingPathComponent("ketamine.sif").path
        let toNPath = try CLIRunner.run(["convert", "ketamine", "-o", npath])
        #expect(toNPath.status == 0 && toNPath.stderr.isEmpty, "nothing lost, nothing said")
        // SIF keeps ids and signs: one warning says what else the graph held.
        let toSIF = try CLIRunner.run(["convert", "ketamine", "-o", sif])
        #expect(toSIF.status == 0 && toSIF.stderr.split(separator: "\n").count == 1)
        let bundled = try json(try CLIRunner.run(["stats", "--json"]))
        let nodes = try #require(bundled["nodes"] as? Int), interactions = try #require(bundled["interactions"] as? Int)
        #expect(toSIF.stderr.contains("warning: \(sif) (sif) does not keep the graph's labels (\(nodes) nodes)"))
        #expect(toSIF.stderr.contains("evidence levels (\(interactions) interactions)"))
        let fromNPath = try json(try CLIRunner.run(["stats", "--graph", npath, "--json"]))
        let fromSIF = try json(try CLIRunner.run(["stats", "--graph", sif, "--json"]))
        #expect(fromNPath["interactions"] as? Int == bundled["interactions"] as? Int)
        #expect(fromNPath["references"] as? Int == bundled["references"] as? Int)
        #expect(fromSIF["interactions"] as? Int == bundled["interactions"] as? Int)
        let overwrite = try CLIRunner.run(["convert", npath, "-o", npath])
        #expect(overwrite.status == 64)
    }

    @Test func convertTakesTheFormatsByNameAndSaysWhichItKnows() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        // NeuroPath JSON by its name, read back by content under another name with the same trace.
        #expect(try CLIRunner.run(["convert", "ketamine", "-o", "k.npath.json"], in: folder).status == 0)
        let json = try Data(contentsOf: folder.appendingPathComponent("k.npath.json"))
        try json.write(to: folder.appendingPathComponent("download.txt"))
        let trace = ["trace", "--from", "ketamine", "--to", "synaptogenesis", "--json"]
        let fromJSON = try CLIRunner.run(trace + ["--graph", "download.txt"], in: folder)
        let fromBundled = try CLIRunner.run(trace)
        #expect(fromJSON.status == 0 && fromJSON.stdout == fromBundled.stdout)
        // --to whatever the name; --from and --graph-format whatever the content looks like.
        #expect(try CLIRunner.run(["convert", "ketamine", "-o", "k.out", "--to", "sbgn"], in: folder).status == 0)
        let sbgn = try String(contentsOf: folder.appendingPathComponent("k.out"), encoding: .utf8)
        #expect(sbgn.contains("<sbgn"))
        let forced = try CLIRunner.run(["stats", "--graph", "k.out", "--graph-format", "sbgn", "--json"], in: folder)
        #expect(forced.status == 0)
        let converted = try CLIRunner.run(["convert", "k.out", "--from", "sbgn", "-o", "k.sif"], in: folder)
        #expect(converted.status == 0)
        // Typos: one line naming the nearest format, exit 64, nothing written.
        let typoTo = try CLIRunner.run(["convert", "ketamine", "-o", "x.out", "--to", "grapml"], in: folder)
        #expect(typoTo.status == 64 && typoTo.stderr.contains("did you mean 'graphml'?"))
        let typoFrom = try CLIRunner.run(["convert", "k.out", "-o", "x.sif", "--from", "sbng"], in: folder)
        #expect(typoFrom.status == 64 && typoFrom.stderr.contains("did you mean 'sbgn'?"))
        let unknown = try CLIRunner.run(["convert", "ketamine", "-o", "x.png"], in: folder)
        #expect(unknown.status == 64 && unknown.stderr.contains("--to FORMAT"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.out").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.png").path))
    }

    @Test func helpGoesToStandardOutputAndExitsZero() throws {
        let output = try CLIRunner.run(["--help"])
        #expect(output.status == 0 && output.stdout.contains("trace") && output.stdout.contains("perturb"))
    }
}

/// `neuropath explain` from the command line.
@Suite struct ExplainCLITests {
    @Test func explainsAPathInTextAndJSON() throws {
        let text = try CLIRunner.run([
            "explain", "--from", "ketamine", "--to", "antidepressant effect", "--via", "GABA",
        ])
        #expect(text.status == 0)
        #expect(text.stdout.contains("less of an inhibitor releases the brake"))
        #expect(text.stdout.contains("Time line:") && text.stdout.contains("not medical advice"))
        let json = try CLIRunner.run([
            "explain", "--from", "ketamine", "--to", "synaptogenesis", "--paths", "2", "--json",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let explanations = try #require(object["explanations"] as? [[String: Any]])
        #expect(explanations.count == 2)
        for explanation in explanations {
            #expect(Set(explanation.keys) == ["path", "steps", "summary", "timeline", "caveats"])
            let steps = try #require(explanation["steps"] as? [[String: Any]])
            #expect(steps.allSatisfy { ($0["citations"] as? [String])?.isEmpty == false })
        }
    }

    @Test func explainsANode() throws {
        let output = try CLIRunner.run(["explain", "--node", "mTORC1"])
        #expect(
            output.status == 0 && output.stdout.contains("What drives it:") && output.stdout.contains("Li et al. 2010"))
        #expect(try CLIRunner.run(["explain", "--node", "mTORC1", "--from", "ketamine"]).status == 64)
    }
}

/// Large networks from the command line: gzip, PathLinker tables, JSON lines.
@Suite struct NetworkCLITests {
    @Test(
        .enabled(
            if: SharedData.has("networks/pathlinker-2018-human-interactome.txt.gz"), "needs ../shared/data/networks"))
    func readsTheCompressedPathLinkerInteractome() throws {
        let file = SharedData.path("networks/pathlinker-2018-human-interactome.txt.gz")
        let stats = try CLIRunner.run(["stats", "--graph", file, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(object["nodes"] as? Int == 16_713 && object["interactions"] as? Int == 503_987)
        let count = try CLIRunner.run([
            "trace", "--graph", file, "--from", "Q13224", "--to", "P16220", "--max-depth", "4", "--json", "--limit",
            "1",
        ])
        let result = try #require(try JSONSerialization.jsonObject(with: Data(count.stdout.utf8)) as? [String: Any])
        #expect(result["total"] as? Int == 8_896)
        #expect((result["paths"] as? [[String: Any]])?.first?["sign"] as? String == "unknown")
    }

    @Test func aSnapshotAnswersLikeItsSourceAndADamagedOneIsRefused() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let written = try CLIRunner.run(["snapshot", "ketamine"], in: folder)
        #expect(written.status == 0 && written.stderr.contains("wrote ketamine.npsnap: 74 nodes"))
        let snapshot = folder.appendingPathComponent("ketamine.npsnap").path
        let question = ["trace", "--from", "ketamine", "--to", "synaptogenesis", "--json"]
        let fromText = try CLIRunner.run(question)
        let fromSnapshot = try CLIRunner.run(question + ["--graph", snapshot])
        #expect(fromSnapshot.status == 0 && fromSnapshot.stdout == fromText.stdout)
        let validated = try CLIRunner.run(["validate", "--strict", snapshot])
        #expect(validated.status == 0 && validated.stdout.contains("0 errors, 0 warnings"))

        var bytes = try Data(contentsOf: URL(fileURLWithPath: snapshot))
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: snapshot))
        let damaged = try CLIRunner.run(question + ["--graph", snapshot])
        #expect(damaged.status == 65 && damaged.stderr.contains("damaged") && damaged.stdout.isEmpty)
        // The library says to write it again; the command line says how.
        #expect(damaged.stderr.contains("(neuropath snapshot NETWORK -o \(snapshot))"), "\(damaged.stderr)")
        #expect(
            try CLIRunner.run(["snapshot", snapshot, "-o", snapshot]).stderr.contains("would overwrite the input"))
    }

    @Test func aTableWithUnknownColumnNamesIsReadWithColumns() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        try "from\tto\tmode\nA\tB\t1\nB\tC\t-1\n".write(
            to: folder.appendingPathComponent("lab.tsv"), atomically: true, encoding: .utf8)
        let guessed = try CLIRunner.run(["stats", "--graph", "lab.tsv"], in: folder)
        #expect(guessed.status == 65 && guessed.stderr.hasPrefix("lab.tsv:1:1: error: this looks like a table"))
        #expect(guessed.stderr.contains("--columns source=from,target=to,sign=mode"))
        let told = try CLIRunner.run(
            [
                "effect", "--graph", "lab.tsv", "--columns", "source=from,target=to,sign=mode", "--from", "A", "--to",
                "C",
            ],
            in: folder)
        #expect(told.status == 0 && told.stdout.contains("decreases"))
        let converted = try CLIRunner.run(
            ["convert", "lab.tsv", "--columns", "source=1,target=2,sign=3", "-o", "lab.npath"], in: folder)
        #expect(converted.status == 0)
        #expect(
            try CLIRunner.run(["stats", "--graph", "lab.npath"], in: folder).stdout.contains(
                "2 (1 positive, 1 negative"))
        let typo = try CLIRunner.run(["stats", "--graph", "lab.tsv", "--columns", "sorce=from"], in: folder)
        #expect(typo.status == 64 && typo.stderr.contains("did you mean 'source'"))
    }

    @Test func aCorruptGzipFileIsMalformedInput() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let file = folder.appendingPathComponent("broken.sif.gz")
        try Data([0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02]).write(to: file)
        let output = try CLIRunner.run(["stats", "--graph", file.path])
        #expect(output.status == 65 && output.stderr.contains("gzip"))
    }

    @Test func jsonLinesStreamEveryPathThenTheTotal() throws {
        let output = try CLIRunner.run([
            "trace", "--from", "ketamine", "--to", "synaptogenesis", "--max-depth", "12", "--jsonl",
        ])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        let objects = try lines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let summary = try #require(objects.last)
        #expect(summary["total"] as? Int == objects.count - 1 && summary["truncated"] as? Bool == false)
        #expect(objects.dropLast().allSatisfy { $0["nodes"] is [String] && $0["steps"] is [Any] })
        let counted = try CLIRunner.run([
            "trace", "--from", "ketamine", "--to", "synaptogenesis", "--max-depth", "12", "--count-only", "--json",
        ])
        let total = try #require(try JSONSerialization.jsonObject(with: Data(counted.stdout.utf8)) as? [String: Any])
        #expect(total["total"] as? Int == objects.count - 1)
    }

    @Test func quizGivesValidQuestionsReproducibly() throws {
        let run = try CLIRunner.run(["quiz", "--count", "5", "--seed", "7", "--json"])
        #expect(run.status == 0)
        let quiz = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(quiz["seed"] as? Int == 7)
        let questions = try #require(quiz["questions"] as? [[String: Any]])
        #expect(questions.count == 5)
        for question in questions {
            let choices = try #require(question["choices"] as? [String])
            let answer = try #require(question["answer"] as? Int)
            #expect(choices.indices.contains(answer))
            #expect(QuizQuestion.Kind.allCases.map(\.rawValue).contains(question["kind"] as? String ?? ""))
            #expect(question["explanation"] is String && question["references"] is [String])
        }
        #expect(try CLIRunner.run(["quiz", "--count", "5", "--seed", "7", "--json"]).stdout == run.stdout)
        let text = try CLIRunner.run(["quiz", "--count", "2"])
        #expect(text.status == 0 && text.stdout.contains("Answer: ") && text.stdout.contains("not medical advice"))
        #expect(try CLIRunner.run(["quiz", "--count", "0"]).status == 64)
    }
}

/// The status line shown while a large file loads: on a terminal only, and erased before the answer.
@Suite struct LoadProgressCLITests {
    static let network = "networks/pathlinker-2018-human-interactome.txt.gz"
    static let script = "/usr/bin/script"

    @Test(.enabled(if: SharedData.has(network), "needs the PathLinker network"))
    func nothingIsShownWhenStandardErrorIsNotATerminal() throws {
        let output = try CLIRunner.run(
            ["stats", "--graph", SharedData.path(Self.network)], environment: ["NEUROPATH_PROGRESS_AFTER": "0"])
        #expect(output.status == 0 && output.stderr.isEmpty)
    }

    @Test(
        .enabled(if: SharedData.has(network), "needs the PathLinker network"),
        .enabled(if: FileManager.default.isExecutableFile(atPath: script), "needs script(1) for a terminal"))
    func onATerminalTheLineIsShownThenErased() throws {
        // script(1) runs the command on a pseudo-terminal and copies what it wrote.
        let command = [CLIRunner.executable.path, "stats", "--graph", SharedData.path(Self.network)]
            .map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.script)
        process.arguments = ["-qec", command, "/dev/null"]
        process.environment = ProcessInfo.processInfo.environment.merging(["NEUROPATH_PROGRESS_AFTER": "0"]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(text.contains("reading pathlinker-2018-human-interactome.txt.gz ("))
        // Erased (carriage return, clear to end of line) before the first line of the answer.
        let erase = "\r\u{1B}[K"
        #expect(text.range(of: erase + "pathlinker-2018-human-interactome") != nil, "\(text.debugDescription)")
    }
}
