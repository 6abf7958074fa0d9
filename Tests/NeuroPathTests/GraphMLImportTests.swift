import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// GraphML written by other tools: attributes mapped by their declared names, undirected edges in both
/// directions, hyperedges and unknown words refused with one clear message each.
@Suite struct GraphMLImportTests {
    func load(_ text: String) throws(GraphLoadError) -> PathwayGraph {
        try GraphLoader().load(data: Data(text.utf8), file: "upload")
    }

    func graphML(keys: String = "", edgeDefault: String = "directed", _ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          \(keys)
          <graph id="G" edgedefault="\(edgeDefault)">
        \(body)
          </graph>
        </graphml>
        """
    }

    @Test func attributesAreMappedByTheirDeclaredNames() throws {
        let text = graphML(
            keys: """
                <key id="d0" for="node" attr.name="name" attr.type="string"/>
                <key id="d1" for="node" attr.name="Type" attr.type="string"/>
                <key id="d2" for="edge" attr.name="interaction" attr.type="string"/>
                <key id="d3" for="edge" attr.name="sign" attr.type="int"/>
                """,
            """
                <node id="n1"><data key="d0">NTRK2 receptor</data><data key="d1">receptor</data></node>
                <node id="n2"><data key="d0"><![CDATA[PLC<γ>]]></data><data key="d1">galaxy</data></node>
                <node id="n3"/>
                <edge source="n1" target="n2"><data key="d2">stimulates</data></edge>
                <edge source="n2" target="n3"><data key="d3">-1</data></edge>
                <edge source="n3" target="n1"/>
            """)
        let graph = try load(text)
        #expect(graph.nodes.map(\.displayName) == ["NTRK2 receptor", "PLC<γ>", "n3"])
        #expect(graph.nodes.map(\.kind) == [.receptor, .unspecified, .unspecified])
        #expect(graph.interactions.map(\.sign) == [.positive, .negative, nil])
    }

    /// yEd keeps labels and arrowheads in its graphics: written here as yEd 3 writes them (ShapeNode, NodeLabel,
    /// PolyLineEdge, Arrows), with no other attributes.
    @Test func yEdLabelsAndArrowheadsGiveNamesAndSigns() throws {
        let node = { (id: String, label: String) in
            """
            <node id="\(id)"><data key="d6"><y:ShapeNode><y:Geometry height="30" width="60" x="0" y="0"/>
            <y:NodeLabel alignment="center" fontSize="12">\(label)</y:NodeLabel><y:Shape type="rectangle"/>
            </y:ShapeNode></data></node>
            """
        }
        let edge = { (id: String, source: String, target: String, arrow: String, label: String) in
            """
            <edge id="\(id)" source="\(source)" target="\(target)"><data key="d10"><y:PolyLineEdge>
            <y:LineStyle color="#000000" type="line" width="1.0"/><y:Arrows source="none" target="\(arrow)"/>
            \(label.isEmpty ? "" : "<y:EdgeLabel>\(label)</y:EdgeLabel>")</y:PolyLineEdge></data></edge>
            """
        }
        let text = graphML(
            keys: """
                <key for="node" id="d6" yfiles.type="nodegraphics"/><key for="edge" id="d10" yfiles.type="edgegraphics"/>
                """,
            [
                node("n0", "Ketamine"), node("n1", "NMDA receptor"), node("n2", "BDNF"), node("n3", "Mood"),
                edge("e0", "n0", "n1", "t_shape", ""), edge("e1", "n1", "n2", "t_shape", ""),
                edge("e2", "n2", "n3", "standard", ""), edge("e3", "n0", "n3", "none", ""),
                edge("e4", "n3", "n1", "standard", "inhibits"),
            ].joined(separator: "\n")
        ).replacingOccurrences(
            of: "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">",
            with:
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:y=\"http://www.yworks.com/xml/graphml\">"
        )
        let graph = try load(text)
        #expect(graph.nodes.map(\.label) == ["Ketamine", "NMDA receptor", "BDNF", "Mood"])
        let signs = graph.interactions.map { $0.sign.map { $0 == .positive ? "+" : "-" } ?? "?" }
        #expect(signs == ["-", "-", "+", "?", "-"])
        let ketamine = try graph.resolve("ketamine"), mood = try graph.resolve("mood")
        #expect(try EffectQuery(from: ketamine).run(to: mood, on: graph).effect == .increases)
    }

    @Test func undirectedEdgesCountOnceInEachDirection() throws {
        let body = """
                <node id="a"/><node id="b"/><node id="c"/>
                <edge source="a" target="b"/>
                <edge source="b" target="c" directed="true"/>
            """
        let undirected = try load(graphML(edgeDefault: "undirected", body))
        let pairs = undirected.interactions.map {
            "\(undirected.nodes[$0.source.rawValue].id)>\(undirected.nodes[$0.target.rawValue].id)"
        }
        #expect(pairs == ["a>b", "b>a", "b>c"])
        #expect(try load(graphML(body)).interactionCount == 2)
    }

    @Test func nestedGraphsAreFlattened() throws {
        let graph = try load(
            graphML(
                """
                    <node id="outer"><graph id="inner" edgedefault="directed">
                      <node id="x"/><node id="y"/><edge source="x" target="y"/>
                    </graph></node>
                    <edge source="outer" target="x"/>
                """))
        #expect(Set(graph.nodes.map(\.id)) == ["outer", "x", "y"])
        #expect(graph.interactionCount == 2)
    }

    static let keys =
        "<key id=\"r\" for=\"edge\" attr.name=\"relation\"/><key id=\"e\" for=\"edge\" attr.name=\"evidence\"/>"

    @Test(arguments: [
        ("<hyperedge id=\"h1\"><endpoint node=\"a\"/></hyperedge>", "hyperedge (h1)"),
        (
            "<edge source=\"a\" target=\"b\"><data key=\"r\">phosphorilates</data></edge>",
            "unknown relation 'phosphorilates'"
        ),
        (
            "<edge source=\"a\" target=\"b\"><data key=\"e\">certain</data></edge>",
            "unknown evidence level 'certain'"
        ),
        ("<edge id=\"e7\" source=\"a\"/>", "edge e7 has no source or target"),
    ])
    func badContentIsOneClearError(body: String, message: String) {
        do {
            _ = try load(graphML(keys: Self.keys, "<node id=\"a\"/><node id=\"b\"/>" + body))
            Issue.record("must fail: \(body)")
        } catch {
            guard case .invalid(let diagnostics) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(diagnostics.count == 1)
            #expect(diagnostics.first?.message.contains(message) == true, "\(diagnostics)")
        }
    }

    @Test func notGraphMLIsRefused() {
        #expect(throws: GraphLoadError.self) { try load("<graphml><key id=\"k\"/></graphml>") }
        #expect(throws: GraphLoadError.self) { try load("<graphml><graph><node id=\"a\"></graph></graphml>") }
    }

    /// The CausalPath SIF written as GraphML by networkx (`write_graphml`) reads as the same graph as the SIF.
    @Test(
        .enabled(
            if: SharedData.has("formats/sif/causalpath-causative.sif") && SharedData.hasNetworkX,
            "needs ../shared/data/formats/sif and python3 with networkx"))
    func networkXGraphMLOfARealSIFIsTheSameGraph() throws {
        let sif = SharedData.path("formats/sif/causalpath-causative.sif")
        let script = """
            import sys, networkx as nx
            graph = nx.MultiDiGraph()
            for line in open(sys.argv[1]):
                fields = line.rstrip("\\n").split("\\t")
                if len(fields) >= 3:
                    graph.add_edge(fields[0], fields[2], interaction=fields[1])
            nx.write_graphml(graph, sys.stdout.buffer)
            """
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, sif]
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let fromGraphML = try GraphLoader().load(data: data, file: "causalpath.graphml")
        let fromSIF = try GraphLoader().load(file: sif)
        #expect(fromGraphML.nodes.count == 67 && fromGraphML.interactionCount == 96)
        let triples = { (graph: PathwayGraph) in
            graph.interactions.map {
                "\(graph.nodes[$0.source.rawValue].id) \($0.relation.rawValue) \(graph.nodes[$0.target.rawValue].id)"
            }.sorted()
        }
        #expect(triples(fromGraphML) == triples(fromSIF))
    }
}
