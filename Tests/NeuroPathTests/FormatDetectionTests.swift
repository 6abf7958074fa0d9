import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// Formats told apart by content: Cytoscape.js JSON read into the same graph as its SIF twin, and the formats
/// not read yet (SBGN-ML, GPML, BEL, other XML) refused with one line that says what they look like.
@Suite struct FormatDetectionTests {
    /// The (source, relation, target) triples of a graph, as a multiset.
    func triples(_ graph: PathwayGraph) -> [String: Int] {
        graph.interactions.reduce(into: [:]) { counts, interaction in
            let key =
                "\(graph.nodes[interaction.source].id) \(interaction.relation.rawValue) \(graph.nodes[interaction.target].id)"
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
            (#"{"nodes": [], "edges": "#, .malformedRow),
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
        ("<?xml version=\"1.0\"?>\n<sbgn xmlns=\"http://sbgn.org/libsbgn/0.2\"><map/></sbgn>", "SBGN-ML"),
        ("<?xml version=\"1.0\"?>\n<!-- a comment -->\n<Pathway Name=\"BDNF\"></Pathway>", "GPML"),
        ("<graphml><graph/></graphml>", "GraphML"),
        ("<rdf:RDF></rdf:RDF>", "RDF"),
        ("SET DOCUMENT Name = \"x\"\nSET Citation = {\"PubMed\", \"1\"}\np(HGNC:A) -> p(HGNC:B)\n", "BEL"),
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

    @Test func theSharedFilesOfUnreadFormatsAreRecognised() throws {
        for (file, kind) in [
            ("formats/sbgn/activity-nodes.sbgn", "SBGN-ML"), ("formats/gpml/WP2380.gpml", "GPML"),
            ("formats/bel/thorough.bel", "BEL"),
        ] where SharedData.has(file) {
            do {
                _ = try GraphLoader().load(file: SharedData.path(file))
                Issue.record("\(file) must fail")
            } catch {
                guard case .formatNotRead(_, let looksLike) = error else {
                    Issue.record("unexpected \(error)")
                    continue
                }
                #expect(looksLike.contains(kind), "\(file)")
            }
        }
    }
}
