import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// Randomly corrupted inputs: every reader either loads the graph or throws a typed error with a position;
/// none crashes or hangs.
@Suite struct HostileInputTests {
    static let alphabet: [String] = [
        "\"", "\\", "=", ",", "#", "\n", "\t", " ", "@", "é", "→", "\u{0}", "node", "include", "refs=", "x",
    ]

    /// `text` with a few random insertions, deletions and replacements.
    static func mutate(_ text: String, seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed)
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...8, using: &random) where !characters.isEmpty {
            let position = Int.random(in: 0..<characters.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: characters.insert(contentsOf: alphabet.randomElement(using: &random)!, at: position)
            case 1: characters.remove(at: position)
            default: characters[position] = alphabet.randomElement(using: &random)!.first!
            }
        }
        return String(characters)
    }

    @Test(arguments: Array(UInt64(0)..<UInt64(300)))
    func corruptedNPathNeverCrashes(seed: UInt64) throws {
        let source = try #require(
            BundledGraphs.source(
                at: seed % 2 == 0 ? "modules/glutamate-synapse.npath" : "modules/neurotrophic-cascade.npath"))
        let text = Self.mutate(source, seed: seed)
        do {
            _ = try NPathParser.document(text: text, file: "fuzz.npath")
        } catch {
            guard case .invalid(let diagnostics) = error else { Issue.record("\(error)"); return }
            #expect(!diagnostics.isEmpty && diagnostics.allSatisfy { $0.line >= 1 })
        }
        do {
            _ = try NPathParser.parse(text: text, file: "fuzz.npath")
        } catch {
            guard case .invalid(let diagnostics) = error else { Issue.record("\(error)"); return }
            #expect(!diagnostics.isEmpty)
        }
    }

    @Test(arguments: Array(UInt64(0)..<UInt64(200)))
    func corruptedTablesNeverCrash(seed: UInt64) throws {
        let sif = "A\t1\tB\nB\t-1\tC\nC activates D E\n# comment\nsource interaction target\n"
        let pathLinker = "#tail\thead\tweight\tdirected\tdb_sources\nA\tB\t0.5\tTrue\tx\nB\tC\t1e-3\tFalse\t\n"
        for text in [Self.mutate(sif, seed: seed), Self.mutate(pathLinker, seed: seed)] {
            for reader in 0..<3 {
                do {
                    try Self.read(Data(text.utf8), with: reader)
                } catch {
                    switch error {
                    case .invalid(let diagnostics): #expect(!diagnostics.isEmpty)
                    case .unsupportedFormat, .unreadable: break
                    default: Issue.record("unexpected \(error)")
                    }
                }
            }
        }
    }

    /// Reads `data` with the SIF reader (0), the PathLinker reader (1) or by content (2).
    static func read(_ data: Data, with reader: Int) throws(GraphLoadError) {
        switch reader {
        case 0: _ = try SIFImporter.parse(data: data, file: "fuzz.sif")
        case 1: _ = try PathLinkerImporter.parse(data: data, file: "fuzz.txt")
        default: _ = try GraphLoader().load(data: data, file: "fuzz.tsv")
        }
    }

    @Test(arguments: Array(UInt64(0)..<UInt64(50)))
    func randomBytesAreRefusedOrRead(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let data = Data(
            (0..<Int.random(in: 0..<400, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
        do {
            // What is read must be consistent: every interaction joins nodes the graph has; ids are unique.
            let graph = try GraphLoader().load(data: data, file: "noise.bin")
            for index in 0..<graph.interactionCount {
                #expect(graph.nodeIndices.contains(graph.source(of: InteractionIndex(index))))
                #expect(graph.nodeIndices.contains(graph.target(of: InteractionIndex(index))))
            }
            #expect(Set(graph.nodes.map(\.id)).count == graph.nodes.count, "ids are unique")
        } catch {
            #expect(!error.description.isEmpty && !error.description.contains("NSCocoaErrorDomain"))
        }
    }
}
