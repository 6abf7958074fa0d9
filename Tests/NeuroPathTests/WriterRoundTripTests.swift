import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// Graphs written as Cytoscape.js JSON, SBGN-ML and GraphML: read back into the same interactions, well formed
/// (GraphML), and valid against the SBGN-ML schema when `xmllint` and the schema are at hand.
@Suite struct WriterRoundTripTests {
    /// `source relation target` of every interaction, as a multiset.
    func triples(_ graph: PathwayGraph, naming name: (Node) -> String = \.id) -> [String: Int] {
        graph.interactions.reduce(into: [:]) { counts, interaction in
            let key =
                "\(name(graph[interaction.source])) \(interaction.relation.rawValue) "
                + name(graph[interaction.target])
            counts[key, default: 0] += 1
        }
    }

    /// `source sign[!] target` by label: what SBGN keeps (a necessary input there is a positive one: necessary
    /// stimulation).
    func signs(_ graph: PathwayGraph) -> [String: Int] {
        graph.interactions.reduce(into: [:]) { counts, interaction in
            let sign = interaction.sign.map { $0 == .positive ? "+" : "-" } ?? "?"
            let key =
                "\(graph[interaction.source].displayName) \(sign)"
                + "\(interaction.isNecessary && interaction.sign == .positive ? "!" : "") "
                + graph[interaction.target].displayName
            counts[key, default: 0] += 1
        }
    }

    func graphs() throws -> [PathwayGraph] {
        [try GraphLoader.bundled("ketamine")]
            + (0..<20).map { RandomGraphs.make(seed: UInt64($0) &+ 9000, nodes: 9, interactions: 20) }
    }

    @Test func sifReadsBackTheSameNodesAndSigns() throws {
        // 30 nodes and 12 interactions: most random graphs have nodes without interactions.
        let graphs =
            try graphs() + (0..<10).map { RandomGraphs.make(seed: UInt64($0) &+ 9100, nodes: 30, interactions: 12) }
        for graph in graphs {
            let read = try GraphLoader().load(data: Data(SIFWriter.write(graph).utf8), file: "g.sif")
            #expect(Set(read.nodes.map(\.id)) == Set(graph.nodes.map(\.id)), "every node, isolated ones too")
            func signs(_ graph: PathwayGraph) -> [String: Int] {
                graph.interactions.reduce(into: [:]) { counts, interaction in
                    let sign = interaction.sign.map { $0 == .positive ? "+" : "-" } ?? "?"
                    counts[
                        "\(graph[interaction.source].id) \(sign) \(graph[interaction.target].id)",
                        default: 0] += 1
                }
            }
            #expect(signs(read) == signs(graph))
        }
    }

    @Test func cytoscapeJSONReadsBackTheSameGraph() throws {
        for graph in try graphs() {
            let text = CytoscapeJSONWriter.write(graph)
            #expect(text == CytoscapeJSONWriter.write(graph), "the same bytes each time")
            let back = try GraphLoader().load(data: Data(text.utf8), file: "g.cyjs")
            #expect(back.nodes.map(\.id) == graph.nodes.map(\.id))
            #expect(triples(back) == triples(graph))
        }
    }

    @Test func cellPopulationsAreCompoundNodesAroundTheirNodes() throws {
        let ketamine = try GraphLoader.bundled("ketamine")
        let object = try JSONSerialization.jsonObject(with: Data(CytoscapeJSONWriter.write(ketamine).utf8))
        let elements = try #require((object as? [String: Any])?["elements"] as? [String: Any])
        let nodes = try #require(elements["nodes"] as? [[String: Any]]).compactMap { $0["data"] as? [String: Any] }
        let compounds = nodes.filter { $0["kind"] as? String == "cell-population" }
        let placed = ketamine.nodes.filter { $0.population != nil }
        #expect(!placed.isEmpty)
        #expect(Set(compounds.compactMap { $0["id"] as? String }) == Set(placed.map { "population:\($0.population!)" }))
        for node in placed {
            let data = nodes.first { $0["id"] as? String == node.id }
            #expect(data?["parent"] as? String == "population:\(node.population!)", "\(node.id)")
        }
        #expect(nodes.count == ketamine.nodes.count + compounds.count)
    }

    @Test func sbgnReadsBackTheSameSignsAndNecessaryInputs() throws {
        for graph in try graphs() {
            let back = try GraphLoader().load(data: Data(SBGNWriter.write(graph).utf8), file: "g.sbgn")
            #expect(back.nodes.map(\.label) == graph.nodes.map(\.displayName))
            #expect(signs(back) == signs(graph))
        }
    }

    @Test func graphMLIsWellFormedWithEveryNodeAndEdge() throws {
        let graph = try GraphLoader.bundled("ketamine")
        var hostile = PathwayGraphBuilder(name: "<&\"'>")
        let a = try hostile.addNode(Node(id: "a<&>", label: "x\"y'z\u{1}"))
        let b = try hostile.addNode(Node(id: "b", kind: .drug))
        try hostile.addInteraction(Interaction(source: a, target: b, relation: .inhibits, note: "<script>&"))
        for written in [graph, hostile.build()] {
            let text = GraphMLWriter.write(written)
            let parser = XMLParser(data: Data(text.utf8))
            #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
            #expect(text.components(separatedBy: "<node ").count - 1 == written.nodes.count)
            #expect(text.components(separatedBy: "<edge ").count - 1 == written.interactionCount)
        }
    }

    @Test func graphMLReadsBackTheSameGraph() throws {
        for graph in try graphs() {
            let back = try GraphLoader().load(data: Data(GraphMLWriter.write(graph).utf8), file: "upload")
            #expect(back.nodes.map(\.id) == graph.nodes.map(\.id))
            #expect(back.nodes.map(\.displayName) == graph.nodes.map(\.displayName))
            #expect(back.nodes.map(\.kind) == graph.nodes.map(\.kind))
            #expect(back.nodes.map(\.description) == graph.nodes.map(\.description))
            #expect(triples(back) == triples(graph))
            let details = { (graph: PathwayGraph) in
                graph.interactions.map {
                    "\($0.evidence?.rawValue ?? "-") \($0.references) \($0.context.species) \($0.note ?? "-")"
                }
            }
            #expect(details(back) == details(graph))
        }
    }

    /// What a Python `script` prints, given `input` on its standard input (a reader of the field, run on our output).
    static func python(_ script: String, arguments: [String] = [], input text: String) throws -> Data {
        let process = Process()
        let (input, output) = (Pipe(), Pipe())
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// Cytoscape.js JSON and GraphML read by networkx (`cytoscape_graph`, `read_graphml`), a reader of the field:
    /// a directed multigraph with every node (and, for Cytoscape.js, each population's compound node) and every
    /// interaction. networkx once failed on the Cytoscape.js JSON (it needs the top-level `data`, `directed`,
    /// `multigraph` and each node's `value`).
    @Test(.enabled(if: SharedData.hasNetworkX, "needs python3 with networkx"))
    func networkXReadsCytoscapeJSONAndGraphML() throws {
        let script = """
            import json, sys, io, networkx as nx
            kind, text = sys.argv[1], sys.stdin.read()
            if kind == "cyjs":
                graph = nx.cytoscape_graph(json.loads(text))
            else:
                graph = nx.read_graphml(io.BytesIO(text.encode()), force_multigraph=True)
            print(json.dumps([graph.number_of_nodes(), graph.number_of_edges(), graph.is_directed(),
                              graph.is_multigraph()]))
            """
        for graph in try graphs().prefix(6) {
            for (kind, text) in [("cyjs", CytoscapeJSONWriter.write(graph)), ("graphml", GraphMLWriter.write(graph))] {
                let data = try Self.python(script, arguments: [kind], input: text)
                let answer = try #require(try JSONSerialization.jsonObject(with: data) as? [Any], "\(kind)")
                let compounds = kind == "cyjs" ? Set(graph.nodes.compactMap(\.population)).count : 0
                #expect(answer[0] as? Int == graph.nodes.count + compounds, "\(kind) \(graph.name ?? "")")
                #expect(answer[1] as? Int == graph.interactionCount, "\(kind) \(graph.name ?? "")")
                #expect(answer[2] as? Bool == true && answer[3] as? Bool == true, "\(kind)")
            }
        }
    }

    /// SBML-qual read by libSBML, the reference implementation: no errors in its consistency checks, a species per
    /// node, and every input's sign as the test works it out from the interactions (positive or negative when all
    /// interactions between two nodes agree, dual when both signs occur, unknown for an unsigned one).
    @Test(.enabled(if: SharedData.hasLibSBML, "needs python3 with python-libsbml"))
    func sbmlQualIsValidForLibSBMLAndKeepsEverySign() throws {
        let script = """
            import json, sys, libsbml
            document = libsbml.readSBMLFromString(sys.stdin.read())
            document.checkConsistency()
            errors = [document.getError(i).getMessage() for i in range(document.getNumErrors())
                      if document.getError(i).getSeverity() >= libsbml.LIBSBML_SEV_ERROR]
            qual = document.getModel().getPlugin("qual")
            names = {libsbml.INPUT_SIGN_POSITIVE: "positive", libsbml.INPUT_SIGN_NEGATIVE: "negative",
                     libsbml.INPUT_SIGN_DUAL: "dual", libsbml.INPUT_SIGN_UNKNOWN: "unknown"}
            inputs = []
            for t in range(qual.getNumTransitions()):
                transition = qual.getTransition(t)
                target = transition.getOutput(0).getQualitativeSpecies()
                for i in range(transition.getNumInputs()):
                    put = transition.getInput(i)
                    inputs.append([put.getQualitativeSpecies(), target, names.get(put.getSign(), "not set")])
            print(json.dumps({"errors": errors, "species": qual.getNumQualitativeSpecies(), "inputs": sorted(inputs)}))
            """
        for graph in try graphs().prefix(6) {
            let text = SBMLQualWriter.write(graph)
            let data = try Self.python(script, input: text)
            let answer = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect((answer["errors"] as? [String]) == [], "\(graph.name ?? "")")
            #expect(answer["species"] as? Int == graph.nodes.count)
            // The signs, worked out here from the interactions.
            var signs: [[String]: Set<String>] = [:]
            for interaction in graph.interactions {
                let key = [graph[interaction.source].id, graph[interaction.target].id]
                signs[key, default: []].insert(
                    interaction.sign.map { $0 == .positive ? "positive" : "negative" } ?? "unknown")
            }
            let expected = signs.map { key, found -> [String] in
                let sign = found.contains("unknown") ? "unknown" : found.count == 2 ? "dual" : found.first!
                return [SBMLQualWriter.identifier(key[0]), SBMLQualWriter.identifier(key[1]), sign]
            }.sorted { $0.lexicographicallyPrecedes($1) }
            #expect((answer["inputs"] as? [[String]]) == expected)
        }
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")
                && SharedData.has("formats/sbgn/SBGN.xsd"), "needs xmllint and ../shared/data/formats/sbgn/SBGN.xsd"))
    func sbgnValidatesAgainstTheSchema() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        for (index, graph) in try graphs().prefix(4).enumerated() {
            let file = folder.appendingPathComponent("g\(index).sbgn")
            try SBGNWriter.write(graph).write(to: file, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
            process.arguments = ["--noout", "--schema", SharedData.path("formats/sbgn/SBGN.xsd"), file.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "graph \(index) does not validate")
        }
    }
}

#if canImport(FoundationXML)
    import FoundationXML
#endif
