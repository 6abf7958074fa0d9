extension PathwayGraph {
    /// The nodes within `depth` interactions of `node`, following interactions either way (`node` included):
    /// the part of a graph to draw around one node.
    public func vicinity(of node: Int, depth: Int) throws(QueryError) -> Set<Int> {
        try checkNodes(CollectionOfOne(node))
        guard (0...PathDepth.maximum).contains(depth) else { throw .invalidDepth(depth) }
        let search = LayeredSearch(stateCount: nodes.count, from: node, maxDepth: depth) { current, _, arrive in
            for edge in outgoingInteractions(of: current) { _ = arrive(targetIndex(Int(edge))) }
            for edge in incomingInteractions(of: current) { _ = arrive(sourceIndex(Int(edge))) }
        }
        let seen = Set(search.order)
        return seen
    }
}
