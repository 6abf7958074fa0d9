import Foundation

/// Reads SBGN-ML Activity Flow maps: activity glyphs, phenotypes and perturbations become nodes (their label the
/// node's label, their compartment in the description); positive, negative and unknown influences become signed
/// or unsigned interactions, and a necessary stimulation a *necessary* interaction. Logic gates (and, or, not,
/// delay) are refused with a message saying where: NeuroPath's interactions have no gates. Process
/// Description maps are refused too. Submaps, tags, terminals and equivalence arcs are layout, and are skipped.
enum SBGNImporter {
    /// Reads SBGN-ML bytes; `file` names them in diagnostics.
    static func parse(data: Data, file: String, name: String?, limits: GraphLimits) throws(GraphLoadError)
        -> PathwayGraph
    {
        let root = try XMLElement.root(of: data, named: "sbgn", format: "SBGN-ML", file: file)
        func refuse(_ message: String, suggestion: String? = nil) -> GraphLoadError {
            .invalid([
                Diagnostic(
                    file: file, line: 0, column: 0, code: .malformedRow, message: message, suggestion: suggestion)
            ])
        }
        guard !root.children("map").isEmpty else { throw refuse("the SBGN-ML file holds no <map>") }
        var builder = PathwayGraphBuilder(name: name)
        for map in root.children("map") {
            let language = (map.attributes["language"] ?? map.attributes["version"] ?? "").lowercased()
            guard language.isEmpty || language.contains("activity") || language.contains(".af.") else {
                throw refuse(
                    "this map is SBGN \(language); NeuroPath reads Activity Flow maps only",
                    suggestion: "export the map as SBGN Activity Flow")
            }
            let glyphs = map.children("glyph")
            let compartments = Dictionary(
                glyphs.filter { $0.attributes["class"] == "compartment" }.compactMap { glyph in
                    glyph.attributes["id"].map { ($0, label(of: glyph) ?? $0) }
                }, uniquingKeysWith: { first, _ in first })
            // Ports belong to their glyph.
            var owner: [String: String] = [:]
            var nodes: [String: Int] = [:]
            for glyph in glyphs {
                guard let id = glyph.attributes["id"], let glyphClass = glyph.attributes["class"] else { continue }
                for port in glyph.children("port") { if let portID = port.attributes["id"] { owner[portID] = id } }
                switch glyphClass {
                case "biological activity", "phenotype", "perturbation":
                    var node = Node(id: id, label: label(of: glyph) ?? id)
                    node.kind = glyphClass == "phenotype" ? .process : .unspecified
                    var description: [String] = []
                    for unit in glyph.children("glyph") where unit.attributes["class"] == "unit of information" {
                        let entity = unit.child("entity")?.attributes["name"]
                        description.append([entity, label(of: unit)].compactMap { $0 }.joined(separator: ": "))
                    }
                    if glyphClass == "perturbation" { description.append("a perturbation") }
                    if let compartment = glyph.attributes["compartmentRef"].flatMap({ compartments[$0] }) {
                        description.append("in \(compartment)")
                    }
                    if !description.isEmpty { node.description = description.joined(separator: "; ") }
                    nodes[id] = builder.nodeIndex(forID: id) { node }
                case "and", "or", "not", "delay":
                    throw refuse(
                        "the logic gate '\(glyphClass)' (glyph \(id)) cannot be read: NeuroPath's interactions have "
                            + "no gates", suggestion: "replace the gate by direct influences before importing")
                default:
                    continue
                }
                if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
            }
            for arc in map.children("arc") {
                guard let arcClass = arc.attributes["class"], let source = arc.attributes["source"],
                    let target = arc.attributes["target"]
                else { continue }
                let relation: Relation
                var necessary = false
                switch arcClass {
                case "positive influence": relation = .activates
                case "negative influence": relation = .inhibits
                case "unknown influence": relation = .associatedWith
                case "necessary stimulation":
                    relation = .activates
                    necessary = true
                case "logic arc":
                    throw refuse("a logic arc (\(arc.attributes["id"] ?? "?")) cannot be read: NeuroPath has no gates")
                default:
                    continue
                }
                guard let from = nodes[owner[source] ?? source], let to = nodes[owner[target] ?? target] else {
                    throw refuse(
                        "the arc \(arc.attributes["id"] ?? "?") joins '\(source)' and '\(target)', which are not "
                            + "activities, phenotypes or perturbations of the map")
                }
                builder.addChecked(Interaction(source: from, target: to, relation: relation, isNecessary: necessary))
                if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
            }
        }
        return builder.build()
    }

    /// A glyph's label, its line breaks made spaces.
    static func label(of glyph: XMLElement) -> String? {
        guard let text = glyph.child("label")?.attributes["text"], !text.isEmpty else { return nil }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
    }
}
