import Foundation
import NeuroPathTestSupport
import Testing

@testable import NeuroPath

/// The position of a JSON syntax error is found by NeuroPath's own scan, checked against Foundation's parser as
/// the oracle of what is JSON, and at known places.
@Suite struct JSONSyntaxTests {
    static let document = Array(
        (#"{"elements": {"nodes": [{"data": {"id": "a", "label": "A \"1\"", "weight": -0.5e+3}}],"#
            + #" "edges": [{"data": {"source": "a", "target": "a", "x": [true, false, null, 0, 12.25]}}]}}"#).utf8)

    /// `document` with one to three bytes removed, inserted (from `alphabet`) or replaced.
    static func mutated(_ document: [UInt8], alphabet: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        var bytes = document
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: bytes.remove(at: at)
            case 1: bytes.insert(alphabet.randomElement(using: &random)!, at: at)
            default: bytes[at] = alphabet.randomElement(using: &random)!
            }
        }
        return bytes
    }

    @Test func theScanAgreesWithFoundationOnMutatedDocuments() {
        var random = SeededGenerator(seed: 2026)
        let alphabet = Array(#"{}[],:"\ 0129.eE+-tfnulx"#.utf8) + [0x0A, 0x01]
        var (valid, invalid) = (0, 0)
        for _ in 0..<3000 {
            let bytes = Self.mutated(Self.document, alphabet: alphabet, using: &random)
            let foundation = (try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)) != nil
            let error = JSONSyntax.firstError(in: bytes)
            // Foundation also accepts a comma before a closing bracket; the scan names it (it is only asked
            // where Foundation fails).
            let trailingComma = error?.reason.contains("JSON allows none there") == true
            #expect(
                (error == nil) == foundation || (foundation && trailingComma),
                "\(String(decoding: bytes, as: UTF8.self)): \(String(describing: error))")
            if let error { #expect(error.offset <= bytes.count) }
            if foundation { valid += 1 } else { invalid += 1 }
        }
        #expect(valid > 100 && invalid > 1000, "both kinds were tried: \(valid) valid, \(invalid) invalid")
    }

    @Test func theErrorIsPlacedWhereTheGrammarBreaks() throws {
        let cases: [(text: String, line: Int, column: Int, reason: String)] = [
            (#"{"a": [1, 2,, 3]}"#, 1, 13, "expected a value"),
            ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}'"),
            (#"{"a": "unclosed}"#, 1, 7, "never closed"),
            (#"[01]"#, 1, 2, "may not start with 0"),
            (#"{"a": 1} x"#, 1, 10, "more after the end"),
            (#"{"α": [1,"#, 1, 10, "ends inside an array"),
        ]
        for test in cases {
            let error = try #require(
                throws: GraphLoadError.self, "\(test.text)",
                performing: { try GraphLoader().load(data: Data(test.text.utf8), file: "g.cyjs") })
            guard case .invalid(let diagnostics) = error, let diagnostic = diagnostics.first else {
                Issue.record("\(test.text): \(error)")
                continue
            }
            #expect(diagnostic.line == test.line && diagnostic.column == test.column, "\(test.text): \(diagnostic)")
            #expect(diagnostic.message.contains(test.reason), "\(test.text): \(diagnostic.message)")
        }
    }
}
