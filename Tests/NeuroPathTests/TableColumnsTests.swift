import Foundation
import NeuroPath
import Testing

/// Tables whose header names NeuroPath does not know, read with the columns said explicitly.
@Suite struct TableColumnsTests {
    let lab = "from\tto\tmode\tpubmed\tspecies\nA\tB\t1\t12345\t9606\nB\tC\t-1\t\t10090\nC\tA\tactivates\tPMID:999\t\n"

    func load(_ text: String, _ columns: String?) throws -> PathwayGraph {
        try GraphLoader(columns: columns.map { try TableColumns($0) }).load(data: Data(text.utf8), file: "lab.tsv")
    }

    @Test func namedColumnsGiveSignsReferencesAndSpecies() throws {
        let graph = try load(lab, "source=from,target=to,sign=mode,references=pubmed,taxon=species")
        #expect(graph.nodes.map(\.id).sorted() == ["A", "B", "C"])
        let interactions = graph.interactions.map {
            "\(graph.nodes[$0.source.rawValue].id)\($0.sign == .positive ? "+" : "-")\(graph.nodes[$0.target.rawValue].id)"
        }
        #expect(interactions == ["A+B", "B-C", "C+A"])
        #expect(graph.interactions.map(\.references) == [["pmid:12345"], [], ["pmid:999"]])
        #expect(graph.reference(forKey: "pmid:999")?.pmid == "999")
        #expect(graph.interactions[0].context.species == [.human])
        #expect(graph.interactions[1].context.species == [.mouse])
        // Numbers from 1 name the same columns; meanings not given are still found from known names.
        let byNumber = try load(lab, "source=1,target=2,sign=3")
        #expect(byNumber.interactions.map(\.sign) == graph.interactions.map(\.sign))
    }

    @Test func withoutColumnsTheFirstErrorSaysWhatTheFileLooksLike() {
        do {
            _ = try load(lab, nil)
            Issue.record("read a table with unknown column names as SIF")
        } catch {
            guard case .invalid(let diagnostics) = error as? GraphLoadError else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(diagnostics.first?.message.contains("looks like a table with a header (from, to, mode") == true)
            // The columns that would read it, in TableColumns' words (the command line adds `--columns`).
            #expect(diagnostics.first?.code == .unrecognisedHeader)
            #expect(diagnostics.first?.suggestion == "source=from,target=to,sign=mode")
        }
    }

    @Test func mistakesAreNamed() throws {
        #expect(throws: TableColumnsError.unknownMeaning("sorce")) { try TableColumns("sorce=from") }
        #expect(throws: TableColumnsError.repeated(.source)) { try TableColumns("source=a,source=b") }
        #expect(throws: TableColumnsError.malformed("source")) { try TableColumns("source") }
        #expect(TableColumnsError.unknownMeaning("sorce").description.contains("did you mean 'source'"))
        do {
            _ = try load(lab, "source=from,target=TO2")
            Issue.record("a column the header lacks was accepted")
        } catch {
            let message = "\(error)"
            #expect(message.contains("'TO2' given for target is not in the header") && message.contains("lab.tsv:1"))
        }
        #expect(throws: GraphLoadError.self) {
            try GraphLoader(columns: try TableColumns("source=a,target=b")).load(.ketamine)
        }
        #expect(throws: GraphLoadError.self) {
            try GraphLoader(columns: try TableColumns("source=a,target=b")).load(
                data: Data("<graphml/>".utf8), file: "x.graphml")
        }
    }
}
