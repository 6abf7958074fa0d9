import Foundation
import NeuroPathTestSupport
import Testing

/// `neuropath render`: in-process Graphviz from the command line, file handling and refusals.
@Suite struct RenderCLITests {
    /// No Graphviz program can be found on this `PATH`: rendering must not need one.
    static let noGraphvizPrograms = ["PATH": "/nonexistent"]

    @Test(arguments: [
        ("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF".utf8)),
        ("dot", Array("digraph".utf8)),
    ])
    func rendersEachFormatWithNoGraphvizProgramOnPath(format: String, magic: [UInt8]) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let file = folder.appendingPathComponent("ketamine.\(format)")
        let output = try CLIRunner.run(
            [
                "render", "-o", file.path, "--highlight-from", "ketamine", "--highlight-to", "antidepressant effect",
                "--max-depth", "12",
            ],
            environment: Self.noGraphvizPrograms)
        #expect(output.status == 0, "\(output.stderr)")
        let data = try Data(contentsOf: file)
        #expect(data.starts(with: magic))
        #expect(data.count > 2_000)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ketamine.\(format)"],
            "no temporary files left")
    }

    @Test func writesToStandardOutputWithDash() throws {
        let output = try CLIRunner.run(["render", "-o", "-", "--focus", "BDNF", "--depth", "1", "--layout", "neato"])
        #expect(output.status == 0)
        #expect(
            output.stdout.hasPrefix("<?xml") && output.stdout.contains("node&#45;bdnf")
                && !output.stdout.contains("node&#45;ketamine"))
    }

    @Test func anUnknownLayoutListsTheAvailableOnes() throws {
        let output = try CLIRunner.run(["render", "-o", "-", "--layout", "spring"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("dot") && output.stderr.contains("neato") && output.stderr.contains("twopi"))
    }

    @Test func aGraphTooLargeToLayOutIsRefusedWithAdviceAndNothingIsOverwritten() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let network = folder.appendingPathComponent("big.sif")
        try (1..<1500).map { "n\($0 / 2)\t1\tn\($0)" }.joined(separator: "\n").write(
            to: network, atomically: true, encoding: .utf8)
        let target = folder.appendingPathComponent("out.svg")
        try "previous".write(to: target, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["render", "--graph", network.path, "-o", target.path])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--focus") && refused.stderr.contains("--highlight-from"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "previous")
        let highlighted = try CLIRunner.run([
            "render", "--graph", network.path, "-o", target.path, "--highlight-from", "n0", "--highlight-to", "n1400",
            "--max-depth", "12",
        ])
        #expect(highlighted.status == 0, "a highlight draws only its paths: \(highlighted.stderr)")
        let focused = try CLIRunner.run([
            "render", "--graph", network.path, "-o", target.path, "--focus", "n10", "--depth", "2",
        ])
        #expect(focused.status == 0)
    }

    @Test func refusesToOverwriteItsInputOrWriteWhereItCannot() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        let graph = folder.appendingPathComponent("g.npath")
        try "node a protein\nnode b protein\na activates b\n".write(to: graph, atomically: true, encoding: .utf8)
        let overwrite = try CLIRunner.run(["render", "--graph", graph.path, "-o", graph.path, "--format", "dot"])
        #expect(overwrite.status == 64)
        #expect(try String(contentsOf: graph, encoding: .utf8).hasPrefix("node a protein"))
        let nowhere = try CLIRunner.run(["render", "-o", "/nonexistent/folder/out.svg"])
        #expect(nowhere.status == 73 && nowhere.stderr.hasPrefix("neuropath: error: cannot write"))
        let unknownFormat = try CLIRunner.run(["render", "-o", folder.appendingPathComponent("out.jpeg").path])
        #expect(unknownFormat.status == 64)
        let noPath = try CLIRunner.run([
            "render", "-o", "-", "--highlight-from", "dissociation", "--highlight-to", "ketamine",
        ])
        #expect(noPath.status == 64 && noPath.stderr.contains("no path"))
    }

    @Test func aPerturbationDiagramMarksTheChanges() throws {
        let output = try CLIRunner.run([
            "render", "-o", "-", "--format", "dot", "--perturb", "ketamine", "--max-depth", "12",
        ])
        #expect(output.status == 0)
        #expect(output.stdout.contains("activated"))
        #expect(output.stdout.contains("<B>↑</B>") && output.stdout.contains("<B>↓</B>"))
    }
}
