import Foundation

/// A problem found in a graph file, with its exact position and, where one helps, a suggestion.
///
/// Its ``description`` reads like a compiler's:
/// ```
/// ketamine.npath:12:21: error: unknown node 'bdnff'
///     ketamine increases bdnff evidence=supported
///                        ^~~~~
///     did you mean 'bdnf'?
/// ```
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
        /// The graph cannot be used.
        case error
        /// The graph can be used but something looks wrong.
        case warning
    }

    /// The kind of problem, stable across releases (documented in `Docs/format.md`).
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// A character or token that does not belong where it is.
        case syntax
        /// A `"` without its closing `"`.
        case unterminatedString = "unterminated-string"
        /// A line that is not a declaration, include or interaction.
        case unknownStatement = "unknown-statement"
        /// A relation word outside the vocabulary.
        case unknownRelation = "unknown-relation"
        /// An interaction names a node that is not declared.
        case unknownNode = "unknown-node"
        /// A node kind outside the vocabulary.
        case unknownKind = "unknown-kind"
        /// An attribute this statement does not take.
        case unknownAttribute = "unknown-attribute"
        /// An attribute value that is not allowed (an evidence level, timescale, species, year, identifier).
        case invalidValue = "invalid-value"
        /// `key=` with nothing after it, or a statement missing a required part.
        case missingValue = "missing-value"
        /// An id declared twice.
        case duplicateDeclaration = "duplicate-declaration"
        /// The same attribute given twice in one statement.
        case duplicateAttribute = "duplicate-attribute"
        /// `refs=` names a reference that is not declared.
        case unknownReference = "unknown-reference"
        /// An id with characters or an `@` where they are not allowed.
        case invalidID = "invalid-id"
        /// An included file does not exist.
        case includeNotFound = "include-not-found"
        /// Files include each other in a cycle.
        case includeCycle = "include-cycle"
        /// An include points outside the graph's search root.
        case includeOutsideRoot = "include-outside-root"
        /// Includes nested deeper than the limit.
        case includeTooDeep = "include-too-deep"
        /// A file too large to be a hand-written graph.
        case fileTooLarge = "file-too-large"
        /// A graph with more nodes or interactions than ``GraphLimits`` allows.
        case graphTooLarge = "graph-too-large"
        /// A line, or a field of an imported table, too long to be real data.
        case lineTooLong = "line-too-long"
        /// A malformed row in an imported table (SIF and others).
        case malformedRow = "malformed-row"
        /// A file with no graph in it: empty, or holding no node and no interaction.
        case emptyGraph = "empty-graph"
        /// A table whose header names no column NeuroPath recognises; the suggestion is the ``TableColumns`` text
        /// that would read it (`source=from,target=to,sign=mode`).
        case unrecognisedHeader = "unrecognised-header"
        /// A graph that could not be read at all (a missing or unreadable file, an unknown name, a damaged
        /// snapshot): its ``ValidationReport`` holds this one finding, with the loader's message.
        case graphNotLoaded = "graph-not-loaded"

        // Lint rules of `neuropath validate` (Docs/format.md, "Lint rules").
        /// An interaction without an evidence level.
        case missingEvidence = "missing-evidence"
        /// An interaction that cites no reference.
        case missingReference = "missing-reference"
        /// A reference that no interaction cites.
        case unusedReference = "unused-reference"
        /// A DOI that is not `10.NNNN/…`.
        case malformedDOI = "malformed-doi"
        /// A PMID that is not a number.
        case malformedPMID = "malformed-pmid"
        /// A node with no interaction.
        case isolatedNode = "isolated-node"
        /// Interactions of opposite sign on the same pair, not both marked contested.
        case unmarkedOppositeSigns = "unmarked-opposite-signs"
        /// A contested interaction with one reference and no note saying what contradicts it.
        case contestedWithoutCounterEvidence = "contested-without-counter-evidence"
        /// A node placed in a cell population that is not declared.
        case unknownPopulation = "unknown-population"
        /// The same interaction (source, relation, target and context) written more than once.
        case duplicateInteraction = "duplicate-interaction"
    }

    /// The file, as given or relative to the search root.
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column, in characters; 0 when the problem concerns the whole line or file.
    public var column: Int
    /// How many characters to underline.
    public var length: Int
    /// Error or warning.
    public var severity: Severity
    /// The stable kind of problem.
    public var code: Code
    /// What is wrong.
    public var message: String
    /// What would probably fix it ("did you mean 'bdnf'?").
    public var suggestion: String?
    /// The text of the offending line, for the caret display.
    public var sourceLine: String?

    /// Creates a diagnostic.
    public init(
        file: String, line: Int, column: Int, length: Int = 1, severity: Severity = .error, code: Code,
        message: String, suggestion: String? = nil, sourceLine: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.length = max(1, length)
        self.severity = severity
        self.code = code
        self.message = message
        self.suggestion = suggestion
        self.sourceLine = sourceLine
    }

    /// `file:line:column`, dropping the parts that are 0.
    public var location: String {
        switch (line, column) {
        case (0, _): file
        case (_, 0): "\(file):\(line)"
        default: "\(file):\(line):\(column)"
        }
    }

    /// The compiler-style message: location, severity, message, the source line with a caret, the suggestion.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message) [\(code.rawValue)]"
        if let sourceLine, column > 0 {
            let shown = sourceLine.replacingOccurrences(of: "\t", with: " ")
            text += "\n    \(shown)\n    \(String(repeating: " ", count: column - 1))^"
            text += String(repeating: "~", count: max(0, min(length, shown.count - column + 1) - 1))
        }
        if let suggestion { text += "\n    \(suggestion)" }
        return text
    }
}

extension Diagnostic: LocalizedError {
    /// The compiler-style ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }
}
