import Foundation
import NeuroPath
import NeuroPathGraphviz
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The timeline of `compare`: one lane per drug, every node in the column of its onset after that drug, the
/// nodes both drugs reach joined across the lanes, the step that sets each pace marked, and a valid SVG.
@Suite struct TimelineDiagramTests {
    let graph: PathwayGraph

    init() throws { graph = try GraphLoader().load(.bundled("antidepressants")) }

    func compare(_ drugs: [String], routes: Int = 3, on graph: PathwayGraph? = nil) throws -> ComparisonQuery.Result {
        let graph = graph ?? self.graph
        return try ComparisonQuery(
            drugs: try drugs.map { try graph.resolve($0) }, effect: try graph.resolve("antidepressant-effect"),
            routesPerDrug: routes
        ).run(on: graph)
    }

    /// The `{ rank=same; … }` groups of the DOT text: column number → the node names in it.
    static func columns(of dot: String) -> [Int: Set<String>] {
        var result: [Int: Set<String>] = [:]
        for line in dot.split(separator: "\n") where line.contains("rank=same") {
            let names = line.split(separator: ";").compactMap { part -> String? in
                guard let open = part.firstIndex(of: "\""), let close = part.lastIndex(of: "\""), open < close
                else { return nil }
                return String(part[part.index(after: open)..<close])
            }
            guard let axis = names.first, axis.hasPrefix("axis-"), let column = Int(axis.dropFirst(5)) else { continue }
            result[column] = Set(names.dropFirst())
        }
        return result
    }

    @Test func everyNodeSitsInTheColumnOfItsOnsetAfterItsDrug() throws {
        let result = try compare(["ketamine", "fluoxetine"])
        let dot = TimelineDiagram.dot(for: result, in: graph)
        let columns = Self.columns(of: dot)
        let placed = columns.flatMap { column, names in names.map { ($0, column) } }
        #expect(placed.count > 10)
        for (name, column) in placed {
            let lane = Int(name.dropFirst(4).prefix { $0 != ":" })!
            let id = String(name.split(separator: ":", maxSplits: 1)[1])
            let side = result.drugs[lane]
            let onset: Timescale?
            if id == side.drug.id {
                #expect(column == 0, "\(name)")
                continue
            } else if id == result.effect.id {
                onset = side.headlineOnset
            } else {
                onset = side.routeNodes.first { $0.node.id == id }?.onset
            }
            let expected = Timescale.allCases.firstIndex(of: try #require(onset, "\(name) has an onset"))! + 1
            #expect(column == expected, "\(name): column \(column), onset \(String(describing: onset))")
        }
        // BDNF is in the minutes column in ketamine's lane and the weeks column in fluoxetine's.
        #expect(columns[2]?.contains("lane0:bdnf") == true && columns[5]?.contains("lane1:bdnf") == true)
    }

    @Test func sharedNodesAreJoinedAcrossTheLanesAndThePaceIsMarked() throws {
        let result = try compare(["ketamine", "fluoxetine"])
        let dot = TimelineDiagram.dot(for: result, in: graph)
        for shared in ["bdnf", "trkb", "antidepressant-effect"] {
            #expect(dot.contains("\"lane0:\(shared)\" -> \"lane1:\(shared)\" [dir=none"), "\(shared)")
        }
        #expect(dot.contains("\"lane0:ketamine\" -> \"lane0:antidepressant-effect\""))
        #expect(dot.components(separatedBy: "sets the pace").count - 1 >= 3)
        #expect(dot.contains("subgraph \"cluster_lane0\"") && dot.contains("subgraph \"cluster_lane1\""))
        #expect(dot.contains(">weeks<") && dot.contains("not medical advice"))
        try GraphvizRenderer.validate(dot: dot)
    }

    @Test(arguments: [
        ["ketamine", "fluoxetine"], ["ketamine", "fluoxetine", "sertraline"],
        ["ketamine", "fluoxetine", "escitalopram", "sertraline"],
    ])
    func theSVGIsXMLWithALanePerDrug(drugs: [String]) throws {
        let result = try compare(drugs)
        let svg = try TimelineDiagram.renderBlocking(result, in: graph)
        let document = try XMLDocument(data: svg)
        let ids = Set(try document.nodes(forXPath: "//@id").compactMap(\.stringValue))
        for lane in drugs.indices { #expect(ids.contains("lane-\(lane)"), "lane \(lane)") }
        #expect(ids.contains("neuropath-timeline") && ids.contains("legend"))
    }

    /// A drug with no route to the effect still has its lane (with only itself); Graphviz 2.43 corrupted its
    /// heap on this comparison when step times were ordinary edge labels, so it is drawn several times here.
    @Test func aDrugWithNoRouteKeepsItsLaneAndTheLayoutHoldsUp() throws {
        let ketamine = try GraphLoader().load(.bundled("ketamine"))
        let result = try compare(["ketamine", "memantine"], routes: 10, on: ketamine)
        #expect(result.drugs[1].onset == nil)
        let dot = TimelineDiagram.dot(for: result, in: ketamine)
        #expect(Self.columns(of: dot)[0]?.contains("lane1:memantine") == true)
        for _ in 0..<5 { _ = try TimelineDiagram.renderBlocking(result, in: ketamine, format: .png) }
    }
}
