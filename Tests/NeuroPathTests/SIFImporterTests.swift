import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// Signed SIF import, on hand-made text and on the real files in `../shared/data`.
@Suite struct SIFImporterTests {
    @Test func readsNumericAndWordRelationsTabsSpacesAndComments() throws {
        let graph = try SIFImporter.parse(
            text: """
                # a comment
                A\t1\tB
                B\t-1\tC\textra column ignored
                C activates D E
                D inhibits A
                E phosphorylates A
                lonely
                """)
        #expect(graph.nodes.map(\.id) == ["A", "B", "C", "D", "E", "lonely"])
        #expect(graph.interactions.map(\.sign) == [.positive, .negative, .positive, .positive, .negative, nil])
        #expect(graph.interactionCount == 6)
    }

    @Test func anUnknownRelationIsAnErrorWithItsPosition() {
        do {
            _ = try SIFImporter.parse(text: "A\t1\tB\nB activtes C\n", file: "net.sif")
            Issue.record("loaded")
        } catch {
            guard case .invalid(let found) = error else { Issue.record("\(error)"); return }
            #expect(found.count == 1)
            #expect(found[0].location == "net.sif:2:3" && found[0].code == .unknownRelation)
            #expect(found[0].suggestion == "did you mean 'activates'?")
        }
    }

    @Test func aRowWithTwoFieldsIsMalformed() {
        #expect(throws: GraphLoadError.self) { try SIFImporter.parse(text: "A activates\n") }
    }

    @Test func aSignedTableWithAHeaderLoads() throws {
        let graph = try SIFImporter.parse(text: "source\tinteraction\ttarget\nA\t1\tB\nB\t-1\tA\n")
        #expect(graph.interactionCount == 2 && graph.nodes.count == 2)
    }

    @Test(.enabled(if: SharedData.has("formats/sif/causalpath-causative.sif"), "needs ../shared/data/formats/sif"))
    func causalPathSIFFromTheSharedDataLoads() throws {
        let file = URL(fileURLWithPath: SharedData.path("formats/sif/causalpath-causative.sif"))
        let graph = try GraphLoader().load(file: file.path)
        let rows = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").filter { !$0.isEmpty }
        #expect(graph.interactionCount == rows.count)
        #expect(graph.nodes.count == 67)
    }

    /// Extended SIF (Pathway Commons, CausalPath): the columns after the target are provenance, not targets.
    @Test func extraTabColumnsAreKeptAsReferencesAndNotes() throws {
        let text =
            "A\tphosphorylates\tB\thttp://pathwaycommons.org/pc2/Catalysis_1 pubmed:12345 doi:10.1/x\tS205;T308\n"
            + "B\t-1\tC\t987654\tReactome;KEGG\n" + "C\t1\tD\n"
        let graph = try SIFImporter.parse(text: text)
        #expect(graph.interactionCount == 3)
        let interactions = graph.interactions
        #expect(
            interactions[0].references == ["http://pathwaycommons.org/pc2/Catalysis_1", "PMID:12345", "doi:10.1/x"])
        #expect(interactions[0].note == "sites S205;T308")
        #expect(interactions[0].sign == nil)
        #expect(interactions[1].references == ["PMID:987654"] && interactions[1].note == "Reactome KEGG")
        #expect(interactions[2].references.isEmpty && interactions[2].note == nil)
    }

    @Test func pathwayCommonsExtendedSIFWithItsHeaderLoads() throws {
        let text =
            "PARTICIPANT_A\tINTERACTION_TYPE\tPARTICIPANT_B\tINTERACTION_DATA_SOURCE\tINTERACTION_PUBMED_ID\t"
            + "PATHWAY_NAMES\tMEDIATOR_IDS\n"
            + "PRKCD\tcontrols-phosphorylation-of\tPRKD1\tReactome;KEGG\t12345;67890\tA pathway\t"
            + "http://pathwaycommons.org/pc2/Catalysis_1\n"
        let graph = try SIFImporter.parse(text: text)
        let interaction = try #require(graph.interactions.first)
        #expect(graph.interactionCount == 1 && interaction.sign == nil)
        #expect(interaction.references == ["PMID:12345", "PMID:67890", "http://pathwaycommons.org/pc2/Catalysis_1"])
        #expect(interaction.note == "Reactome KEGG; A pathway")
    }

    @Test(.enabled(if: SharedData.has("formats/sif/causalpath-causative.sif"), "needs ../shared/data/formats/sif"))
    func causalPathSIFKeepsItsEvidenceURIsAndSites() throws {
        let graph = try GraphLoader().load(file: SharedData.path("formats/sif/causalpath-causative.sif"))
        let first = try #require(graph.interactions.first)
        #expect(
            first.references.count == 8 && first.references.allSatisfy { $0.hasPrefix("http://pathwaycommons.org") })
        #expect(first.note == "sites S205;S910;S412;S742;S420;S738")
    }

    @Test(.enabled(if: SharedData.has("networks/omnipath-signed.tsv"), "needs ../shared/data/networks"))
    func theOmniPathSignedTableLoadsWithItsHeader() throws {
        let graph = try GraphLoader().load(file: SharedData.path("networks/omnipath-signed.tsv"))
        #expect(graph.interactionCount == 19_807)
        #expect(graph.nodes.count == 6_124)
        #expect(GraphStatistics(graph).unsigned == 0)
    }
}
