import Foundation

/// An external database identifier such as `HGNC:4586` or `ChEBI:6121`.
public struct ExternalID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The database, e.g. `HGNC`, `UniProt`, `ChEBI`.
    public var namespace: String
    /// The identifier inside that database.
    public var value: String

    /// Creates an identifier.
    public init(namespace: String, value: String) {
        self.namespace = namespace
        self.value = value
    }

    /// Parses `NAMESPACE:VALUE`; `nil` if there is no colon or either side is empty.
    public init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, colon != text.index(before: text.endIndex)
        else { return nil }
        self.init(namespace: String(text[..<colon]), value: String(text[text.index(after: colon)...]))
    }

    /// `NAMESPACE:VALUE`.
    public var description: String { "\(namespace):\(value)" }
}

/// An entity in a pathway graph: a drug, a receptor in one cell population, a process, an effect.
///
/// The id is stable and written in lowercase with hyphens (`nmda-receptor`). The same molecule in different
/// cells is different nodes that share a base entity: `nmda-receptor@interneuron` and
/// `nmda-receptor@pyramidal` both have the base entity `nmda-receptor`.
public struct Node: Sendable, Hashable, Codable, Identifiable {
    /// The stable id, possibly with an `@population` suffix.
    public var id: String
    /// The human-readable label ("NMDA receptor").
    public var label: String
    /// What the node stands for.
    public var kind: NodeKind
    /// Other names a user may type ("NMDAR", "GluN2B").
    public var synonyms: [String]
    /// A one-sentence description.
    public var description: String?
    /// Identifiers in external databases.
    public var externalIDs: [ExternalID]

    /// Creates a node. The label defaults to the id.
    public init(
        id: String, label: String? = nil, kind: NodeKind = .unspecified, synonyms: [String] = [],
        description: String? = nil, externalIDs: [ExternalID] = []
    ) {
        self.id = id
        self.label = label ?? id
        self.kind = kind
        self.synonyms = synonyms
        self.description = description
        self.externalIDs = externalIDs
    }

    /// The id without its `@population` suffix: the molecule or entity shared across cell populations.
    public var baseEntity: Substring { id.split(separator: "@", maxSplits: 1).first ?? Substring(id) }

    /// The cell population or compartment after `@` in the id, if any.
    public var population: Substring? {
        guard let at = id.firstIndex(of: "@") else { return nil }
        return id[id.index(after: at)...]
    }

    /// The label followed by the population in parentheses when the label does not already say it:
    /// "NMDA receptor (interneuron)".
    public var displayName: String {
        guard let population, !label.lowercased().contains(population.lowercased()) else { return label }
        return "\(label) (\(population))"
    }
}

/// A declared cell population or compartment that nodes can be placed in with `@id`.
public struct CellPopulation: Sendable, Hashable, Codable {
    /// The id used after `@` in node ids.
    public var id: String
    /// The human-readable label ("GABA interneuron").
    public var label: String
    /// A one-sentence description.
    public var description: String?

    /// Creates a population.
    public init(id: String, label: String? = nil, description: String? = nil) {
        self.id = id
        self.label = label ?? id
        self.description = description
    }
}

/// A bibliographic reference that interactions cite by key.
public struct Reference: Sendable, Hashable, Codable {
    /// The key interactions cite (`berman2000`).
    public var key: String
    /// Authors as printed ("Berman RM, Cappiello A, Anand A, et al.").
    public var authors: String?
    /// Year of publication.
    public var year: Int?
    /// Title.
    public var title: String?
    /// Journal, volume and pages.
    public var journal: String?
    /// DOI without the `https://doi.org/` prefix.
    public var doi: String?
    /// PubMed id.
    public var pmid: String?

    /// Creates a reference.
    public init(
        key: String, authors: String? = nil, year: Int? = nil, title: String? = nil, journal: String? = nil,
        doi: String? = nil, pmid: String? = nil
    ) {
        self.key = key
        self.authors = authors
        self.year = year
        self.title = title
        self.journal = journal
        self.doi = doi
        self.pmid = pmid
    }

    /// Where a reader finds the work: `https://doi.org/…` when the DOI is known, else the PubMed record's
    /// address, else `nil`. The identifier is percent-encoded, so the address is always one link.
    public var link: String? {
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#"))
        if let doi, !doi.isEmpty, let encoded = doi.addingPercentEncoding(withAllowedCharacters: allowed) {
            return "https://doi.org/" + encoded
        }
        if let pmid, !pmid.isEmpty, pmid.allSatisfy(\.isASCII), pmid.allSatisfy(\.isNumber) {
            return "https://pubmed.ncbi.nlm.nih.gov/\(pmid)/"
        }
        return nil
    }

    /// "Berman et al. 2000", "Homayoun & Moghaddam 2007": surnames and year, for explanations.
    public var shortCitation: String {
        // "de Montigny C" → "de Montigny", "Zarate CA Jr" → "Zarate": the words before the initials.
        let surnames = (authors ?? "").split(separator: ",").compactMap { author -> String? in
            let words = author.split(separator: " ")
            guard let first = words.first else { return nil }
            let rest = words.dropFirst().prefix { !$0.allSatisfy(\.isUppercase) }
            return ([first] + rest).joined(separator: " ")
        }.filter { !$0.hasPrefix("et al") && !$0.hasPrefix("(") }
        let who: String? =
            switch surnames.count {
            case 0: nil
            case 1: (authors?.contains("et al") ?? false) ? "\(surnames[0]) et al." : surnames[0]
            case 2 where !(authors?.contains("et al") ?? false): "\(surnames[0]) & \(surnames[1])"
            default: "\(surnames[0]) et al."
            }
        switch (who, year) {
        case let (who?, year?): return "\(who) \(year)"
        case let (who?, nil): return who
        case let (nil, year?): return "\(key) (\(year))"
        default: return key
        }
    }
}
