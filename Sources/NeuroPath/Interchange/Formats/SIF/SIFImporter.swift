import Foundation

/// Reads signed SIF networks: `source <relation> target [target…]`, one interaction per target.
///
/// - Fields are separated by tabs when the line has a tab (then the fourth and later columns are extra data,
///   as in Pathway Commons' and CausalPath's extended SIF, kept as provenance: URIs, `PMID:`/`pubmed:`/`doi:`
///   identifiers and bare PubMed numbers become references, a column of residues such as `S205;T308` the note
///   "sites …", anything else the note), otherwise by runs of spaces (then every field after the relation is a
///   target, as in classic SIF).
/// - The relation is `1`/`-1`, a word such as `activates`, `inhibits`, `increases`, `decreases`,
///   `upregulates-expression`, or any word of NeuroPath's own vocabulary. Words of known but unknown sign
///   (`phosphorylates`, `interacts-with`, `in-complex-with`, …) become associations, which signed queries skip.
///   Any other word is an error with a suggestion: a typo must not silently drop a sign.
/// - `#` starts a comment line; a first line whose relation column reads `interaction`, `relation`, `sign`,
///   `type` or `INTERACTION_TYPE` is a header (OmniPath, SIGNOR, COSMOS and Pathway Commons tables). A line with
///   one field declares a node with no interactions.
///
/// The reader works on bytes: no `String` is made per line (only for the extra columns of extended SIF), and a
/// node's id only the first time it is seen.
public enum SIFImporter {
    /// Words that mean a positive or negative influence, beyond ``Relation``'s own raw values.
    static let relationWords: [String: Relation] = {
        var words: [String: Relation] = [
            "1": .activates, "+1": .activates, "+": .activates, "activation": .activates, "stimulates": .activates,
            "positive": .activates, "upregulates": .upregulatesExpression, "up-regulates": .upregulatesExpression,
            "upregulates-expression": .upregulatesExpression, "-1": .inhibits, "-": .inhibits, "inhibition": .inhibits,
            "negative": .inhibits, "represses": .downregulatesExpression, "downregulates": .downregulatesExpression,
            "down-regulates": .downregulatesExpression, "downregulates-expression": .downregulatesExpression,
        ]
        for relation in Relation.allCases { words[relation.rawValue] = relation }
        for word in [
            "0", "interacts-with", "in-complex-with", "controls-state-change-of", "controls-transport-of",
            "controls-phosphorylation-of", "controls-expression-of", "controls-production-of",
            "controls-transport-of-chemical", "catalysis-precedes", "chemical-affects", "consumption-controlled-by",
            "reacts-with", "used-to-produce", "neighbor-of", "phosphorylates", "dephosphorylates", "acetylates",
            "deacetylates", "methylates", "demethylates", "ubiquitinates", "deubiquitinates", "pp", "pd", "binds",
        ] {
            words[word] = .associatedWith
        }
        return words
    }()

    static let headerWords: Set<String> = [
        "interaction", "relation", "sign", "type", "effect", "interaction_type", "interaction-type",
    ]

    /// Reads SIF text; `file` names it in diagnostics.
    public static func parse(text: String, file: String = "<input>", name: String? = nil) throws(GraphLoadError)
        -> PathwayGraph
    {
        try parse(data: Data(text.utf8), file: file, name: name)
    }

    /// Reads SIF bytes; `file` names them in diagnostics.
    public static func parse(
        data: Data, file: String = "<input>", name: String? = nil, limits: GraphLimits = .standard
    ) throws(GraphLoadError) -> PathwayGraph {
        try ByteLines.reading(data) { lines throws(GraphLoadError) in
            try parse(lines, file: file, name: name, limits: limits)
        }
    }

    private static func parse(_ lines: ByteLines, file: String, name: String?, limits: GraphLimits)
        throws(GraphLoadError) -> PathwayGraph
    {
        var builder = PathwayGraphBuilder(name: name)
        builder.reserveInteractions(lines.lineCount())
        var interner = ByteInterner(expectedCount: 4096)
        var diagnostics: [Diagnostic] = []
        var fields: [Range<Int>] = []
        var sawData = false
        var nearestRelation: [String: [String]] = [:]

        func node(_ range: Range<Int>) -> NodeIndex { interner.node(range, in: lines, adding: &builder) }

        try lines.forEachLine { number, line throws(GraphLoadError) in
            guard !lines.isBlankOrComment(line) else { return }
            let tabs = lines.hasTab(line)
            lines.fields(of: line, tabs: tabs, into: &fields)
            if let overlong = lines.overlongField(
                in: fields, limit: limits.maximumFieldLength, line: line, number: number, file: file)
            {
                return diagnostics.append(overlong)
            }
            defer { sawData = true }
            switch fields.count {
            case 1:
                _ = node(fields[0])
                if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
                return
            case 2:
                diagnostics.append(
                    Diagnostic(
                        file: file, line: number, column: lines.column(of: fields[1].upperBound, in: line),
                        code: .malformedRow, message: "expected 'source relation target', found two fields",
                        suggestion: "add the target, or remove the relation to declare a lone node",
                        sourceLine: lines.sourceLine(line, diagnostics: diagnostics)))
                return
            default:
                break
            }
            let relation: Relation
            if lines.equals(fields[1], "1") {
                relation = .activates
            } else if lines.equals(fields[1], "-1") {
                relation = .inhibits
            } else {
                let word = lines.string(fields[1]).lowercased()
                if !sawData, headerWords.contains(word) { return }
                guard let known = relationWords[word] else {
                    // One suggestion per distinct word: a file can repeat the same unknown word on every line.
                    let near =
                        nearestRelation[word]
                        ?? EditDistance.nearest(to: word, in: relationWords.keys.filter { $0.count > 2 }, limit: 1)
                    nearestRelation[word] = near
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: number, column: lines.column(of: fields[1].lowerBound, in: line),
                            length: word.count, code: .unknownRelation,
                            message: "unknown relation '\(lines.string(fields[1]))'",
                            suggestion: near.first.map { "did you mean '\($0)'?" }
                                ?? "use 1, -1, activates, inhibits, increases or decreases",
                            sourceLine: lines.sourceLine(line, diagnostics: diagnostics)))
                    return
                }
                relation = known
            }
            let source = node(fields[0])
            if tabs && fields.count > 3 {
                let (references, note) = provenance(fields[3...].map { lines.string($0) })
                builder.addChecked(
                    Interaction(
                        source: source, target: node(fields[2]), relation: relation, references: references,
                        note: note))
            } else {
                for target in tabs ? fields[2...2] : fields[2...] {
                    builder.addChecked(source: source.rawValue, target: node(target).rawValue, relation: relation)
                }
            }
            if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
        }
        if let error = GraphLoadError.ifErrors(diagnostics) { throw error }
        return builder.build()
    }

    /// The references and the note in the extra columns of an extended SIF line.
    static func provenance(_ columns: [String]) -> (references: [String], note: String?) {
        var references: [String] = []
        var notes: [String] = []
        for column in columns {
            let tokens = column.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "," || $0 == "|" })
                .map(String.init)
            guard !tokens.isEmpty else { continue }
            if tokens.allSatisfy(isResidue) {
                notes.append("sites " + tokens.joined(separator: ";"))
                continue
            }
            var rest: [String] = []
            for token in tokens {
                let lower = token.lowercased()
                if lower.hasPrefix("pubmed:") {
                    references.append("PMID:" + token.dropFirst("pubmed:".count))
                } else if token.contains("://") || lower.hasPrefix("pmid:") || lower.hasPrefix("doi:") {
                    references.append(token)
                } else if token.count <= 9, token.allSatisfy(isDigit) {
                    references.append("PMID:" + token)
                } else {
                    rest.append(token)
                }
            }
            if !rest.isEmpty { notes.append(rest.joined(separator: " ")) }
        }
        return (references, notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    /// A phosphosite or other residue: a residue letter and a position (`S205`, `Y1068`).
    private static func isResidue(_ token: String) -> Bool {
        guard let first = token.first, "STYHKRDEC".contains(first), token.count > 1 else { return false }
        return token.dropFirst().allSatisfy(isDigit)
    }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// `error` with a first line saying what the file looks like, when it failed as SIF from its first line on and
    /// that line reads like the header of a tab-separated table whose names NeuroPath does not know.
    static func withTableHint(_ error: GraphLoadError, data: Data, file: String) -> GraphLoadError {
        guard case .invalid(let diagnostics) = error, diagnostics.first?.line == 1 else { return error }
        let prefix = String(decoding: data.prefix(4096), as: UTF8.self)
        let lines = prefix.split(separator: "\n").prefix(2)
        let fields = lines.map { $0.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } }
        // A header: names, not numbers; and in the first row under it, the relation is in another column than
        // SIF's second (a row that fails like every other, `a frobnicates b`, is not a header).
        guard fields.count == 2, let names = fields.first, names.count >= 2,
            names.allSatisfy({ !$0.isEmpty && Double($0) == nil }),
            let row = fields.last, row.count >= 2, HeaderedTableImporter.relation(row[1]) == nil,
            row.indices.contains(where: { $0 != 1 && HeaderedTableImporter.relation(row[$0]) != nil })
        else { return error }
        let hint = Diagnostic(
            file: file, line: 1, column: 1, code: .unrecognisedHeader,
            message: "this looks like a table with a header (\(names.joined(separator: ", "))) whose column names "
                + "NeuroPath does not recognise, not SIF: say which column holds what (TableColumns)",
            suggestion: "source=\(names[0]),target=\(names[1])" + (names.count > 2 ? ",sign=\(names[2])" : ""))
        return .invalid([hint] + diagnostics)
    }
}
