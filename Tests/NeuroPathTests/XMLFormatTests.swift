import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// SBGN-ML Activity Flow and WikiPathways GPML read into the same `PathwayGraph`: signs from arcs and arrowheads,
/// necessary stimulation as a necessary input, anchors resolved, entities drawn twice merged, gates refused.
@Suite struct XMLFormatTests {
    func load(_ text: String, file: String) throws -> PathwayGraph {
        try GraphLoader().load(data: Data(text.utf8), file: file)
    }

    func describe(_ graph: PathwayGraph) -> [String] {
        graph.interactions.map { interaction in
            let sign = interaction.sign.map { $0 == .positive ? "+" : "-" } ?? "?"
            return "\(graph[interaction.source].id) \(sign)\(interaction.isNecessary ? "!" : "") "
                + graph[interaction.target].id
        }
    }

    @Test func anActivityFlowMapKeepsItsSignsAndNecessaryStimulation() throws {
        let map = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sbgn xmlns="http://sbgn.org/libsbgn/0.3"><map language="activity flow" id="m">
              <glyph class="compartment" id="c1"><label text="cytosol"/></glyph>
              <glyph class="biological activity" id="g1" compartmentRef="c1"><label text="kinase&#xA;activity"/>
                <glyph class="unit of information" id="u1"><label text="PKA"/><entity name="macromolecule"/></glyph>
                <port id="g1.out" x="0" y="0"/></glyph>
              <glyph class="phenotype" id="g2"><label text="memory"/></glyph>
              <glyph class="perturbation" id="g3"><label text="drug"/></glyph>
              <glyph class="tag" id="t1"><label text="elsewhere"/></glyph>
              <arc class="positive influence" source="g1.out" target="g2" id="a1"/>
              <arc class="necessary stimulation" source="g3" target="g1" id="a2"/>
              <arc class="negative influence" source="g3" target="g2" id="a3"/>
              <arc class="unknown influence" source="g2" target="g1" id="a4"/>
              <arc class="equivalence arc" source="t1" target="g2" id="a5"/>
            </map></sbgn>
            """
        let graph = try load(map, file: "map.sbgn")
        #expect(graph.nodes.map(\.id) == ["g1", "g2", "g3"])
        #expect(graph.nodes[0].label == "kinase activity" && graph.nodes[1].kind == .process)
        #expect(graph.nodes[0].description == "macromolecule: PKA; in cytosol")
        #expect(describe(graph) == ["g1 + g2", "g3 +! g1", "g3 - g2", "g2 ? g1"])
    }

    /// Logic gates stand for the interactions they combine: AND makes each input necessary, OR makes them
    /// alternatives, NOT inverts the sign, delay marks the influence slower; gates nest.
    @Test(arguments: [
        ("and", "positive influence", ["a +! t", "b +! t"]), ("or", "positive influence", ["a + t", "b + t"]),
        ("not", "positive influence", ["a - t", "b - t"]), ("not", "negative influence", ["a + t", "b + t"]),
        ("delay", "positive influence", ["a + t", "b + t"]), ("and", "necessary stimulation", ["a +! t", "b +! t"]),
    ])
    func logicGatesBecomeTheInteractionsTheyStandFor(gate: String, influence: String, expected: [String]) throws {
        let map = """
            <sbgn xmlns="http://sbgn.org/libsbgn/0.2"><map language="activity flow">
              <glyph class="biological activity" id="a"><label text="A"/></glyph>
              <glyph class="biological activity" id="b"><label text="B"/></glyph>
              <glyph class="biological activity" id="t"><label text="T"/></glyph>
              <glyph class="\(gate)" id="gate7"><port id="gate7.in"/><port id="gate7.out"/></glyph>
              <arc class="logic arc" source="a" target="gate7.in"/>
              <arc class="logic arc" source="b" target="gate7.in"/>
              <arc class="\(influence)" source="gate7.out" target="t"/>
            </map></sbgn>
            """
        let graph = try load(map, file: "gates.sbgn")
        #expect(describe(graph) == expected)
        #expect(graph.interactions.allSatisfy { ($0.timescale == .hours) == (gate == "delay") })
    }

    @Test func gatesNestAndALogicArcMustEndAtAGate() throws {
        // NOT(AND(a, b)) → t: each input necessary, each sign inverted.
        let nested = """
            <sbgn xmlns="http://sbgn.org/libsbgn/0.2"><map language="activity flow">
              <glyph class="biological activity" id="a"/><glyph class="biological activity" id="b"/>
              <glyph class="biological activity" id="t"/>
              <glyph class="and" id="g1"/><glyph class="not" id="g2"/>
              <arc class="logic arc" source="a" target="g1"/><arc class="logic arc" source="b" target="g1"/>
              <arc class="logic arc" source="g1" target="g2"/>
              <arc class="positive influence" source="g2" target="t"/>
            </map></sbgn>
            """
        #expect(describe(try load(nested, file: "nested.sbgn")) == ["a -! t", "b -! t"])
        let astray = """
            <sbgn xmlns="http://sbgn.org/libsbgn/0.2"><map language="activity flow">
              <glyph class="biological activity" id="a"/><glyph class="biological activity" id="b"/>
              <arc class="logic arc" id="arc9" source="a" target="b"/>
            </map></sbgn>
            """
        #expect { try load(astray, file: "astray.sbgn") } throws: { "\($0)".contains("arc9") }
    }

    /// The three real maps with gates, counted by hand from the files: the reference card's 21 activities,
    /// perturbation and phenotype, 4 influences (its AND gate's output goes nowhere, and its other gates have no
    /// arcs); the compartment's AND of two activities into a necessary stimulation of the phenotype (2 necessary
    /// interactions); the delay's early effect → late effect, slower.
    @Test(.enabled(if: SharedData.has("formats/sbgn/delay.sbgn"), "needs ../shared/data/formats"))
    func theRealMapsWithGatesAreRead() throws {
        let card = try GraphLoader().load(file: SharedData.path("formats/sbgn/AF_Reference_Card.sbgn"))
        #expect(card.nodes.count == 21 && card.interactionCount == 4)
        let compartment = try GraphLoader().load(file: SharedData.path("formats/sbgn/compartment.sbgn"))
        #expect(describe(compartment).sorted() == ["g2 +! g5", "g3 +! g5"])
        let delay = try GraphLoader().load(file: SharedData.path("formats/sbgn/delay.sbgn"))
        #expect(describe(delay) == ["g1 + g3"] && delay.interactions[0].timescale == .hours)
    }

    @Test func processDescriptionAndBrokenXMLAreRefused() {
        let pd = #"<sbgn><map language="process description"><glyph class="macromolecule" id="x"/></map></sbgn>"#
        #expect { try load(pd, file: "pd.sbgn") } throws: { "\($0)".contains("Activity Flow maps only") }
        #expect { try load("<sbgn><map>", file: "cut.sbgn") } throws: { "\($0)".contains("not well-formed XML") }
        let entity = """
            <?xml version="1.0"?><!DOCTYPE sbgn [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <sbgn><map language="activity flow"><glyph class="phenotype" id="p"><label text="&x;"/></glyph></map></sbgn>
            """
        if let graph = try? load(entity, file: "entity.sbgn") {
            #expect(!(graph.nodes.first?.label.contains("root:") ?? false), "external entities are never read")
        }
    }

    /// A billion laughs: ten levels of entities each referring ten times to the one below. libxml2 refuses the
    /// expansion; the reader says so in one error, for every XML format.
    @Test func anEntityBombIsOneErrorInEveryXMLFormat() {
        var entities = [#"<!ENTITY a0 "lollollollollollollollollollol">"#]
        for level in 1..<10 {
            entities.append("<!ENTITY a\(level) \"\(String(repeating: "&a\(level - 1);", count: 10))\">")
        }
        for (root, file) in [("sbgn", "bomb.sbgn"), ("graphml", "bomb.graphml"), ("Pathway", "bomb.gpml")] {
            let text =
                #"<?xml version="1.0"?>"# + "\n<!DOCTYPE \(root) [\(entities.joined())]>\n"
                + #"<\#(root)><node id="&a9;"/></\#(root)>"#
            #expect(throws: GraphLoadError.self, "\(file)") { try load(text, file: file) }
            #expect {
                try load(text, file: file)
            } throws: {
                "\($0)".contains("entity bomb")
            }
        }
    }

    /// Found by `fuzz-loader`: an element name with bytes that are not UTF-8 made Foundation's XML parser trap.
    /// Such files are now refused before parsing, with the position of the bad byte.
    @Test func anElementNameThatIsNotUTF8IsRefusedNotACrash() {
        var bytes = Data(#"<?xml version="1.0"?>"#.utf8)
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(
            contentsOf: Data(#"<sbgn><map language="activity flow"><glyph class="phenotype" id="g1"><bbox"#.utf8))
        bytes.append(contentsOf: [0xFF, 0xFF, 0xFE])
        bytes.append(contentsOf: Data(#" x="1" y="2" w="3" h="4"/></glyph></map></sbgn>"#.utf8))
        for file in ["crash.sbgn", "crash.gpml", "upload"] {
            #expect {
                try GraphLoader().load(data: bytes, file: file)
            } throws: { error in
                guard case .invalid(let diagnostics) = error as? GraphLoadError else { return false }
                return diagnostics.first?.message.contains("not UTF-8") == true && diagnostics.first?.line == 2
            }
        }
    }

    @Test func gpmlResolvesAnchorsGroupsAndRepeatedBoxes() throws {
        let gpml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Pathway xmlns="http://pathvisio.org/GPML/2013a" Name="Test pathway">
              <DataNode TextLabel="A" GraphId="a1" Type="Protein"><Xref Database="Entrez Gene" ID="1"/></DataNode>
              <DataNode TextLabel="A" GraphId="a2" Type="Protein" GroupRef="g"><Xref Database="Entrez Gene" ID="1"/></DataNode>
              <DataNode TextLabel="B" GraphId="b" Type="Protein" GroupRef="g"><Xref Database="" ID=""/></DataNode>
              <DataNode TextLabel="c" GraphId="c" Type="Metabolite"/>
              <DataNode TextLabel="B" GraphId="b-rna" Type="Rna"/>
              <Interaction GraphId="i1"><Graphics>
                <Point X="0" Y="0" GraphRef="a1"/><Point X="1" Y="1" GraphRef="b" ArrowHead="mim-conversion"/>
                <Anchor Position="0.5" GraphId="anchor1"/></Graphics></Interaction>
              <Interaction GraphId="i2"><Graphics>
                <Point X="0" Y="0" GraphRef="c"/><Point X="1" Y="1" GraphRef="anchor1" ArrowHead="TBar"/>
              </Graphics></Interaction>
              <Interaction GraphId="i3"><Graphics>
                <Point X="0" Y="0" GraphRef="group1"/><Point X="1" Y="1" GraphRef="a2" ArrowHead="mim-necessary-stimulation"/>
              </Graphics></Interaction>
              <Interaction GraphId="i4"><Graphics>
                <Point X="0" Y="0" GraphRef="b-rna"/><Point X="1" Y="1" GraphRef="b" ArrowHead="mim-transcription-translation"/>
              </Graphics></Interaction>
              <Interaction GraphId="drawing"><Graphics>
                <Point X="0" Y="0"/><Point X="1" Y="1" GraphRef="b" ArrowHead="Arrow"/>
              </Graphics></Interaction>
              <Group GroupId="g" GraphId="group1" Style="Complex"/>
            </Pathway>
            """
        let graph = try load(gpml, file: "test.gpml")
        #expect(graph.title == "Test pathway")
        #expect(graph.nodes.map(\.id) == ["A", "B", "c", "B_rna", "group1"])
        #expect(graph.nodes[0].externalIDs.map(\.description) == ["Entrez Gene:1"])
        #expect(graph.nodes[4].label == "A:B")
        #expect(describe(graph) == ["A + B", "c - B", "group1 +! A", "B_rna + B"])
        #expect(graph.interactions[3].relation == .upregulatesExpression)
    }

    /// The four WikiPathways files, with counts worked out apart from NeuroPath by a Python ElementTree script
    /// following the rules the reader documents: nodes are the distinct entities among DataNodes with a GraphId
    /// (Xref database:id and Type, or label and Type without an Xref) plus the Groups an interaction resolves
    /// to; interactions are those with two or more Points whose first and last GraphRef resolve to a DataNode,
    /// a Group, or an Anchor (through its interaction's last Point, at most 8 deep).
    @Test(.enabled(if: SharedData.has("formats/gpml/WP5083.gpml"), "needs ../shared/data/formats"))
    func theSharedPathwaysAndMapsLoad() throws {
        let counts = ["WP2380": (151, 100), "WP3932": (351, 68), "WP5083": (230, 188), "WP5093": (250, 155)]
        for (name, expected) in counts {
            let graph = try GraphLoader().load(file: SharedData.path("formats/gpml/\(name).gpml"))
            #expect(graph.nodes.count == expected.0 && graph.interactionCount == expected.1, "\(name)")
            #expect(Set(graph.nodes.map(\.id)).count == graph.nodes.count)
        }
        let bdnf = try GraphLoader().load(file: SharedData.path("formats/gpml/WP2380.gpml"))
        let effect = try EffectQuery(from: bdnf.resolve("NTRK2"), maxDepth: 1).run(to: bdnf.resolve("PLCG1"), on: bdnf)
        #expect(effect.effect == .increases)
        let map = try GraphLoader().load(file: SharedData.path("formats/sbgn/activity-nodes.sbgn"))
        #expect(map.nodes.count == 3 && map.interactions.contains { $0.isNecessary })
    }

    /// Every SBGN-ML file of the shared data, with the counts worked out apart from NeuroPath by Python's
    /// ElementTree over all `<map>`s: nodes are the glyphs of class `biological activity`, `phenotype` or
    /// `perturbation`; interactions the arcs of class `positive influence`, `negative influence`, `unknown
    /// influence` or `necessary stimulation` (the three maps with logic gates are counted in
    /// ``theRealMapsWithGatesAreRead()``).
    @Test(.enabled(if: SharedData.has("formats/sbgn/activity-nodes.sbgn"), "needs ../shared/data/formats"))
    func everySharedSBGNFileLoadsWithItsCounts() throws {
        let counts: [String: (nodes: Int, interactions: Int)] = [
            "activity-nodes": (3, 2), "auxiliary-units": (6, 0), "modulation": (2, 1), "submap": (4, 1),
            "submap_expanded": (5, 4), "submaps_all-in-one": (9, 5), "two_edges_between_two_activities": (4, 4),
            "AF_Reference_Card": (21, 4), "compartment": (3, 2), "delay": (2, 1),
        ]
        let folder = SharedData.path("formats/sbgn")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".sbgn") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(counts.keys), "a count for every file")
        for (name, expected) in counts {
            let path = folder + "/" + name + ".sbgn"
            let graph = try GraphLoader().load(file: path)
            #expect(graph.nodes.count == expected.nodes && graph.interactionCount == expected.interactions, "\(name)")
        }
        // Two positive and one negative influence between the same activities stay three signed interactions.
        let pair = try GraphLoader().load(file: folder + "/two_edges_between_two_activities.sbgn")
        #expect(pair.interactions.filter { $0.sign == .positive }.count == 3)
        #expect(pair.interactions.filter { $0.sign == .negative }.count == 1)
    }

    /// 50,000 nested elements (350 KB) overflowed the stack in the GraphML, SBGN-ML and GPML readers; nesting is
    /// now limited, and the error says where.
    @Test(arguments: [("graphml", "graphml"), ("sbgn", "sbgn"), ("gpml", "Pathway")])
    func deeplyNestedElementsAreRefused(format: String, root: String) {
        let depth = 50_000
        let text =
            "<?xml version=\"1.0\"?><\(root)>" + String(repeating: "<a>", count: depth)
            + String(repeating: "</a>", count: depth) + "</\(root)>"
        do {
            _ = try load(text, file: "deep.\(format)")
            Issue.record("\(format): a document nested \(depth) deep was read")
        } catch {
            #expect("\(error)".contains("nested more than 1000 deep"), "\(format): \(error)")
        }
    }

    /// A repeated GraphId once attached its interactions to one of the two boxes without a word; a repeated
    /// Cytoscape.js node id once merged the two nodes and dropped the second's label. Both are errors now.
    @Test func repeatedIdsAreErrorsNotSilentMerges() throws {
        let gpml = """
            <Pathway xmlns="http://pathvisio.org/GPML/2013a" Name="p">
              <DataNode TextLabel="BDNF" GraphId="n1" Type="GeneProduct"/>
              <DataNode TextLabel="TrkB" GraphId="n1" Type="GeneProduct"/>
            </Pathway>
            """
        #expect { try load(gpml, file: "twice.gpml") } throws: { "\($0)".contains("GraphId 'n1'") }
        let cytoscape = """
            {"elements": {"nodes": [{"data": {"id": "a", "label": "First"}}, {"data": {"id": "b"}},
              {"data": {"id": "a", "label": "Second"}}], "edges": []}}
            """
        #expect { try load(cytoscape, file: "twice.cyjs") } throws: {
            "\($0)".contains("nodes 1 and 3 have the same id 'a'")
        }
    }
}
