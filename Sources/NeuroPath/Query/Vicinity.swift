extension PathwayGraph {
    /// The nodes within `depth` interactions of `node`, following interactions either way (`node` included):
    /// the part of a graph to draw around one node.
    public func vicinity(of node: NodeIndex, depth: Int) throws(QueryError) -> Set<NodeIndex> {
        try checkNodes(CollectionOfOne(node.rawValue))
        guard (0...PathDepth.maximum).contains(depth) else { throw .invalidDepth(depth) }
        let search = LayeredSearch(stateCount: nodes.count, from: node.rawValue, maxDepth: depth) {
            current, _, arrive in
            for edge in outgoingEdges(of: current) { _ = arrive(targetIndex(Int(edge))) }
            for edge in incomingEdges(of: current) { _ = arrive(sourceIndex(Int(edge))) }
        }
        return Set(search.order.map { NodeIndex($0) })
    }
}
