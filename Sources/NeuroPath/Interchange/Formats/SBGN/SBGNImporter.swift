import Foundation

/// Reads SBGN-ML Activity Flow maps: activity glyphs, phenotypes and perturbations become nodes (their label the
/// node's label, their compartment in the description); positive, negative and unknown influences become signed
/// or unsigned interactions, and a necessary stimulation a *necessary* interaction. Logic gates become the
/// interactions they stand for, from each of their inputs (through logic arcs, gates within gates included) to
/// the gate's target: AND makes each input necessary, OR makes them alternatives (plain interactions), NOT inverts
/// the sign, and a delay marks the influence as slower (timescale hours, noted "through a delay"); a gate whose
/// output goes nowhere gives nothing. Process Description maps are refused. Submaps, tags, terminals and
/// equivalence arcs are layout, and are skipped.
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
            var nodes: [String: NodeIndex] = [:]
            /// Logic gates by glyph id, with their class, and the glyphs that feed each (through logic arcs).
            var gates: [String: String] = [:]
            var gateInputs: [String: [String]] = [:]
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
                    gates[id] = glyphClass
                default:
                    continue
                }
                if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
            }
            let arcs = map.children("arc")
            for arc in arcs where arc.attributes["class"] == "logic arc" {
                guard let source = arc.attributes["source"], let target = arc.attributes["target"] else { continue }
                let gate = owner[target] ?? target
                guard gates[gate] != nil else {
                    throw refuse(
                        "the logic arc \(arc.attributes["id"] ?? "?") ends at '\(target)', which is not a logic gate")
                }
                gateInputs[gate, default: []].append(owner[source] ?? source)
            }
            /// The activities a glyph stands for as a source: itself, or a gate's inputs, each with what the gates
            /// on the way do to it (invert, make necessary, delay).
            func inputs(of glyph: String, depth: Int = 0) throws(GraphLoadError) -> [GateInput] {
                if let node = nodes[glyph] { return [GateInput(node: node)] }
                guard let gate = gates[glyph] else {
                    throw refuse(
                        "'\(glyph)' feeds an influence but is not an activity, phenotype, perturbation or gate of the map"
                    )
                }
                guard depth < 64 else { throw refuse("logic gates nested more than 64 deep at '\(glyph)'") }
                var result: [GateInput] = []
                for input in gateInputs[glyph] ?? [] {
                    for var fed in try inputs(of: input, depth: depth + 1) {
                        switch gate {
                        case "and": fed.necessary = true
                        case "not": fed.inverted.toggle()
                        case "delay": fed.delayed = true
                        default: break
                        }
                        result.append(fed)
                    }
                }
                return result
            }
            for arc in arcs where arc.attributes["class"] != "logic arc" {
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
                default:
                    continue
                }
                let sourceGlyph = owner[source] ?? source
                guard let to = nodes[owner[target] ?? target], nodes[sourceGlyph] != nil || gates[sourceGlyph] != nil
                else {
                    throw refuse(
                        "the arc \(arc.attributes["id"] ?? "?") joins '\(source)' and '\(target)', which are not "
                            + "activities, phenotypes, perturbations or logic gates of the map")
                }
                for input in try inputs(of: sourceGlyph) {
                    let signed: Relation =
                        !input.inverted
                        ? relation
                        : relation == .activates
                            ? .inhibits
                            : relation == .inhibits ? .activates : relation
                    builder.addChecked(
                        Interaction(
                            source: input.node, target: to, relation: signed,
                            timescale: input.delayed ? .hours : nil, isNecessary: necessary || input.necessary,
                            note: input.delayed ? "through a delay (SBGN)" : nil))
                    if let overflow = limits.overflow(of: builder, file: file) { throw .invalid([overflow]) }
                }
            }
        }
        return builder.build()
    }

    /// A glyph's label, its line breaks made spaces.
    static func label(of glyph: XMLElement) -> String? {
        guard let text = glyph.child("label")?.attributes["text"], !text.isEmpty else { return nil }
        return labelText(text)
    }

    /// A label's text as read: each line trimmed, the lines joined by a space (editors wrap labels).
    static func labelText(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}

/// An activity that feeds an influence, directly or through logic gates, and what the gates do to it.
private struct GateInput {
    let node: NodeIndex
    var inverted = false
    var necessary = false
    var delayed = false
}
