/// A path the search has found but not yet materialised: its interactions and confidence, enough to rank it.
/// Only the paths a query returns become ``CausalPath`` values.
struct PathCandidate: Comparable {
    let interactions: [Int]
    let confidence: Double
    /// Whether the heap keeps the most confident (rather than the shortest) paths first.
    let byConfidence: Bool

    init(_ edges: some Collection<Int32>, in graph: PathwayGraph, byConfidence: Bool = false) {
        interactions = edges.map(Int.init)
        var confidence = 1.0
        for edge in edges {
            confidence *= graph.evidence(of: Int(edge))?.confidence ?? EvidenceLevel.unrecordedConfidence
        }
        self.confidence = confidence
        self.byConfidence = byConfidence
    }

    var length: Int { interactions.count }

    func path(in graph: PathwayGraph) -> CausalPath { CausalPath(checked: interactions, in: graph) }

    /// Shorter first, then more confident, then by interaction indices.
    static func precedes<Index: Comparable>(
        _ a: (length: Int, confidence: Double, interactions: [Index]),
        _ b: (length: Int, confidence: Double, interactions: [Index])
    ) -> Bool {
        if a.length != b.length { return a.length < b.length }
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        return a.interactions.lexicographicallyPrecedes(b.interactions)
    }

    static func < (lhs: PathCandidate, rhs: PathCandidate) -> Bool {
        let a = (lhs.length, lhs.confidence, lhs.interactions), b = (rhs.length, rhs.confidence, rhs.interactions)
        if lhs.byConfidence, lhs.confidence != rhs.confidence { return lhs.confidence > rhs.confidence }
        return precedes(a, b)
    }

    static func == (lhs: PathCandidate, rhs: PathCandidate) -> Bool { lhs.interactions == rhs.interactions }
}
