import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// Formats told apart by content: Cytoscape.js JSON read into the same graph as its SIF twin, and the formats
/// not read yet (SBML, RDF, other XML) refused with one line that says what they look like.
@Suite struct FormatDetectionTests {
    /// The (source, relation, target) triples of a graph, as a multiset.
    func triples(_ graph: PathwayGraph) -> [String: Int] {
        graph.interactions.reduce(into: [:]) { counts, interaction in
            let key =
                "\(graph[interaction.source].id) \(interaction.relation.rawValue) \(graph[interaction.target].id)"
            counts[key, default: 0] += 1
        }
    }

    @Test(.enabled(if: SharedData.has("formats/sif/causalpath-causative.cyjs.json"), "needs ../shared/data/formats"))
    func cytoscapeJSONAndSIFOfOneNetworkAreOneGraph() throws {
        let sif = "sif/causalpath-causative.sif", json = "sif/causalpath-causative.cyjs.json"
        let fromSIF = try GraphLoader().load(file: SharedData.path("formats/" + sif))
        let fromJSON = try GraphLoader().load(file: SharedData.path("formats/" + json))
        #expect(fromJSON.nodes.count == 67 && fromJSON.interactionCount == 96)
        #expect(Set(fromJSON.nodes.map(\.id)) == Set(fromSIF.nodes.map(\.id)))
        #expect(triples(fromJSON) == triples(fromSIF))
        // The Pathway Commons links are references in both (the SIF's fourth column, the JSON's pcLinks).
        func cited(_ graph: PathwayGraph) -> [String: [String]] {
            Dictionary(
                graph.interactions.map {
                    (
                        "\(graph.nodes[$0.source.rawValue].id) \(graph.nodes[$0.target.rawValue].id)",
                        $0.references.sorted()
                    )
                }, uniquingKeysWith: { $0 + $1 })
        }
        #expect(cited(fromJSON) == cited(fromSIF) && !fromJSON.interactions.allSatisfy(\.references.isEmpty))
    }

    @Test func cytoscapeJSONIsReadFromBytesWithItsSigns() throws {
        let json = """
            {"elements": {"nodes": [{"data": {"id": "A"}}, {"data": {"id": "B"}}, {"data": {"id": 3}}],
             "edges": [{"data": {"source": "A", "target": "B", "interaction": "inhibits"}},
                       {"data": {"source": "B", "target": 3, "edgeType": "upregulates-expression"}}]}}
            """
        let graph = try GraphLoader().load(data: Data(json.utf8), file: "upload.json")
        #expect(graph.nodes.map(\.id) == ["A", "B", "3"])
        #expect(graph.interactions.map(\.sign) == [.negative, .positive])
        for (text, code) in [
            (#"{"nodes": [{"data": {}}], "edges": []}"#, Diagnostic.Code.malformedRow),
            (
                #"{"nodes": [], "edges": [{"data": {"source": "A", "target": "B", "interaction": "befriends"}}]}"#,
                .unknownRelation
            ),
            (#"{"nodes": [], "edges": "#, .syntax),
        ] {
            do {
                _ = try GraphLoader().load(data: Data(text.utf8), file: "g.cyjs")
                Issue.record("\(text) must fail")
            } catch {
                guard case .invalid(let diagnostics) = error else {
                    Issue.record("unexpected \(error)")
                    continue
                }
                #expect(diagnostics.map(\.code) == [code], "\(text)")
            }
        }
    }

    @Test(arguments: [
        ("<rdf:RDF></rdf:RDF>", "RDF"),
        ("<?xml version=\"1.0\"?><sbml xmlns=\"http://www.sbml.org/sbml/level3\"/>", "SBML"),
    ])
    func formatsNotReadYetSayWhatTheyLookLikeInOneLine(text: String, kind: String) {
        do {
            _ = try GraphLoader().load(data: Data(text.utf8), file: "upload")
            Issue.record("must fail")
        } catch {
            guard case .formatNotRead(_, let looksLike) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(looksLike.contains(kind))
            #expect(!error.description.contains("\n") && error.description.contains("Cytoscape.js JSON"))
        }
    }

    /// An empty file (a failed download, the wrong path) is one error in every format but `.npath`, never a graph
    /// with nothing in it; XML that is not well formed is a syntax error with its line.
    @Test func anEmptyFileIsAnErrorAndBrokenXMLASyntaxError() throws {
        for file in [
            "e.sif", "e.tsv", "e.txt", "e.cyjs", "e.json", "e.sbgn", "e.gpml", "e.bel", "e.graphml", "e.npsnap",
        ] {
            for bytes in ["", " \n\t\n"] {
                do {
                    let graph = try GraphLoader().load(data: Data(bytes.utf8), file: file)
                    Issue.record("\(file) with \(bytes.utf8.count) bytes gave \(graph.nodes.count) nodes")
                } catch {
                    guard case .invalid(let diagnostics) = error else {
                        Issue.record("\(file): unexpected \(error)")
                        continue
                    }
                    #expect(diagnostics.map(\.code) == [.emptyGraph], "\(file)")
                    #expect(diagnostics.first?.message.hasPrefix("the file is empty") == true, "\(file)")
                }
            }
        }
        #expect(try GraphLoader().load(data: Data(), file: "e.npath").nodes.isEmpty)
        do {
            _ = try GraphLoader().load(data: Data("<sbgn>\n  <map>\n</sbgn>\n".utf8), file: "broken.sbgn")
            Issue.record("broken XML must fail")
        } catch {
            guard case .invalid(let diagnostics) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(diagnostics.map(\.code) == [.syntax] && diagnostics.first?.line == 3)
        }
    }

    /// A SIGNOR export: layout from the header, sign from EFFECT, PMIDs as references, TYPE as kinds, the
    /// mechanism and residue as a note, TAX_ID as the species.
    @Test func aSIGNORTableIsReadByItsHeader() throws {
        let header = [
            "ENTITYA", "TYPEA", "IDA", "DATABASEA", "ENTITYB", "TYPEB", "IDB", "DATABASEB", "EFFECT", "MECHANISM",
            "RESIDUE", "SEQUENCE", "TAX_ID", "CELL_DATA", "TISSUE_DATA", "PMID", "SCORE",
        ]
        let rows = [
            [
                "ketamine", "chemical", "", "", "GRIN2B", "protein", "", "", "down-regulates activity",
                "chemical inhibition", "", "", "9606", "", "", "23456789", "0.9",
            ],
            [
                "BDNF", "protein", "", "", "NTRK2", "protein", "", "", "up-regulates activity", "binding", "Tyr816", "",
                "10090", "BTO:0000142", "", "12345678", "0.8",
            ],
            [
                "CREB1", "protein", "", "", "BDNF", "protein", "", "", "up-regulates quantity by expression",
                "transcriptional regulation", "", "", "", "", "", "", "",
            ],
            ["X", "protein", "", "", "Y", "complex", "", "", "form complex", "binding", "", "", "", "", "", "", ""],
        ]
        let text = ([header] + rows).map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n"
        #expect(GraphFormat.sniff(Data(text.utf8)) == .headeredTable)
        let graph = try GraphLoader().load(data: Data(text.utf8), file: "signor.tsv")
        #expect(
            graph.interactions.map(\.relation) == [.decreases, .increases, .upregulatesExpression, .associatedWith])
        #expect(graph[try graph.resolve("ketamine")].kind == .metabolite)
        #expect(graph[try graph.resolve("Y")].kind == .protein)
        let binding = graph.interactions[1]
        #expect(binding.references == ["pmid:12345678"] && graph.reference(forKey: "pmid:12345678")?.pmid == "12345678")
        #expect(binding.context.species == [.mouse] && binding.context.region == "BTO:0000142")
        #expect(binding.note == "mechanism: binding; residue: Tyr816")
        let bad = text + ["A", "", "", "", "B", "", "", "", "befriends"].joined(separator: "\t") + "\n"
        do {
            _ = try GraphLoader().load(data: Data(bad.utf8), file: "signor.tsv")
            Issue.record("an unknown effect must fail")
        } catch {
            guard case .invalid(let diagnostics) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(diagnostics.map(\.code) == [.unknownRelation] && diagnostics[0].line == 6)
        }
    }

    /// An OmniPath export: stimulation and inhibition both set give two interactions of opposite sign; an
    /// undirected row counts once per direction; `Source:PMID` references become references.
    @Test func anOmniPathTableKeepsBothSignsAndBothDirections() throws {
        let text = """
            source\ttarget\tis_directed\tis_stimulation\tis_inhibition\tconsensus_stimulation\tconsensus_inhibition\treferences
            A\tB\t1\t1\t0\t1\t0\tSIGNOR:111;HPRD:222
            B\tC\t1\t1\t1\t1\t1\t
            C\tD\t0\t0\t0\t0\t0\t

            """
        let graph = try GraphLoader().load(data: Data(text.utf8), file: "omnipath.tsv")
        let described = graph.interactions.map {
            "\(graph.nodes[$0.source.rawValue].id)\($0.sign.map { $0 == .positive ? "+" : "-" } ?? "?")\(graph.nodes[$0.target.rawValue].id)"
        }
        #expect(described == ["A+B", "B+C", "B-C", "C?D", "D?C"])
        #expect(graph.interactions[0].references == ["pmid:111", "pmid:222"])
    }
}
