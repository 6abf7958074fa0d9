import Foundation

/// Reads signed SIF networks: `source <relation> target [target…]`, one interaction per target.
///
/// - Fields are separated by tabs when the line has a tab (then the fourth and later columns are extra data,
///   as in CausalPath's extended SIF, and ignored), otherwise by runs of spaces (then every field after the
///   relation is a target, as in classic SIF).
/// - The relation is `1`/`-1`, a word such as `activates`, `inhibits`, `increases`, `decreases`,
///   `upregulates-expression`, or any word of NeuroPath's own vocabulary. Words of known but unknown sign
///   (`phosphorylates`, `interacts-with`, `in-complex-with`, …) become associations, which signed queries skip.
///   Any other word is an error with a suggestion: a typo must not silently drop a sign.
/// - `#` starts a comment line; a first line whose relation column reads `interaction`, `relation`, `sign` or
///   `type` is a header. A line with one field declares a node with no interactions.
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
            "controls-transport-of-chemical",
            "catalysis-precedes", "chemical-affects", "consumption-controlled-by", "reacts-with", "used-to-produce",
            "neighbor-of", "phosphorylates", "dephosphorylates", "acetylates", "deacetylates", "methylates",
            "demethylates", "ubiquitinates", "deubiquitinates", "pp", "pd", "binds",
        ] {
            words[word] = .associatedWith
        }
        return words
    }()

    static let headerWords: Set<String> = ["interaction", "relation", "sign", "type", "effect"]

    /// Loads the SIF file at `path`.
    public static func parse(contentsOfFile path: String) throws(GraphLoadError) -> PathwayGraph {
        let text = try GraphSourceRoot.readText(atPath: path, display: path)
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(text: text, file: path, name: name)
    }

    /// Reads SIF text; `file` names it in diagnostics.
    public static func parse(text: String, file: String = "<input>", name: String? = nil) throws(GraphLoadError)
        -> PathwayGraph
    {
        var builder = PathwayGraphBuilder(name: name)
        var diagnostics: [Diagnostic] = []
        var lineNumber = 0
        var sawData = false
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard !trimmed.isEmpty, trimmed.first != "#" else { continue }
            let fields = Self.fields(of: line)
            let tabSeparated = line.contains("\t")
            defer { sawData = true }
            if fields.count == 1 {
                _ = builder.nodeIndex(forID: String(fields[0].text)) { Node(id: String(fields[0].text)) }
                continue
            }
            if fields.count == 2 {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: lineNumber, column: fields[1].column + fields[1].text.count,
                        code: .malformedRow,
                        message: "expected 'source relation target', found two fields",
                        suggestion: "add the target, or remove the relation to declare a lone node",
                        sourceLine: String(line)))
                continue
            }
            let word = fields[1].text.lowercased()
            if !sawData, headerWords.contains(word) { continue }
            guard let relation = relationWords[word] else {
                let near = EditDistance.nearest(to: word, in: relationWords.keys.filter { $0.count > 2 }, limit: 1)
                diagnostics.append(
                    Diagnostic(
                        file: file, line: lineNumber, column: fields[1].column, length: fields[1].text.count,
                        code: .unknownRelation, message: "unknown relation '\(fields[1].text)'",
                        suggestion: near.first.map { "did you mean '\($0)'?" }
                            ?? "use 1, -1, activates, inhibits, increases or decreases",
                        sourceLine: String(line)))
                continue
            }
            let source = builder.nodeIndex(forID: String(fields[0].text)) { Node(id: String(fields[0].text)) }
            for targetField in tabSeparated ? [fields[2]] : Array(fields[2...]) {
                let target = builder.nodeIndex(forID: String(targetField.text)) { Node(id: String(targetField.text)) }
                builder.addInteraction(Interaction(source: source, target: target, relation: relation))
            }
        }
        if let error = GraphLoadError.ifErrors(diagnostics) { throw error }
        return builder.build()
    }

    /// The fields of a line with their 1-based columns: tab-separated when there is a tab, else space-separated.
    private static func fields(of line: Substring) -> [(text: Substring, column: Int)] {
        var result: [(Substring, Int)] = []
        let separatorIsTab = line.contains("\t")
        var column = 1
        var start: Substring.Index?
        var startColumn = 1
        for index in line.indices {
            let character = line[index]
            let isSeparator = separatorIsTab ? character == "\t" : character == " "
            if isSeparator {
                if let begin = start {
                    result.append((line[begin..<index].trimmingSpaces, startColumn))
                    start = nil
                }
            } else if start == nil {
                start = index
                startColumn = column
            }
            column += 1
        }
        if let begin = start { result.append((line[begin...].trimmingSpaces, startColumn)) }
        return result.filter { !$0.0.isEmpty }
    }
}

extension Substring {
    /// Without leading and trailing spaces.
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map(index(after:)) ?? start
        return start < end ? self[start..<end] : self[start..<start]
    }
}
