extension PathwayGraph {
    /// The nodes within `depth` interactions of `node`, following interactions either way (`node` included):
    /// the part of a graph to draw around one node.
    public func vicinity(of node: Int, depth: Int) throws(QueryError) -> Set<Int> {
        try checkNodes(CollectionOfOne(node))
        guard (0...PathDepth.maximum).contains(depth) else { throw .invalidDepth(depth) }
        var seen: Set<Int> = [node]
        var frontier = [node]
        for _ in 0..<depth {
            var next: [Int] = []
            for current in frontier {
                let neighbours =
                    outgoingInteractions(of: current).map { targetIndex(Int($0)) }
                    + incomingInteractions(of: current).map { sourceIndex(Int($0)) }
                for other in neighbours where seen.insert(other).inserted { next.append(other) }
            }
            frontier = next
        }
        return seen
    }
}
