import Foundation
import NeuroPath
import NeuroPathTestSupport
import Testing

/// What `convert` warns a format does not keep (`GraphFormat.losses(in:)`) is checked against what reading
/// the written file back gives: every node and interaction feature not reported lost must come back the same.
/// A format that silently dropped something would fail here; one that reports a loss it does not have would
/// only warn too much.
@Suite struct FormatLossesTests {
    /// Every format NeuroPath also reads, with a file name that selects its reader.
    static let readable: [(GraphFormat, String)] = GraphFormat.writable.filter(\.isReadable).map {
        ($0, "g." + $0.writingExtensions[0])
    }

    /// A graph in which every feature is carried by some nodes and interactions and missing from others, so the
    /// test sees both; the relations include words beyond the sign, and a population is declared with a label.
    static func mixedGraph(seed: UInt64) throws -> PathwayGraph {
        var random = SeededGenerator(seed: seed)
        func maybe() -> Bool { Bool.random(using: &random) }
        var builder = PathwayGraphBuilder(name: "mixed-\(seed)")
        builder.addPopulation(CellPopulation(id: "interneuron", label: "GABAergic interneurons"))
        builder.addReference(Reference(key: "zanos2016", authors: "Zanos P", year: 2016))
        builder.addReference(Reference(key: "PMID:27144355"))
        let kinds: [NodeKind] = [.unspecified, .drug, .receptor, .process, .protein]
        var nodes: [NodeIndex] = []
        for index in 0..<10 {
            let id = index % 4 == 3 ? "n\(index)@interneuron" : "n\(index)"
            var node = Node(id: id, label: maybe() ? "Node \(index)" : nil, kind: kinds.randomElement(using: &random)!)
            if maybe() { node.synonyms = ["alias\(index)"] }
            if maybe() { node.description = "what node \(index) does" }
            if maybe() { node.externalIDs = [ExternalID(namespace: "HGNC", value: "\(1000 + index)")] }
            nodes.append(try builder.addNode(node))
        }
        let relations: [Relation] = [.activates, .inhibits, .associatedWith, .agonist, .blocks, .increasesReleaseOf]
        for _ in 0..<30 {
            var interaction = Interaction(
                source: nodes.randomElement(using: &random)!, target: nodes.randomElement(using: &random)!,
                relation: relations.randomElement(using: &random)!)
            if maybe() { interaction.evidence = EvidenceLevel.allCases.randomElement(using: &random) }
            if maybe() { interaction.references = maybe() ? ["zanos2016"] : ["zanos2016", "PMID:27144355"] }
            if maybe() { interaction.context.species = [.mouse] }
            if maybe() { interaction.context.region = "hippocampus" }
            if maybe() { interaction.timescale = .hours }
            if maybe() { interaction.note = "a note" }
            interaction.isNecessary = Int.random(in: 0..<4, using: &random) == 0
            try builder.addInteraction(interaction)
        }
        return builder.build()
    }

    /// The same node of `read` for each node of `original`: by id where the format keeps ids, else by the
    /// position the writer numbered it with (`n0`, `n1`, … in SBGN-ML).
    func correspondence(_ original: PathwayGraph, _ read: PathwayGraph, _ format: GraphFormat) -> [Int?] {
        let byID = Dictionary(read.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return original.nodeIndices.map { index in
            byID[format.kept.contains(.ids) ? original[index].id : "n\(index)"]
        }
    }

    func expectKept(_ original: PathwayGraph, as format: GraphFormat, file: String) throws {
        let read = try GraphLoader().load(data: Data(format.write(original).utf8), file: file)
        let mapping = correspondence(original, read, format)
        let label = "\(original.name ?? "") as \(format.name)"
        for (index, node) in original.nodes.enumerated() {
            guard let other = mapping[index].map({ read.nodes[$0] }) else {
                Issue.record("\(label): node \(node.id) did not come back")
                continue
            }
            let lost = Set(format.lostFeatures(of: node))
            func check(_ feature: GraphFeature, _ same: Bool) {
                if !lost.contains(feature) { #expect(same, "\(label): \(feature) of \(node.id)") }
            }
            check(.labels, other.label == node.label)
            check(.kinds, other.kind == node.kind)
            if !node.synonyms.isEmpty { check(.synonyms, other.synonyms == node.synonyms) }
            if node.description != nil { check(.descriptions, other.description == node.description) }
            if !node.externalIDs.isEmpty { check(.crossReferences, other.externalIDs == node.externalIDs) }
            if let population = node.population {
                let declared = { (graph: PathwayGraph) in graph.populations.first { $0.id == population }?.label }
                check(.populations, other.population == population && declared(read) == declared(original))
            }
        }
        try #require(read.interactionCount == original.interactionCount, "\(label): interactions lost")
        for index in 0..<original.interactionCount {
            let interaction = original.interaction(at: index), other = read.interaction(at: index)
            #expect(
                mapping[interaction.source.rawValue] == other.source.rawValue
                    && mapping[interaction.target.rawValue] == other.target.rawValue,
                "\(label): interaction \(index) joins other nodes")
            #expect(other.sign == interaction.sign, "\(label): every format keeps the sign")
            let lost = Set(format.lostFeatures(ofInteraction: index, in: original))
            func check(_ feature: GraphFeature, _ same: Bool) {
                if !lost.contains(feature) { #expect(same, "\(label): \(feature) of interaction \(index)") }
            }
            check(.relationWords, other.relation == interaction.relation)
            if interaction.isNecessary { check(.necessity, other.isNecessary) }
            if interaction.evidence != nil { check(.evidence, other.evidence == interaction.evidence) }
            if !interaction.references.isEmpty { check(.references, other.references == interaction.references) }
            if interaction.references.contains(where: { original.reference(forKey: $0) != nil }) {
                check(
                    .referenceDetails,
                    interaction.references.allSatisfy { read.reference(forKey: $0) == original.reference(forKey: $0) })
            }
            if !interaction.context.species.isEmpty {
                check(.species, other.context.species == interaction.context.species)
            }
            if interaction.context.region != nil || interaction.context.population != nil {
                check(
                    .regions,
                    other.context.region == interaction.context.region
                        && other.context.population == interaction.context.population)
            }
            if interaction.timescale != nil { check(.timescales, other.timescale == interaction.timescale) }
            if interaction.note != nil { check(.notes, other.note == interaction.note) }
            if let weight = original.weight(of: index) { check(.weights, read.weight(of: index) == weight) }
        }
    }

    @Test(arguments: readable.map(\.0))
    func whatIsNotReportedLostComesBack(format: GraphFormat) throws {
        let file = try #require(Self.readable.first { $0.0 == format }?.1)
        var graphs = [try GraphLoader.bundled("ketamine")]
        graphs += try (0..<8).map { try Self.mixedGraph(seed: 7300 + UInt64($0)) }
        graphs += (0..<4).map { RandomGraphs.make(seed: 7400 + UInt64($0), nodes: 8, interactions: 20) }
        for graph in graphs { try expectKept(graph, as: format, file: file) }
    }

    @Test func nothingIsReportedLostWhereNothingIsCarried() throws {
        var builder = PathwayGraphBuilder(name: "plain")
        let a = try builder.addNode(Node(id: "a")), b = try builder.addNode(Node(id: "b"))
        try builder.addInteraction(source: a, target: b, relation: .activates)
        try builder.addInteraction(source: b, target: a, relation: .inhibits)
        let plain = builder.build()
        for format in GraphFormat.writable where format.kept.contains(.ids) {
            #expect(format.losses(in: plain).isEmpty, "\(format.name)")
        }
        let ketamine = try GraphLoader.bundled("ketamine")
        #expect(GraphFormat.neuroPathJSON.losses(in: ketamine).isEmpty)
        let sif = GraphFormat.sif.losses(in: ketamine)
        #expect(sif.first { $0.feature == .evidence }?.count == ketamine.interactionCount)
        #expect(sif.first { $0.feature == .labels }?.description == "labels (\(ketamine.nodes.count) nodes)")
    }
}
