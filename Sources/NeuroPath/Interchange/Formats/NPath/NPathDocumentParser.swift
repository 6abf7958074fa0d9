/// Parses the text of one `.npath` file into an ``NPathDocument``, collecting every diagnostic rather than
/// stopping at the first. Node ids are checked later, by ``NPathAssembler``, once all includes are read.
struct NPathDocumentParser {
    let file: String
    var diagnostics: [Diagnostic] = []
    var statements: [NPathStatement] = []
    var origins: [NPathStatementOrigin?] = []
    private var lineTexts: [String] = []

    static let keywords = ["graph", "include", "population", "node", "reference", "question", "experiment"]
    static let interactionAttributes = [
        "evidence", "species", "region", "cell", "time", "refs", "note", "necessary", "partly-necessary",
    ]
    /// The attributes written as a bare word.
    static let flagAttributes: Set<String> = ["necessary", "partly-necessary"]
    static let nodeAttributes = ["label", "synonyms", "description", "xref"]
    static let referenceAttributes = ["authors", "year", "title", "journal", "doi", "pmid"]
    static let populationAttributes = ["label", "description"]
    static let graphAttributes = ["title"]
    static let experimentAttributes = [
        "name", "activate", "knockout", "pretreat", "context", "finding", "refs", "expect", "limitation",
    ]
    static let listAttributes: Set<String> = [
        "species", "refs", "synonyms", "xref", "activate", "knockout", "pretreat", "expect",
    ]

    let limits: GraphLimits

    init(file: String, limits: GraphLimits = .standard) {
        self.file = file
        self.limits = limits
    }

    /// A parsed `key=value,value` attribute or a bare flag word.
    struct Attribute {
        var key: NPathToken
        var values: [NPathToken]
        var isFlag: Bool
        var single: String? { values.first?.text }
    }

    mutating func parse(_ text: String) -> NPathDocument {
        let lines = NPathLexer.lines(of: text, file: file, limits: limits, diagnostics: &diagnostics)
        lineTexts = lines.map(\.text)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            switch line.content {
            case .blank:
                if case .blank? = statements.last {} else { append(.blank, origin: nil) }
            case .comment(let comment):
                append(.comment(comment), origin: nil)
            case .tokens(var tokens, _):
                if line.isContinuation {
                    error(
                        .syntax, at: tokens.first, line: line,
                        "an indented line must continue the statement above it",
                        suggestion: "remove the indentation, or move this line directly under its statement")
                    continue
                }
                while index < lines.count, lines[index].isContinuation, case .tokens(let more, _) = lines[index].content
                {
                    tokens += more
                    index += 1
                }
                parseStatement(tokens, line: line)
            }
        }
        while case .blank? = statements.last {
            statements.removeLast()
            origins.removeLast()
        }
        return NPathDocument(statements: statements)
    }

    private mutating func append(_ statement: NPathStatement, origin: NPathStatementOrigin?) {
        statements.append(statement)
        origins.append(origin)
    }

    // MARK: Statements

    private mutating func parseStatement(_ tokens: [NPathToken], line: NPathLine) {
        guard let first = tokens.first else { return }
        // A quoted first word is a node id (`"a b" increases c`): an interaction.
        if first.kind == .string {
            parseInteraction(tokens, line: line)
            return
        }
        if first.kind != .word {
            error(
                .syntax, at: first, line: line,
                "a statement must begin with a keyword or a node id, not '\(first.text)'")
            return
        }
        switch first.text {
        case "graph":
            guard let (head, attributes) = split(tokens, headCount: 2, line: line, usage: "graph NAME title=\"…\"")
            else { return }
            let values = attributeValues(attributes, allowed: Self.graphAttributes, line: line)
            append(.graph(name: head[1].text, title: values["title"]?.single), origin: origin(line, head))
        case "include":
            guard let (head, attributes) = split(tokens, headCount: 2, line: line, usage: "include \"path/to/module\"")
            else { return }
            _ = attributeValues(attributes, allowed: [], line: line)
            append(.include(head[1].text), origin: origin(line, head))
        case "population":
            guard let (head, attributes) = split(tokens, headCount: 2, line: line, usage: "population ID label=\"…\"")
            else { return }
            checkID(head[1], line: line, allowPopulation: false)
            let values = attributeValues(attributes, allowed: Self.populationAttributes, line: line)
            append(
                .population(
                    CellPopulation(
                        id: head[1].text, label: values["label"]?.single, description: values["description"]?.single)),
                origin: origin(line, head))
        case "node":
            parseNode(tokens, line: line)
        case "reference":
            parseReference(tokens, line: line)
        case "question":
            guard let (head, attributes) = split(tokens, headCount: 3, line: line, usage: "question FROM TO") else {
                return
            }
            _ = attributeValues(attributes, allowed: [], line: line)
            var statementOrigin = origin(line, head)
            statementOrigin.nodeTokens = head.dropFirst().map { ($0.column, $0.length, $0.line, $0.text) }
            append(.question(from: head[1].text, to: head[2].text), origin: statementOrigin)
        case "experiment":
            parseExperiment(tokens, line: line)
        default:
            parseInteraction(tokens, line: line)
        }
    }

    private mutating func parseNode(_ tokens: [NPathToken], line: NPathLine) {
        guard let (head, attributes) = split(tokens, headCount: 3, line: line, usage: "node ID KIND label=\"…\"")
        else { return }
        checkID(head[1], line: line, allowPopulation: true)
        var kind = NodeKind.unspecified
        if let parsed = NodeKind(rawValue: head[2].text) {
            kind = parsed
        } else {
            error(
                .unknownKind, at: head[2], line: line, "unknown node kind '\(head[2].text)'",
                suggestion: suggestion(for: head[2].text, among: NodeKind.allCases.map(\.rawValue), listAll: true))
        }
        let values = attributeValues(attributes, allowed: Self.nodeAttributes, line: line)
        var externalIDs: [ExternalID] = []
        for token in values["xref"]?.values ?? [] {
            if let id = ExternalID(token.text) {
                externalIDs.append(id)
            } else {
                error(
                    .invalidValue, at: token, line: line, "'\(token.text)' is not an external id",
                    suggestion: "write NAMESPACE:ID, e.g. HGNC:4586 or ChEBI:6121")
            }
        }
        let node = Node(
            id: head[1].text, label: values["label"]?.single, kind: kind,
            synonyms: values["synonyms"]?.values.map(\.text) ?? [], description: values["description"]?.single,
            externalIDs: externalIDs)
        append(.node(node), origin: origin(line, head))
    }

    private mutating func parseReference(_ tokens: [NPathToken], line: NPathLine) {
        guard
            let (head, attributes) = split(
                tokens, headCount: 2, line: line, usage: "reference KEY authors=\"…\" year=…")
        else { return }
        checkID(head[1], line: line, allowPopulation: false)
        let values = attributeValues(attributes, allowed: Self.referenceAttributes, line: line)
        var year: Int?
        if let token = values["year"]?.values.first {
            year = Int(token.text)
            if year == nil || !(1000...9999).contains(year!) {
                error(.invalidValue, at: token, line: line, "year '\(token.text)' is not a four-digit year")
                year = nil
            }
        }
        let reference = Reference(
            key: head[1].text, authors: values["authors"]?.single, year: year, title: values["title"]?.single,
            journal: values["journal"]?.single, doi: values["doi"]?.single, pmid: values["pmid"]?.single)
        append(.reference(reference), origin: origin(line, head))
    }

    private mutating func parseExperiment(_ tokens: [NPathToken], line: NPathLine) {
        guard
            let (head, attributes) = split(
                tokens, headCount: 2, line: line, usage: "experiment KEY name=\"…\" activate=… knockout=… expect=…")
        else { return }
        checkID(head[1], line: line, allowPopulation: false)
        let values = attributeValues(attributes, allowed: Self.experimentAttributes, line: line)
        for required in ["name", "activate"] where values[required] == nil {
            error(
                .missingValue, at: head[1], line: line, "experiment '\(head[1].text)' has no \(required)=",
                suggestion: required == "name"
                    ? "name it as a learner would: name=\"NBQX blocks AMPA receptors (Maeng et al. 2008)\""
                    : "say what is given: activate=DRUG")
        }
        var expectations: [NPathExperiment.Expectation] = []
        var expectationTokens: [NPathToken] = []
        for token in values["expect"]?.values ?? [] {
            let text = token.text
            guard let colon = text.lastIndex(of: ":"),
                let outcome = ClassicExperiment.Outcome(rawValue: String(text[text.index(after: colon)...]))
            else {
                error(
                    .invalidValue, at: token, line: line, "'\(text)' is not NODE:OUTCOME",
                    suggestion: "write NODE:OUTCOME with OUTCOME one of "
                        + ClassicExperiment.Outcome.allCases.map(\.rawValue).joined(separator: ", "))
                continue
            }
            expectations.append(.init(node: String(text[..<colon]), outcome: outcome))
            expectationTokens.append(token)
        }
        let activate = values["activate"]?.values ?? []
        let knockout = values["knockout"]?.values ?? []
        let pretreat = values["pretreat"]?.values ?? []
        let experiment = NPathExperiment(
            key: head[1].text, name: values["name"]?.single ?? head[1].text, activate: activate.map(\.text),
            knockout: knockout.map(\.text), pretreat: pretreat.map(\.text), context: values["context"]?.single,
            finding: values["finding"]?.single,
            references: values["refs"]?.values.map(\.text) ?? [], expectations: expectations,
            limitation: values["limitation"]?.single)
        var statementOrigin = origin(line, head)
        statementOrigin.nodeTokens = (activate + knockout + pretreat + expectationTokens).map {
            ($0.column, $0.length, $0.line, $0.text)
        }
        let referenceTokens = values["refs"]?.values ?? []
        statementOrigin.referenceTokens = referenceTokens.map { ($0.column, $0.length, $0.line, $0.text) }
        append(.experiment(experiment), origin: statementOrigin)
    }

    private mutating func parseInteraction(_ tokens: [NPathToken], line: NPathLine) {
        let headWords = tokens.prefix { $0.kind == .word || $0.kind == .string }.prefix(3)
        if headWords.count < 3 || (tokens.count > 3 && tokens[3].kind == .equals)
            || (tokens.count > 1 && tokens[1].kind == .equals)
        {
            let first = tokens[0]
            let near = EditDistance.nearest(to: first.text, in: Self.keywords, limit: 1)
            error(
                .unknownStatement, at: first, line: line, "'\(first.text)' does not begin a statement",
                suggestion: near.first.map { "did you mean '\($0)'?" }
                    ?? "an interaction is written 'SOURCE RELATION TARGET evidence=… refs=…'")
            return
        }
        guard let (head, attributes) = split(tokens, headCount: 3, line: line, usage: "SOURCE RELATION TARGET …")
        else { return }
        checkID(head[0], line: line, allowPopulation: true)
        checkID(head[2], line: line, allowPopulation: true)
        guard let relation = Relation(rawValue: head[1].text) else {
            if let keyword = EditDistance.nearest(to: head[0].text, in: Self.keywords, limit: 1).first {
                error(
                    .unknownStatement, at: head[0], line: line, "'\(head[0].text)' does not begin a statement",
                    suggestion: "did you mean '\(keyword)'?")
                return
            }
            error(
                .unknownRelation, at: head[1], line: line, "unknown relation '\(head[1].text)'",
                suggestion: suggestion(for: head[1].text, among: Relation.allCases.map(\.rawValue), listAll: false)
                    ?? "see the relation vocabulary in Docs/format.md")
            return
        }
        let values = attributeValues(attributes, allowed: Self.interactionAttributes, line: line)
        var evidence: EvidenceLevel?
        if let token = values["evidence"]?.values.first {
            evidence = parseEnum(token, line: line, what: "evidence level")
        }
        var timescale: Timescale?
        if let token = values["time"]?.values.first {
            timescale = parseEnum(token, line: line, what: "timescale")
        }
        var species: [Species] = []
        for token in values["species"]?.values ?? [] {
            if let parsed: Species = parseEnum(token, line: line, what: "species") { species.append(parsed) }
        }
        let referenceTokens = values["refs"]?.values ?? []
        let interaction = NPathInteraction(
            source: head[0].text, relation: relation, target: head[2].text, evidence: evidence,
            references: referenceTokens.map(\.text),
            context: InteractionContext(
                species: species, region: values["region"]?.single, population: values["cell"]?.single),
            timescale: timescale, isNecessary: values["necessary"] != nil,
            isPartlyNecessary: values["partly-necessary"] != nil, note: values["note"]?.single)
        var statementOrigin = origin(line, head)
        statementOrigin.referenceTokens = referenceTokens.map {
            ($0.column, $0.length, $0.line, lineText($0.line, fallback: line))
        }
        append(.interaction(interaction), origin: statementOrigin)
    }

    // MARK: Pieces

    /// The first `headCount` tokens (which must be words or, for `include`, a string) and the rest.
    private mutating func split(_ tokens: [NPathToken], headCount: Int, line: NPathLine, usage: String)
        -> ([NPathToken], ArraySlice<NPathToken>)?
    {
        let head = Array(tokens.prefix(headCount))
        // Ids and names may be quoted (`node "a b" protein`, `"a b" increases c`), as the writer quotes those that
        // are not one plain word.
        for token in head where token.kind != .word && token.kind != .string {
            error(.syntax, at: token, line: line, "expected \(usage), found '\(token.text)'")
            return nil
        }
        guard head.count == headCount else {
            let last = tokens.last!
            diagnostics.append(
                Diagnostic(
                    file: file, line: last.line, column: last.column + last.length, code: .missingValue,
                    message: "incomplete statement: expected \(usage)", sourceLine: lineText(last.line, fallback: line))
            )
            return nil
        }
        return (head, tokens.dropFirst(headCount))
    }

    /// Parses `key=value[,value…]` attributes and flags, reporting unknown, duplicate and empty ones.
    private mutating func attributeValues(_ tokens: ArraySlice<NPathToken>, allowed: [String], line: NPathLine)
        -> [String: Attribute]
    {
        var result: [String: Attribute] = [:]
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let key = tokens[index]
            index += 1
            guard key.kind == .word else {
                error(
                    .syntax, at: key, line: line, "expected an attribute name, found '\(key.text)'",
                    suggestion: key.kind == .string ? "attributes are written key=\"value\"" : nil)
                continue
            }
            var attribute = Attribute(key: key, values: [], isFlag: true)
            if index < tokens.endIndex, tokens[index].kind == .equals {
                attribute.isFlag = false
                let equals = tokens[index]
                index += 1
                while index < tokens.endIndex, tokens[index].kind == .word || tokens[index].kind == .string {
                    attribute.values.append(tokens[index])
                    index += 1
                    guard index < tokens.endIndex, tokens[index].kind == .comma else { break }
                    index += 1
                }
                if attribute.values.isEmpty {
                    error(.missingValue, at: equals, line: line, "'\(key.text)=' has no value")
                    continue
                }
            }
            guard allowed.contains(key.text) else {
                error(
                    .unknownAttribute, at: key, line: line, "unknown attribute '\(key.text)'",
                    suggestion: suggestion(for: key.text, among: allowed, listAll: true))
                continue
            }
            if attribute.isFlag != Self.flagAttributes.contains(key.text) {
                error(
                    .missingValue, at: key, line: line,
                    attribute.isFlag ? "'\(key.text)' needs a value" : "'\(key.text)' is a flag and takes no value",
                    suggestion: attribute.isFlag ? "write \(key.text)=VALUE" : "write just '\(key.text)'")
                continue
            }
            if attribute.values.count > 1, !Self.listAttributes.contains(key.text) {
                error(
                    .invalidValue, at: attribute.values[1], line: line, "'\(key.text)' takes one value",
                    suggestion: "quote a value that contains a comma: \(key.text)=\"…, …\"")
            }
            if result[key.text] != nil {
                error(.duplicateAttribute, at: key, line: line, "'\(key.text)' is given twice")
                continue
            }
            result[key.text] = attribute
        }
        return result
    }

    private mutating func parseEnum<Value: RawRepresentable & CaseIterable>(
        _ token: NPathToken, line: NPathLine, what: String
    ) -> Value? where Value.RawValue == String {
        if let value = Value(rawValue: token.text) { return value }
        error(
            .invalidValue, at: token, line: line, "unknown \(what) '\(token.text)'",
            suggestion: suggestion(for: token.text, among: Value.allCases.map(\.rawValue), listAll: true))
        return nil
    }

    private mutating func checkID(_ token: NPathToken, line: NPathLine, allowPopulation: Bool) {
        let parts = token.text.split(separator: "@", omittingEmptySubsequences: false)
        let problem: String? =
            if token.kind == .string && token.text.isEmpty {
                "an id cannot be empty"
            } else if token.kind == .word && Self.keywords.contains(token.text) {
                "'\(token.text)' is a keyword and cannot be an id unquoted (write \"\(token.text)\")"
            } else if parts.count > 2 || (parts.count == 2 && !allowPopulation) {
                "'\(token.text)' has too many '@'"
            } else if parts.contains(where: \.isEmpty) {
                "'\(token.text)' has an empty part around '@'"
            } else if token.text.unicodeScalars.contains(where: {
                [.control, .format].contains($0.properties.generalCategory)
            }) {
                "an id cannot hold control or invisible formatting characters"
            } else {
                nil
            }
        if let problem {
            error(
                .invalidID, at: token, line: line, problem,
                suggestion: allowPopulation ? "write ENTITY or ENTITY@POPULATION" : nil)
        }
    }

    private func suggestion(for word: String, among candidates: [String], listAll: Bool) -> String? {
        if let nearest = EditDistance.nearest(to: word, in: candidates, limit: 1).first {
            return "did you mean '\(nearest)'?"
        }
        return listAll && !candidates.isEmpty ? "expected one of: \(candidates.joined(separator: ", "))" : nil
    }

    private func origin(_ line: NPathLine, _ head: [NPathToken]) -> NPathStatementOrigin {
        NPathStatementOrigin(
            file: file, line: line.number, text: line.text, headWords: head.map { ($0.column, $0.length) },
            referenceTokens: [])
    }

    /// The text of line `number` (continuation lines included), for the caret display.
    private func lineText(_ number: Int, fallback line: NPathLine) -> String {
        lineTexts.indices.contains(number - 1) ? lineTexts[number - 1] : line.text
    }

    private mutating func error(
        _ code: Diagnostic.Code, at token: NPathToken?, line: NPathLine, _ message: String, suggestion: String? = nil
    ) {
        let position = token ?? NPathToken(kind: .word, text: "", line: line.number, column: 1, length: 1)
        diagnostics.append(
            Diagnostic(
                file: file, line: position.line, column: position.column, length: position.length, code: code,
                message: message, suggestion: suggestion, sourceLine: lineText(position.line, fallback: line)))
    }
}
