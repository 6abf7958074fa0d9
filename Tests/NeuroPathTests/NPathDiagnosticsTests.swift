import Foundation
import NeuroPath
import Testing

/// Every diagnostic of the `.npath` parser, with its exact position and suggestion.
@Suite struct NPathDiagnosticsTests {
    static let header = """
        node ketamine drug label=Ketamine
        node bdnf growth-factor label=BDNF
        reference r1 authors="A B" year=2000
        # the statements under test follow

        """

    /// The diagnostics of parsing `text` (which fails).
    func diagnostics(_ text: String, file: String = "test.npath") -> [Diagnostic] {
        do {
            _ = try NPathParser.parse(text: text, file: file)
            Issue.record("expected \(text) to fail")
            return []
        } catch {
            guard case .invalid(let diagnostics) = error else {
                Issue.record("unexpected error \(error)")
                return []
            }
            return diagnostics
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let code: Diagnostic.Code
        let line: Int
        let column: Int
        let messageContains: String
        let suggestionContains: String?
        var testDescription: String { code.rawValue }
    }

    static let cases: [Case] = [
        Case(
            text: header + "ketamine increases bdnff evidence=supported refs=r1", code: .unknownNode, line: 5,
            column: 20,
            messageContains: "unknown node 'bdnff'", suggestionContains: "did you mean 'bdnf'?"),
        Case(
            text: header + "ketamine activats bdnf evidence=supported refs=r1", code: .unknownRelation, line: 5,
            column: 10,
            messageContains: "unknown relation 'activats'", suggestionContains: "did you mean 'activates'?"),
        Case(
            text: header + "node hnk metabolit label=HNK", code: .unknownKind, line: 5, column: 10,
            messageContains: "unknown node kind 'metabolit'", suggestionContains: "did you mean 'metabolite'?"),
        Case(
            text: header + "ketamine increases bdnf evidense=supported refs=r1", code: .unknownAttribute, line: 5,
            column: 25,
            messageContains: "unknown attribute 'evidense'", suggestionContains: "did you mean 'evidence'?"),
        Case(
            text: header + "ketamine increases bdnf evidence=strong refs=r1", code: .invalidValue, line: 5, column: 34,
            messageContains: "unknown evidence level 'strong'",
            suggestionContains: "expected one of: established, supported"),
        Case(
            text: header + "ketamine increases bdnf time=fortnight", code: .invalidValue, line: 5, column: 30,
            messageContains: "unknown timescale 'fortnight'", suggestionContains: "seconds"),
        Case(
            text: header + "ketamine increases bdnf species=monkey", code: .invalidValue, line: 5, column: 33,
            messageContains: "unknown species 'monkey'", suggestionContains: "human"),
        Case(
            text: header + "reference r2 year=20x", code: .invalidValue, line: 5, column: 19,
            messageContains: "year '20x'", suggestionContains: nil),
        Case(
            text: header + "node x protein xref=HGNC4586", code: .invalidValue, line: 5, column: 21,
            messageContains: "not an external id", suggestionContains: "NAMESPACE:ID"),
        Case(
            text: header + "ketamine increases bdnf evidence=", code: .missingValue, line: 5, column: 33,
            messageContains: "'evidence=' has no value", suggestionContains: nil),
        Case(
            text: header + "node lonely", code: .missingValue, line: 5, column: 12,
            messageContains: "incomplete statement", suggestionContains: nil),
        Case(
            text: header + "ketamine increases bdnf necessary=yes", code: .missingValue, line: 5, column: 25,
            messageContains: "'necessary' is a flag", suggestionContains: "write just 'necessary'"),
        Case(
            text: header + "node ketamine drug", code: .duplicateDeclaration, line: 5, column: 6,
            messageContains: "node 'ketamine' is declared twice", suggestionContains: "first declared at test.npath:1"),
        Case(
            text: header + "reference r1 year=2001", code: .duplicateDeclaration, line: 5, column: 11,
            messageContains: "reference 'r1' is declared twice", suggestionContains: "first declared at test.npath:3"),
        Case(
            text: header + "ketamine increases bdnf evidence=supported evidence=established", code: .duplicateAttribute,
            line: 5, column: 44,
            messageContains: "'evidence' is given twice", suggestionContains: nil),
        Case(
            text: header + "ketamine increases bdnf refs=r1,r9", code: .unknownReference, line: 5, column: 33,
            messageContains: "unknown reference 'r9'", suggestionContains: "did you mean 'r1'?"),
        Case(
            text: header + "node a@b@c protein", code: .invalidID, line: 5, column: 6,
            messageContains: "too many '@'", suggestionContains: "ENTITY@POPULATION"),
        Case(
            text: header + "nod x drug label=X", code: .unknownStatement, line: 5, column: 1,
            messageContains: "'nod' does not begin a statement", suggestionContains: "did you mean 'node'?"),
        Case(
            text: header + "ketamine", code: .unknownStatement, line: 5, column: 1,
            messageContains: "'ketamine' does not begin a statement", suggestionContains: "SOURCE RELATION TARGET"),
        Case(
            text: header + "node x protein label=\"open", code: .unterminatedString, line: 5, column: 22,
            messageContains: "not closed", suggestionContains: "closing"),
        Case(
            text: header + "node x protein label=\"a\\qb\"", code: .syntax, line: 5, column: 24,
            messageContains: "unknown escape", suggestionContains: nil),
        Case(
            text: "    node x protein\n" + header, code: .syntax, line: 1, column: 5,
            messageContains: "indented line", suggestionContains: "remove the indentation"),
        Case(
            text: header + "include \"other\"", code: .includeNotFound, line: 5, column: 9,
            messageContains: "cannot include", suggestionContains: nil),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAtItsExactPosition(_ example: Case) throws {
        let found = diagnostics(example.text)
        let diagnostic = try #require(found.first { $0.code == example.code }, "no \(example.code) in \(found)")
        #expect(diagnostic.file == "test.npath")
        #expect(diagnostic.line == example.line)
        #expect(diagnostic.column == example.column)
        #expect(diagnostic.message.contains(example.messageContains), "\(diagnostic.message)")
        if let suggestion = example.suggestionContains {
            #expect(diagnostic.suggestion?.contains(suggestion) == true, "\(diagnostic.suggestion ?? "no suggestion")")
        }
        #expect(diagnostic.description.hasPrefix("test.npath:\(example.line):\(example.column): error: "))
    }

    @Test func everyErrorInAFileIsReportedAtOnce() {
        let found = diagnostics(
            Self.header + """
                ketamine increases bdnff
                ketamine activats bdnf
                node x drugg
                ketamine increases bdnf evidence=strong
                """)
        #expect(Set(found.map(\.code)) == [.unknownNode, .unknownRelation, .unknownKind, .invalidValue])
        #expect(found.count == 4)
        #expect(Set(found.map(\.line)) == [5, 6, 7, 8])
    }

    @Test func theCaretUnderlinesTheToken() {
        let found = diagnostics(Self.header + "ketamine increases bdnff")
        #expect(
            found.first?.description == """
                test.npath:5:20: error: unknown node 'bdnff' [unknown-node]
                    ketamine increases bdnff
                                       ^~~~~
                    did you mean 'bdnf'?
                """)
    }

    @Test func continuationLinesAndCommentsParse() throws {
        let graph = try NPathParser.parse(
            text: Self.header + """
                # a comment
                ketamine increases bdnf   # trailing comment
                    evidence=supported species=mouse,rat
                    refs=r1 necessary note="a \\"quoted\\" note"
                """)
        #expect(graph.interactionCount == 1)
        let interaction = graph.interaction(at: 0)
        #expect(
            interaction.evidence == .supported && interaction.context.species == [.mouse, .rat]
                && interaction.isNecessary)
        #expect(interaction.note == "a \"quoted\" note")
    }
}
