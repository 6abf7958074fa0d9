import NeuroPath
import Testing

/// Expects `read` to hold everything `original` holds, field by field: name, title, nodes, populations,
/// references, interactions, weights and adjacency (of the first 200 nodes), and the `.npath` source locations
/// when `sourceLocations` (formats that keep them: snapshots).
func expectSameGraph(
    _ read: PathwayGraph, _ original: PathwayGraph, sourceLocations: Bool,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(read.name == original.name && read.title == original.title, sourceLocation: sourceLocation)
    #expect(read.nodes == original.nodes, sourceLocation: sourceLocation)
    #expect(read.populations == original.populations, sourceLocation: sourceLocation)
    #expect(read.references == original.references, sourceLocation: sourceLocation)
    #expect(read.interactions == original.interactions, sourceLocation: sourceLocation)
    if sourceLocations {
        let (locations, expected) = (read.sourceLocations, original.sourceLocations)
        #expect(
            locations.nodes == expected.nodes && locations.interactions == expected.interactions
                && locations.references == expected.references, sourceLocation: sourceLocation)
    }
    let weights = (0..<original.interactionCount).map { original.weight(of: $0) }
    #expect((0..<read.interactionCount).map { read.weight(of: $0) } == weights, sourceLocation: sourceLocation)
    for node in original.nodeIndices.prefix(200) {
        #expect(
            Array(read.outgoingInteractions(of: node)) == Array(original.outgoingInteractions(of: node))
                && Array(read.incomingInteractions(of: node)) == Array(original.incomingInteractions(of: node)),
            sourceLocation: sourceLocation)
    }
}
