import NeuroPath

/// The text of `neuropath compare`: each drug's effect, onsets and routes, the onsets of the nodes where the routes
/// meet side by side, each drug's own nodes, and the answer in words.
struct ComparisonReport {
    let result: ComparisonQuery.Result
    let graph: PathwayGraph

    var text: String {
        var lines: [String] = []
        let names = result.drugs.map { name($0.drug) }
        let evidence = result.minimumEvidence.map { "\($0.rawValue) evidence or stronger" } ?? "any evidence"
        lines.append(
            "\(names.joined(separator: " vs ")) on \(name(result.effect)) "
                + "(paths of at most \(result.maxDepth) steps, \(evidence)):")
        for side in result.drugs {
            lines.append("")
            lines += drugLines(side)
        }
        lines.append("")
        lines += meetingLines()
        for (side, own) in zip(result.drugs, result.ownNodes) where !own.isEmpty {
            let shown = own.prefix(8).map { name($0) }.joined(separator: ", ")
            let more = own.count > 8 ? ", and \(own.count - 8) more" : ""
            lines.append("Only \(name(side.drug)) uses: \(shown)\(more)")
        }
        let explanation = result.explanation ?? ComparisonExplanation(explaining: result, in: graph)
        lines.append("")
        lines.append(explanation.question)
        for paragraph in [explanation.answer] + explanation.paragraphs {
            lines += Self.wrapped(paragraph, width: 110).map { "  " + $0 }
        }
        if result.truncated {
            lines.append("")
            lines.append("(truncated: a budget stopped a route search; routes and meeting points may be missing)")
        }
        lines.append("")
        lines.append(TextLayout.disclaimer)
        return lines.joined(separator: "\n")
    }

    private func drugLines(_ side: ComparisonQuery.DrugComparison) -> [String] {
        var lines = [
            "\(TextLayout.name(side.drug.index, in: graph)) → \(name(result.effect)): "
                + TextLayout.standing(of: side.effect.effect, evidence: side.effect.evidence)
        ]
        lines.append("  onset: " + onsetText(side.onset))
        if side.mechanismOnset != side.onset {
            lines.append("  through the mechanism: " + onsetText(side.mechanismOnset))
        }
        let routeNote = side.truncated ? " (the search stopped at its budget)" : ""
        lines.append(
            "  \(side.routeCount) route\(side.routeCount == 1 ? "" : "s"), \(side.routeNodes.count) nodes on them"
                + routeNote + "; the most confident:")
        if !side.effect.paths.isEmpty { lines.append(TextLayout.paths(side.effect.paths, in: graph)) }
        return lines
    }

    private func onsetText(_ onset: ComparisonQuery.Onset?) -> String {
        guard let onset else { return "no timed route" }
        return "\(onset.timescale.rawValue), set by \(stepText(onset.step))\n      on \(graph.describe(onset.path))"
    }

    /// "Serotonin → CREB (weeks, supported; Nibuya et al. 1996)".
    private func stepText(_ step: CausalPath.Step) -> String {
        let source = graph.index(ofID: step.source).map { graph[$0].displayName } ?? step.source
        let target = graph.index(ofID: step.target).map { graph[$0].displayName } ?? step.target
        let facts = [step.timescale?.rawValue, step.evidence?.rawValue].compactMap { $0 }.joined(separator: ", ")
        let citations = step.references.map { graph.reference(forKey: $0)?.shortCitation ?? $0 }
        return "\(source) → \(target) (\(facts)\(citations.isEmpty ? "" : "; " + citations.joined(separator: ", ")))"
    }

    private func meetingLines() -> [String] {
        guard !result.meetingPoints.isEmpty else {
            return ["The routes do not meet: no node lies on every drug's routes."]
        }
        var rows = [["where the routes meet"] + result.drugs.map { name($0.drug) }]
        for point in result.meetingPoints {
            rows.append([name(point.node)] + point.onsets.map { $0?.rawValue ?? "—" })
        }
        rows.append([name(result.effect)] + result.drugs.map { $0.headlineOnset?.rawValue ?? "—" })
        return ["Onset of each shared node after each drug:", TextLayout.table(rows)]
    }

    private func name(_ handle: NodeHandle) -> String { graph[handle.index].displayName }

    /// `text` broken at spaces into lines of at most `width` characters (a longer word stands alone).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
