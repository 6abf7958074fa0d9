import Foundation

/// One laid-out view drawn three ways by Graphviz (plain; everything faded; everything highlighted), cut into its
/// nodes and interactions, so that any highlight is drawn by taking each element from the faded or the
/// highlighted drawing: no DOT, no Graphviz, a fraction of a millisecond.
///
/// This gives the bytes Graphviz itself gives for the highlighted diagram on the same positions, because in
/// Graphviz's SVG each node and each edge is a group of its own whose text depends only on its own attributes
/// and the cached positions (the tests compare the two). When the three drawings do not cut into the same
/// elements in the same order, there are no variants and the caller lets Graphviz draw.
struct HighlightVariants: Sendable {
    /// The plain drawing: what a view without a highlight (or with `highlightOnly`) is.
    let plain: String
    private let header: Substring
    private let trailer: Substring
    /// What each element is: a node (by index), an interaction (by index), or anything else (a cluster, the
    /// legend), which is taken from the faded drawing.
    private let elements: [Element]
    private let faded: [Substring]
    private let highlighted: [Substring]

    enum Element: Sendable, Equatable {
        case node(Int)
        case interaction(Int)
        case other
    }

    /// The variants, or `nil` when the drawings cannot be spliced; `nodeIndex` gives the node of an SVG id
    /// (`node-…`, as the diagram names them).
    init?(plain: String, faded: String, highlighted: String, nodeIndex: [String: Int]) {
        guard let fadedParts = Self.cut(faded), let highlightedParts = Self.cut(highlighted),
            fadedParts.ids == highlightedParts.ids, fadedParts.header == highlightedParts.header,
            fadedParts.trailer == highlightedParts.trailer
        else { return nil }
        var elements: [Element] = []
        for id in fadedParts.ids {
            if let node = nodeIndex[id] {
                elements.append(.node(node))
            } else if id.hasPrefix("edge-"), let index = Int(id.dropFirst("edge-".count)) {
                elements.append(.interaction(index))
            } else {
                elements.append(.other)
            }
        }
        self.plain = plain
        header = fadedParts.header
        trailer = fadedParts.trailer
        self.elements = elements
        self.faded = fadedParts.segments
        self.highlighted = highlightedParts.segments
    }

    /// The drawing with `nodes` and `interactions` highlighted and everything else faded.
    func drawing(highlighting nodes: Set<Int>, _ interactions: Set<Int>) -> String {
        var text = String(header)
        text.reserveCapacity(plain.utf8.count + plain.utf8.count / 8)
        for (position, element) in elements.enumerated() {
            let lit: Bool
            switch element {
            case .node(let index): lit = nodes.contains(index)
            case .interaction(let index): lit = interactions.contains(index)
            case .other: lit = false
            }
            text += lit ? highlighted[position] : faded[position]
        }
        return text + trailer
    }

    /// An SVG drawing cut at the comment Graphviz writes before each element (`<!-- name -->`), each segment
    /// named by the id of the group that follows its comment (`&#45;` read as `-`).
    private static func cut(_ svg: String) -> (
        header: Substring, ids: [String], segments: [Substring], trailer: Substring
    )? {
        guard let root = svg.range(of: "<g id=\"neuropath"),
            let end = svg.range(of: "</g>\n</svg>", options: .backwards)
        else { return nil }
        var starts: [String.Index] = []
        var search = root.upperBound..<end.lowerBound
        while let comment = svg.range(of: "\n<!-- ", range: search) {
            starts.append(svg.index(after: comment.lowerBound))
            search = comment.upperBound..<end.lowerBound
        }
        guard let first = starts.first else { return nil }
        var ids: [String] = []
        var segments: [Substring] = []
        for (position, start) in starts.enumerated() {
            let stop = position + 1 < starts.count ? starts[position + 1] : end.lowerBound
            let segment = svg[start..<stop]
            guard let open = segment.range(of: "<g id=\""),
                let close = segment[open.upperBound...].firstIndex(of: "\"")
            else { return nil }
            ids.append(segment[open.upperBound..<close].replacingOccurrences(of: "&#45;", with: "-"))
            segments.append(segment)
        }
        return (svg[..<first], ids, segments, svg[end.lowerBound...])
    }
}
