import Foundation
import NeuroPath
import NeuroPathGraphviz
import Testing

/// The DOT the styler writes for a small fixture graph, compared with a reviewed golden file (layout-independent).
/// After an intended style change, regenerate it with `NEUROPATH_UPDATE_GOLDEN=1 swift test --traits Tools --filter GoldenDOT`
/// and review the diff.
@Suite struct GoldenDOTTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let fixture = """
        graph fixture title="Fixture: drug, receptor, process, effect"
        population neuron label="Neuron"
        node drug drug label=Drug
        node receptor@neuron receptor label=Receptor description="A receptor."
        node firing@neuron process label="Neuron firing"
        node effect therapeutic-effect label="Good effect"
        node harm adverse-effect label=Harm
        node partner protein label=Partner
        drug antagonist receptor@neuron evidence=established species=human time=minutes refs=r1
        receptor@neuron activates firing@neuron evidence=supported species=mouse refs=r1 necessary
        firing@neuron leads-to effect evidence=contested species=human refs=r1 note="Disputed."
        drug leads-to harm evidence=hypothesised species=rat refs=r1
        partner associated-with firing@neuron
        reference r1 authors="Doe J, Roe R" year=2020 title=Title journal=Journal doi=10.1000/x
        """

    @Test(arguments: [("plain", false), ("highlighted", true)])
    func styledDOTMatchesTheGoldenFile(name: String, highlighted: Bool) throws {
        let graph = try NPathParser.parse(text: Self.fixture)
        var options = DiagramOptions()
        if highlighted {
            options.highlightedPaths = try PathQuery(from: NodeIndex(0), to: NodeIndex(3)).run(on: graph).paths
            options.changes = [NodeIndex(2): .increases]
        }
        let dot = try PathwayDiagram.dot(for: graph, options: options)
        let golden = Self.fixtures.appendingPathComponent("fixture-\(name).dot")
        if ProcessInfo.processInfo.environment["NEUROPATH_UPDATE_GOLDEN"] != nil {
            try dot.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(dot == (try String(contentsOf: golden, encoding: .utf8)))
        try GraphvizRenderer.validate(dot: dot)
    }
}
