import Foundation
@_spi(Testing) import NeuroPath
import NeuroPathCompression
import NeuroPathTestSupport
import Testing

/// Snapshots (`.npsnap`): what is written is read back whole, and a damaged, cut short, wrong-version or
/// altered snapshot is one `badSnapshot` error, never a crash or a different graph.
@Suite struct SnapshotTests {
    /// Everything a snapshot keeps, compared field by field, source locations included.
    func expectSameGraph(
        _ read: PathwayGraph, _ original: PathwayGraph, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        NeuroPathTests.expectSameGraph(read, original, sourceLocations: true, sourceLocation: sourceLocation)
    }

    func ketamineSnapshot() throws -> (PathwayGraph, Data) {
        let ketamine = try GraphLoader().load(.ketamine)
        return (ketamine, GraphSnapshot.data(of: ketamine))
    }

    func load(_ data: Data, file: String = "graph.npsnap") throws(GraphLoadError) -> PathwayGraph {
        try GraphLoader().load(data: data, file: file)
    }

    func problem(of data: Data) -> SnapshotProblem? {
        do {
            _ = try load(data)
            return nil
        } catch {
            guard case .badSnapshot(_, let problem) = error else { return nil }
            return problem
        }
    }

    @Test func theKetamineGraphReadsBackWhole() throws {
        let (ketamine, data) = try ketamineSnapshot()
        let read = try load(data)
        expectSameGraph(read, ketamine)
        // Names resolve as before: labels and synonyms are kept.
        #expect(try read.resolve("NMDAR") == ketamine.resolve("NMDAR"))
        #expect(try read.resolve("antidepressant effect") == ketamine.resolve("antidepressant effect"))
        // And queries answer the same.
        let from = try read.resolve("ketamine"), to = try read.resolve("synaptogenesis")
        #expect(
            try PathQuery(from: from, to: to, maxDepth: 10).run(on: read).total
                == PathQuery(from: from, to: to, maxDepth: 10).run(on: ketamine).total)
        // Validation sees the same declarations, at the same lines.
        #expect(!read.sourceLocations.isEmpty)
        let fromText = ValidationReport(graph: "ketamine", graph: ketamine, strict: true)
        let fromSnapshot = ValidationReport(graph: "ketamine", graph: read, strict: true)
        #expect(fromSnapshot.errors == fromText.errors && fromSnapshot.warnings == fromText.warnings)
        // The same graph gives the same bytes.
        #expect(GraphSnapshot.data(of: read) == data)
    }

    /// The bundled graph ships as a snapshot made from its current text (`scripts/update-bundled-snapshots`),
    /// and that snapshot is exactly the graph the text gives.
    @Test func theBundledSnapshotIsCurrentAndIsTheTextsGraph() throws {
        for name in BundledGraphs.names {
            #expect(
                BundledGraphs.hasSnapshot(name),
                "Graphs/snapshots is older than Graphs/\(name).npath: run scripts/update-bundled-snapshots")
            let texts = Dictionary(
                uniqueKeysWithValues: BundledGraphs.files.map { ($0, BundledGraphs.source(at: $0)!) })
            let fromText = try GraphLoader().load(npath: texts, main: "\(name).npath")
            let bundled = try GraphLoader().load(.bundled(name))
            expectSameGraph(bundled, fromText)
            #expect(GraphSnapshot.data(of: bundled) == GraphSnapshot.data(of: fromText))
        }
    }

    @Test func randomGraphsReadBackWhole() throws {
        for seed: UInt64 in 1...20 {
            let graph = RandomGraphs.make(seed: seed, nodes: 12, interactions: 40)
            expectSameGraph(try load(GraphSnapshot.data(of: graph)), graph)
        }
        expectSameGraph(try load(GraphSnapshot.data(of: .empty)), .empty)
    }

    @Test func snapshotsAreRecognisedByContentAndByExtension() throws {
        let (ketamine, data) = try ketamineSnapshot()
        #expect(GraphFormat.sniff(data) == .snapshot)
        #expect(try load(data, file: "upload").nodes == ketamine.nodes)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ketamine.npsnap")
        try data.write(to: file)
        #expect(try GraphLoader().load(file: file.path).interactions == ketamine.interactions)
        // Text under the snapshot extension is not a snapshot.
        try Data("ketamine blocks nmda\n".utf8).write(to: file)
        #expect(throws: GraphLoadError.badSnapshot(path: file.path, problem: .notASnapshot)) {
            try GraphLoader().load(file: file.path)
        }
    }

    @Test func aSnapshotCutShortAnywhereIsRefused() throws {
        let (_, data) = try ketamineSnapshot()
        // Cut to nothing, it is an empty file, which every format refuses as such.
        let empty = #expect(throws: GraphLoadError.self) { try load(Data()) }
        #expect(empty?.description.contains("the file is empty") == true)
        let lengths = Array(1..<80) + Array(stride(from: 80, to: data.count, by: 37)) + [data.count - 1]
        for length in lengths {
            let problem = problem(of: data.prefix(length))
            // Too short for the signature: not recognised as a snapshot at all, except by its extension.
            #expect(problem != nil, "a snapshot cut to \(length) of \(data.count) bytes was read")
            if length >= 32 {
                #expect(problem == .truncated(expectedBytes: data.count, foundBytes: length))
            }
        }
        #expect(problem(of: data + Data([0])) == .trailingBytes(count: 1))
    }

    /// Every byte is covered: a change anywhere, header or payload, is refused (four bytes at offset 12 once
    /// loaded with exit 0, as the reserved bytes were not checked).
    @Test func aChangeToAnyByteIsRefused() throws {
        let (_, data) = try ketamineSnapshot()
        // Every header byte, and a byte in every 37 of the payload (all of them take a debug build 20 s).
        for offset in Array(0..<64) + Array(stride(from: 64, to: data.count, by: 37)) {
            var damaged = data
            damaged[offset] ^= 0x5A
            #expect(problem(of: damaged) != nil, "a change at byte \(offset) was not noticed")
        }
    }

    @Test func aFlippedBitIsCaughtByTheChecksum() throws {
        let (_, data) = try ketamineSnapshot()
        var random = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            var damaged = data
            let offset = Int.random(in: 32..<data.count, using: &random)
            damaged[offset] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)
            #expect(problem(of: damaged) == .checksumMismatch)
        }
    }

    @Test func theHeaderIsChecked() throws {
        let (_, data) = try ketamineSnapshot()
        var otherVersion = data
        otherVersion[8] = 9
        #expect(problem(of: otherVersion) == .unsupportedVersion(found: 9, supported: GraphSnapshot.version))
        var textMode = data
        textMode.replaceSubrange(6..<8, with: [0x0A])
        #expect(problem(of: textMode) == .notASnapshot)
        var longer = data
        longer[16] = 0xFF
        #expect(
            problem(of: longer) == .truncated(expectedBytes: data.count + 0xFF - Int(data[16]), foundBytes: data.count))
        let message = GraphLoadError.badSnapshot(path: "k.npsnap", problem: .checksumMismatch).description
        #expect(message.contains("k.npsnap") && message.contains("damaged") && message.contains("write it again"))
    }

    /// Payloads with a valid checksum but altered content (what a fuzzer or a hand-edit makes): every mutation
    /// either reads as a graph whose every index is in range, or is refused as malformed.
    @Test func alteredContentWithAValidChecksumIsRefusedOrSafe() throws {
        let (_, data) = try ketamineSnapshot()
        let payload = [UInt8](data.dropFirst(32))
        var random = SeededGenerator(seed: 11)
        var refused = 0
        for round in 0..<400 {
            var mutated = payload
            for _ in 0..<(1 + round % 4) {
                let offset = Int.random(in: 0..<mutated.count, using: &random)
                mutated[offset] = round % 3 == 0 ? 0xFF : UInt8.random(in: 0...255, using: &random)
            }
            do {
                let graph = try load(GraphSnapshot.sealed(payload: mutated))
                for index in 0..<graph.interactionCount {
                    #expect(graph.nodeIndices.contains(graph.source(of: InteractionIndex(index))))
                    #expect(graph.nodeIndices.contains(graph.target(of: InteractionIndex(index))))
                    _ = graph.interaction(at: index)
                }
            } catch {
                guard case .badSnapshot(_, .malformed) = error else {
                    Issue.record("unexpected error \(error)")
                    continue
                }
                refused += 1
            }
        }
        #expect(refused > 100)
    }

    @Test func anInteractionOutOfRangeIsNamed() throws {
        let graph = RandomGraphs.make(seed: 3, nodes: 10, interactions: 30)
        let data = GraphSnapshot.data(of: graph)
        // The payload ends with the interaction columns (three of 4 bytes and four of 1 byte per interaction),
        // the weights flag (no weights here), three empty tables of source locations (4 bytes each) and the
        // teaching section (no question: 1 byte; no experiments: 4); point the first interaction's source past
        // the last node.
        var payload = [UInt8](data.dropFirst(32))
        let sourcesStart = payload.count - 5 - 12 - 1 - 16 * graph.interactionCount
        #expect(Array(payload[(sourcesStart - 4)..<sourcesStart]) == UInt32(graph.interactionCount).littleEndianBytes)
        payload.replaceSubrange(sourcesStart..<(sourcesStart + 4), with: UInt32(5000).littleEndianBytes)
        let problem = problem(of: GraphSnapshot.sealed(payload: payload))
        guard case .malformed(let detail) = problem else {
            Issue.record("expected malformed, got \(String(describing: problem))")
            return
        }
        #expect(detail.contains("interaction 0") && detail.contains("5000"))
    }

    @Test func theGraphLimitsApply() throws {
        let (_, data) = try ketamineSnapshot()
        #expect(throws: GraphLoadError.self) {
            try GraphLoader(limits: GraphLimits(maximumNodes: 10)).load(data: data, file: "k.npsnap")
        }
        do {
            _ = try GraphLoader(limits: GraphLimits(maximumInteractions: 10)).load(data: data, file: "k.npsnap")
        } catch {
            guard case .invalid(let diagnostics) = error else { throw error }
            #expect(diagnostics.first?.code == .graphTooLarge)
        }
    }

    @Test(
        .enabled(
            if: SharedData.has("networks/pathlinker-2018-human-interactome.txt.gz"), "needs ../shared/data/networks"))
    func thePathLinkerInteractomeReadsBackWithItsWeights() throws {
        let loader = GraphLoader(decompressGzip: { try Gzip.decompress($0, stoppingAfter: $1) })
        let network = try loader.load(file: SharedData.path("networks/pathlinker-2018-human-interactome.txt.gz"))
        let read = try loader.load(data: GraphSnapshot.data(of: network), file: "pathlinker.npsnap")
        expectSameGraph(read, network)
        #expect(read.nodes.count == 16_713 && read.interactionCount == 503_987)
        #expect(read.weight(of: 0) != nil)
    }
}

extension UInt32 {
    fileprivate var littleEndianBytes: [UInt8] { withUnsafeBytes(of: littleEndian) { Array($0) } }
}
