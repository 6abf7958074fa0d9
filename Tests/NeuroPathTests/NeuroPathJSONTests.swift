import Foundation
import NeuroPath
import NeuroPathCompression
import NeuroPathTestSupport
import Testing

/// NeuroPath JSON (`.npath.json`): every graph reads back whole, and every kind of malformed file is one
/// error naming the JSON path of what is wrong.
@Suite struct NeuroPathJSONTests {
    /// Everything NeuroPath JSON keeps (all but the `.npath` source locations), compared field by field.
    func expectSameGraph(
        _ read: PathwayGraph, _ original: PathwayGraph, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        NeuroPathTests.expectSameGraph(read, original, sourceLocations: false, sourceLocation: sourceLocation)
    }

    func load(_ text: String, file: String = "graph.npath.json") throws(GraphLoadError) -> PathwayGraph {
        try GraphLoader().load(data: Data(text.utf8), file: file)
    }

    @Test func theKetamineGraphAndRandomGraphsReadBackWhole() throws {
        let graphs =
            [try GraphLoader.bundled("ketamine")]
            + (0..<20).map { RandomGraphs.make(seed: UInt64($0) &+ 4100, nodes: 12, interactions: 30) }
        for graph in graphs {
            let text = NeuroPathJSON.write(graph)
            #expect(text == NeuroPathJSON.write(graph), "the same bytes each time")
            let read = try load(text)
            expectSameGraph(read, graph)
            #expect(NeuroPathJSON.write(read) == text, "written again, the same bytes")
        }
    }

    @Test func weightsIncludingInfiniteOnesAreKept() throws {
        var builder = PathwayGraphBuilder(name: "weighted")
        let a = try builder.addNode(Node(id: "a")), b = try builder.addNode(Node(id: "b"))
        try builder.addInteraction(source: a, target: b, relation: .activates, weight: 0.1)
        try builder.addInteraction(source: b, target: a, relation: .associatedWith)
        try builder.addInteraction(source: a, target: a, relation: .inhibits, weight: .infinity)
        try builder.addInteraction(source: b, target: b, relation: .inhibits, weight: 3.0e-7)
        let graph = builder.build()
        let read = try load(NeuroPathJSON.write(graph))
        expectSameGraph(read, graph)
        #expect(read.weight(of: 1) == nil && read.weight(of: 2) == .infinity && read.weight(of: 0) == 0.1)
    }

    @Test(
        .enabled(
            if: SharedData.has("networks/pathlinker-2018-human-interactome.txt.gz"), "needs the PathLinker network"))
    func thePathLinkerInteractomeReadsBackWithItsWeights() throws {
        let loader = GraphLoader(decompressGzip: { try Gzip.decompress($0, stoppingAfter: $1) })
        let network = try loader.load(file: SharedData.path("networks/pathlinker-2018-human-interactome.txt.gz"))
        let read = try load(NeuroPathJSON.write(network))
        expectSameGraph(read, network)
        #expect(read.interactionCount == network.interactionCount && network.weight(of: 0) != nil)
    }

    @Test func itIsRecognisedByContentAndChosenByName() throws {
        let text = NeuroPathJSON.write(try GraphLoader.bundled("ketamine"))
        for file in ["ketamine.npath.json", "ketamine.json", "ketamine.txt", "download"] {
            #expect(try load(text, file: file).interactionCount == 109, "read as NeuroPath JSON when named \(file)")
        }
        #expect(GraphFormat(writingFileName: "k.npath.json") == .neuroPathJSON)
        #expect(GraphFormat(writingFileName: "k.NPATH.JSON") == .neuroPathJSON)
        #expect(GraphFormat(writingFileName: "k.json") == .cytoscapeJSON)
        #expect(GraphFormat(writingFileName: "k.sbgn") == .sbgn && GraphFormat(writingFileName: "k.png") == nil)
        #expect(GraphFormat(writingFileName: "k.sbgnml") == .sbgn)
        for format in GraphFormat.writable {
            #expect(GraphFormat(name: format.name.uppercased()) == format)
        }
    }

    @Test func theLoaderReadsTheFormatItIsToldTo() throws {
        let sif = Data("a activates b\nb inhibits c\n".utf8)
        // Named like NeuroPath JSON, read as SIF because the caller says so.
        let graph = try GraphLoader(format: .sif).load(data: sif, file: "odd.npath.json")
        #expect(graph.interactionCount == 2)
        // Told NeuroPath JSON, SIF text is a JSON syntax error, not a guess.
        #expect(throws: GraphLoadError.self) { try GraphLoader(format: .neuroPathJSON).load(data: sif, file: "g.sif") }
        // A bundled graph is .npath only.
        #expect(throws: GraphLoadError.self) { try GraphLoader(format: .sif).load(.ketamine) }
        #expect(try GraphLoader(format: .npath).load(.ketamine).interactionCount == 109)
    }

    /// Each malformed document and what its one error must say.
    @Test func malformedFilesAreOneClearErrorEach() {
        let header = #""format": "neuropath-graph", "version": 1"#
        let cases: [(text: String, code: Diagnostic.Code, message: String)] = [
            (#"{"format": "neuropath-graph", "nodes": ["#, .syntax, "not valid JSON"),
            ("{\(header),\n \"nodes\": [x], \"interactions\": []}", .syntax, "expected a value"),
            ("{\(header), \"nodes\": []}", .missingValue, #"the top-level object has no "interactions""#),
            (
                #"{"format": "cytoscape", "version": 1, "nodes": [], "interactions": []}"#, .malformedRow,
                "format is 'cytoscape'"
            ),
            (
                #"{"format": "neuropath-graph", "version": 7, "nodes": [], "interactions": []}"#, .malformedRow,
                "version is 7"
            ),
            (
                "{\(header), \"nodes\": [{\"id\": 3}], \"interactions\": []}", .malformedRow,
                "nodes[0].id is not a string"
            ),
            (
                "{\(header), \"nodes\": [{\"label\": \"A\"}], \"interactions\": []}", .missingValue,
                #"nodes[0] has no "id""#
            ),
            ("{\(header), \"nodes\": [{\"id\": \"\"}], \"interactions\": []}", .malformedRow, "nodes[0].id is empty"),
            (
                "{\(header), \"nodes\": [{\"id\": \"a\"}, {\"id\": \"a\"}], \"interactions\": []}",
                .duplicateDeclaration,
                "nodes[1].id 'a' is the id of an earlier node"
            ),
            (
                "{\(header), \"nodes\": [{\"id\": \"a\", \"kind\": \"protien\"}], \"interactions\": []}", .unknownKind,
                "nodes[0].kind 'protien' is not a node kind"
            ),
            (
                "{\(header), \"nodes\": [{\"id\": \"a\", \"xrefs\": [\"HGNC\"]}], \"interactions\": []}", .invalidValue,
                "nodes[0].xrefs[0] 'HGNC' is not NAMESPACE:ID"
            ),
            (
                "{\(header), \"nodes\": [{\"id\": \"alpha\"}], \"interactions\": [{\"source\": \"alpa\", \"target\": \"alpha\", \"relation\": \"activates\"}]}",
                .unknownNode, "interactions[0].source 'alpa' is not the id of a node"
            ),
            (
                "{\(header), \"nodes\": [{\"id\": \"a\"}], \"interactions\": [{\"source\": \"a\", \"target\": \"a\", \"relation\": \"activats\"}]}",
                .unknownRelation, "interactions[0].relation 'activats' is not a relation"
            ),
            (
                "{\(header), \"nodes\": [{\"id\": \"a\"}], \"interactions\": [{\"source\": \"a\", \"target\": \"a\", \"relation\": \"activates\", \"species\": [\"human\", \"dog\"]}]}",
                .invalidValue, "interactions[0].species[1] 'dog' is not a species"
            ),
            (
                "{\(header), \"nodes\": [{\"id\": \"a\"}], \"interactions\": [{\"source\": \"a\", \"target\": \"a\", \"relation\": \"activates\", \"weight\": \"heavy\"}]}",
                .malformedRow, "interactions[0].weight is not a number"
            ),
            (
                "{\(header), \"nodes\": [{\"id\": \"a\"}], \"interactions\": [{\"source\": \"a\", \"target\": \"a\", \"relation\": null}]}",
                .missingValue, "interactions[0].relation is null"
            ),
        ]
        for (text, code, message) in cases {
            do {
                let graph = try load(text)
                Issue.record("read \(graph.interactionCount) interactions from a malformed file: \(text)")
            } catch {
                guard case .invalid(let diagnostics) = error else {
                    Issue.record("not a diagnostic: \(error)")
                    continue
                }
                #expect(diagnostics.count == 1, "\(diagnostics)")
                #expect(diagnostics.first?.code == code, "\(diagnostics)")
                #expect(diagnostics.first?.message.contains(message) == true, "\(diagnostics) lacks \(message)")
            }
        }
    }

    @Test func suggestionsNameTheNearestWord() throws {
        let header = #""format": "neuropath-graph", "version": 1"#
        let text =
            "{\(header), \"nodes\": [{\"id\": \"alpha\"}], \"interactions\": [{\"source\": \"alpa\", "
            + "\"target\": \"alpha\", \"relation\": \"activats\", \"evidence\": \"establshed\"}]}"
        #expect {
            try load(text)
        } throws: { error in
            guard case .invalid(let diagnostics) = error as? GraphLoadError else { return false }
            return diagnostics.compactMap(\.suggestion)
                == ["did you mean 'alpha'?", "did you mean 'activates'?", "did you mean 'established'?"]
        }
    }

    @Test func theGraphLimitsApply() {
        let header = #""format": "neuropath-graph", "version": 1"#
        let text = "{\(header), \"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}], \"interactions\": []}"
        #expect {
            try GraphLoader(limits: GraphLimits(maximumNodes: 2)).load(data: Data(text.utf8), file: "g.npath.json")
        } throws: { error in
            guard case .invalid(let diagnostics) = error as? GraphLoadError else { return false }
            return diagnostics.first?.code == .graphTooLarge
        }
    }
}
