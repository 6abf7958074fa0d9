/// The parts of a ``PathwayGraph`` a snapshot stores, and how they are written and read back.
///
/// Adjacency and the name index are not stored: rebuilding them costs a few milliseconds and means a snapshot
/// cannot hold adjacency that disagrees with its interactions.
struct SnapshotContents {
    var name: String?
    var title: String?
    var nodes: [Node]
    var indexByID: [String: Int32]
    var populations: [CellPopulation]
    var references: [Reference]
    var annotations: [InteractionAnnotation]
    var packed: [PackedInteraction]
    var weights: [Float]?
    var sourceLocations: GraphSourceLocations
    var teaching: SnapshotTeaching

    /// The graph these parts make.
    func graph() -> PathwayGraph {
        PathwayGraph(
            name: name, title: title, nodes: nodes, populations: populations, references: references,
            packed: packed, annotations: annotations, indexByID: indexByID, weights: weights,
            sourceLocations: sourceLocations, question: teaching.question, experiments: teaching.experiments)
    }
}

/// The names behind the small codes a snapshot stores, in code order; written into every snapshot.
enum SnapshotCodes {
    static let relations = Relation.byCode.map(\.rawValue)
    /// Evidence codes from 1 (0 is "not recorded").
    static let evidence = (1...4).compactMap { EvidenceLevel.decode(UInt8($0))?.rawValue }
    /// Timescale codes from 1 (0 is "not recorded").
    static let timescales = (1...Timescale.allCases.count).compactMap { Timescale.decode(UInt8($0))?.rawValue }
    static let kinds = NodeKind.allCases.map(\.rawValue)
    static let species = Species.allCases.map(\.rawValue)
}

extension SnapshotEncoder {
    /// Writes the payload of `graph`'s snapshot.
    mutating func write(_ graph: PathwayGraph) {
        optionalString(graph.name)
        optionalString(graph.title)
        for table in [
            SnapshotCodes.relations, SnapshotCodes.evidence, SnapshotCodes.timescales, SnapshotCodes.kinds,
            SnapshotCodes.species,
        ] {
            strings(table)
        }
        let kindCodes = Dictionary(uniqueKeysWithValues: NodeKind.allCases.enumerated().map { ($1, UInt8($0)) })
        count(graph.nodes.count)
        for node in graph.nodes {
            string(node.id)
            optionalString(node.label == node.id ? nil : node.label)
            byte(kindCodes[node.kind] ?? 0)
            strings(node.synonyms)
            optionalString(node.description)
            count(node.externalIDs.count)
            for external in node.externalIDs {
                string(external.namespace)
                string(external.value)
            }
        }
        count(graph.populations.count)
        for population in graph.populations {
            string(population.id)
            optionalString(population.label == population.id ? nil : population.label)
            optionalString(population.description)
        }
        count(graph.references.count)
        for reference in graph.references {
            string(reference.key)
            optionalString(reference.authors)
            byte(reference.year == nil ? 0 : 1)
            integer(Int64(reference.year ?? 0))
            for field in [reference.title, reference.journal, reference.doi, reference.pmid] { optionalString(field) }
        }
        let speciesCodes = Dictionary(uniqueKeysWithValues: Species.allCases.enumerated().map { ($1, UInt8($0)) })
        count(graph.annotations.count)
        for annotation in graph.annotations {
            strings(annotation.references)
            count(annotation.context.species.count)
            for species in annotation.context.species { byte(speciesCodes[species] ?? 0) }
            optionalString(annotation.context.region)
            optionalString(annotation.context.population)
            optionalString(annotation.note)
        }
        let packed = graph.packed
        count(packed.count)
        column(packed.lazy.map(\.source))
        column(packed.lazy.map(\.target))
        column(packed.lazy.map(\.annotation))
        column(packed.lazy.map(\.relation))
        column(packed.lazy.map(\.evidence))
        column(packed.lazy.map(\.timescale))
        column(packed.lazy.map(\.flags))
        byte(graph.weights == nil ? 0 : 1)
        if let weights = graph.weights { column(weights.lazy.map(\.bitPattern)) }
        let locations = graph.sourceLocations
        for table in [locations.nodes, locations.interactions] {
            count(table.count)
            for (index, location) in table.sorted(by: { $0.key < $1.key }) {
                count(index)
                write(location)
            }
        }
        count(locations.references.count)
        for (key, location) in locations.references.sorted(by: { $0.key < $1.key }) {
            string(key)
            write(location)
        }
        writeTeaching(of: graph)
    }

    private mutating func write(_ location: SourceLocation) {
        string(location.file)
        count(location.line)
        count(location.column)
        string(location.text)
    }
}

extension SnapshotDecoder {
    /// Reads a payload written by ``SnapshotEncoder/write(_:)``, checking every index and code.
    mutating func readContents() throws(Failure) -> SnapshotContents {
        let name = try optionalString("the graph's name")
        let title = try optionalString("the graph's title")
        let relations = try codeTable("relation", SnapshotCodes.relations) { Relation(rawValue: $0)?.code }
        let evidence =
            try [0]
            + codeTable("evidence level", SnapshotCodes.evidence) {
                EvidenceLevel(rawValue: $0)?.code
            }
        let timescales = try [0] + codeTable("timescale", SnapshotCodes.timescales) { Timescale(rawValue: $0)?.code }
        let kinds = try codeTable("node kind", SnapshotCodes.kinds) { NodeKind(rawValue: $0) }
        let species = try codeTable("species", SnapshotCodes.species) { Species(rawValue: $0) }

        let nodeCount = try count(of: "nodes", minimumSize: 17)
        var nodes: [Node] = []
        nodes.reserveCapacity(nodeCount)
        var indexByID = [String: Int32](minimumCapacity: nodeCount)
        for index in 0..<nodeCount {
            let id = try string("node \(index)'s id")
            guard indexByID.updateValue(Int32(index), forKey: id) == nil else {
                throw Failure(detail: "two nodes have the id '\(id)'")
            }
            let label = try optionalString("node \(index)'s label")
            let kind = try code(byte("node \(index)'s kind"), in: kinds, "node kind")
            let synonyms = try strings("node \(index)'s synonyms")
            let description = try optionalString("node \(index)'s description")
            let externalCount = try count(of: "node \(index)'s external ids", minimumSize: 8)
            var externalIDs: [ExternalID] = []
            for _ in 0..<externalCount {
                externalIDs.append(
                    ExternalID(
                        namespace: try string("an external id's namespace"), value: try string("an external id")))
            }
            nodes.append(
                Node(
                    id: id, label: label, kind: kind, synonyms: synonyms, description: description,
                    externalIDs: externalIDs))
        }

        let populationCount = try count(of: "cell populations", minimumSize: 12)
        var populations: [CellPopulation] = []
        for index in 0..<populationCount {
            populations.append(
                CellPopulation(
                    id: try string("population \(index)'s id"),
                    label: try optionalString("population \(index)'s label"),
                    description: try optionalString("population \(index)'s description")))
        }

        let referenceCount = try count(of: "references", minimumSize: 33)
        var references: [Reference] = []
        for index in 0..<referenceCount {
            let key = try string("reference \(index)'s key")
            let authors = try optionalString("reference \(key)'s authors")
            let hasYear = try byte("reference \(key)'s year flag")
            let year = try integer(Int64.self, "reference \(key)'s year")
            guard hasYear <= 1, let year = Int(exactly: year) else {
                throw Failure(detail: "reference \(key)'s year is malformed")
            }
            references.append(
                Reference(
                    key: key, authors: authors, year: hasYear == 1 ? year : nil,
                    title: try optionalString("reference \(key)'s title"),
                    journal: try optionalString("reference \(key)'s journal"),
                    doi: try optionalString("reference \(key)'s DOI"),
                    pmid: try optionalString("reference \(key)'s PMID")
                ))
        }

        let annotationCount = try count(of: "interaction annotations", minimumSize: 20)
        var annotations: [InteractionAnnotation] = []
        annotations.reserveCapacity(annotationCount)
        for index in 0..<annotationCount {
            var annotation = InteractionAnnotation()
            annotation.references = try strings("annotation \(index)'s references")
            let speciesCount = try count(of: "annotation \(index)'s species", minimumSize: 1)
            for _ in 0..<speciesCount {
                annotation.context.species.append(try code(byte("a species"), in: species, "species"))
            }
            annotation.context.region = try optionalString("annotation \(index)'s region")
            annotation.context.population = try optionalString("annotation \(index)'s population")
            annotation.note = try optionalString("annotation \(index)'s note")
            annotations.append(annotation)
        }

        let interactionCount = try count(of: "interactions", minimumSize: 16)
        let sources = try column(Int32.self, count: interactionCount, "the interactions' sources")
        let targets = try column(Int32.self, count: interactionCount, "the interactions' targets")
        let annotationIndices = try column(Int32.self, count: interactionCount, "the interactions' annotations")
        let relationCodes = try column(UInt8.self, count: interactionCount, "the interactions' relations")
        let evidenceCodes = try column(UInt8.self, count: interactionCount, "the interactions' evidence")
        let timescaleCodes = try column(UInt8.self, count: interactionCount, "the interactions' timescales")
        let flagBytes = try column(UInt8.self, count: interactionCount, "the interactions' flags")
        // Codes are translated through 256-entry tables in which an unknown code is 0xFF; every check is
        // folded into one flag so the loop does not branch, and the first bad interaction is looked for only
        // when the flag is set.
        let relationTable = translation(relations), evidenceTable = translation(evidence)
        let timescaleTable = translation(timescales)
        var packed: [PackedInteraction] = []
        packed.reserveCapacity(interactionCount)
        var malformed = false
        let (nodeLimit, annotationLimit) = (UInt32(nodeCount), UInt32(annotationCount))
        for index in 0..<interactionCount {
            let (source, target, annotation) = (sources[index], targets[index], annotationIndices[index])
            let flags = flagBytes[index]
            let relation = relationTable[Int(relationCodes[index])]
            let evidence = evidenceTable[Int(evidenceCodes[index])]
            let timescale = timescaleTable[Int(timescaleCodes[index])]
            malformed =
                malformed || UInt32(bitPattern: source) >= nodeLimit || UInt32(bitPattern: target) >= nodeLimit
                || UInt32(bitPattern: annotation) >= annotationLimit || flags & ~PackedInteraction.knownFlags != 0
                || relation == 0xFF || evidence == 0xFF || timescale == 0xFF
            packed.append(
                PackedInteraction(
                    source: source, target: target, annotation: annotation, relation: relation, evidence: evidence,
                    timescale: timescale, flags: flags))
        }
        if malformed, let index = packed.indices.first(where: { !isValid(packed[$0], nodeCount, annotationCount) }) {
            let record = packed[index]
            throw Failure(
                detail: "interaction \(index) (node \(record.source) to node \(record.target) of \(nodeCount), "
                    + "annotation \(record.annotation) of \(annotationCount)) has an index out of range, "
                    + "a code not in its table or unknown flags")
        }
        let weights: [Float]?
        switch try byte("the weights flag") {
        case 0: weights = nil
        case 1:
            weights = try column(UInt32.self, count: interactionCount, "the weights").map(Float.init(bitPattern:))
        case let other: throw Failure(detail: "the weights flag is \(other), not 0 or 1")
        }
        var locations = GraphSourceLocations()
        locations.nodes = try locationTable(of: "nodes", below: nodeCount)
        locations.interactions = try locationTable(of: "interactions", below: interactionCount)
        for _ in 0..<(try count(of: "reference locations", minimumSize: 20)) {
            let key = try string("a reference location's key")
            locations.references[key] = try location()
        }
        let teaching = try readTeaching(nodeCount: nodeCount)
        return SnapshotContents(
            name: name, title: title, nodes: nodes, indexByID: indexByID, populations: populations,
            references: references, annotations: annotations, packed: packed, weights: weights,
            sourceLocations: locations, teaching: teaching)
    }

    /// The table of names stored for one kind of code, turned into this version's values by `value`.
    private mutating func codeTable<Value>(
        _ what: String, _ known: [String], _ value: (String) -> Value?
    ) throws(Failure) -> [Value] {
        let names = try strings("the \(what) names")
        var values: [Value] = []
        for name in names {
            guard let converted = value(name) else {
                throw Failure(
                    detail: "unknown \(what) '\(name)' (known: \(known.joined(separator: ", "))); "
                        + "was the snapshot written by a newer NeuroPath?")
            }
            values.append(converted)
        }
        return values
    }

    /// Where the nodes or interactions (indices below `limit`) were declared.
    private mutating func locationTable(of what: String, below limit: Int) throws(Failure) -> [Int: SourceLocation] {
        var table: [Int: SourceLocation] = [:]
        for _ in 0..<(try count(of: "\(what)' locations", minimumSize: 20)) {
            let index = Int(try integer(UInt32.self, "the index of a location"))
            guard index < limit else { throw Failure(detail: "a location names \(what) \(index) of \(limit)") }
            table[index] = try location()
        }
        return table
    }

    private mutating func location() throws(Failure) -> SourceLocation {
        SourceLocation(
            file: try string("a location's file"), line: Int(try integer(UInt32.self, "a location's line")),
            column: Int(try integer(UInt32.self, "a location's column")), text: try string("a location's text"))
    }

    /// The current code of every stored code, 0xFF for codes the stored table does not have.
    private func translation(_ codes: [UInt8]) -> [UInt8] {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (stored, current) in codes.enumerated() { table[stored] = current }
        return table
    }

    private func isValid(_ record: PackedInteraction, _ nodeCount: Int, _ annotationCount: Int) -> Bool {
        (0..<nodeCount).contains(Int(record.source)) && (0..<nodeCount).contains(Int(record.target))
            && (0..<annotationCount).contains(Int(record.annotation))
            && record.flags & ~PackedInteraction.knownFlags == 0
            && record.relation != 0xFF && record.evidence != 0xFF && record.timescale != 0xFF
    }

    @inline(__always)
    private func code<Value>(_ stored: UInt8, in table: [Value], _ what: @autoclosure () -> String) throws(Failure)
        -> Value
    {
        guard Int(stored) < table.count else { throw Failure(detail: "\(what()) code \(stored) is not in its table") }
        return table[Int(stored)]
    }
}
