import Foundation

/// Reads Cytoscape.js JSON (`{"elements": {"nodes": […], "edges": […]}}` or `{"nodes": […], "edges": […]}`, as
/// Cytoscape, CausalPath and `neuropath convert` write it). Fields are mapped by name, whoever wrote the file:
///
/// - a node's `data.id`; its label from `label`, `name` or `text`; its kind from `kind` or `type` (when the word
///   is one of NeuroPath's); `description`;
/// - an edge's `data.source`, `data.target` and relation (`data.interaction` or `data.edgeType`, the relation
///   words of SIF), so the same network written as SIF and as Cytoscape.js JSON gives the same graph; `evidence`
///   (a NeuroPath evidence level); references from `references` (as they are) and CausalPath's `pcLinks`
///   (PubMed ids, DOIs and URLs, read as in extended SIF); `note`.
///
/// A node that other nodes name as their `data.parent` is a compound node drawn around them, not an entity: one
/// of `kind` `cell-population` (as NeuroPath writes populations) declares that population with its label; other
/// compounds (compartments) are not read. Other `data` fields are not kept.
public enum CytoscapeJSONImporter {
    /// Whether `data` looks like Cytoscape.js JSON: a JSON object with nodes and edges.
    static func recognises(_ data: Data) -> Bool {
        let prefix = String(decoding: data.prefix(4096), as: UTF8.self)
        guard prefix.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "{" else { return false }
        return prefix.contains("\"elements\"") || (prefix.contains("\"nodes\"") && prefix.contains("\"edges\""))
            || prefix.contains("\"data\"")
    }

    /// Reads Cytoscape.js JSON bytes; `file` names them in diagnostics.
    ///
    /// The text is read as a stream (`JSONReader`), never as a whole tree: one pass finds the `nodes` and
    /// `edges` arrays and checks the text, a second reads the nodes, a third the edges, one element at a time, so
    /// memory holds the file and the graph and little else.
    public static func parse(
        data: Data, file: String = "<input>", name: String? = nil, limits: GraphLimits = .standard
    ) throws(GraphLoadError) -> PathwayGraph {
        let outcome = data.withUnsafeBytes { bytes in
            Result { () throws(GraphLoadError) in
                var reading = Reading(bytes: bytes, file: file, name: name, limits: limits)
                do {
                    return try reading.read()
                } catch let error as GraphLoadError {
                    throw error
                } catch {
                    // The reader throws nothing else.
                    let failure = error as? JSONReader.Failure
                    throw .invalid([JSONSyntax.diagnostic(file: file, data: data, failure: failure)])
                }
            }
        }
        return try outcome.get()
    }

    /// One reading of one file.
    private struct Reading {
        let bytes: UnsafeRawBufferPointer
        let file: String
        let limits: GraphLimits
        var builder: PathwayGraphBuilder
        var diagnostics: [Diagnostic] = []

        init(bytes: UnsafeRawBufferPointer, file: String, name: String?, limits: GraphLimits) {
            self.bytes = bytes
            self.file = file
            self.limits = limits
            builder = PathwayGraphBuilder(name: name)
        }

        /// Where a `nodes` or `edges` array starts, and whether every element of it is an object.
        private struct ArrayFound {
            var offset: Int
            var holdsOnlyObjects: Bool
        }

        /// The arrays of one object (the root, or its `elements`).
        private struct Arrays {
            var nodes: ArrayFound?
            var edges: ArrayFound?
        }

        mutating func read() throws -> PathwayGraph {
            // The nodes and edges of `elements` when the root has that object, else the root's own.
            var reader = JSONReader(bytes: bytes)
            guard reader.peek() == UInt8(ascii: "{") else {
                try reader.skip()
                try reader.finish()
                throw invalid("expected a JSON object with nodes and edges")
            }
            var root = Arrays()
            var elements: Arrays?
            try reader.forEachMember { key, reader in
                switch key {
                case "elements":
                    guard reader.peek() == UInt8(ascii: "{") else { return try reader.skip() }
                    var found = Arrays()
                    try reader.forEachMember(depth: 1) { key, reader in try Self.find(key, in: &reader, into: &found) }
                    elements = found
                default:
                    try Self.find(key, in: &reader, into: &root)
                }
            }
            try reader.finish()
            let arrays = elements ?? root
            guard let nodes = arrays.nodes, nodes.holdsOnlyObjects, let edges = arrays.edges, edges.holdsOnlyObjects
            else { throw invalid("expected \"nodes\" and \"edges\" arrays (Cytoscape.js JSON)") }
            try readNodes(at: nodes.offset)
            try readEdges(at: edges.offset)
            if let error = GraphLoadError.ifErrors(diagnostics) { throw error }
            return builder.build()
        }

        /// Notes where the member `key` is when it is `nodes` or `edges` and an array, and skips it.
        private static func find(_ key: String, in reader: inout JSONReader, into arrays: inout Arrays) throws {
            guard key == "nodes" || key == "edges" else { return try reader.skip(depth: 1) }
            let offset = reader.offset
            var found = ArrayFound(offset: offset, holdsOnlyObjects: reader.peek() == UInt8(ascii: "["))
            if found.holdsOnlyObjects {
                try reader.forEachElement(depth: 2) { reader in
                    if reader.peek() != UInt8(ascii: "{") { found.holdsOnlyObjects = false }
                    try reader.skip(depth: 3)
                }
            } else {
                try reader.skip(depth: 2)
            }
            if key == "nodes" { arrays.nodes = found } else { arrays.edges = found }
        }

        /// One node element's fields.
        private struct NodeFields {
            var position: Int
            var id: String
            var data: [String: JSONReader.Value]
        }

        /// The fields of a node's `data` that are read.
        private static let nodeFieldNames: Set = ["label", "name", "text", "kind", "type", "description", "parent"]

        private mutating func readNodes(at offset: Int) throws {
            // Compound nodes are known only once every node's `parent` is: the fields are kept until then.
            var fields: [NodeFields] = []
            var position = 0
            var reader = JSONReader(bytes: bytes, offset: offset)
            try reader.forEachElement(depth: 2) { reader in
                defer { position += 1 }
                let element = try reader.value(depth: 3).object
                guard let data = element?["data"]?.object, let id = data["id"]?.text, !id.isEmpty else {
                    diagnostics.append(note(.malformedRow, "node \(position + 1) has no data.id"))
                    return
                }
                // Only what is read is kept.
                fields.append(
                    NodeFields(
                        position: position, id: id,
                        data: data.filter { Self.nodeFieldNames.contains($0.key) }))
            }
            let compounds = Set(fields.compactMap { $0.data["parent"]?.text })
            // Cytoscape.js refuses two elements with one id; merging them here would drop the second's label.
            var firstPosition: [String: Int] = [:]
            for node in fields {
                let (id, data) = (node.id, node.data)
                if let first = firstPosition[id] {
                    diagnostics.append(
                        note(
                            .duplicateDeclaration,
                            "nodes \(first + 1) and \(node.position + 1) have the same id '\(id)'",
                            suggestion: "give each node an id of its own"))
                    continue
                }
                firstPosition[id] = node.position
                let label = data["label"]?.text ?? data["name"]?.text ?? data["text"]?.text
                let kind = (data["kind"]?.text ?? data["type"]?.text).map { $0.lowercased() }
                if compounds.contains(id) {
                    if kind == CytoscapeJSONImporter.populationKind {
                        builder.addPopulation(CytoscapeJSONImporter.population(id: id, label: label))
                    }
                    continue
                }
                _ = builder.nodeIndex(forID: id) {
                    var node = Node(id: id, label: label ?? id)
                    if let kind = kind.flatMap(NodeKind.init(rawValue:)) { node.kind = kind }
                    node.description = data["description"]?.text
                    return node
                }
                if let overflow = limits.overflow(of: builder, file: file) { throw GraphLoadError.invalid([overflow]) }
            }
        }

        private mutating func readEdges(at offset: Int) throws {
            var position = 0
            var reader = JSONReader(bytes: bytes, offset: offset)
            try reader.forEachElement(depth: 2) { reader in
                defer { position += 1 }
                let element = try reader.value(depth: 3).object
                try addEdge(element?["data"]?.object, position: position)
            }
        }

        private mutating func addEdge(_ data: [String: JSONReader.Value]?, position: Int) throws(GraphLoadError) {
            guard let data, let source = data["source"]?.text, let target = data["target"]?.text else {
                diagnostics.append(note(.malformedRow, "edge \(position + 1) has no data.source and data.target"))
                return
            }
            let word = (data["interaction"]?.text ?? data["edgeType"]?.text ?? "").lowercased()
            guard let relation = word.isEmpty ? .associatedWith : SIFImporter.relationWords[word] else {
                diagnostics.append(
                    note(
                        .unknownRelation,
                        "edge \(position + 1) (\(source) → \(target)) has the unknown relation '\(word)'"))
                return
            }
            var evidence: EvidenceLevel?
            if let level = data["evidence"]?.text {
                evidence = EvidenceLevel(rawValue: level.lowercased())
                if evidence == nil {
                    diagnostics.append(
                        note(
                            .invalidValue,
                            "edge \(position + 1) (\(source) → \(target)) has the unknown evidence level '\(level)'",
                            suggestion: EvidenceLevel.allCases.map(\.rawValue).joined(separator: ", ")))
                    return
                }
            }
            func strings(_ value: JSONReader.Value?) -> [String] {
                if case .array(let list)? = value { return list.compactMap(\.text) }
                return value?.text.map { [$0] } ?? []
            }
            // `references` are keys as they are; CausalPath's links are sorted from other words as in SIF.
            let links = SIFImporter.provenance(strings(data["pcLinks"])).references
            let references = strings(data["references"]) + links
            func node(_ id: String) -> NodeIndex { builder.nodeIndex(forID: id) { Node(id: id) } }
            builder.addChecked(
                Interaction(
                    source: node(source), target: node(target), relation: relation, evidence: evidence,
                    references: references, note: data["note"]?.text))
            if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
        }

        private func note(_ code: Diagnostic.Code, _ message: String, suggestion: String? = nil) -> Diagnostic {
            Diagnostic(file: file, line: 0, column: 0, code: code, message: message, suggestion: suggestion)
        }

        private func invalid(_ message: String) -> GraphLoadError { .invalid([note(.malformedRow, message)]) }
    }

    /// The `kind` of the compound nodes NeuroPath writes for cell populations.
    static let populationKind = "cell-population"

    /// The id of the compound node NeuroPath writes for a population: `population:NAME`, with `#` appended
    /// while a node of the graph has that id.
    static func compoundID(of population: Substring, avoiding ids: Set<String>) -> String {
        var id = "population:\(population)"
        while ids.contains(id) { id += "#" }
        return id
    }

    /// The population a compound node of `kind` `cell-population` declares: its id without NeuroPath's
    /// `population:` prefix and `#` suffixes.
    fileprivate static func population(id: String, label: String?) -> CellPopulation {
        var name = Substring(id)
        if name.hasPrefix("population:") { name = name.dropFirst("population:".count) }
        while name.hasSuffix("#") { name = name.dropLast() }
        return CellPopulation(id: String(name), label: label)
    }
}
