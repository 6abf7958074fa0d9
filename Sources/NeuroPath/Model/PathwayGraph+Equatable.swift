extension PathwayGraph: Equatable {
    /// Whether two graphs hold the same: name, title, nodes, populations and references, the same
    /// interactions with the same weights in the same order, and the same question and experiments. Where the graph was read from (its
    /// ``sourceLocations``) is not compared: the same graph read from two files is equal.
    public static func == (lhs: PathwayGraph, rhs: PathwayGraph) -> Bool {
        guard lhs.name == rhs.name, lhs.title == rhs.title, lhs.nodes == rhs.nodes,
            lhs.populations == rhs.populations, lhs.references == rhs.references,
            lhs.interactionCount == rhs.interactionCount, lhs.question == rhs.question,
            lhs.experiments == rhs.experiments
        else { return false }
        return (0..<lhs.interactionCount).allSatisfy { index in
            // Weights by their bits, so that a NaN weight equals itself.
            lhs.interaction(at: index) == rhs.interaction(at: index)
                && lhs.weight(of: index)?.bitPattern == rhs.weight(of: index)?.bitPattern
        }
    }
}
