/// Something a graph can hold that not every written format keeps: the columns of the table "What each format
/// keeps" in `Docs/formats.md`.
public enum GraphFeature: String, Sendable, CaseIterable {
    /// Node ids, where the format writes ids of its own (`n0`, `n1`, … in SBGN-ML).
    case ids
    /// Node labels other than the id.
    case labels
    /// Node kinds (drug, receptor, process, …).
    case kinds
    /// Other names of nodes.
    case synonyms
    /// Node descriptions.
    case descriptions
    /// Nodes' identifiers in other databases.
    case crossReferences = "cross-references"
    /// Declared cell populations.
    case populations
    /// Relation words beyond the sign (`agonist`, `channel-blocker`, `increases-release-of`, …).
    case relationWords = "relation-words"
    /// Necessary inputs.
    case necessity
    /// Partly necessary inputs (a knockout attenuates rather than abolishes).
    case partialNecessity = "partial-necessity"
    /// Evidence levels.
    case evidence
    /// The keys of the references interactions cite.
    case references
    /// What the graph declares about the references it cites: authors, year, title, journal, DOI, PMID.
    case referenceDetails = "reference-details"
    /// The species an interaction was observed in.
    case species
    /// The brain region or cell population an interaction was observed in.
    case regions
    /// Timescales.
    case timescales
    /// Notes on interactions.
    case notes
    /// Weights of a weighted network.
    case weights
    /// The question the graph opens with (`question`).
    case question
    /// The classic experiments the graph declares (`experiment`).
    case experiments

    /// The feature in words, for messages.
    public var words: String {
        switch self {
        case .ids: "node ids"
        case .labels: "labels"
        case .kinds: "node kinds"
        case .synonyms: "synonyms"
        case .descriptions: "descriptions"
        case .crossReferences: "cross-references"
        case .populations: "cell populations"
        case .relationWords: "relation words"
        case .necessity: "necessary inputs"
        case .partialNecessity: "partly necessary inputs"
        case .evidence: "evidence levels"
        case .references: "references"
        case .referenceDetails: "reference details"
        case .species: "species"
        case .regions: "regions and populations of evidence"
        case .timescales: "timescales"
        case .notes: "notes"
        case .weights: "weights"
        case .question: "the opening question"
        case .experiments: "classic experiments"
        }
    }

    /// Whether the feature belongs to nodes (else to interactions).
    var isOfNodes: Bool {
        switch self {
        case .ids, .labels, .kinds, .synonyms, .descriptions, .crossReferences, .populations: true
        default: false
        }
    }
}

/// What a graph holds that a format does not keep when the graph is written in it, and how much of it.
public struct FormatLoss: Sendable, Equatable, CustomStringConvertible {
    /// What is not kept.
    public let feature: GraphFeature
    /// How many nodes (for a feature of nodes) or interactions (for one of interactions) carry it.
    public let count: Int

    /// "evidence levels (94 interactions)".
    public var description: String {
        if feature == .question { return feature.words }
        let unit =
            switch feature {
            case .experiments: count == 1 ? "experiment" : "experiments"
            default:
                feature.isOfNodes ? (count == 1 ? "node" : "nodes") : (count == 1 ? "interaction" : "interactions")
            }
        return "\(feature.words) (\(count) \(unit))"
    }
}

extension GraphFormat {
    /// What `graph` holds that this format does not keep, in ``GraphFeature`` order, with how many nodes,
    /// interactions or experiments carry each; empty when writing loses nothing.
    public func losses(in graph: PathwayGraph) -> [FormatLoss] {
        var counts: [GraphFeature: Int] = [:]
        for node in graph.nodes {
            for feature in lostFeatures(of: node) { counts[feature, default: 0] += 1 }
        }
        for index in 0..<graph.interactionCount {
            for feature in lostFeatures(ofInteraction: index, in: graph) { counts[feature, default: 0] += 1 }
        }
        if graph.question != nil, !kept.contains(.question) { counts[.question] = 1 }
        if !graph.experiments.isEmpty, !kept.contains(.experiments) { counts[.experiments] = graph.experiments.count }
        return GraphFeature.allCases.compactMap { feature in
            counts[feature].map { FormatLoss(feature: feature, count: $0) }
        }
    }

    /// What `node` carries that this format does not keep.
    package func lostFeatures(of node: Node) -> [GraphFeature] {
        // These formats write "label (population)" as the label, to tell a molecule's populations apart.
        let relabelled =
            [.graphML, .sbgn, .sbmlQual].contains(self) && node.population != nil && node.displayName != node.label
        let carried: [(GraphFeature, Bool)] = [
            (.ids, true),
            (.labels, node.label != node.id || relabelled),
            // SBGN-ML's phenotypes are read back as processes.
            (.kinds, node.kind != .unspecified && !(self == .sbgn && node.kind == .process)),
            (.synonyms, !node.synonyms.isEmpty),
            (.descriptions, node.description != nil),
            (.crossReferences, !node.externalIDs.isEmpty),
            (.populations, node.population != nil),
        ]
        let kept = relabelled ? self.kept.subtracting([.labels]) : self.kept
        return carried.filter { $0.1 && !kept.contains($0.0) }.map(\.0)
    }

    /// What interaction `index` of `graph` carries that this format does not keep.
    package func lostFeatures(ofInteraction index: Int, in graph: PathwayGraph) -> [GraphFeature] {
        let interaction = graph.interaction(at: index)
        let carried: [(GraphFeature, Bool)] = [
            (.relationWords, ![.activates, .inhibits, .associatedWith].contains(interaction.relation)),
            // SBGN's necessary stimulation is positive; other necessary inputs become plain influences.
            (.necessity, interaction.isNecessary && (self != .sbgn || interaction.sign != .positive)),
            (.partialNecessity, interaction.isPartlyNecessary),
            (.evidence, interaction.evidence != nil),
            (.references, !interaction.references.isEmpty),
            (.referenceDetails, interaction.references.contains { graph.reference(forKey: $0)?.hasDetails == true }),
            (.species, !interaction.context.species.isEmpty),
            (.regions, interaction.context.region != nil || interaction.context.population != nil),
            (.timescales, interaction.timescale != nil),
            (.notes, interaction.note != nil),
            (.weights, graph.weight(of: index) != nil),
        ]
        let kept = self.kept
        return carried.filter { $0.1 && !kept.contains($0.0) }.map(\.0)
    }
}

extension Reference {
    /// Whether the graph says more of this reference than its key.
    var hasDetails: Bool { [authors, title, journal, doi, pmid].contains { $0 != nil } || year != nil }
}
