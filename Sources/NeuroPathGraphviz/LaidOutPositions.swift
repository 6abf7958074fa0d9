import CGraphviz

/// The positions of a laid-out graph, kept as values so that a cached layout is not parsed again for every
/// restyled copy: the graph's bounding box, each node's position and size by name, each edge's spline and label
/// position by its `id`, each cluster's bounding box and label position by its path of names. Made and applied
/// with the Graphviz lock held.
struct LaidOutPositions: Sendable {
    typealias Graph = UnsafeMutablePointer<Agraph_t>

    private var boundingBox: String?
    private var nodes: [String: [String?]] = [:]
    private var edges: [String: (pos: String?, label: String?)] = [:]
    private var clusters: [String: (bb: String?, lp: String?)] = [:]

    private static let nodeAttributes = ["pos", "width", "height"]

    /// The positions in `placed`, a graph read from laid-out DOT.
    init(of placed: Graph) {
        boundingBox = Self.get(placed, "bb")
        var node = agfstnode(placed)
        while let current = node {
            nodes[String(cString: agnameof(current))] = Self.nodeAttributes.map { Self.get(current, $0) }
            node = agnxtnode(placed, current)
        }
        Self.forEachEdge(of: placed) { edge in
            if let id = Self.get(edge, "id") { edges[id] = (Self.get(edge, "pos"), Self.get(edge, "lp")) }
        }
        collectClusters(of: placed, path: "")
    }

    private mutating func collectClusters(of graph: Graph, path: String) {
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            let name = path + "/" + String(cString: agnameof(UnsafeMutableRawPointer(current)))
            clusters[name] = (Self.get(current, "bb"), Self.get(current, "lp"))
            collectClusters(of: current, path: name)
            subgraph = agnxtsubg(current)
        }
    }

    /// Sets these positions on `styled`, a restyled copy of the laid-out graph; a node or edge the layout does
    /// not have is an error.
    func apply(to styled: Graph) throws(RenderError) {
        Self.set(styled, "bb", boundingBox)
        var node = agfstnode(styled)
        while let current = node {
            guard let values = nodes[String(cString: agnameof(current))] else {
                throw .layoutFailed("the cached layout has no node '\(String(cString: agnameof(current)))'")
            }
            for (attribute, value) in zip(Self.nodeAttributes, values) { Self.set(current, attribute, value) }
            node = agnxtnode(styled, current)
        }
        var missing: String?
        Self.forEachEdge(of: styled) { edge in
            guard let id = Self.get(edge, "id"), let match = edges[id] else {
                missing = Self.get(edge, "id") ?? "an edge without an id"
                return
            }
            Self.set(edge, "pos", match.pos)
            Self.set(edge, "lp", match.label)
        }
        if let missing { throw .layoutFailed("the cached layout has no edge '\(missing)'") }
        applyClusters(to: styled, path: "")
    }

    private func applyClusters(to graph: Graph, path: String) {
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            let name = path + "/" + String(cString: agnameof(UnsafeMutableRawPointer(current)))
            if let match = clusters[name] {
                Self.set(current, "bb", match.bb)
                Self.set(current, "lp", match.lp)
            }
            applyClusters(to: current, path: name)
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
