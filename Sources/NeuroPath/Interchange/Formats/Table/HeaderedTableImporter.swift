import Foundation

/// Reads tab-separated tables whose header names their columns, as SIGNOR and OmniPath export them: the layout
/// is found from the header, so a file is read whatever order or extra columns it has.
///
/// | meaning | header names (case ignored) |
/// |---|---|
/// | source, target | `source`/`target`, `source_genesymbol`/`target_genesymbol`, `entitya`/`entityb`, `node1`/`node2` |
/// | sign | `effect`, `interaction`, `sign`, `relation`, `type` (a SIF word, `1`/`-1`, or SIGNOR's `up-regulates …`, `down-regulates …`, `form complex`, `unknown`); or OmniPath's `is_stimulation`/`is_inhibition` (`consensus_…` preferred): both set gives two interactions of opposite sign |
/// | direction | `is_directed` = 0 adds the reverse interaction |
/// | references | `pmid`, `references` (`Source:123;…`): each PubMed id a reference |
/// | node kinds | `typea`/`typeb` (`protein`, `chemical`, `complex`, `phenotype`, …) |
/// | provenance | `mechanism`, `residue` into the note; `tax_id` into the species; `cell_data`, `tissue_data` into the region |
///
/// SIGNOR's score is not kept: NeuroPath's evidence levels are curated, not scores.
enum HeaderedTableImporter {
    /// The columns found in a header.
    struct Layout {
        var source: Int
        var target: Int
        var sign: Int?
        var stimulation: Int?
        var inhibition: Int?
        var directed: Int?
        var references: [Int] = []
        var sourceType: Int?
        var targetType: Int?
        var mechanism: Int?
        var residue: Int?
        var taxon: Int?
        var cell: Int?
        var tissue: Int?

        private init(source: Int, target: Int) {
            self.source = source
            self.target = target
        }

        /// A column given in ``TableColumns`` that the header does not have (or, with `name` nil, no source or
        /// target column at all).
        struct Unresolved: Error {
            var meaning: TableColumns.Meaning
            var name: String?
        }

        /// The layout of a header with `columns` applied over what its names say.
        init(header names: [String], columns: TableColumns) throws(Unresolved) {
            var layout = Layout(header: names) ?? Layout(source: -1, target: -1)
            for (meaning, name) in columns.columns {
                guard let index = columns.index(of: name, in: names) else {
                    throw Unresolved(meaning: meaning, name: name)
                }
                switch meaning {
                case .source: layout.source = index
                case .target: layout.target = index
                case .sign: layout.sign = index
                case .stimulation: layout.stimulation = index
                case .inhibition: layout.inhibition = index
                case .directed: layout.directed = index
                case .references: layout.references = [index]
                case .sourceType: layout.sourceType = index
                case .targetType: layout.targetType = index
                case .mechanism: layout.mechanism = index
                case .residue: layout.residue = index
                case .taxon: layout.taxon = index
                case .cell: layout.cell = index
                case .tissue: layout.tissue = index
                }
            }
            guard layout.source >= 0, layout.target >= 0 else {
                throw Unresolved(meaning: layout.source < 0 ? .source : .target, name: nil)
            }
            self = layout
        }

        /// The layout of a header line's names, or `nil` when it names no source and target columns.
        init?(header names: [String]) {
            let lower = names.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            func column(_ candidates: [String]) -> Int? {
                candidates.lazy.compactMap { lower.firstIndex(of: $0) }.first
            }
            // Source and target are read as a pair: a header with ENTITYA and ENTITYB beside a SOURCE column that
            // names the database a row came from (as SIGNOR's exports have) is read by its entity columns, not
            // with the database as every row's source.
            let pairs = [
                ("source", "target"), ("source_genesymbol", "target_genesymbol"), ("entitya", "entityb"),
                ("tail", "head"), ("node1", "node2"),
            ]
            guard
                let (source, target) = pairs.lazy.compactMap({ pair -> (Int, Int)? in
                    guard let source = lower.firstIndex(of: pair.0), let target = lower.firstIndex(of: pair.1) else {
                        return nil
                    }
                    return (source, target)
                }).first
            else { return nil }
            self.source = source
            self.target = target
            sign = column(["effect", "interaction", "sign", "relation", "type"])
            stimulation = column(["consensus_stimulation", "is_stimulation"])
            inhibition = column(["consensus_inhibition", "is_inhibition"])
            directed = column(["consensus_direction", "is_directed"])
            references = ["pmid", "references"].compactMap { lower.firstIndex(of: $0) }
            sourceType = column(["typea"])
            targetType = column(["typeb"])
            mechanism = column(["mechanism"])
            residue = column(["residue"])
            taxon = column(["tax_id", "ncbi_tax_id_source"])
            cell = column(["cell_data"])
            tissue = column(["tissue_data"])
        }

        /// Whether this is more than the three-column `source interaction target` header the SIF reader takes.
        var isRich: Bool {
            stimulation != nil || inhibition != nil || !references.isEmpty || sourceType != nil || mechanism != nil
                || source != 0 || target != 2
        }
    }

    /// The layout of `data`'s header line when it is a rich one, for format detection.
    static func layout(of data: Data) -> Layout? {
        let prefix = String(decoding: data.prefix(64 * 1024), as: UTF8.self)
        // The first line that is not blank or a comment (PathLinker's `#tail head …` header is its own format).
        guard let header = prefix.split(separator: "\n").first(where: { !$0.allSatisfy(\.isWhitespace) }),
            !header.hasPrefix("#"), header.contains("\t")
        else { return nil }
        let names = header.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard let layout = Layout(header: names), layout.isRich else { return nil }
        return layout
    }

    /// The relation a SIGNOR effect or a SIF word stands for, or `nil` when unknown.
    static func relation(_ word: String) -> Relation? {
        let lower = word.trimmingCharacters(in: .whitespaces).lowercased()
        if lower.hasPrefix("up-regulates") {
            return lower.contains("expression") ? .upregulatesExpression : .increases
        }
        if lower.hasPrefix("down-regulates") {
            return lower.contains("expression") ? .downregulatesExpression : .decreases
        }
        if lower == "form complex" || lower == "unknown" { return .associatedWith }
        return SIFImporter.relationWords[lower]
    }

    /// The node kind a SIGNOR entity type stands for.
    static func kind(_ type: String) -> NodeKind {
        switch type.lowercased() {
        case "protein", "proteinfamily", "complex", "fusion protein": .protein
        case "chemical", "smallmolecule", "small molecule", "metabolite": .metabolite
        case "drug", "antibody": .drug
        case "phenotype": .process
        case "mirna", "gene", "rna": .gene
        default: .unspecified
        }
    }

    /// Reads a headered table; `file` names it in diagnostics.
    /// Reads a headered table; `file` names it in diagnostics, `columns` (when given) says which column holds
    /// what, over what the header's names say.
    static func parse(
        data: Data, file: String, name: String?, limits: GraphLimits, columns: TableColumns? = nil
    ) throws(GraphLoadError) -> PathwayGraph {
        try ByteLines.reading(data) { lines throws(GraphLoadError) in
            try parse(lines, file: file, name: name, limits: limits, columns: columns)
        }
    }

    private static func parse(
        _ lines: ByteLines, file: String, name: String?, limits: GraphLimits, columns chosen: TableColumns?
    ) throws(GraphLoadError) -> PathwayGraph {
        var builder = PathwayGraphBuilder(name: name)
        var interner = ByteInterner(expectedCount: 4096)
        var diagnostics: [Diagnostic] = []
        var fields: [Range<Int>] = []
        var layout: Layout?
        var references: Set<String> = []

        func node(_ range: Range<Int>) -> NodeIndex { interner.node(range, in: lines, adding: &builder) }
        func text(_ column: Int?) -> String? {
            guard let column, column < fields.count else { return nil }
            let value = lines.string(fields[column]).trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        func flag(_ column: Int?) -> Bool { text(column).map { $0 == "1" || $0.lowercased() == "true" } ?? false }

        try lines.forEachLine { number, line throws(GraphLoadError) in
            guard !lines.isBlankOrComment(line) else { return }
            lines.splitTabs(line, into: &fields)
            if let overlong = lines.overlongField(
                in: fields, limit: limits.maximumFieldLength, line: line, number: number, file: file)
            {
                return diagnostics.append(overlong)
            }
            guard let columns = layout else {
                let names = fields.map { lines.string($0) }
                if let chosen {
                    do throws(Layout.Unresolved) {
                        layout = try Layout(header: names, columns: chosen)
                    } catch {
                        let meaning = error.meaning.rawValue
                        let what =
                            error.name.map { "the column '\($0)' given for \(meaning) is not in the header" }
                            ?? "no column is given or named for \(meaning)"
                        diagnostics.append(
                            Diagnostic(
                                file: file, line: number, column: 1, code: .malformedRow,
                                message: "\(what) (its columns: \(names.joined(separator: ", ")))",
                                suggestion: "name a column of the header, or give its number from 1"))
                        throw .invalid(diagnostics)
                    }
                    return
                }
                layout = Layout(header: names)
                if layout == nil {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: number, column: 1, code: .malformedRow,
                            message: "the header names no source and target columns",
                            suggestion: "name them source and target (or ENTITYA and ENTITYB, as SIGNOR does)"))
                    throw .invalid(diagnostics)
                }
                return
            }
            guard columns.source < fields.count, columns.target < fields.count else {
                return diagnostics.append(
                    Diagnostic(
                        file: file, line: number, column: 1, code: .malformedRow,
                        message: "expected at least \(max(columns.source, columns.target) + 1) columns, found "
                            + "\(fields.count)", sourceLine: lines.sourceLine(line, diagnostics: diagnostics)))
            }
            var relations: [Relation] = []
            if columns.stimulation != nil || columns.inhibition != nil {
                if flag(columns.stimulation) { relations.append(.activates) }
                if flag(columns.inhibition) { relations.append(.inhibits) }
                if relations.isEmpty { relations.append(.associatedWith) }
            } else if let word = text(columns.sign) {
                guard let relation = relation(word) else {
                    return diagnostics.append(
                        Diagnostic(
                            file: file, line: number,
                            column: lines.column(of: fields[columns.sign!].lowerBound, in: line),
                            code: .unknownRelation, message: "unknown effect '\(word)'",
                            suggestion: "use up-regulates, down-regulates, activates, inhibits, 1 or -1",
                            sourceLine: lines.sourceLine(line, diagnostics: diagnostics)))
                }
                relations.append(relation)
            } else {
                relations.append(.associatedWith)
            }
            let source = node(fields[columns.source]), target = node(fields[columns.target])
            if let type = text(columns.sourceType) { builder.setKind(kind(type), of: source) }
            if let type = text(columns.targetType) { builder.setKind(kind(type), of: target) }
            var keys: [String] = []
            for column in columns.references {
                guard let value = text(column) else { continue }
                for part in value.split(whereSeparator: { ";|,".contains($0) }) {
                    let pmid = part.split(separator: ":").last.map(String.init) ?? String(part)
                    guard !pmid.isEmpty, pmid.allSatisfy(\.isNumber) else { continue }
                    let key = "pmid:" + pmid
                    if references.insert(key).inserted { builder.addReference(Reference(key: key, pmid: pmid)) }
                    if !keys.contains(key) { keys.append(key) }
                }
            }
            let notes = [("mechanism", text(columns.mechanism)), ("residue", text(columns.residue))]
                .compactMap { label, value in value.map { "\(label): \($0)" } }
            let species: [Species] =
                switch text(columns.taxon) {
                case "9606": [.human]
                case "10090": [.mouse]
                case "10116": [.rat]
                default: []
                }
            let region = [text(columns.cell), text(columns.tissue)].compactMap { $0 }.joined(separator: "; ")
            let context = InteractionContext(species: species, region: region.isEmpty ? nil : region)
            let undirected = columns.directed != nil && !flag(columns.directed)
            for relation in relations {
                for (from, to) in undirected ? [(source, target), (target, source)] : [(source, target)] {
                    if keys.isEmpty && notes.isEmpty && context.isEmpty {
                        builder.addChecked(source: from.rawValue, target: to.rawValue, relation: relation)
                    } else {
                        builder.addChecked(
                            Interaction(
                                source: from, target: to, relation: relation, references: keys, context: context,
                                note: notes.isEmpty ? nil : notes.joined(separator: "; ")))
                    }
                }
            }
            if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
        }
        if let error = GraphLoadError.ifErrors(diagnostics) { throw error }
        return builder.build()
    }
}
