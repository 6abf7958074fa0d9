import Foundation
import NeuroPath
import Testing

/// A file that a reader accepts but that yields no node and no interaction is an error, in every format: the
/// wrong file or a failed export, never an empty graph that answers every question with "no path".
@Suite struct NoGraphInFileTests {
    static let emptyDocuments: [(file: String, text: String)] = [
        ("comments.sif", "# only a comment\n# and another\n"),
        ("signor.tsv", "ENTITYA\tENTITYB\tEFFECT\tPMID\n"),
        ("interactome.txt", "#tail\thead\tedge_weight\tedge_type\n"),
        ("empty.cyjs", #"{"elements": {"nodes": [], "edges": []}}"#),
        ("empty.sbgn", #"<sbgn xmlns="http://sbgn.org/libsbgn/0.2"><map language="activity flow"/></sbgn>"#),
        ("empty.gpml", #"<Pathway xmlns="http://pathvisio.org/GPML/2013a" Name="x"/>"#),
        ("empty.graphml", #"<graphml><graph edgedefault="directed"/></graphml>"#),
        ("empty.bel", "SET DOCUMENT Name = \"x\"\nSET Citation = {\"PubMed\", \"t\", \"1\"}\n"),
        ("blank.sif", " \n\t\n"),
    ]

    @Test(arguments: emptyDocuments.map(\.file))
    func aFileWithNoGraphInItIsAnError(file: String) throws {
        let text = try #require(Self.emptyDocuments.first { $0.file == file }?.text)
        let error = try #require(throws: GraphLoadError.self) {
            try GraphLoader().load(data: Data(text.utf8), file: file)
        }
        guard case .invalid(let diagnostics) = error else {
            Issue.record("\(file): \(error)")
            return
        }
        #expect(diagnostics.count == 1, "\(file): one message: \(diagnostics)")
        #expect(
            diagnostics.first?.code == .emptyGraph,
            "\(file): \(diagnostics)")
    }

    @Test func neuroPathJSONWithoutNodesIsAnError() throws {
        var object = try #require(
            try JSONSerialization.jsonObject(with: Data(NeuroPathJSON.write(GraphLoader().load(.ketamine)).utf8))
                as? [String: Any])
        object["nodes"] = []
        object["interactions"] = []
        object["teaching"] = nil
        let data = try JSONSerialization.data(withJSONObject: object)
        let error = try #require(throws: GraphLoadError.self) {
            try GraphLoader().load(data: data, file: "g.npath.json")
        }
        #expect("\(error)".contains("no node and no interaction"), "\(error)")
    }

    /// An `.npath` module may hold only what others include (references, populations).
    @Test func anNPathModuleOfReferencesAloneStillLoads() throws {
        let graph = try GraphLoader().load(data: Data("reference r1 year=2000\n".utf8), file: "refs.npath")
        #expect(graph.nodes.isEmpty && graph.references.count == 1)
    }
}
