/// The one breadth-first traversal behind every query that needs distances: unsigned and signed distances to a
/// target, the signs of shortest paths, the signed witnesses of `effect --all` and `perturb`, reachability and a
/// node's vicinity. A state is whatever the caller makes it (a node, or a node with the parity of the sign so
/// far, `2 * node + parity`); the search visits them layer by layer and records each one's distance.
///
/// `expand` is called once per state of the layer just finished, with its index and the depth about to be
/// reached, and calls `arrive(next)` for each successor; `arrive` records `next` at this depth if nothing had
/// reached it yet, and returns `next`'s distance either way (equal to the depth for first or same-layer arrivals),
/// so a caller can also gather what every shortest arrival brings.
struct LayeredSearch {
    /// Each state's distance from the start, ``AdmissibleSubgraph/unreachable`` where none was found.
    private(set) var distance: [Int32]
    /// The states reached, the start first, in the order they were reached.
    private(set) var order: [Int] = []

    /// Searches `stateCount` states from `start`, at most `maxDepth` layers deep.
    @inline(__always)
    init(
        stateCount: Int, from start: Int, maxDepth: Int,
        expand: (_ state: Int, _ depth: Int32, _ arrive: (Int) -> Int32) -> Void
    ) {
        distance = [Int32](repeating: AdmissibleSubgraph.unreachable, count: stateCount)
        distance[start] = 0
        order = [start]
        var layerStart = 0
        var depth: Int32 = 0
        while layerStart < order.count, depth < maxDepth {
            depth += 1
            let layerEnd = order.count
            for position in layerStart..<layerEnd {
                expand(order[position], depth) { next in
                    if distance[next] == AdmissibleSubgraph.unreachable {
                        distance[next] = depth
                        order.append(next)
                    }
                    return distance[next]
                }
            }
            layerStart = layerEnd
        }
    }
}
