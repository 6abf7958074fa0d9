import NeuroPath
import NeuroPathTestSupport
import Testing

/// The canonical writer: parse → write → parse is the identity, and writing is idempotent.
@Suite struct NPathRoundTripTests {
    /// Awkward text: quotes, backslashes, `#`, `=`, commas, newlines, tabs, Unicode, empty strings.
    static let awkward = [
        "plain", "two words", "say \"hi\"", "back\\slash", "#hash", "a=b", "x,y", "line\nbreak", "tab\there", "α-β ✓",
        "", "trailing ",
    ]

    static func randomDocument(seed: UInt64) -> NPathDocument {
        var random = SeededGenerator(seed: seed)
        func pick<T>(_ items: [T]) -> T { items.randomElement(using: &random)! }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &random) ? value() : nil }
        func id() -> String {
            let base =
                pick(["a", "bdnf", "nmda-receptor", "x_1", "m.2", "TrkB"])
                + String(Int.random(in: 0..<50, using: &random))
            return Bool.random(using: &random) ? base : base + "@" + pick(["interneuron", "pyramidal"])
        }
        var statements: [NPathStatement] = []
        for _ in 0..<Int.random(in: 1...25, using: &random) {
            let statement: NPathStatement
            switch Int.random(in: 0..<9, using: &random) {
            case 0: statement = .comment(pick([" a comment", "no space", " # nested", ""]))
            case 1: statement = .graph(name: id(), title: maybe(pick(awkward)))
            case 2: statement = .include(pick(["modules/a", "../b", "c d"]))
            case 3:
                statement = .population(
                    CellPopulation(
                        id: pick(["interneuron", "pyramidal"]), label: maybe(pick(awkward)),
                        description: maybe(pick(awkward))))
            case 4, 5:
                statement = .node(
                    Node(
                        id: id(), label: maybe(pick(awkward)), kind: pick(NodeKind.allCases),
                        synonyms: (0..<Int.random(in: 0...3, using: &random)).map { _ in pick(awkward) },
                        description: maybe(pick(awkward)),
                        externalIDs: (0..<Int.random(in: 0...2, using: &random)).map { _ in
                            ExternalID(
                                namespace: pick(["HGNC", "ChEBI"]),
                                value: String(Int.random(in: 1...99999, using: &random)))
                        }))
            case 6:
                statement = .reference(
                    Reference(
                        key: id().replacingOccurrences(of: "@", with: "-"), authors: maybe(pick(awkward)),
                        year: maybe(Int.random(in: 1900...2030, using: &random)), title: maybe(pick(awkward)),
                        journal: maybe(pick(awkward)), doi: maybe("10.1000/xyz(1)-2"), pmid: maybe("12345")))
            default:
                statement = .interaction(
                    NPathInteraction(
                        source: id(), relation: pick(Relation.allCases), target: id(),
                        evidence: maybe(pick(EvidenceLevel.allCases)),
                        references: (0..<Int.random(in: 0...3, using: &random)).map { _ in
                            "r\(Int.random(in: 0..<9, using: &random))"
                        },
                        context: InteractionContext(
                            species: (0..<Int.random(in: 0...2, using: &random)).map { _ in pick(Species.allCases) },
                            region: maybe(pick(awkward)), population: maybe(pick(["interneuron", "two words"]))),
                        timescale: maybe(pick(Timescale.allCases)), isNecessary: Bool.random(using: &random),
                        note: maybe(pick(awkward))))
            }
            statements.append(statement)
            if Int.random(in: 0..<4, using: &random) == 0 { statements.append(.blank) }
        }
        while case .blank? = statements.last { statements.removeLast() }
        return NPathDocument(statements: statements)
    }

    @Test(arguments: Array(UInt64(0)..<UInt64(500)))
    func parseOfWriteIsTheIdentity(seed: UInt64) throws {
        let document = Self.randomDocument(seed: seed)
        let text = NPathWriter.write(document)
        let parsed = try NPathParser.document(text: text)
        #expect(parsed == document, "seed \(seed):\n\(text)")
        #expect(NPathWriter.write(parsed) == text)
    }

    @Test(arguments: Array(UInt64(0)..<UInt64(100)))
    func aGraphSurvivesConversionToNPath(seed: UInt64) throws {
        let graph = RandomGraphs.make(seed: seed, nodes: 6, interactions: 12)
        let reread = try NPathParser.parse(text: NPathWriter.write(NPathWriter.document(for: graph)))
        #expect(reread.nodes == graph.nodes)
        #expect(reread.interactions == graph.interactions)
    }

    @Test(arguments: BundledGraphs.files)
    func bundledGraphsAreCanonicallyFormatted(_ file: String) throws {
        let text = try #require(BundledGraphs.source(at: file))
        #expect(NPathWriter.write(try NPathParser.document(text: text)) == text)
    }
}
