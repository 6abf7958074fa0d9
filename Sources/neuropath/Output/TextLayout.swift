import NeuroPath

/// Plain-text formatting shared by the subcommands: aligned columns and signed arrows.
enum TextLayout {
    /// Why a signed query (`effect --all`, `perturb`) found nothing downstream of `node`: on an unsigned network
    /// such as PathLinker's, every interaction is of unknown sign, which those queries do not follow.
    static func nothingSignedReached(from node: NodeIndex, in graph: PathwayGraph) -> String {
        let unsigned = graph.interactionIndices.count { graph.sign(of: $0) == nil }
        guard unsigned > 0 else { return "  no node is reached through signed interactions" }
        return "  no node is reached through signed interactions, the only ones this query follows; "
            + "\(unsigned) of the graph's \(graph.interactionCount) interactions have no sign "
            + "(for reach without signs: neuropath downstream --from \(graph[node].id))"
    }

    /// A column is padded to at most this many characters: a longer cell is printed whole, and only its own row
    /// is pushed out of line (one 140-character id once made every row 280 characters wide).
    static let maximumColumnWidth = 40

    /// Rows padded so that columns line up (the last column is not padded).
    static func table(_ rows: [[String]], indent: String = "  ") -> String {
        guard let width = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: width)
        for row in rows {
            for (column, cell) in row.enumerated() {
                widths[column] = min(max(widths[column], cell.count), maximumColumnWidth)
            }
        }
        return rows.map { row in
            indent
                + row.enumerated().map { column, cell in
                    column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// `↑ increases`, `↓ decreases`, `↕ mixed`, `· none`.
    static func effect(_ effect: NetEffect) -> String {
        switch effect {
        case .increases: "↑ increases"
        case .decreases: "↓ decreases"
        case .mixed: "↕ mixed"
        case .none: "· none"
        case .unknown: "? unknown"
        }
    }

    /// A net effect with its evidence stated first: "contested evidence: ↓ decreases", or for a mixed effect
    /// the evidence of each side. A side's level is the weakest step of its best path, however many paths are
    /// listed; without levels (imported networks) the effect stands alone.
    static func standing(of effect: NetEffect, evidence: ChangeEvidence) -> String {
        switch effect {
        case .increases, .decreases:
            guard let level = evidence.level(of: effect) else { return Self.effect(effect) }
            return "\(level.rawValue) evidence: \(Self.effect(effect))"
        case .mixed:
            let sides = [(Sign.positive, "increases"), (Sign.negative, "decreases")].compactMap { sign, word in
                evidence[sign].map { "\(word) on \($0.rawValue) evidence" }
            }
            return Self.effect(effect) + (sides.isEmpty ? "" : " (\(sides.joined(separator: ", ")))")
        case .none, .unknown:
            return Self.effect(effect)
        }
    }

    /// "Given first: NBQX [nbqx], which blocks AMPA receptor (pyramidal) […]": a pretreatment and what it removes.
    static func givenFirst(_ drug: NodeIndex, blocking blocked: [NodeIndex], in graph: PathwayGraph) -> String {
        "Given first: \(name(drug, in: graph)), which blocks "
            + (blocked.isEmpty
                ? "nothing here, so it changes nothing"
                : blocked.map { name($0, in: graph) }.joined(separator: ", "))
    }

    /// A change's evidence as a table cell: the level, or both sides' levels for a mixed change, or "—".
    static func evidenceCell(of effect: NetEffect, evidence: ChangeEvidence) -> String {
        if effect == .mixed, let up = evidence.increases, let down = evidence.decreases, up != down {
            return "↑ \(up.rawValue), ↓ \(down.rawValue)"
        }
        return evidence.level(of: effect)?.rawValue ?? "—"
    }

    /// A numbered list of paths with sign, length and confidence.
    static func paths(_ paths: [CausalPath], in graph: PathwayGraph, costs: [Double]? = nil) -> String {
        paths.enumerated().map { offset, path in
            var facts =
                "\(path.sign?.effectWord ?? "sign unknown"), \(path.length) step\(path.length == 1 ? "" : "s"), confidence "
                + String(format: "%.2f", path.confidence)
            if let costs { facts += ", cost " + String(format: "%.2f", costs[offset]) }
            let levels = path.interactions.map { graph.evidence(of: $0) }
            if let weakest = levels.compactMap({ $0 }).min() {
                let species = Set(
                    path.interactions.filter { graph.evidence(of: $0) == weakest }
                        .flatMap { graph.interaction(at: $0).context.species.map(\.rawValue) }
                ).sorted()
                facts +=
                    ", weakest evidence \(weakest.rawValue)"
                    + (species.isEmpty ? "" : " (\(species.joined(separator: ", ")))")
            }
            if levels.contains(where: { $0 == nil }) { facts += ", some steps without evidence level" }
            let alternatives = path.interactions.filter { edge in
                let source = graph.source(of: edge), target = graph.target(of: edge)
                return graph.outgoingInteractions(of: source).filter { graph.target(of: $0) == target }.count > 1
            }
            if !alternatives.isEmpty {
                facts +=
                    "\n      using "
                    + alternatives.map { edge in
                        let interaction = graph.interaction(at: edge)
                        let context = ([interaction.evidence?.rawValue] + interaction.context.species.map(\.rawValue))
                            .compactMap { $0 }
                        return
                            "\(graph[interaction.source].label) → \(graph[interaction.target].label) [\(context.joined(separator: ", "))]"
                    }.joined(separator: "; ")
            }
            return "\(String(offset + 1).leftPadded(to: 3)). \(graph.describe(path))\n      \(facts)"
        }.joined(separator: "\n")
    }

    /// The node's display name followed by its id when they differ: `NMDA receptor (interneuron) [nmda-receptor@interneuron]`.
    static func name(_ node: NodeIndex, in graph: PathwayGraph) -> String {
        let entry = graph[node]
        return entry.displayName == entry.id ? entry.id : "\(entry.displayName) [\(entry.id)]"
    }

    /// The notice printed under every query result.
    static let disclaimer = "For teaching and research; not medical advice."
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
