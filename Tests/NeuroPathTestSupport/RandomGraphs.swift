import NeuroPath

/// A small deterministic random number generator (SplitMix64), so random tests are reproducible by seed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random signed multigraphs for checking queries against the brute-force oracle: cycles, self-loops,
/// parallel interactions of opposite sign, unsigned associations, isolated nodes and every evidence level.
public enum RandomGraphs {
    /// A graph with `nodes` nodes and about `interactions` interactions, built from `seed`.
    public static func make(seed: UInt64, nodes: Int, interactions: Int) -> PathwayGraph {
        var random = SeededGenerator(seed: seed)
        var builder = PathwayGraphBuilder(name: "random-\(seed)")
        for index in 0..<nodes {
            _ = try! builder.addNode(Node(id: "n\(index)", label: "Node \(index)", kind: .protein))
        }
        let relations: [Relation] = [.activates, .inhibits, .increases, .decreases, .blocks, .leadsTo, .associatedWith]
        let species: [Species] = [.human, .mouse, .rat]
        for _ in 0..<interactions {
            let source = Int.random(in: 0..<nodes, using: &random)
            // About one interaction in twelve is a self-loop.
            let target =
                Int.random(in: 0..<12, using: &random) == 0 ? source : Int.random(in: 0..<nodes, using: &random)
            let evidence: EvidenceLevel? =
                Int.random(in: 0..<6, using: &random) == 0 ? nil : EvidenceLevel.allCases.randomElement(using: &random)
            let relation = relations.randomElement(using: &random)!
            let context = InteractionContext(species: [species.randomElement(using: &random)!])
            let isNecessary = Int.random(in: 0..<5, using: &random) == 0
            let interaction = Interaction(
                source: NodeIndex(source), target: NodeIndex(target), relation: relation, evidence: evidence,
                context: context, isNecessary: isNecessary,
                isPartlyNecessary: !isNecessary && Int.random(in: 0..<6, using: &random) == 0)
            try! builder.addInteraction(interaction)
            // Now and then a parallel interaction of the opposite sign.
            if Int.random(in: 0..<8, using: &random) == 0, let sign = interaction.sign {
                var opposite = interaction
                opposite.relation = sign == .positive ? .inhibits : .activates
                try! builder.addInteraction(opposite)
            }
        }
        return builder.build()
    }
}
