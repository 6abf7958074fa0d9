import Foundation

/// Reads the causal subset of BEL (Biological Expression Language) documents, as PyBEL and the OpenBEL tools
/// write them.
///
/// - Terms (`p(HGNC:AKT1)`, `act(p(HGNC:AKT1), ma(kin))`, `complex(p(A), p(B))`, `bp(GO:"apoptotic process")`,
///   `path(MESHD:Disease)`, with their modifications) become nodes: the term's text, spaces normalised, is the
///   id, its entities the label, its function the kind.
/// - `increases` / `->`, `directlyIncreases` / `=>` raise; `decreases` / `-|`, `directlyDecreases` / `=|` lower;
///   `rateLimitingStepOf`, `causesNoChange`, `regulates` and the correlations (`positiveCorrelation`,
///   `negativeCorrelation`, `association`, `--`, `cnc`) are kept unsigned, so they never enter a signed query.
///   Structural statements (`hasComponent`, `isA`, `partOf`, `transcribedTo`, …) are not causal: they are counted,
///   and the count is in the graph's title.
/// - A nested statement `A -> (B -| C)` gives `B -| C` and `A` acting on `C` with the product of the signs;
///   `A -> B -| C` without parentheses is read the same way.
/// - `SET Citation` becomes a reference (a PubMed citation keyed `pmid:NNN`), `SET Evidence` the note, `SET
///   Species` the species (9606, 10090, 10116), `SET CellLine`, `Cell`, `Tissue` and `Anatomy` the region;
///   `UNSET` clears them; `SET DOCUMENT Name` names the graph; `DEFINE` lines are accepted; a line ending in `\`
///   continues on the next.
enum BELImporter {
    /// The relation words, by causal meaning.
    static let causal: [String: Relation] = [
        "increases": .increases, "->": .increases, "directlyincreases": .increases, "=>": .increases,
        "decreases": .decreases, "-|": .decreases, "directlydecreases": .decreases, "=|": .decreases,
        "ratelimitingstepof": .associatedWith, "causesnochange": .associatedWith, "regulates": .associatedWith,
        "reg": .associatedWith, "positivecorrelation": .associatedWith, "pos": .associatedWith,
        "negativecorrelation": .associatedWith, "neg": .associatedWith, "association": .associatedWith,
        "--": .associatedWith, "correlation": .associatedWith, "cor": .associatedWith,
        "nocorrelation": .associatedWith, "cnc": .associatedWith, "biomarkerfor": .associatedWith,
        "prognosticbiomarkerfor": .associatedWith,
    ]

    /// Relations that state structure, not cause.
    static let structural: Set<String> = [
        "hascomponent", "hascomponents", "hasmember", "hasmembers", "isa", "partof", "subprocessof",
        "transcribedto", ":>", "translatedto", ">>", "orthologous", "hasvariant", "hasreactant", "hasproduct",
        "hasmodification", "actsin", "includes", "translocates", "equivalentto", "eq", "analogousto", "hasproducts",
        "hasreactants",
    ]

    private struct State {
        var citation: String?
        var evidence: String?
        var species: [Species] = []
        var region: String?
    }

    /// Reads BEL bytes; `file` names them in diagnostics.
    static func parse(data: Data, file: String, name: String?, limits: GraphLimits) throws(GraphLoadError)
        -> PathwayGraph
    {
        var builder = PathwayGraphBuilder(name: name)
        var diagnostics: [Diagnostic] = []
        var state = State()
        var references: Set<String> = []
        var structuralCount = 0
        var documentName: String?

        // Logical lines: a line ending in a backslash continues on the next, and so does a quoted string that is
        // still open at the end of a line (curated corpora have evidence text with line breaks). Lines are split
        // on bytes: in a Swift string "\r\n" is one character, which splitting on "\n" would never find.
        var logical: [(number: Int, text: String)] = []
        var pending: (number: Int, text: String)?
        var openQuote = false
        let rawLines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (offset, raw) in rawLines.enumerated() {
            var line = String(decoding: raw, as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            if var open = pending {
                open.text += "\n" + line
                pending = open
            } else {
                pending = (offset + 1, line)
            }
            if line.hasSuffix("\\") {
                pending?.text.removeLast()
                openQuote = Self.endsInsideQuote(String(line.dropLast()), startingInside: openQuote)
                continue
            }
            openQuote = Self.endsInsideQuote(line, startingInside: openQuote)
            if openQuote { continue }
            logical.append(pending!)
            pending = nil
        }
        if let pending {
            if openQuote {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: pending.number, column: 1, code: .syntax,
                        message: "a quoted string opened on line \(pending.number) is never closed",
                        suggestion: "close it with \" (write \\\" for a quote inside it)",
                        sourceLine: String(pending.text.prefix(200))))
            } else {
                logical.append(pending)
            }
        }

        func node(for term: String) -> NodeIndex {
            builder.nodeIndex(forID: term) { Node(id: term, label: label(of: term), kind: kind(of: term)) }
        }

        for (number, raw) in logical {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            func report(_ message: String, column: Int = 1, suggestion: String? = nil) {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: number, column: column, code: .malformedRow, message: message,
                        suggestion: suggestion, sourceLine: diagnostics.count < 100 ? String(line.prefix(4096)) : nil))
            }
            if line.hasPrefix("DEFINE ") { continue }
            if line.hasPrefix("SET DOCUMENT ") {
                let rest = line.dropFirst("SET DOCUMENT ".count)
                if let equals = rest.firstIndex(of: "="), rest[..<equals].trimmingCharacters(in: .whitespaces) == "Name"
                {
                    documentName = unquote(String(rest[rest.index(after: equals)...]))
                }
                continue
            }
            if line.hasPrefix("SET ") {
                let rest = line.dropFirst(4)
                guard let equals = rest.firstIndex(of: "=") else {
                    report("a SET without '='", suggestion: "write SET Name = \"value\"")
                    continue
                }
                let key = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
                let value = rest[rest.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                switch key {
                case "citation":
                    let parts = listItems(value)
                    if parts.count >= 3, parts[0].lowercased() == "pubmed", parts[2].allSatisfy(\.isNumber) {
                        let key = "pmid:" + parts[2]
                        if references.insert(key).inserted {
                            builder.addReference(Reference(key: key, title: parts[1], pmid: parts[2]))
                        }
                        state.citation = key
                    } else {
                        let key = "citation:\(number)"
                        builder.addReference(Reference(key: key, title: parts.dropFirst().first ?? value))
                        state.citation = key
                    }
                case "evidence", "supportingtext": state.evidence = unquote(value)
                case "species":
                    state.species = listItems(value).compactMap { taxon -> Species? in
                        switch taxon {
                        case "9606": .human
                        case "10090": .mouse
                        case "10116": .rat
                        default: nil
                        }
                    }
                case "cellline", "cell", "tissue", "anatomy", "celltype":
                    state.region = listItems(value).joined(separator: ", ")
                default: break
                }
                continue
            }
            if line.hasPrefix("UNSET ") {
                let keys = listItems(String(line.dropFirst(6))).map { $0.lowercased() }
                for key in keys {
                    switch key {
                    case "citation": state.citation = nil
                    case "evidence", "supportingtext": state.evidence = nil
                    case "species": state.species = []
                    case "cellline", "cell", "tissue", "anatomy", "celltype": state.region = nil
                    case "all": state = State()
                    default: break
                    }
                }
                continue
            }
            // A statement. Its terms become node ids, which cannot hold control characters (NUL, ESC, …).
            if let bad = line.unicodeScalars.first(where: {
                $0.properties.generalCategory == .control && $0 != "\t" && $0 != "\n"
            }) {
                let column = line.unicodeScalars.prefix { $0 != bad }.count + 1
                report(
                    "a control character (U+\(String(format: "%04X", bad.value))) in a statement; "
                        + "names of entities cannot hold one",
                    column: column)
                continue
            }
            var scanner = Scanner(line)
            guard let statement = scanner.statement() else {
                report(scanner.problem ?? "not a BEL statement", column: scanner.column)
                continue
            }
            guard scanner.atEnd else {
                report(
                    "unexpected text after the statement", column: scanner.column,
                    suggestion: "put a nested statement in parentheses: A -> (B -| C)")
                continue
            }
            let context = InteractionContext(species: state.species, region: state.region)
            let references = state.citation.map { [$0] } ?? []
            func add(_ subject: String, _ word: String, _ object: String, sign: Relation? = nil) {
                let relation = sign ?? causal[word.lowercased()]!
                builder.addChecked(
                    Interaction(
                        source: node(for: subject), target: node(for: object), relation: relation,
                        references: references, context: context,
                        note: [relation == .associatedWith ? "BEL: \(word)" : nil, state.evidence]
                            .compactMap { $0 }.joined(separator: ". ").nilIfEmpty))
            }
            switch statement.object {
            case .term(let object) where statement.relation.map({ causal[$0.lowercased()] != nil }) ?? false:
                add(statement.subject, statement.relation!, object)
            case .nested(let inner) where causal[statement.relation!.lowercased()] != nil:
                guard let innerRelation = inner.relation, causal[innerRelation.lowercased()] != nil,
                    case .term(let innerObject) = inner.object
                else {
                    structuralCount += 1
                    continue
                }
                add(inner.subject, innerRelation, innerObject)
                let outer = causal[statement.relation!.lowercased()]!, innerSign = causal[innerRelation.lowercased()]!
                let combined: Relation =
                    switch (outer.sign, innerSign.sign) {
                    case (let a?, let b?): a * b == .positive ? .increases : .decreases
                    default: .associatedWith
                    }
                add(statement.subject, statement.relation!, innerObject, sign: combined)
            case .none:
                _ = node(for: statement.subject)
            default:
                structuralCount += 1
            }
            if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
        }
        if let error = GraphLoadError.ifErrors(diagnostics) { throw error }
        guard builder.nodeCount > 0 || structuralCount > 0 else {
            throw .invalid([
                Diagnostic(
                    file: file, line: 0, column: 0, code: .emptyGraph,
                    message: "no BEL statement in \(file): there is no graph in it",
                    suggestion: "a statement reads like p(HGNC:BDNF) increases p(HGNC:NTRK2)")
            ])
        }
        if let documentName { builder.title = documentName }
        if structuralCount > 0 {
            let said = builder.title.map { $0 + " " } ?? ""
            builder.title =
                said + "(\(structuralCount) non-causal statement\(structuralCount == 1 ? "" : "s") not read)"
        }
        return builder.build()
    }

    /// Whether `line` ends inside a `"…"` string, given whether it starts inside one (`\"` is a quote within).
    static func endsInsideQuote(_ line: String, startingInside: Bool) -> Bool {
        var inside = startingInside
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" && inside {
                escaped = true
            } else if character == "\"" {
                inside.toggle()
            }
        }
        return inside
    }

    /// The items of `{"a", "b"}` or of one quoted or bare value.
    static func listItems(_ value: String) -> [String] {
        var text = value.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("{"), text.hasSuffix("}") { text = String(text.dropFirst().dropLast()) }
        var items: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted:
                items.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            default: current.append(character)
            }
        }
        items.append(current.trimmingCharacters(in: .whitespaces))
        return items.filter { !$0.isEmpty }
    }

    /// A quoted value without its quotes.
    static func unquote(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") else { return trimmed }
        return String(trimmed.dropFirst().dropLast())
    }

    /// The entities a term names (`HGNC:AKT1` → `AKT1`), joined, with the function's meaning where it helps.
    static func label(of term: String) -> String {
        var names: [String] = []
        var index = term.startIndex
        while let colon = term[index...].firstIndex(of: ":") {
            var start = colon
            while start > term.startIndex,
                term[term.index(before: start)].isLetter || term[term.index(before: start)].isNumber
                    || term[term.index(before: start)] == "_"
            {
                start = term.index(before: start)
            }
            let namespace = term[start..<colon]
            var end = term.index(after: colon)
            var name = ""
            if end < term.endIndex, term[end] == "\"" {
                end = term.index(after: end)
                while end < term.endIndex, term[end] != "\"" {
                    name.append(term[end])
                    end = term.index(after: end)
                }
                if end < term.endIndex { end = term.index(after: end) }
            } else {
                while end < term.endIndex, !",) ".contains(term[end]) {
                    name.append(term[end])
                    end = term.index(after: end)
                }
            }
            if !namespace.isEmpty, !["GO"].contains(namespace) || names.isEmpty, !name.isEmpty, !names.contains(name) {
                names.append(name)
            }
            index = end
            if index >= term.endIndex { break }
        }
        let base = names.isEmpty ? term : names.joined(separator: ":")
        let function = term.prefix { $0.isLetter }.lowercased()
        switch function {
        case "act", "activity", "kin", "cat", "tscript", "tport", "gtp", "chap", "phos", "ribo", "pep":
            return base + " activity"
        case "deg", "degradation": return base + " degradation"
        case "sec", "surf", "tloc", "translocation", "cellsecretion", "cellsurfaceexpression":
            return base + " " + (["sec", "cellsecretion"].contains(function) ? "secretion" : "translocation")
        case "r", "rnaabundance": return base + " RNA"
        case "g", "geneabundance": return base + " gene"
        default: return base
        }
    }

    /// The node kind of a term's outer function.
    static func kind(of term: String) -> NodeKind {
        var function = term.prefix { $0.isLetter }.lowercased()
        if ["act", "activity", "deg", "degradation", "sec", "surf", "tloc", "translocation"].contains(function),
            let open = term.firstIndex(of: "(")
        {
            function = term[term.index(after: open)...].prefix { $0.isLetter }.lowercased()
        }
        switch function {
        case "p", "proteinabundance", "complex", "complexabundance": return .protein
        case "g", "geneabundance", "r", "rnaabundance", "m", "micrornaabundance": return .gene
        case "a", "abundance": return .metabolite
        case "bp", "biologicalprocess": return .process
        case "path", "pathology": return .disorder
        default: return .unspecified
        }
    }

    /// A statement: a subject term, and optionally a relation and an object (a term or a nested statement).
    struct Statement {
        enum Object {
            case term(String)
            indirect case nested(Statement)
        }
        var subject: String
        var relation: String?
        var object: Object?
    }

    /// A scanner over one statement line.
    struct Scanner {
        let characters: [Character]
        var position = 0
        var problem: String?

        init(_ line: String) { characters = Array(line) }

        var column: Int { position + 1 }
        var atEnd: Bool {
            var copy = self
            copy.skipSpaces()
            return copy.position >= characters.count
        }

        mutating func skipSpaces() {
            while position < characters.count, characters[position].isWhitespace { position += 1 }
        }

        /// `TERM [RELATION (TERM | '(' STATEMENT ')')]`.
        mutating func statement() -> Statement? {
            skipSpaces()
            guard let subject = term() else { return nil }
            skipSpaces()
            guard position < characters.count, characters[position] != ")" else {
                return Statement(subject: subject)
            }
            guard let relation = relationWord() else {
                problem = problem ?? "expected a relation such as -> or -|"
                return nil
            }
            skipSpaces()
            if position < characters.count, characters[position] == "(" {
                position += 1
                guard let inner = statement() else { return nil }
                skipSpaces()
                guard position < characters.count, characters[position] == ")" else {
                    problem = "the nested statement is not closed with ')'"
                    return nil
                }
                position += 1
                return Statement(subject: subject, relation: relation, object: .nested(inner))
            }
            guard let object = term() else { return nil }
            // `A -> B -| C` without parentheses is read as `A -> (B -| C)`.
            var lookahead = self
            lookahead.skipSpaces()
            if lookahead.position < characters.count, characters[lookahead.position] != ")",
                let innerRelation = lookahead.relationWord()
            {
                self = lookahead
                skipSpaces()
                var rest = self
                guard let innerObject = rest.term() else {
                    problem = rest.problem
                    return nil
                }
                self = rest
                let inner = Statement(subject: object, relation: innerRelation, object: .term(innerObject))
                return Statement(subject: subject, relation: relation, object: .nested(inner))
            }
            return Statement(subject: subject, relation: relation, object: .term(object))
        }

        /// A function term with balanced parentheses and quoted strings, spaces normalised.
        mutating func term() -> String? {
            let start = position
            while position < characters.count, characters[position].isLetter || characters[position].isNumber {
                position += 1
            }
            guard position > start, position < characters.count, characters[position] == "(" else {
                problem = "expected a term such as p(HGNC:AKT1)"
                position = start
                return nil
            }
            var depth = 0
            var quoted = false
            var text = String(characters[start..<position])
            while position < characters.count {
                let character = characters[position]
                position += 1
                if character == "\"" { quoted.toggle() }
                if !quoted {
                    if character == "(" { depth += 1 }
                    if character == ")" {
                        depth -= 1
                        if depth == 0 {
                            text.append(character)
                            return text
                        }
                    }
                    if character.isWhitespace { continue }
                    if character == "," {
                        text.append(", ")
                        continue
                    }
                }
                text.append(character)
            }
            problem = "the term is not closed with ')'"
            position = start
            return nil
        }

        /// A relation word or symbol.
        mutating func relationWord() -> String? {
            let start = position
            while position < characters.count, !characters[position].isWhitespace, characters[position] != "(" {
                position += 1
            }
            let word = String(characters[start..<position])
            let lower = word.lowercased()
            guard BELImporter.causal[lower] != nil || BELImporter.structural.contains(lower) else {
                problem = "unknown relation '\(word)'"
                position = start
                return nil
            }
            return word
        }
    }
}

extension String {
    /// `nil` for the empty string.
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
