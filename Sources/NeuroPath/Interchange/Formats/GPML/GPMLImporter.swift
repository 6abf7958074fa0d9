import Foundation

/// Reads WikiPathways GPML: DataNodes become nodes (named by their label, their Xref kept as a database id,
/// their type the kind; boxes drawn more than once for one entity are one node), Groups that an interaction points at become nodes of their own, and Interactions
/// become interactions by their arrowhead: `Arrow`, `mim-stimulation`, `mim-catalysis` and `mim-conversion`
/// raise, `mim-transcription-translation` raises expression, `mim-necessary-stimulation` raises as a *necessary*
/// input, `TBar` and `mim-inhibition` lower, `mim-binding`, `mim-modification` and a plain line are unsigned.
/// A line that ends on an anchor of another interaction regulates that interaction's target. Lines whose ends
/// are not attached to data nodes, groups or anchors are drawings, and are skipped.
enum GPMLImporter {
    /// Reads GPML bytes; `file` names them in diagnostics.
    static func parse(data: Data, file: String, name: String?, limits: GraphLimits) throws(GraphLoadError)
        -> PathwayGraph
    {
        let root = try XMLElement.root(of: data, named: "Pathway", format: "GPML", file: file)
        var builder = PathwayGraphBuilder(name: name, title: root.attributes["Name"])
        var nodes: [String: NodeIndex] = [:]
        // A pathway drawing shows one entity in several places: boxes with the same database id (or, without one,
        // the same label and type) are one node, named by its label.
        var byEntity: [String: NodeIndex] = [:]
        var usedIDs: Set<String> = []
        for dataNode in root.children("DataNode") {
            guard let graphID = dataNode.attributes["GraphId"] else { continue }
            // GPML's GraphIds are unique; a repeated one would attach its interactions to either box.
            guard nodes[graphID] == nil else {
                throw .invalid([
                    Diagnostic(
                        file: file, line: 0, column: 0, code: .duplicateDeclaration,
                        message: "two DataNodes have the GraphId '\(graphID)'; each must be unique",
                        suggestion: "give one of them another GraphId (PathVisio does when the pathway is saved)")
                ])
            }
            let label = clean(dataNode.attributes["TextLabel"]) ?? graphID
            let type = dataNode.attributes["Type"] ?? ""
            var xrefs: [ExternalID] = []
            if let xref = dataNode.child("Xref"), let database = xref.attributes["Database"], !database.isEmpty,
                let value = xref.attributes["ID"], !value.isEmpty
            {
                xrefs = [ExternalID(namespace: database, value: value)]
            }
            let entity = xrefs.first.map { "\($0)|\(type)" } ?? "\(label)|\(type)"
            if let existing = byEntity[entity] {
                nodes[graphID] = existing
                continue
            }
            let slug = label.map { $0.isWhitespace || $0 == "@" ? "_" : $0 }.reduce(into: "") { $0.append($1) }
            let id = [slug, slug + "_" + type.lowercased(), slug + "_" + graphID].first { !usedIDs.contains($0) }!
            usedIDs.insert(id)
            let node = Node(id: id, label: label, kind: kind(type), externalIDs: xrefs)
            let index = builder.nodeIndex(forID: id) { node }
            byEntity[entity] = index
            nodes[graphID] = index
            if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
        }
        // A group is a node when an interaction points at it: a complex or a family, labelled by its members.
        var groups: [String: (id: String, label: String)] = [:]
        for group in root.children("Group") {
            guard let groupID = group.attributes["GroupId"] else { continue }
            let members = root.children("DataNode").filter { $0.attributes["GroupRef"] == groupID }
                .compactMap { clean($0.attributes["TextLabel"]) }
            let label = clean(group.attributes["TextLabel"]) ?? members.joined(separator: ":")
            if let graphID = group.attributes["GraphId"] {
                groups[graphID] = (graphID, label.isEmpty ? graphID : label)
            }
        }
        // Anchors: the interaction each belongs to, resolved to that interaction's target below.
        let interactions = root.children("Interaction")
        var anchorOwner: [String: XMLElement] = [:]
        for interaction in interactions {
            for anchor in interaction.child("Graphics")?.children("Anchor") ?? [] {
                if let id = anchor.attributes["GraphId"] { anchorOwner[id] = interaction }
            }
        }
        func endpoint(_ reference: String?, depth: Int = 0) -> NodeIndex? {
            guard let reference, depth < 8 else { return nil }
            if let node = nodes[reference] { return node }
            if let group = groups[reference] {
                let index = builder.nodeIndex(forID: group.id) {
                    var node = Node(id: group.id, label: group.label)
                    node.kind = .protein
                    return node
                }
                nodes[reference] = index
                return index
            }
            if let owner = anchorOwner[reference] {
                return endpoint(
                    owner.child("Graphics")?.children("Point").last?.attributes["GraphRef"], depth: depth + 1)
            }
            return nil
        }
        for interaction in interactions {
            let points = interaction.child("Graphics")?.children("Point") ?? []
            guard points.count >= 2, let from = endpoint(points.first?.attributes["GraphRef"]),
                let to = endpoint(points.last?.attributes["GraphRef"])
            else { continue }
            let arrow = points.last?.attributes["ArrowHead"] ?? points.first?.attributes["ArrowHead"] ?? ""
            let (relation, necessary) = relation(arrow)
            builder.addChecked(Interaction(source: from, target: to, relation: relation, isNecessary: necessary))
            if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
        }
        return builder.build()
    }

    /// The relation an arrowhead stands for, and whether it marks a necessary input.
    static func relation(_ arrowHead: String) -> (Relation, Bool) {
        switch arrowHead {
        case "Arrow", "mim-stimulation", "mim-catalysis", "mim-conversion": (.activates, false)
        case "mim-transcription-translation": (.upregulatesExpression, false)
        case "mim-necessary-stimulation": (.activates, true)
        case "TBar", "mim-inhibition": (.inhibits, false)
        default: (.associatedWith, false)
        }
    }

    /// The node kind of a DataNode type.
    static func kind(_ type: String) -> NodeKind {
        switch type {
        case "GeneProduct", "Protein", "Complex": .protein
        case "Rna", "Gene": .gene
        case "Metabolite": .metabolite
        case "Pathway": .process
        default: .unspecified
        }
    }

    /// A label with its line breaks made spaces, or `nil` when empty.
    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let joined = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }
}
