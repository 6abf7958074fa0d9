import NeuroPath
import Testing

/// The lint rules of `neuropath validate`, each with its code, severity and position.
@Suite struct GraphLinterTests {
    static let graph = """
        population neuron label=Neuron
        node a protein
        node b protein
        node c@neuron protein
        node d@nueron protein
        node lonely protein
        a activates b refs=r1
        a inhibits b evidence=supported refs=r1
        b activates c@neuron evidence=supported
        c@neuron inhibits d@nueron evidence=contested refs=r1
        d@nueron activates a evidence=contested refs=r1 note="Study X disagrees."
        b activates c@neuron evidence=supported refs=r1
        b activates c@neuron evidence=supported refs=r1 species=human
        reference r1 authors="A B" year=2000 doi=10.1000/ok pmid=123
        reference r2 authors="C D" year=2001 doi=https://doi.org/10.1000/x pmid=PMC123
        """

    @Test func everyRuleReportsItsFindingAtItsPosition() throws {
        let graph = try NPathParser.parse(text: Self.graph, file: "lint.npath")
        let findings = GraphLinter.lint(graph)
        func find(_ code: Diagnostic.Code) -> [Diagnostic] { findings.filter { $0.code == code } }
        #expect(find(.missingEvidence).map(\.line) == [7])
        #expect(find(.missingReference).map(\.line) == [9])
        #expect(find(.unmarkedOppositeSigns).map(\.line) == [7, 8])
        #expect(find(.contestedWithoutCounterEvidence).map(\.line) == [10], "line 11 has a note")
        #expect(find(.unusedReference).map(\.line) == [15])
        #expect(find(.malformedDOI).map(\.line) == [15])
        #expect(find(.malformedPMID).map(\.line) == [15])
        #expect(find(.isolatedNode).map(\.line) == [6])
        // Line 12 repeats line 9 (its references may differ); line 13 is in another context.
        #expect(find(.duplicateInteraction).map(\.line) == [12])
        #expect(find(.duplicateInteraction).first?.message.contains("(line 9)") == true)
        let population = try #require(find(.unknownPopulation).first)
        #expect(population.line == 5 && population.suggestion == "did you mean 'neuron'?")
        for finding in findings {
            #expect(finding.file == "lint.npath" && finding.column > 0)
            #expect(finding.severity == GraphLinter.severities[finding.code])
        }
        #expect(Set(findings.map(\.code)) == Set(GraphLinter.severities.keys), "every rule is exercised")
    }

    @Test func oppositeSignsBothMarkedContestedAreAccepted() throws {
        let graph = try NPathParser.parse(
            text: """
                node a protein
                node b protein
                a activates b evidence=contested refs=r1,r2
                a inhibits b evidence=contested refs=r1,r2
                reference r1 year=2000
                reference r2 year=2001
                """)
        #expect(GraphLinter.lint(graph).isEmpty)
    }

    @Test func importedNetworksGetOnlyStructuralRules() throws {
        let graph = try SIFImporter.parse(text: "A\t1\tB\nB\t-1\tA\nlonely\n")
        #expect(GraphLinter.lint(graph, profile: .imported).map(\.code) == [.isolatedNode])
    }

    @Test(arguments: BundledGraphs.names)
    func theBundledGraphsAreClean(_ name: String) throws {
        #expect(GraphLinter.lint(try GraphLoader().load(.bundled(name))).isEmpty)
    }
}
