// A small graph built in code: cocaine, dopamine and the dopamine transporter. Then a trace, an explanation
// and the result as the command line's JSON; then the graph written for Cytoscape.
import NeuroPath

var builder = PathwayGraphBuilder(name: "cocaine-toy", title: "Cocaine at the dopamine synapse (toy)")
let cocaine = try builder.addNode(Node(id: "cocaine", label: "Cocaine", kind: .drug))
let transporter = try builder.addNode(
    Node(id: "dat", label: "Dopamine transporter", kind: .transporter, synonyms: ["DAT", "SLC6A3"]))
let dopamine = try builder.addNode(Node(id: "synaptic-dopamine", label: "Synaptic dopamine", kind: .neurotransmitter))
let receptor = try builder.addNode(Node(id: "d1-receptor", label: "D1 receptor", kind: .receptor))
builder.addReference(Reference(key: "example", authors: "Example", year: 2000, title: "A toy reference"))
try builder.addInteraction(
    Interaction(
        source: cocaine, target: transporter, relation: .inhibits, evidence: .established, references: ["example"]))
try builder.addInteraction(
    Interaction(
        source: transporter, target: dopamine, relation: .decreases, evidence: .established, references: ["example"]))
try builder.addInteraction(
    Interaction(
        source: dopamine, target: receptor, relation: .activates, evidence: .established, references: ["example"]))
let graph = builder.build()

let result = try PathQuery(from: graph.resolve("cocaine"), to: graph.resolve("D1 receptor")).run(on: graph)
for path in result.paths { print(graph.describe(path)) }
if let path = result.paths.first {
    let explanation = try PathExplanation(explaining: path, in: graph)
    for step in explanation.steps { print("- " + step.sentence) }
    print(explanation.summary)
}
print(try PathwayJSONEncoder().encode(result))

// Caller mistakes are typed errors, not crashes.
do {
    _ = try PathQuery(from: NodeIndex(42), to: NodeIndex(0)).run(on: graph)
} catch {
    print("index 42: \(error)")
}
do {
    _ = try graph.resolve("")
} catch {
    print("empty name: \(error)")
}

// The graph for Cytoscape, and what that format does not keep of it.
let cytoscape = GraphFormat.cytoscapeJSON
print(try cytoscape.write(graph).count, "bytes of Cytoscape.js JSON; not kept:", cytoscape.losses(in: graph))
