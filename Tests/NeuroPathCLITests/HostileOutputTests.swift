import Foundation
import NeuroPathTestSupport
import Testing

/// Output that cannot be written, files that must not be replaced, and text that must not reach a terminal raw.
@Suite struct HostileOutputTests {
    /// Runs `neuropath` through the shell, so its streams can be pointed at devices; returns status and stderr.
    func shell(_ command: String, in folder: URL? = nil) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", command.replacingOccurrences(of: "neuropath ", with: "'\(CLIRunner.executable.path)' "),
        ]
        if let folder { process.currentDirectoryURL = folder }
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test(arguments: [
        "neuropath trace --from ketamine --to BDNF > /dev/full",
        "neuropath trace --from ketamine --to BDNF --json > /dev/full",
        "neuropath render -o - > /dev/full",
        "neuropath render -o /dev/full --format svg",
    ])
    func aFullDiskIsAnErrorNotASilentLoss(command: String) throws {
        let run = try shell(command)
        // Standard output that cannot be written is an I/O error (74); an output file, one not created (73).
        #expect(run.status == (command.contains("-o /dev/full") ? 73 : 74), "\(command)")
        #expect(run.stderr.contains("No space left on device"), "\(command): \(run.stderr)")
    }

    @Test func aFailedWriteToStandardErrorDoesNotCrash() throws {
        #expect(try shell("neuropath trace --from ketamine --to nowhere 2> /dev/full").status == 64)
        #expect(try shell("neuropath trace --from ketamine --to BDNF 2> /dev/full > /dev/null").status == 0)
    }

    /// A descriptor closed by the caller (`>&-`, `2>&-`) once crashed the command: the stream for it is missing.
    @Test func aClosedStandardOutputOrErrorIsAnExitStatusNotACrash() throws {
        let closedOutput = try shell("neuropath nodes >&-")
        #expect(closedOutput.status == 74 && closedOutput.stderr.contains("standard output is closed"))
        #expect(try shell("neuropath trace --from ketamine --to BDNF --json >&-").status == 74)
        // Nothing was meant for standard error: nothing is lost.
        #expect(try shell("neuropath trace --from ketamine --to BDNF 2>&- > /dev/null").status == 0)
        // The error could not be shown, and the status still says so.
        #expect(try shell("neuropath trace --from ketamine --to nowhere 2>&-").status == 64)
    }

    @Test func devicesAndSymbolicLinksAreWrittenThroughNotReplaced() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        #expect(try shell("neuropath render -o /dev/null --format svg").status == 0)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a device")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.sif").path, withDestinationPath: "target.sif")
        let output = try CLIRunner.run(["convert", "ketamine", "-o", "link.sif"], in: folder)
        #expect(output.status == 0)
        let destination = try FileManager.default.destinationOfSymbolicLink(
            atPath: folder.appendingPathComponent("link.sif").path)
        #expect(destination == "target.sif", "the link stays a link")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("target.sif"), encoding: .utf8).contains(
                "ketamine\t-1\t"))
        let directory = try CLIRunner.run(["convert", "ketamine", "-o", folder.path + "/"], in: folder)
        #expect(directory.status != 0)
    }

    @Test func terminalEscapesFromAFileArePrintedEscaped() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let hostile =
            "node a protein label=\"\u{1B}[31mred\u{1B}]0;title\u{07}\"\nnode b protein label=\"clear\u{1B}[2J\"\n"
            + "a activates b evidence=supported\n"
        try hostile.write(to: folder.appendingPathComponent("escapes.npath"), atomically: true, encoding: .utf8)
        let trace = try CLIRunner.run(["trace", "--graph", "escapes.npath", "--from", "a", "--to", "b"], in: folder)
        #expect(trace.status == 0)
        #expect(!trace.stdout.contains("\u{1B}") && !trace.stdout.contains("\u{07}"))
        #expect(trace.stdout.contains("\\e[31mred\\e]0;title\\u{7}"))
        let json = try CLIRunner.run(
            ["trace", "--graph", "escapes.npath", "--from", "a", "--to", "b", "--json"], in: folder)
        #expect(!json.stdout.contains("\u{1B}"))
        let broken = "node a protein label=\"\u{1B}[31m\"\na activates zz\n"
        try broken.write(to: folder.appendingPathComponent("broken.npath"), atomically: true, encoding: .utf8)
        let diagnostics = try CLIRunner.run(["stats", "--graph", "broken.npath"], in: folder)
        #expect(diagnostics.status == 65 && !diagnostics.stderr.contains("\u{1B}"))
    }

    @Test func aFloodOfErrorsPrintsAScreenfulWithTheTrueCount() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let lines = (0..<100_000).map { "a\tfrobnicates\tb\($0)" }.joined(separator: "\n")
        try lines.write(to: folder.appendingPathComponent("bad.sif"), atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["stats", "--graph", "bad.sif"], in: folder)
        #expect(output.status == 65)
        #expect(output.stderr.split(separator: "\n").count < 120, "a screenful, not 400,000 lines")
        #expect(output.stderr.contains("… and 99980 more (100000 errors on 100000 lines in all)"))
        #expect(!output.stderr.contains("neuropath: error: bad.sif:"), "no doubled 'error:'")
    }

    @Test func numbersThatLookLikeOptionsGetTheirOwnMessage() throws {
        let limit = try CLIRunner.run(["trace", "--from", "ketamine", "--to", "BDNF", "--limit", "-1"])
        #expect(limit.status == 64 && limit.stderr.contains("--limit must be 0 or more"))
        let depth = try CLIRunner.run(["effect", "--from", "ketamine", "--to", "BDNF", "--max-depth", "-2"])
        #expect(depth.status == 64 && depth.stderr.contains("--max-depth must be from 1 to 64"))
        let timeout = try CLIRunner.run(["trace", "--from", "ketamine", "--to", "BDNF", "--timeout", "nan"])
        #expect(timeout.status == 64 && timeout.stderr.contains("--timeout must be a positive number"))
    }

    @Test func aGraphCanComeFromAPipe() throws {
        let run = try shell("printf 'a\\t1\\tb\\n' | neuropath stats --graph /dev/stdin --json > /dev/null")
        #expect(run.status == 0, "\(run.stderr)")
    }

    /// `-o` through a symbolic link to the input once replaced the input with the output (80 KB of NeuroPath JSON
    /// became 2.8 KB of SIF): the check compared names. It compares files now, links of both kinds included.
    @Test func anOutputThatIsTheInputByAnotherNameIsRefused() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let input = folder.appendingPathComponent("graph.npath.json")
        #expect(try CLIRunner.run(["convert", "ketamine", "-o", input.path]).status == 0)
        let before = try Data(contentsOf: input)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("soft.sif").path, withDestinationPath: "graph.npath.json")
        #expect(link(input.path, folder.appendingPathComponent("hard.sif").path) == 0)
        for output in ["soft.sif", "hard.sif"] {
            let run = try CLIRunner.run(["convert", "graph.npath.json", "-o", output], in: folder)
            #expect(run.status == 64 && run.stderr.contains("would overwrite the input"), "\(output): \(run.stderr)")
            let render = try CLIRunner.run(
                ["render", "--graph", "graph.npath.json", "-o", output, "--format", "dot"], in: folder)
            #expect(render.status == 64, "\(output): \(render.stderr)")
            let snapshot = try CLIRunner.run(["snapshot", "graph.npath.json", "-o", output], in: folder)
            #expect(snapshot.status == 64, "\(output): \(snapshot.stderr)")
        }
        #expect(try Data(contentsOf: input) == before)
    }

    /// SIGTERM or SIGINT while a large output is written once left a hidden 230 MB `.tmp` file beside it.
    @Test(
        .enabled(
            if: SharedData.has("networks/pathlinker-2018-human-interactome.txt.gz"), "needs ../shared/data/networks"))
    func anInterruptedWriteLeavesNoTemporaryFile() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        for (signal, delay) in [(SIGTERM, 1.0), (SIGINT, 1.5), (SIGTERM, 2.0), (SIGINT, 2.5)] {
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = [
                "convert", SharedData.path("networks/pathlinker-2018-human-interactome.txt.gz"), "-o",
                folder.appendingPathComponent("out.cyjs").path,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            // Whenever the signal came (before, during or after the write), nothing temporary is left.
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
            #expect(left.isEmpty, "after signal \(signal) at \(delay) s: \(left)")
        }
    }

    /// One very long id once made every row of `nodes` twice its length; columns are capped.
    @Test func aVeryLongIdDoesNotWidenEveryRow() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let long = String(repeating: "x", count: 140)
        let table = "\(long)\t1\tb\nb\t1\tc\nc\t-1\td\n"
        try table.write(to: folder.appendingPathComponent("long.sif"), atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["nodes", "--graph", "long.sif"], in: folder)
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").filter { !$0.contains(long) && $0.contains("  b") }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.count < 100 }, "\(run.stdout)")
    }
}
