/// Everything a path search is constrained by: a query's own parameters (depth, sign, `via` nodes) and its
/// ``PathFilter``. Internal: each public query builds it from the parameters it takes.
struct SearchConstraints: Sendable, Hashable {
    var maxDepth: Int
    var sign: Sign?
    var via: [Int]
    var filter: PathFilter

    init(maxDepth: Int = PathDepth.standard, sign: Sign? = nil, via: [Int] = [], filter: PathFilter = .none) {
        self.maxDepth = maxDepth
        self.sign = sign
        self.via = via
        self.filter = filter
    }

    var avoid: Set<Int> { Set(filter.avoid.map(\.rawValue)) }
    var knockout: Set<Int> { Set(filter.knockout.map(\.rawValue)) }
    var minimumEvidence: EvidenceLevel? { filter.minimumEvidence }
    var context: String? { filter.context }

    /// Checks the depth, every node index, and the endpoints of a query against the filter.
    func validate(from: Int?, to: Int?, in graph: PathwayGraph) throws(QueryError) {
        guard PathDepth.accepted.contains(maxDepth) else { throw .invalidDepth(maxDepth) }
        try graph.checkNodes([from, to].compactMap { $0 } + via + avoid + knockout)
        for (role, node) in [(QueryError.Endpoint.source, from), (.target, to)] {
            guard let node else { continue }
            if avoid.contains(node) {
                throw .endpointExcluded(node: graph.nodes[node].id, role: role, by: .avoid)
            }
            if knockout.contains(node) {
                throw .endpointExcluded(node: graph.nodes[node].id, role: role, by: .knockout)
            }
        }
        for node in via where avoid.contains(node) || knockout.contains(node) {
            throw .conflictingNodes(node: graph.nodes[node].id)
        }
        for node in via where node == from || node == to {
            throw .viaIsEndpoint(node: graph.nodes[node].id)
        }
    }
}

extension PathwayGraph {
    /// Throws ``QueryError/nodeOutOfRange(index:nodeCount:)`` for the first index that names no node.
    func checkNodes(_ indices: some Sequence<Int>) throws(QueryError) {
        for index in indices where !nodes.indices.contains(index) {
            throw .nodeOutOfRange(index: index, nodeCount: nodes.count)
        }
    }
}
