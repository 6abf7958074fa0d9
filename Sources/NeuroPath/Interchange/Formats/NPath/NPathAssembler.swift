/// Reads a top-level `.npath` file and everything it includes, then builds one ``PathwayGraph``: declarations
/// first (so a node may be used before it is declared, or in another file), interactions second.
struct NPathAssembler {
    let root: GraphSourceRoot
    var diagnostics: [Diagnostic] = []
    /// Statements of every file, in include order (an include's statements come where it is included).
    private var parsed: [(statement: NPathStatement, origin: NPathStatementOrigin?)] = []
    private var loaded: Set<String> = []
    private var stack: [String] = []

    static let maximumIncludeDepth = 32

    let limits: GraphLimits

    init(root: GraphSourceRoot, limits: GraphLimits = .standard) {
        self.root = root
        self.limits = limits
    }

    /// Loads `file` (relative to the root) and its includes; the graph is `nil` when there are errors. `text`
    /// is the file's text when the caller has already read it.
    mutating func assemble(file: String, text: String? = nil) throws(GraphLoadError) -> PathwayGraph? {
        var read = text
        if read == nil { read = try root.read(file, limit: limits.maximumFileSize) }
        guard let text = read else { throw .fileNotFound(path: root.displayName(of: file)) }
        try load(file, text: text)
        return buildGraph(topFile: root.displayName(of: file))
    }

    /// Assembles a graph from text that is not on disk; includes are refused.
    mutating func assemble(text: String, file: String) -> PathwayGraph? {
        var parser = NPathDocumentParser(file: file, limits: limits)
        let document = parser.parse(text)
        diagnostics += parser.diagnostics
        for (statement, origin) in zip(document.statements, parser.origins) {
            if case .include(let path) = statement, let origin {
                diagnostics.append(
                    includeError(.includeNotFound, origin, "cannot include '\(path)' from text that is not in a file"))
                continue
            }
            parsed.append((statement, origin))
        }
        return buildGraph(topFile: file)
    }

    private mutating func load(_ file: String, text: String) throws(GraphLoadError) {
        loaded.insert(file)
        stack.append(file)
        defer { stack.removeLast() }
        var parser = NPathDocumentParser(file: root.displayName(of: file), limits: limits)
        let document = parser.parse(text)
        diagnostics += parser.diagnostics
        for (statement, origin) in zip(document.statements, parser.origins) {
            guard case .include(let includePath) = statement, let origin else {
                parsed.append((statement, origin))
                continue
            }
            guard let resolved = GraphSourceRoot.resolve(include: includePath, from: file) else {
                diagnostics.append(
                    includeError(
                        .includeOutsideRoot, origin, "include '\(includePath)' points outside the graph's folder",
                        suggestion:
                            "includes are relative to the including file and stay inside the folder of the top-level graph"
                    ))
                continue
            }
            if stack.contains(resolved) {
                let chain = (stack.drop { $0 != resolved } + [resolved]).joined(separator: " → ")
                diagnostics.append(includeError(.includeCycle, origin, "include cycle: \(chain)"))
                continue
            }
            if loaded.contains(resolved) { continue }
            guard stack.count < Self.maximumIncludeDepth else {
                diagnostics.append(
                    includeError(
                        .includeTooDeep, origin, "includes are nested more than \(Self.maximumIncludeDepth) deep"))
                continue
            }
            guard let includedText = try root.read(resolved, limit: limits.maximumFileSize) else {
                diagnostics.append(includeError(.includeNotFound, origin, "included file '\(resolved)' does not exist"))
                continue
            }
            try load(resolved, text: includedText)
        }
    }

    private func includeError(
        _ code: Diagnostic.Code, _ origin: NPathStatementOrigin, _ message: String, suggestion: String? = nil
    ) -> Diagnostic {
        let word = origin.headWords.count > 1 ? origin.headWords[1] : (column: 1, length: 1)
        return Diagnostic(
            file: origin.file, line: origin.line, column: word.column, length: word.length, code: code,
            message: message, suggestion: suggestion, sourceLine: origin.text)
    }

    // MARK: Building

    private mutating func buildGraph(topFile: String) -> PathwayGraph? {
        // All files together may not declare more than the limits allow (each file alone is limited by lines).
        var declaredNodes = 0, declaredInteractions = 0
        for (statement, _) in parsed {
            if case .node = statement { declaredNodes += 1 }
            if case .interaction = statement { declaredInteractions += 1 }
        }
        for (what, count, limit) in [
            ("nodes", declaredNodes, limits.maximumNodes),
            ("interactions", declaredInteractions, limits.maximumInteractions),
        ] where count > limit {
            diagnostics.append(
                Diagnostic(
                    file: topFile, line: 0, column: 0, code: .graphTooLarge,
                    message: "\(topFile) and its includes declare \(count) \(what); graphs are limited to \(limit)"))
            return nil
        }
        var builder = PathwayGraphBuilder()
        var firstDeclaration: [String: NPathStatementOrigin] = [:]
        var referenceKeys: [String: NPathStatementOrigin] = [:]
        var populationIDs: Set<String> = []

        func duplicate(_ what: String, _ id: String, _ origin: NPathStatementOrigin?, first: NPathStatementOrigin?)
            -> Diagnostic?
        {
            guard let origin else { return nil }
            let word = origin.headWords.count > 1 ? origin.headWords[1] : (column: 1, length: 1)
            return Diagnostic(
                file: origin.file, line: origin.line, column: word.column, length: word.length,
                code: .duplicateDeclaration, message: "\(what) '\(id)' is declared twice",
                suggestion: first.map { "first declared at \($0.file):\($0.line)" }, sourceLine: origin.text)
        }

        for (statement, origin) in parsed {
            switch statement {
            case .graph(let name, let title):
                if origin?.file == topFile || builder.name == nil {
                    builder.name = name
                    builder.title = title
                }
            case .population(let population):
                if !populationIDs.insert(population.id).inserted {
                    if let error = duplicate("population", population.id, origin, first: nil) {
                        diagnostics.append(error)
                    }
                } else {
                    builder.addPopulation(population)
                }
            case .node(let node):
                do {
                    let index = try builder.addNode(node)
                    firstDeclaration[node.id] = origin
                    builder.sourceLocations.nodes[index.rawValue] = origin.map { location($0, word: 1) }
                } catch {
                    if let error = duplicate("node", node.id, origin, first: firstDeclaration[node.id]) {
                        diagnostics.append(error)
                    }
                }
            case .reference(let reference):
                if referenceKeys[reference.key] != nil {
                    if let error = duplicate("reference", reference.key, origin, first: referenceKeys[reference.key]) {
                        diagnostics.append(error)
                    }
                } else {
                    referenceKeys[reference.key] = origin
                    builder.addReference(reference)
                    builder.sourceLocations.references[reference.key] = origin.map { location($0, word: 1) }
                }
            case .comment, .blank, .include, .interaction, .question, .experiment:
                continue
            }
        }

        var suggestionsGiven = 0
        for (statement, origin) in parsed {
            guard case .interaction(let written) = statement else { continue }
            var endpoints: [NodeIndex] = []
            for (position, id) in [(0, written.source), (2, written.target)] {
                if let index = builder.index(ofID: id) {
                    endpoints.append(index)
                    continue
                }
                suggestionsGiven += 1
                let near =
                    suggestionsGiven <= 100 ? EditDistance.nearest(to: id, in: firstDeclaration.keys, limit: 1) : []
                diagnostics.append(
                    positioned(
                        origin, word: position, code: .unknownNode, message: "unknown node '\(id)'",
                        suggestion: near.first.map { "did you mean '\($0)'?" }
                            ?? "declare it with 'node \(id) KIND label=\"…\"'"))
            }
            for (offset, key) in written.references.enumerated() where referenceKeys[key] == nil {
                let near = EditDistance.nearest(to: key, in: referenceKeys.keys, limit: 1)
                var diagnostic = positioned(
                    origin, word: 0, code: .unknownReference, message: "unknown reference '\(key)'",
                    suggestion: near.first.map { "did you mean '\($0)'?" }
                        ?? "declare it with 'reference \(key) authors=\"…\" year=…'")
                if let token = origin?.referenceTokens[safe: offset] {
                    diagnostic.line = token.line
                    diagnostic.column = token.column
                    diagnostic.length = token.length
                    diagnostic.sourceLine = token.text
                }
                diagnostics.append(diagnostic)
            }
            guard endpoints.count == 2 else { continue }
            builder.sourceLocations.interactions[builder.interactionCount] = origin.map { location($0, word: 0) }
            builder.addChecked(
                Interaction(
                    source: endpoints[0], target: endpoints[1], relation: written.relation, evidence: written.evidence,
                    references: written.references, context: written.context, timescale: written.timescale,
                    isNecessary: written.isNecessary,
                    isPartlyNecessary: written.isPartlyNecessary, note: written.note))
        }
        assembleTeaching(
            into: &builder, topFile: topFile, referenceKeys: referenceKeys, knownIDs: Array(firstDeclaration.keys))
        if diagnostics.contains(where: { $0.severity == .error }) { return nil }
        return builder.build()
    }

    /// The question (of the top file only, like `graph`) and the experiments, their node ids resolved.
    private mutating func assembleTeaching(
        into builder: inout PathwayGraphBuilder, topFile: String, referenceKeys: [String: NPathStatementOrigin?],
        knownIDs: [String]
    ) {
        var experimentKeys: [String: NPathStatementOrigin?] = [:]
        for (statement, origin) in parsed {
            switch statement {
            case .question(let from, let to) where origin?.file == topFile || origin == nil:
                let nodes = resolve([from, to], origin: origin, in: builder, known: knownIDs)
                if nodes.count == 2 { builder.question = GraphQuestion(from: nodes[0], to: nodes[1]) }
            case .experiment(let written):
                if let first = experimentKeys[written.key] {
                    if let origin {
                        let word = origin.headWords[safe: 1] ?? (column: 1, length: 1)
                        diagnostics.append(
                            Diagnostic(
                                file: origin.file, line: origin.line, column: word.column, length: word.length,
                                code: .duplicateDeclaration, message: "experiment '\(written.key)' is declared twice",
                                suggestion: first.map { "first declared at \($0.file):\($0.line)" },
                                sourceLine: origin.text))
                    }
                    continue
                }
                experimentKeys[written.key] = origin
                for (offset, key) in written.references.enumerated() where referenceKeys[key] == nil {
                    let near = EditDistance.nearest(to: key, in: referenceKeys.keys, limit: 1)
                    diagnostics.append(
                        tokenDiagnostic(
                            origin, origin?.referenceTokens[safe: offset], code: .unknownReference,
                            message: "unknown reference '\(key)'",
                            suggestion: near.first.map { "did you mean '\($0)'?" }
                                ?? "declare it with 'reference \(key) authors=\"…\" year=…'"))
                }
                let nodes = resolve(written.nodeIDs, origin: origin, in: builder, known: knownIDs)
                guard nodes.count == written.nodeIDs.count else { continue }
                let activated = written.activate.count, knocked = activated + written.knockout.count
                let pretreated = knocked + written.pretreat.count
                builder.experiments.append(
                    ClassicExperiment(
                        key: written.key, name: written.name, activate: Array(nodes[..<activated]),
                        knockout: Array(nodes[activated..<knocked]), pretreat: Array(nodes[knocked..<pretreated]),
                        context: written.context, finding: written.finding, references: written.references,
                        expectations: zip(nodes[pretreated...], written.expectations).map {
                            ClassicExperiment.Expectation(node: $0, outcome: $1.outcome)
                        }, limitation: written.limitation))
            default:
                continue
            }
        }
    }

    /// The nodes of `ids`; each unknown one is a diagnostic at its own token (then fewer nodes come back).
    private mutating func resolve(
        _ ids: [String], origin: NPathStatementOrigin?, in builder: PathwayGraphBuilder, known: [String]
    ) -> [NodeIndex] {
        var nodes: [NodeIndex] = []
        for (offset, id) in ids.enumerated() {
            if let index = builder.index(ofID: id) {
                nodes.append(index)
                continue
            }
            let near = EditDistance.nearest(to: id, in: known, limit: 1)
            diagnostics.append(
                tokenDiagnostic(
                    origin, origin?.nodeTokens[safe: offset], code: .unknownNode, message: "unknown node '\(id)'",
                    suggestion: near.first.map { "did you mean '\($0)'?" }
                        ?? "declare it with 'node \(id) KIND label=\"…\"'"))
        }
        return nodes
    }

    private func tokenDiagnostic(
        _ origin: NPathStatementOrigin?, _ token: (column: Int, length: Int, line: Int, text: String)?,
        code: Diagnostic.Code, message: String, suggestion: String?
    ) -> Diagnostic {
        var diagnostic = positioned(origin, word: 0, code: code, message: message, suggestion: suggestion)
        if let token {
            diagnostic.line = token.line
            diagnostic.column = token.column
            diagnostic.length = token.length
        }
        return diagnostic
    }

    private func location(_ origin: NPathStatementOrigin, word: Int) -> SourceLocation {
        SourceLocation(
            file: origin.file, line: origin.line, column: origin.headWords[safe: word]?.column ?? 1, text: origin.text)
    }

    private func positioned(
        _ origin: NPathStatementOrigin?, word: Int, code: Diagnostic.Code, message: String, suggestion: String?
    ) -> Diagnostic {
        let place = origin?.headWords[safe: word] ?? (column: 0, length: 1)
        return Diagnostic(
            file: origin?.file ?? "<input>", line: origin?.line ?? 0, column: place.column, length: place.length,
            code: code, message: message, suggestion: suggestion, sourceLine: origin?.text)
    }
}

extension Array {
    /// The element at `index`, or `nil` when out of bounds.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
