import Foundation

/// The lint rules of `neuropath validate`: what a curated graph must satisfy beyond parsing. Each finding is a
/// ``Diagnostic`` with a stable code (documented in `Docs/format.md`), an error or a warning.
public enum GraphLinter {
    /// Which rules apply.
    public enum Profile: Sendable {
        /// Curated `.npath` graphs: every rule.
        case curated
        /// Imported networks, which carry no evidence or references: structural rules only.
        case imported
    }

    /// The rules and their severities.
    public static let severities: [Diagnostic.Code: Diagnostic.Severity] = [
        .missingEvidence: .error, .missingReference: .error, .unusedReference: .warning, .malformedDOI: .error,
        .malformedPMID: .error, .isolatedNode: .warning, .unmarkedOppositeSigns: .error,
        .contestedWithoutCounterEvidence: .error, .unknownPopulation: .warning, .duplicateInteraction: .warning,
    ]

    /// Every finding for `graph`, in file order.
    public static func lint(_ graph: PathwayGraph, profile: Profile = .curated) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let name = graph.name ?? "graph"
        func report(_ code: Diagnostic.Code, _ message: String, at location: SourceLocation?, suggestion: String? = nil)
        {
            findings.append(
                Diagnostic(
                    file: location?.file ?? name, line: location?.line ?? 0, column: location?.column ?? 0,
                    severity: severities[code] ?? .error, code: code, message: message, suggestion: suggestion,
                    sourceLine: location?.text))
        }
        let locations = graph.sourceLocations
        let interactions = graph.interactions

        if profile == .curated {
            // An experiment cites its papers as an interaction does.
            var cited = Set(graph.experiments.flatMap(\.references))
            for (index, interaction) in interactions.enumerated() {
                let location = locations.interactions[index]
                let what =
                    "\(graph[interaction.source].id) \(interaction.relation.rawValue) \(graph[interaction.target].id)"
                cited.formUnion(interaction.references)
                if interaction.evidence == nil {
                    report(
                        .missingEvidence, "'\(what)' has no evidence level", at: location,
                        suggestion: "add evidence=established|supported|hypothesised|contested")
                }
                if interaction.references.isEmpty {
                    report(
                        .missingReference, "'\(what)' cites no reference", at: location,
                        suggestion: "add refs=KEY with a reference that supports it")
                }
                if interaction.evidence == .contested, interaction.references.count < 2, interaction.note == nil {
                    report(
                        .contestedWithoutCounterEvidence,
                        "'\(what)' is contested but cites one reference and says nothing of the other side",
                        at: location, suggestion: "cite the contradicting study too, or a note saying what disagrees")
                }
            }
            for reference in graph.references {
                let location = locations.references[reference.key]
                if !cited.contains(reference.key) {
                    report(
                        .unusedReference, "reference '\(reference.key)' is never cited", at: location,
                        suggestion: "cite it or remove it")
                }
                if let doi = reference.doi, doi.range(of: #"^10\.\d{4,9}/\S+$"#, options: .regularExpression) == nil {
                    report(
                        .malformedDOI, "'\(doi)' is not a DOI", at: location,
                        suggestion: "a DOI reads 10.NNNN/…, without https://doi.org/")
                }
                if let pmid = reference.pmid, pmid.range(of: #"^[1-9][0-9]{0,8}$"#, options: .regularExpression) == nil
                {
                    report(
                        .malformedPMID, "'\(pmid)' is not a PubMed id", at: location,
                        suggestion: "a PMID is a number of up to nine digits")
                }
            }
        }

        var signsByPair: [Int64: [Int]] = [:]
        for index in interactions.indices where interactions[index].sign != nil {
            let key = Int64(interactions[index].source.rawValue) << 32 | Int64(interactions[index].target.rawValue)
            signsByPair[key, default: []].append(index)
        }
        for index in interactions.indices {
            let interaction = interactions[index]
            guard let sign = interaction.sign else { continue }
            let key = Int64(interaction.source.rawValue) << 32 | Int64(interaction.target.rawValue)
            let opposite = signsByPair[key, default: []].filter { interactions[$0].sign != sign }
            guard !opposite.isEmpty,
                interaction.evidence != .contested
                    || opposite.contains(where: { interactions[$0].evidence != .contested })
            else { continue }
            report(
                .unmarkedOppositeSigns,
                "'\(graph[interaction.source].id)' → '\(graph[interaction.target].id)' has interactions of both signs that are not all marked contested",
                at: locations.interactions[index], suggestion: "mark both evidence=contested, each citing its side")
        }

        // The same interaction written twice: each copy is a path of its own in every query.
        struct Repeat: Hashable {
            let source: Int, target: Int, relation: Relation, context: InteractionContext
        }
        var firstOf: [Repeat: Int] = [:]
        for (index, interaction) in interactions.enumerated() {
            let key = Repeat(
                source: interaction.source.rawValue, target: interaction.target.rawValue,
                relation: interaction.relation,
                context: interaction.context)
            guard let first = firstOf[key] else {
                firstOf[key] = index
                continue
            }
            let at = locations.interactions[first].map { $0.line > 0 ? " (line \($0.line))" : "" } ?? ""
            report(
                .duplicateInteraction,
                "'\(graph[interaction.source].id) \(interaction.relation.rawValue) "
                    + "\(graph[interaction.target].id)' repeats an interaction written before\(at): each copy "
                    + "counts as a path of its own in trace and effect",
                at: locations.interactions[index], suggestion: "keep one, with the references of both")
        }

        let declared = Set(graph.populations.map(\.id))
        // A node a declared experiment names is part of the teaching without an interaction: a null result
        // ("ketamine did not prevent delirium") is an expectation, not an edge.
        let named = Set(
            graph.experiments.flatMap { $0.activate + $0.knockout + $0.pretreat + $0.expectations.map(\.node) })
        for (index, node) in graph.nodes.enumerated() {
            if graph.outgoingEdges(of: index).isEmpty && graph.incomingEdges(of: index).isEmpty
                && !named.contains(NodeIndex(index))
            {
                report(
                    .isolatedNode, "node '\(node.id)' has no interaction", at: locations.nodes[index],
                    suggestion: "connect it or remove it")
            }
            if profile == .curated, let population = node.population, !declared.contains(String(population)) {
                let near = EditDistance.nearest(to: String(population), in: declared, limit: 1)
                report(
                    .unknownPopulation, "node '\(node.id)' is in population '\(population)', which is not declared",
                    at: locations.nodes[index],
                    suggestion: near.first.map { "did you mean '\($0)'?" }
                        ?? "declare it with 'population \(population) label=\"…\"'")
            }
        }
        return findings.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }
}
