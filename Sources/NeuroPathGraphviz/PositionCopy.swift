import CGraphviz

/// Copies a laid-out graph's positions onto a restyled copy of it: nodes by name, edges by their `id`, clusters
/// by name. Called with the Graphviz lock held.
enum PositionCopy {
    typealias Graph = UnsafeMutablePointer<Agraph_t>

    static func copy(from placed: Graph, to styled: Graph) throws(RenderError) {
        set(styled, "bb", get(placed, "bb"))
        var node = agfstnode(styled)
        while let current = node {
            guard let match = agnode(placed, agnameof(current), 0) else {
                throw .layoutFailed("the cached layout has no node '\(String(cString: agnameof(current)))'")
            }
            for attribute in ["pos", "width", "height"] { set(current, attribute, get(match, attribute)) }
            node = agnxtnode(styled, current)
        }
        var placedEdges: [String: (pos: String?, label: String?)] = [:]
        forEachEdge(of: placed) { edge in
            if let id = get(edge, "id") { placedEdges[id] = (get(edge, "pos"), get(edge, "lp")) }
        }
        var missing: String?
        forEachEdge(of: styled) { edge in
            guard let id = get(edge, "id"), let match = placedEdges[id] else {
                missing = get(edge, "id") ?? "an edge without an id"
                return
            }
            set(edge, "pos", match.pos)
            set(edge, "lp", match.label)
        }
        if let missing { throw .layoutFailed("the cached layout has no edge '\(missing)'") }
        copyClusters(from: placed, to: styled)
    }

    /// The subgraphs' bounding boxes and label positions, by name, at every depth.
    private static func copyClusters(from placed: Graph, to styled: Graph) {
        var subgraph = agfstsubg(styled)
        while let current = subgraph {
            if let match = agsubg(placed, agnameof(UnsafeMutableRawPointer(current)), 0) {
                set(current, "bb", get(match, "bb"))
                set(current, "lp", get(match, "lp"))
                copyClusters(from: match, to: current)
            }
            subgraph = agnxtsubg(current)
        }
    }

    private static func forEachEdge(of graph: Graph, _ body: (UnsafeMutablePointer<Agedge_t>) -> Void) {
        var node = agfstnode(graph)
        while let current = node {
            var edge = agfstout(graph, current)
            while let out = edge {
                body(out)
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
    }

    private static func get(_ object: UnsafeMutableRawPointer, _ attribute: String) -> String? {
        let text = attribute.withCString { name in
            agget(object, UnsafeMutablePointer(mutating: name)).map { String(cString: $0) }
        }
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    private static func get(_ object: Graph, _ attribute: String) -> String? {
        get(UnsafeMutableRawPointer(object), attribute)
    }
    private static func get(_ object: UnsafeMutablePointer<Agnode_t>, _ attribute: String) -> String? {
        get(UnsafeMutableRawPointer(object), attribute)
    }
    private static func get(_ object: UnsafeMutablePointer<Agedge_t>, _ attribute: String) -> String? {
        get(UnsafeMutableRawPointer(object), attribute)
    }

    private static func set(_ object: UnsafeMutableRawPointer, _ attribute: String, _ value: String?) {
        guard let value else { return }
        attribute.withCString { name in
            value.withCString { text in
                "".withCString { empty in
                    _ = agsafeset(
                        object, UnsafeMutablePointer(mutating: name), UnsafeMutablePointer(mutating: text),
                        UnsafeMutablePointer(mutating: empty))
                }
            }
        }
    }

    private static func set(_ object: Graph, _ attribute: String, _ value: String?) {
        set(UnsafeMutableRawPointer(object), attribute, value)
    }
    private static func set(_ object: UnsafeMutablePointer<Agnode_t>, _ attribute: String, _ value: String?) {
        set(UnsafeMutableRawPointer(object), attribute, value)
    }
    private static func set(_ object: UnsafeMutablePointer<Agedge_t>, _ attribute: String, _ value: String?) {
        set(UnsafeMutableRawPointer(object), attribute, value)
    }
}
