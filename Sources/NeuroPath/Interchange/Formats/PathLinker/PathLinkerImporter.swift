import Foundation

/// Reads PathLinker interactome tables: `#tail head weight directed db_sources`, tab-separated.
///
/// Every row is one directed interaction from tail to head, as written (PathLinker lists an undirected pair in
/// both directions), of unknown sign (`associated-with`), with its weight kept (``PathwayGraph/weight(of:)``).
/// The `directed` and `db_sources` columns are not kept. Byte-level: a `String` is made only for a node id seen
/// for the first time.
public enum PathLinkerImporter {
    /// Whether `firstLine` is a PathLinker header (`#tail	head	weight…`).
    public static func recognises(firstLine: String) -> Bool {
        let fields = firstLine.lowercased().split(separator: "\t")
        return fields.count >= 3 && fields[0].trimmingCharacters(in: .whitespaces) == "#tail" && fields[1] == "head"
    }

    /// Reads table bytes; `file` names them in diagnostics.
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
        var interner = ByteInterner(expectedCount: 16_384)
        var diagnostics: [Diagnostic] = []
        var fields: [Range<Int>] = []
        // Rows are grouped by tail, so the previous row's tail is usually this one's.
        var previousTail: (range: Range<Int>, index: Int)?

        func node(_ range: Range<Int>) -> Int { interner.node(range, in: lines, adding: &builder).rawValue }

        func tail(_ range: Range<Int>) -> Int {
            if let previousTail, lines.bytes.same(previousTail.range, range) {
                return previousTail.index
            }
            let index = node(range)
            previousTail = (range, index)
            return index
        }

        try lines.forEachLine { number, line throws(GraphLoadError) in
            guard !lines.isBlankOrComment(line) else { return }
            lines.leadingTabFields(of: line, limit: 3, into: &fields)
            if let overlong = lines.overlongField(
                in: fields, limit: limits.maximumFieldLength, line: line, number: number, file: file)
            {
                return diagnostics.append(overlong)
            }
            guard fields.count >= 3, let weight = lines.number(fields[2]) else {
                let column = fields.count >= 3 ? lines.column(of: fields[2].lowerBound, in: line) : 1
                diagnostics.append(
                    Diagnostic(
                        file: file, line: number, column: column, code: .malformedRow,
                        message: fields.count >= 3
                            ? "the weight is not a number" : "expected 'tail head weight directed db_sources'",
                        suggestion: "PathLinker tables are tab-separated: tail, head, weight, directed, sources",
                        sourceLine: lines.sourceLine(line, diagnostics: diagnostics)))
                return
            }
            builder.addChecked(
                source: tail(fields[0]), target: node(fields[1]), relation: .associatedWith, weight: Float(weight))
            if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
        }
        if let error = GraphLoadError.ifErrors(diagnostics) { throw error }
        return builder.build()
    }
}
