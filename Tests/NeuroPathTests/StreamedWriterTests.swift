import Foundation
import NeuroPathTestSupport
import Testing

@testable import NeuroPath

/// Writers write a piece at a time; what they write is checked against the whole text made at once: for the
/// JSON formats, `JSONEncoder` on the whole document is the oracle of every byte.
@Suite struct StreamedWriterTests {
    /// Nested values of every shape JSON has, arrays of every length around the batch size.
    struct Sample: Encodable {
        var name: String
        var empty: [Int] = []
        var numbers: [Double]
        var nested: [[String: [Int]]]
        var flag: Bool?
    }

    @Test func piecesAreTheBytesOfTheWholeDocument() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for count in [0, 1, 2, 3, 5, 8] {
            let samples = (0..<count).map { index in
                Sample(
                    name: "s\(index) \"q\"/", numbers: (0..<index).map { Double($0) / 4 },
                    nested: (0..<index % 3).map { ["k\($0)": Array(0..<$0)] }, flag: index % 2 == 0 ? true : nil)
            }
            var writer = PrettyJSONWriter(encoder: encoder)
            writer.batchSize = 2
            var streamed = ""
            writer.write(
                [
                    ("samples", .array(count: samples.count) { samples[$0] }), ("title", .value("t")),
                    ("inner", .object([("b", .array(count: count) { $0 }), ("a", .value(count))])),
                    ("none", .object([])),
                ], to: &streamed)
            struct Inner: Encodable {
                var a: Int
                var b: [Int]
            }
            struct Whole: Encodable {
                var samples: [Sample]
                var title: String
                var inner: Inner
                var none: [String: Int]
            }
            let whole = Whole(samples: samples, title: "t", inner: Inner(a: count, b: Array(0..<count)), none: [:])
            let expected = String(decoding: try! encoder.encode(whole), as: UTF8.self)
            #expect(streamed == expected, "\(count) elements")
        }
    }

    @Test func theJSONWritersWriteWhatTheWholeDocumentEncodesTo() throws {
        var graphs = [try GraphLoader().load(.ketamine), PathwayGraphBuilder(name: "empty").build()]
        graphs += (0..<5).map { RandomGraphs.make(seed: UInt64($0), nodes: 1 + $0 * 40, interactions: $0 * 300) }
        for graph in graphs {
            let neuroPath = NeuroPathJSON.encoder
            let whole = String(decoding: try neuroPath.encode(NeuroPathJSONDocument(graph)), as: UTF8.self) + "\n"
            #expect(NeuroPathJSON.write(graph) == whole, "NeuroPath JSON of \(graph.name ?? "")")
            let cytoscape = CytoscapeJSONWriter.encoder
            let document = String(
                decoding: try cytoscape.encode(CytoscapeJSONWriter.document(of: graph)), as: UTF8.self)
            #expect(CytoscapeJSONWriter.write(graph) == document + "\n", "Cytoscape.js JSON of \(graph.name ?? "")")
        }
    }

    @Test func everyWriterWritesTheSameIntoAStreamAsIntoAString() throws {
        /// A stream that keeps the pieces, to see that the text came in more than one.
        struct Pieces: TextOutputStream {
            var pieces: [String] = []
            mutating func write(_ string: String) { pieces.append(string) }
        }
        let graph = try GraphLoader().load(.ketamine)
        for format in GraphFormat.writable {
            var stream = Pieces()
            try format.write(graph, to: &stream)
            #expect(stream.pieces.joined() == (try format.write(graph)), "\(format)")
            #expect(stream.pieces.count > 10, "\(format) writes a piece at a time: \(stream.pieces.count)")
        }
    }
}
