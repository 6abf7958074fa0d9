import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// `neuropath compare` as a student uses it: the answer in words with its sources, the timeline written, and
/// every mistake refused with one message and a non-zero exit.
@Suite struct CompareCLITests {
    @Test func theDefaultComparisonAnswersInWordsWithItsSources() throws {
        let output = try CLIRunner.run(["compare", "ketamine", "Prozac"])
        #expect(output.status == 0, "\(output.stderr)")
        let text = output.stdout
        #expect(text.hasPrefix("Ketamine vs Fluoxetine on Antidepressant effect"))
        #expect(
            text.contains(
                "onset: hours, set by Ketamine → Antidepressant effect (hours, established; Berman et al. 2000"))
        #expect(
            text.contains(
                "onset: weeks, set by Fluoxetine → Antidepressant effect (weeks, established; Cipriani et al. 2018"))
        #expect(text.contains("Why does Ketamine act faster than Fluoxetine on antidepressant effect?"))
        // The explanation is wrapped for a terminal: read it as one text.
        let explanation = text.replacingOccurrences(of: "\n  ", with: " ")
        #expect(explanation.contains("Serotonin → Autoreceptor desensitisation (Blier & de Montigny 1994"))
        #expect(explanation.contains("CREB → BDNF (Nibuya et al. 1996)"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 200 }, "no line runs on")
        let bdnf = try #require(text.split(separator: "\n").first { $0.hasPrefix("  BDNF ") })
        #expect(bdnf.contains("minutes") && bdnf.contains("weeks"))
        #expect(text.contains("Only Fluoxetine uses: Serotonin transporter"))
        #expect(text.hasSuffix("For teaching and research; not medical advice.\n"))
    }

    @Test func theDiagramIsWrittenWholeOrNotAtAll() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("timeline.svg").path
        let output = try CLIRunner.run(["compare", "ketamine", "sertraline", "--diagram", svg, "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let drawn = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(drawn.hasPrefix("<?xml") && drawn.contains("Sertraline"))
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        #expect((object?["fastest"] as? [String]) == ["ketamine"])
        // A mistake draws nothing: no file appears.
        let missing = folder.appendingPathComponent("never.svg").path
        let refused = try CLIRunner.run(["compare", "ketamine", "fluoxetin", "--diagram", missing])
        #expect(refused.status != 0 && !FileManager.default.fileExists(atPath: missing))
        let unknownFormat = try CLIRunner.run([
            "compare", "ketamine", "fluoxetine", "--diagram", folder.path + "/t.gif",
        ])
        #expect(unknownFormat.status == 64 && unknownFormat.stderr.contains(".svg, .png, .pdf or .dot"))
    }

    @Test(arguments: [
        (["compare", "ketamine"], "give two or more drugs"),
        (["compare", "ketamine", "ketamine"], "given twice"),
        (["compare", "ketamine", "fluoxetin"], "fluoxetine"),
        (["compare", "ketamine", "fluoxetine", "--on", "antidepressant-effekt"], "antidepressant-effect"),
        (["compare", "ketamine", "antidepressant effect"], "both a compared drug and the effect"),
        (["compare", "ketamine", "fluoxetine", "--routes", "-1"], "--routes"),
    ])
    func mistakesGetOneMessage(arguments: [String], words: String) throws {
        let output = try CLIRunner.run(arguments)
        #expect(output.status != 0, "\(arguments)")
        #expect(output.stdout.isEmpty, "\(arguments): \(output.stdout)")
        #expect(output.stderr.contains(words), "\(arguments): \(output.stderr)")
        #expect(output.stderr.split(separator: "\n").filter { $0.hasPrefix("neuropath: error") }.count == 1)
    }

    @Test func aGraphWithoutAQuestionNeedsTheEffectNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("toy.npath").path
        try """
        graph toy
        node a drug label=A
        node b drug label=B
        node e therapeutic-effect label=E
        a leads-to e evidence=supported time=hours
        b leads-to e evidence=supported time=weeks
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["compare", "--graph", file, "a", "b"])
        #expect(refused.status != 0 && refused.stderr.contains("--on"))
        // The timeline never overwrites the graph it was drawn from (a DOT graph is read, a DOT timeline written).
        let dot = folder.appendingPathComponent("toy.dot").path
        #expect(try CLIRunner.run(["render", "--graph", file, "-o", dot]).status == 0)
        let before = try String(contentsOfFile: dot, encoding: .utf8)
        let overwrite = try CLIRunner.run(["compare", "--graph", dot, "a", "b", "--on", "E", "--diagram", dot])
        #expect(overwrite.status == 64 && overwrite.stderr.contains("is the graph being read"), "\(overwrite.stderr)")
        #expect(try String(contentsOfFile: dot, encoding: .utf8) == before)
        let answered = try CLIRunner.run(["compare", "--graph", file, "a", "b", "--on", "E"])
        #expect(
            answered.status == 0 && answered.stdout.contains("A acts within hours, B over weeks"), "\(answered.stderr)")
    }
}
