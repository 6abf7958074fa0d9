import Foundation
import NeuroPathTestSupport
import Testing

@testable import NeuroPath

/// The streaming JSON reader behind the Cytoscape.js JSON reader, checked against Foundation's parser as the
/// oracle of what JSON is and what it says.
@Suite struct JSONReaderTests {
    /// The reader's whole value of `bytes`, or its failure.
    static func read(_ bytes: [UInt8]) -> Result<JSONReader.Value, any Error> {
        bytes.withUnsafeBytes { raw in
            Result {
                var reader = JSONReader(bytes: raw)
                let value = try reader.value()
                try reader.finish()
                return value
            }
        }
    }

    /// Whether the reader's value says what Foundation's does.
    static func same(_ value: JSONReader.Value, _ foundation: Any) -> Bool {
        switch value {
        case .string(let text): return foundation as? String == text
        case .number(let number):
            return (foundation as? NSNumber)?.doubleValue == number
        case .bool(let truth):
            // Foundation on Linux gives booleans as numbers.
            return (foundation as? Bool) == truth || (foundation as? NSNumber)?.boolValue == truth
        case .null: return foundation is NSNull
        case .array(let elements):
            guard let others = foundation as? [Any], others.count == elements.count else { return false }
            return zip(elements, others).allSatisfy { same($0, $1) }
        case .object(let members):
            guard let others = foundation as? [String: Any], others.count == members.count else { return false }
            return members.allSatisfy { key, value in others[key].map { same(value, $0) } ?? false }
        }
    }

    @Test func theReaderAgreesWithFoundationOnMutatedDocuments() {
        var random = SeededGenerator(seed: 2027)
        let alphabet = Array(#"{}[],:"\ 0129.eE+-tfnulxu"#.utf8) + [0x0A, 0x01, 0xC3, 0xA9]
        let document = JSONSyntaxTests.document + Array(#" "#.utf8)
        var (agreed, refusedByBoth) = (0, 0)
        for _ in 0..<3000 {
            let bytes = JSONSyntaxTests.mutated(document, alphabet: alphabet, using: &random)
            let text = String(decoding: bytes, as: UTF8.self)
            let foundation = try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)
            switch (Self.read(bytes), foundation) {
            case (.success(let value), let other?):
                #expect(Self.same(value, other), "\(text): \(value) ≠ \(other)")
                agreed += 1
            case (.success(let value), nil):
                Issue.record("\(text): read as \(value), which Foundation refuses")
            case (.failure(let failure), _?):
                // Foundation alone accepts a comma before a closing bracket; JSON has none there.
                let reason = (failure as? JSONReader.Failure)?.reason ?? "\(failure)"
                #expect(reason.contains("just before the close"), "\(text): refused (\(reason))")
            case (.failure, nil):
                refusedByBoth += 1
            }
        }
        #expect(agreed > 100 && refusedByBoth > 1000, "both kinds were tried: \(agreed) read, \(refusedByBoth) refused")
    }

    @Test func escapesAndUnicodeAreDecoded() throws {
        let text = #"["a\"b\\c\/d\n\t\u00e9\ud83d\ude00", "é😀", -0.5e2, 12, true, null]"#
        let value = try Self.read(Array(text.utf8)).get()
        #expect(
            value == .array([.string("a\"b\\c/d\n\té😀"), .string("é😀"), .number(-50), .number(12), .bool(true), .null]))
        #expect(JSONReader.Value.number(12).text == "12" && JSONReader.Value.number(2.5).text == "2.5")
    }

    @Test func whatFoundationRefusesInsideStringsIsRefused() {
        for text in [#"["\ud800"]"#, #"["\udc00x"]"#, "[\"\u{01}\"]", #"["\x"]"#, #"["\u12"]"#] {
            #expect(throws: (any Error).self, "\(text)") { try Self.read(Array(text.utf8)).get() }
        }
        // Bytes that are not UTF-8.
        #expect(throws: (any Error).self) { try Self.read([0x5B, 0x22, 0xFF, 0x22, 0x5D]).get() }
    }

    @Test func deepNestingIsRefusedWithoutExhaustingTheStack() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let failure = try #require(throws: JSONReader.Failure.self) { try Self.read(Array(deep.utf8)).get() }
        #expect(failure.reason.contains("nest more than \(JSONReader.maximumDepth)"))
        // And the Cytoscape.js reader says so with a position, as every JSON fault.
        let file = #"{"elements": {"nodes": "# + deep + #", "edges": []}}"#
        let error = try #require(throws: GraphLoadError.self) {
            try GraphLoader().load(data: Data(file.utf8), file: "deep.cyjs")
        }
        #expect(error.description.contains("nest more than"), "\(error)")
    }
}
