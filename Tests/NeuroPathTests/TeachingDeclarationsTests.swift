import Foundation
import NeuroPath
import Testing

/// The question a graph opens with and the classic experiments it declares: read from `.npath`, kept by the
/// writers that can hold them, reported as lost by those that cannot, refused with a located message when wrong,
/// and replayed into answers that read back.
@Suite struct TeachingDeclarationsTests {
    let graph: PathwayGraph

    init() throws { graph = try GraphLoader().load(.ketamine) }

    @Test func theKetamineGraphDeclaresItsQuestionAndExperiments() throws {
        let question = try #require(graph.question)
        #expect(graph[question.from].id == "ketamine" && graph[question.to].id == "antidepressant-effect")
        #expect(graph.suggestedQuestion == question)
        #expect(graph.experiments.count == 10)
        let nbqx = try #require(graph.experiments.first { $0.key == "maeng2008-nbqx" })
        #expect(nbqx.knockout.isEmpty && nbqx.pretreat.map { graph[$0].id } == ["nbqx"])
        #expect(nbqx.blockedTargets(in: graph).map { graph[$0].id } == ["ampa-receptor@pyramidal"])
        #expect(nbqx.references == ["maeng2008"])
        #expect(nbqx.expectations.contains { graph[$0.node].id == "dissociation" && $0.outcome == .kept })
        #expect(nbqx.expectations.contains { graph[$0.node].id == "antidepressant-effect" && $0.outcome == .weakened })
    }

    @Test func npathJSONAndSnapshotsKeepThemAndTheOtherFormatsSaySo() throws {
        let npath = try NPathParser.parse(text: NPathWriter.write(NPathWriter.document(for: graph)), file: "k.npath")
        #expect(npath.question == graph.question && npath.experiments == graph.experiments)
        let json = try NeuroPathJSON.parse(data: Data(NeuroPathJSON.write(graph).utf8), file: "k.npath.json")
        #expect(json == graph)
        let snapshot = try GraphSnapshot.graph(from: GraphSnapshot.data(of: graph), file: "k.npsnap")
        #expect(snapshot.question == graph.question && snapshot.experiments == graph.experiments)
        let sif = try #require(GraphFormat.writable.first { $0.name == "sif" })
        let lost = sif.losses(in: graph).map(\.description)
        #expect(lost.contains("the opening question") && lost.contains("classic experiments (10 experiments)"))
        let npathFormat = try #require(GraphFormat.writable.first { $0.name == "npath" })
        #expect(!npathFormat.losses(in: graph).contains { [.question, .experiments].contains($0.feature) })
    }

    /// Each mistake is one diagnostic at the token that caused it.
    @Test(arguments: [
        ("question a nowhere", 1, 12, "unknown node 'nowhere'"),
        ("experiment e name=\"E\" activate=a knockout=b expect=c:gone", 1, 52, "is not NODE:OUTCOME"),
        ("experiment e name=\"E\" activate=a knockout=b expect=zz:lost", 1, 52, "unknown node 'zz'"),
        ("experiment e activate=a", 1, 12, "has no name="),
        ("experiment e name=\"E\" activate=a refs=nope", 1, 39, "unknown reference 'nope'"),
        ("experiment e name=\"E\" activate=a\nexperiment e name=\"F\" activate=a", 2, 12, "declared twice"),
    ])
    func mistakesAreLocated(line: String, row: Int, column: Int, message: String) throws {
        let text = "node a drug\nnode b receptor\nnode c process\na antagonist b\nb activates c\n"
        let error = try #require(throws: GraphLoadError.self) {
            try NPathParser.parse(text: line + "\n" + text, file: "t.npath")
        }
        guard case .invalid(let diagnostics) = error else {
            Issue.record("expected diagnostics, got \(error)")
            return
        }
        let found = try #require(diagnostics.first { $0.message.contains(message) }, "\(diagnostics)")
        #expect((found.line, found.column) == (row, column), "\(found)")
    }

    @Test func aGraphWithoutAQuestionSuggestsOneFromItsShape() throws {
        let text = """
            node x protein
            node pill drug label="Pill"
            node r receptor
            node mood therapeutic-effect
            node side adverse-effect
            x activates r
            pill antagonist r
            r inhibits mood
            r activates side
            """
        let toy = try NPathParser.parse(text: text, file: "toy.npath")
        #expect(toy.question == nil)
        let suggested = try #require(toy.suggestedQuestion)
        #expect(toy[suggested.from].id == "pill" && toy[suggested.to].id == "mood")
        #expect(GraphSummary(name: "toy", graph: toy).question! == ("pill", "mood"))
    }

    @Test func aReplayReadsBackIntoTheLibrarysTypes() throws {
        for experiment in graph.experiments {
            let replay = try ExperimentReplay(experiment).run(on: graph)
            let json = try PathwayJSONEncoder().encode(replay)
            let decoded = try PathwayJSONDecoder(graph: graph).decode(ExperimentReplay.Result.self, from: json)
            let again = try PathwayJSONEncoder().encode(decoded)
            #expect(decoded == replay && again == json)
        }
    }
}
