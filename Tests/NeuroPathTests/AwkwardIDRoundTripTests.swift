import Foundation
import NeuroPathTestSupport
import Testing

@testable import NeuroPath

/// Ids as real files have them (GO terms with spaces, GPML ids with commas, Cytoscape ids with quotes) and as
/// hostile ones do (control characters, a bidi override, a zero-width space): written as `.npath` and SIF, each
/// comes back the same, or the writer refuses the graph before writing, naming the id. `.npath` once wrote
/// `node a b unspecified`, and SIF a name with a tab, both of which no longer loaded.
@Suite struct AwkwardIDRoundTripTests {
    static let awkward = [
        "a b", "say \"hi\"", " leading", "trailing ", "#hash", "tab\there", "cr\rhere", "lf\nhere", "esc\u{1B}[31m",
        "nul\u{0}here", "del\u{7F}here", "c1\u{85}here", "bidi\u{202E}here", "zero\u{200B}width", "comma,id",
        "equals=id", "back\\slash", "node", "GO:0007399 nervous system development", "café", "p(HGNC:BDNF)", "a#b",
    ]

    /// A graph whose ids are drawn from the awkward ones and ordinary ones, with interactions among them.
    static func graph(seed: UInt64) throws -> PathwayGraph {
        var random = SeededGenerator(seed: seed)
        var builder = PathwayGraphBuilder(name: "awkward")
        var ids: [String] = []
        for index in 0..<6 {
            let id =
                Bool.random(using: &random)
                ? awkward.randomElement(using: &random)! + "\(index)" : "ordinary\(index)"
            ids.append(id)
            _ = try builder.addNode(Node(id: id, label: "Label \(index) " + awkward.randomElement(using: &random)!))
        }
        for _ in 0..<8 {
            let source = Int.random(in: 0..<6, using: &random), target = Int.random(in: 0..<6, using: &random)
            try builder.addInteraction(
                source: NodeIndex(source), target: NodeIndex(target),
                relation: Bool.random(using: &random) ? .increases : .decreases)
        }
        return builder.build()
    }

    /// Every written format that is read back; GraphML and SBGN-ML refuse what XML cannot hold (fuzz-roundtrip
    /// found a GraphML id whose NUL bytes were dropped, so that it became another node's id).
    @Test(arguments: [GraphFormat.npath, .sif, .graphML, .sbgn, .cytoscapeJSON, .neuroPathJSON])
    func everyIdComesBackOrIsRefusedBeforeWriting(format: GraphFormat) throws {
        var refused = 0
        var written = 0
        for seed in UInt64(0)..<200 {
            let graph = try Self.graph(seed: seed)
            if let refusal = format.refusal(for: graph) {
                refused += 1
                #expect(!refusal.ids.isEmpty && refusal.description.contains("nothing was written"))
                // Each id it names is one the format cannot hold, and every other id can be.
                let named = Set(refusal.ids)
                for node in graph.nodes where !named.contains(node.id) {
                    // The same id with one interaction (SIF also refuses spaces in a node without any).
                    var pair = PathwayGraphBuilder(name: "pair")
                    let one = try pair.addNode(Node(id: node.id))
                    let other = try pair.addNode(Node(id: "other"))
                    try pair.addInteraction(source: one, target: other, relation: .increases)
                    #expect(format.refusal(for: pair.build()) == nil, "\(format): '\(node.id)' refused alone")
                }
                continue
            }
            written += 1
            let text = try format.write(graph)
            let file = "awkward." + format.writingExtensions[0]
            let back: PathwayGraph
            do {
                back = try GraphLoader().load(data: Data(text.utf8), file: file)
            } catch {
                Issue.record("\(format), seed \(seed): the written file does not load: \(error)\n\(text)")
                continue
            }
            #expect(back.nodes.count == graph.nodes.count, "\(format), seed \(seed)")
            if format.kept.contains(.ids) {
                #expect(Set(back.nodes.map(\.id)) == Set(graph.nodes.map(\.id)), "\(format), seed \(seed)")
            }
            #expect(back.interactionCount == graph.interactionCount, "\(format), seed \(seed)")
            if format.kept.contains(.labels) {
                // SBGN-ML labels are read with each line trimmed and the lines joined by a space (editors wrap
                // labels with line breaks).
                let label = format == .sbgn ? { SBGNImporter.labelText($0) } : { (label: String) in label }
                #expect(
                    Set(back.nodes.map(\.label)) == Set(graph.nodes.map { label($0.label) }),
                    "\(format) labels, seed \(seed)")
            }
        }
        // JSON holds any text; the others refuse some ids.
        let refusesSome = ![GraphFormat.cytoscapeJSON, .neuroPathJSON].contains(format)
        #expect(
            refusesSome ? refused > 10 && written > 10 : refused == 0,
            "\(format): \(refused) refused, \(written) written")
    }

    /// Found by fuzz-roundtrip: a key cited by an interaction (SIF's extra column) with a control character is
    /// declared by the `.npath` writer, and a declaration is an id.
    @Test func aCitedKeyWithAControlCharacterIsRefused() throws {
        let text = "a\tactivates\tb\thttp://pathw\u{10}aycommons.org/pc2/Catalysis_1\n"
        let graph = try GraphLoader().load(data: Data(text.utf8), file: "cited.sif")
        let refusal = try #require(GraphFormat.npath.refusal(for: graph), "\(graph.interactions)")
        #expect(refusal.ids.count == 1 && refusal.ids[0].contains("\u{10}"))
    }

    /// Found by `fuzz-roundtrip`: a cited URL with an `@` became a reference key that `.npath` reads as a
    /// population, so the written file did not load. Such keys, and node ids with two `@`, are refused; a node
    /// id with one `@` (a node in a population) is written and read back.
    @Test func anAtSignWhereNPathReadsAPopulationIsRefused() throws {
        let text = "a\tphosphorylates\tb\thttp://x.org/a@b\nc@neuron\tactivates\td@x@y\n"
        let graph = try GraphLoader().load(data: Data(text.utf8), file: "at.sif")
        let refusal = try #require(GraphFormat.npath.refusal(for: graph))
        #expect(Set(refusal.ids) == ["d@x@y", "http://x.org/a@b"], "\(refusal)")
        var builder = PathwayGraphBuilder(name: "g")
        _ = try builder.addNode(Node(id: "c@neuron"))
        _ = try builder.addNode(Node(id: "d"))
        try builder.addInteraction(source: NodeIndex(0), target: NodeIndex(1), relation: .increases)
        let written = try GraphFormat.npath.write(builder.build())
        #expect(try GraphLoader().load(data: Data(written.utf8), file: "g.npath").nodes.map(\.id) == ["c@neuron", "d"])
    }

    @Test func theRefusalNamesTheIdEscaped() throws {
        var builder = PathwayGraphBuilder(name: "g")
        _ = try builder.addNode(Node(id: "esc\u{1B}[31m"))
        _ = try builder.addNode(Node(id: "fine"))
        let refusal = try #require(GraphFormat.npath.refusal(for: builder.build()))
        #expect(refusal.ids == ["esc\u{1B}[31m"])
        #expect(refusal.description.contains("'esc\\u{1b}[31m'") && refusal.description.contains("U+001B"))
    }

    /// Every real file of the field here (BEL, GPML, SBGN-ML, SIF, Cytoscape.js) written in every format that
    /// can be read back, and read back with its nodes and interactions (or refused before writing).
    @Test(.enabled(if: SharedData.has("formats/sif"), "needs ../shared/data/formats"))
    func realFilesRoundTripThroughEveryReadableFormat() throws {
        var checked = 0
        for folder in ["bel", "gpml", "sbgn", "sif"] {
            let directory = SharedData.path("formats/" + folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            where !file.hasSuffix(".xsd") {
                guard let graph = try? GraphLoader().load(file: directory + "/" + file) else { continue }
                for format in GraphFormat.writable where format.isReadable {
                    guard let text = try? format.write(graph) else { continue }
                    let suffix = format.writingExtensions[0]
                    let back = try? GraphLoader().load(data: Data(text.utf8), file: "round-trip." + suffix)
                    #expect(back?.nodes.count == graph.nodes.count, "\(file) as \(suffix): nodes")
                    #expect(back?.interactionCount == graph.interactionCount, "\(file) as \(suffix): interactions")
                    checked += 1
                }
            }
        }
        #expect(checked >= 30)
    }

    /// Windows line endings in every text format read as Unix ones do (BEL once read a CRLF file as one line:
    /// an empty graph). The bundled graph written in every readable format, and a PathLinker and a SIGNOR table.
    @Test func windowsLineEndingsReadAsUnixOnesInEveryTextFormat() throws {
        let ketamine = try GraphLoader().load(.ketamine)
        var files: [(name: String, text: String)] = [
            ("net.txt", "#tail\thead\tedge_weight\tedge_type\nA\tB\t0.5\tdirected\nB\tC\t0.9\tdirected\n"),
            (
                "signor.tsv",
                "ENTITYA\tENTITYB\tEFFECT\tPMID\nAKT1\tGSK3B\tdown-regulates\t1\nBDNF\tNTRK2\tup-regulates\t2\n"
            ),
            ("doc.bel", "SET Citation = {\"PubMed\", \"t\", \"1\"}\np(HGNC:A) increases p(HGNC:B)\n"),
        ]
        for format in GraphFormat.writable where format.isReadable {
            files.append(("ketamine." + format.writingExtensions[0], try format.write(ketamine)))
        }
        for (name, text) in files {
            let unix = try GraphLoader().load(data: Data(text.utf8), file: name)
            let windows = try GraphLoader().load(
                data: Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8), file: name)
            #expect(windows.nodes.map(\.id) == unix.nodes.map(\.id), "\(name)")
            #expect(windows.interactionCount == unix.interactionCount && unix.interactionCount > 0, "\(name)")
        }
    }
}
