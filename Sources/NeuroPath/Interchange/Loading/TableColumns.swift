/// Which columns of a tab-separated table with a header hold what, when the header's names are not ones NeuroPath
/// recognises (`--columns source=GeneA,target=GeneB,sign=Mode`): each meaning names a header column, by name
/// (case ignored) or by 1-based number. Meanings not given are still found from the header.
///
/// ```swift
/// let columns = try TableColumns("source=from,target=to,sign=mode,references=pubmed")
/// let graph = try GraphLoader(columns: columns).load(file: "lab-network.tsv")
/// ```
public struct TableColumns: Sendable, Hashable, CustomStringConvertible {
    /// What a column can hold.
    public enum Meaning: String, Sendable, Hashable, CaseIterable {
        /// The source node's id.
        case source
        /// The target node's id.
        case target
        /// The sign or relation: a SIF word, `1`/`-1`, or SIGNOR's effect.
        case sign
        /// `1`/`true` when the interaction stimulates (with `inhibition`: both set gives two interactions).
        case stimulation
        /// `1`/`true` when the interaction inhibits.
        case inhibition
        /// `0` for an undirected row, read both ways.
        case directed
        /// PubMed ids (`123`, `PMID:123`, `Source:123;…`).
        case references
        /// The source node's kind (`protein`, `chemical`, …).
        case sourceType = "source-type"
        /// The target node's kind.
        case targetType = "target-type"
        /// Kept in the note.
        case mechanism
        /// Kept in the note as sites.
        case residue
        /// An NCBI taxon id: the species.
        case taxon
        /// Kept as the region.
        case cell
        /// Kept as the region.
        case tissue
    }

    /// The columns named for each meaning given: a header name, or a 1-based column number.
    public var columns: [Meaning: String]

    /// Columns by meaning.
    public init(_ columns: [Meaning: String]) { self.columns = columns }

    /// Parses `meaning=column,…`; a mistake is a ``TableColumnsError``.
    public init(_ text: String) throws(TableColumnsError) {
        var columns: [Meaning: String] = [:]
        for item in text.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw .malformed(String(item)) }
            guard let meaning = Meaning(rawValue: parts[0].lowercased()) else {
                throw .unknownMeaning(parts[0])
            }
            guard columns.updateValue(parts[1], forKey: meaning) == nil else { throw .repeated(meaning) }
        }
        guard !columns.isEmpty else { throw .malformed(text) }
        self.columns = columns
    }

    /// The column `name` stands for in `header`: a 1-based number, or a header name (case ignored).
    func index(of name: String, in header: [String]) -> Int? {
        if let number = Int(name) { return (1...header.count).contains(number) ? number - 1 : nil }
        let wanted = name.lowercased()
        return header.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
    }

    /// `meaning=column,…`, meanings in declaration order.
    public var description: String {
        Meaning.allCases.compactMap { meaning in columns[meaning].map { "\(meaning.rawValue)=\($0)" } }
            .joined(separator: ",")
    }
}

/// A mistake in a ``TableColumns`` description.
public enum TableColumnsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An item that is not `meaning=column`.
    case malformed(String)
    /// A meaning NeuroPath does not know.
    case unknownMeaning(String)
    /// The same meaning given twice.
    case repeated(TableColumns.Meaning)

    /// A message a person can act on.
    public var description: String {
        let meanings = TableColumns.Meaning.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .malformed(let item):
            return "expected meaning=column (source=GeneA,target=GeneB,sign=Effect), got '\(item)'"
        case .unknownMeaning(let word):
            let near = EditDistance.nearest(to: word, in: TableColumns.Meaning.allCases.map(\.rawValue))
            return "no column meaning '\(word)'\(near.isEmpty ? "" : " — did you mean '\(near[0])'?") "
                + "(meanings: \(meanings))"
        case .repeated(let meaning):
            return "the column for \(meaning.rawValue) is given twice"
        }
    }
}
