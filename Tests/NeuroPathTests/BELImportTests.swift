import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// The causal subset of BEL: relations and their symbols, nested statements, citations, evidence and
/// annotations, structural statements counted, a bad statement reported where it is.
@Suite struct BELImportTests {
    func load(_ text: String) throws(GraphLoadError) -> PathwayGraph {
        try GraphLoader().load(data: Data(text.utf8), file: "doc.bel")
    }

    func describe(_ graph: PathwayGraph) -> [String] {
        graph.interactions.map { interaction in
            let sign = interaction.sign.map { $0 == .positive ? "+" : "-" } ?? "?"
            return "\(graph[interaction.source].label) \(sign) \(graph[interaction.target].label)"
        }
    }

    @Test func statementsCitationsAndAnnotationsBecomeInteractions() throws {
        let graph = try load(
            """
            SET DOCUMENT Name = "Test"
            DEFINE NAMESPACE HGNC AS URL "https://example.org/hgnc.belns"
            SET Citation = {"PubMed", "A study", "12345"}
            SET Species = "10090"
            SET CellLine = "HEK293"
            SET Evidence = "First line \\
            second line"
            p(HGNC:BDNF) -> act(p(HGNC:NTRK2), ma(kin))
            act(p(HGNC:NTRK2)) directlyIncreases p(HGNC:MTOR, pmod(Ph, Ser, 2448))
            UNSET {Species, CellLine}
            a(CHEBI:ketamine) -| (p(HGNC:GRIN2B) -> bp(GO:"synapse assembly"))
            a(CHEBI:ketamine) positiveCorrelation path(MESHD:Depression)
            p(HGNC:BDNF) hasComponent p(HGNC:BDNF)
            complex(p(HGNC:A), p(HGNC:B)) -> (p(HGNC:C) -| p(HGNC:D))
            """)
        #expect(graph.title == "Test (1 non-causal statement not read)")
        #expect(
            describe(graph) == [
                "BDNF + NTRK2 activity", "NTRK2 activity + MTOR", "GRIN2B + synapse assembly",
                "ketamine - synapse assembly", "ketamine ? Depression", "C - D", "A:B - D",
            ])
        let first = graph.interactions[0]
        #expect(first.references == ["pmid:12345"] && graph.reference(forKey: "pmid:12345")?.pmid == "12345")
        #expect(first.context.species == [.mouse] && first.context.region == "HEK293")
        #expect(first.note == "First line \nsecond line")
        #expect(graph.interactions[2].context.species.isEmpty && graph.interactions[2].context.region == nil)
        #expect(graph.interactions[4].note?.hasPrefix("BEL: positiveCorrelation") == true)
        #expect(graph[try graph.resolve("p(HGNC:BDNF)")].kind == .protein)
        #expect(graph[try graph.resolve("Depression")].kind == .disorder)
        #expect(graph[try graph.resolve("ketamine")].kind == .metabolite)
    }

    @Test func aBadStatementIsReportedWhereItIs() {
        for (text, line, column, message) in [
            ("p(HGNC:A) -> p(HGNC:B)\np(HGNC:A) befriends p(HGNC:B)\n", 2, 11, "unknown relation 'befriends'"),
            ("p(HGNC:A -> p(HGNC:B)\n", 1, 1, "not closed"),
            ("SET Citation\n", 1, 1, "a SET without '='"),
            ("p(HGNC:A) -> (p(HGNC:B) -| p(HGNC:C)\n", 1, 37, "nested statement is not closed"),
        ] {
            do {
                _ = try load(text)
                Issue.record("\(text) must fail")
            } catch {
                guard case .invalid(let diagnostics) = error, let first = diagnostics.first else {
                    Issue.record("unexpected \(error)")
                    continue
                }
                #expect(first.line == line && first.column == column, "\(text): \(first.line):\(first.column)")
                #expect(first.message.contains(message), "\(first.message)")
            }
        }
    }

    @Test(.enabled(if: SharedData.has("formats/bel/thorough.bel"), "needs ../shared/data/formats"))
    func pyBELsTestDocumentsLoad() throws {
        let simple = try GraphLoader().load(file: SharedData.path("formats/bel/test_bel.bel"))
        #expect(
            Set(describe(simple)) == ["AKT1 + EGFR", "EGFR - FADD", "EGFR - CASP8", "FADD + CASP8", "AKT1 ? CASP8"])
        #expect(simple.interactions.first?.context.species == [.human])
        #expect(simple.interactions.last?.context.species == [.rat])
        #expect(Set(simple.references.map(\.key)) == ["pmid:123455", "pmid:123456"])
        // Counted by hand from the file's 54 statements: 7 structural (orthologous, :>, >>, hasMembers, isA,
        // subProcessOf, eq); 47 causal lines, two of them nested and one chained (A -> B -> C), one more
        // interaction each: 50. Unsigned: cnc ×2, -- ×3, rateLimitingStepOf, regulates, neg, pos (9); negative:
        // -| ×6 on plain lines, =| ×2, directlyDecreases ×2, and the two nested `CAT -| (H2O2 -> apoptosis)`
        // acting on apoptosis (12); the other 29 positive.
        let thorough = try GraphLoader().load(file: SharedData.path("formats/bel/thorough.bel"))
        let signs = thorough.interactions.map(\.sign)
        #expect(thorough.interactionCount == 50)
        #expect(signs.filter { $0 == .positive }.count == 29 && signs.filter { $0 == .negative }.count == 12)
        #expect(thorough.title?.contains("7 non-causal statements") == true)
        for file in ["isolated.bel", "misordered.bel"] {
            #expect(throws: Never.self) { try GraphLoader().load(file: SharedData.path("formats/bel/" + file)) }
        }
    }

    /// Windows line endings: "\r\n" is one Swift character, and splitting on "\n" once read the whole file as one
    /// line (`thorough.bel` with CRLF: 89 nodes → 0, and `validate` said ok).
    @Test func windowsLineEndingsReadAsUnixOnes() throws {
        let text = """
            SET Citation = {"PubMed", "A paper", "123"}
            SET Evidence = "It rises."
            p(HGNC:BDNF) increases p(HGNC:NTRK2)
            p(HGNC:NTRK2) -| p(HGNC:GSK3B)

            """
        let unix = try load(text)
        let windows = try load(text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(describe(windows) == describe(unix) && windows.interactionCount == 2)
        #expect(windows.references.map(\.key) == ["pmid:123"])
        if SharedData.has("formats/bel/thorough.bel") {
            let data = try Data(contentsOf: URL(fileURLWithPath: SharedData.path("formats/bel/thorough.bel")))
            let crlf = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
            let graph = try GraphLoader().load(data: crlf, file: "thorough.bel")
            #expect(graph.interactionCount == 50)
        }
    }

    /// A quoted string may span lines, as curated corpora's evidence text does; one never closed is an error at
    /// the line that opened it.
    @Test func quotedStringsSpanLinesAndAnUnclosedOneIsAnError() throws {
        let graph = try load(
            """
            SET Citation = {"PubMed", "A title", "42"}
            SET Evidence = "First line of the evidence,
            and its second line."
            p(HGNC:BDNF) increases p(HGNC:NTRK2)
            """)
        #expect(graph.interactionCount == 1)
        #expect(graph.interactions[0].note == "First line of the evidence,\nand its second line.")
        do {
            _ = try load("SET Citation = {\"PubMed\", \"A title, \"42\"}\np(HGNC:A) increases p(HGNC:B)\n")
            Issue.record("an unclosed quote was accepted")
        } catch {
            guard case .invalid(let diagnostics) = error, let first = diagnostics.first else {
                Issue.record("not a diagnostic: \(error)")
                return
            }
            #expect(first.line == 1 && first.message.contains("never closed"), "\(first.message)")
        }
    }

    /// A document with no statement is no graph, and a term with a control character is refused where it is.
    @Test func noStatementsOrControlCharactersAreErrors() throws {
        for text in ["SET Citation = {\"PubMed\", \"t\", \"1\"}\n", "# only a comment\n"] {
            #expect(throws: GraphLoadError.self) { try load(text) }
        }
        do {
            _ = try load("p(HGNC:A\u{0}B) increases p(HGNC:C)\np(HGNC:D\u{1B}E) -| p(HGNC:F)\n")
            Issue.record("control characters were accepted")
        } catch {
            guard case .invalid(let diagnostics) = error else {
                Issue.record("not a diagnostic: \(error)")
                return
            }
            #expect(diagnostics.map(\.line) == [1, 2])
            #expect(diagnostics.allSatisfy { $0.message.contains("control character") })
        }
    }
}
