import Foundation
import NeuroPath

/// Lays out each view of a graph once and draws highlights on the cached positions, for servers and teaching
/// tools that draw the same pathway again and again with different paths highlighted.
///
/// A view is what decides the layout: the nodes shown, the direction, the legend and the title. The first request
/// for a view lays it out and draws it three ways on those positions (plain, all faded, all highlighted, with
/// Graphviz's `nop2` engine); any highlight of that view is then spliced from those drawings, node by node and
/// interaction by interaction, without Graphviz: the bytes Graphviz would give for it,
/// in a fraction of a millisecond. The same graph and options always give the same bytes, cached or not.
/// Perturbations change node labels, and so sizes: they are laid out afresh each time.
///
/// ```swift
/// let layouts = DiagramLayouts()
/// let svg = try await layouts.svg(graph, options: DiagramOptions(highlightedPaths: [path]))
/// ```
public final class DiagramLayouts: @unchecked Sendable {
    private let capacity: Int
    private let lock = NSLock()
    private var views: [String: CachedView] = [:]
    private var order: [String] = []

    /// A cache of at most `capacity` laid-out views (least recently added dropped first).
    public init(capacity: Int = 32) { self.capacity = max(1, capacity) }

    /// The number of views laid out and kept.
    public var count: Int { lock.withLock { views.count } }

    /// A laid-out view: its positions, and its three drawings when they splice.
    private struct CachedView {
        let laidOut: LaidOutPositions
        let variants: HighlightVariants?
    }

    /// The diagram as SVG, laid out once per view.
    public func svg(_ graph: PathwayGraph, options: DiagramOptions = DiagramOptions()) async throws(RenderError)
        -> String
    {
        let outcome = await withCheckedContinuation {
            (continuation: CheckedContinuation<Result<String, RenderError>, Never>) in
            GraphvizSession.queue.async {
                continuation.resume(returning: Result { () throws(RenderError) in try self.render(graph, options) })
            }
        }
        return try outcome.get()
    }

    /// The same, synchronously.
    public func render(_ graph: PathwayGraph, _ options: DiagramOptions) throws(RenderError) -> String {
        guard options.changes.isEmpty, options.perturbed.isEmpty, options.knockedOut.isEmpty, options.lost.isEmpty,
            options.silenced.isEmpty, options.weakened.isEmpty
        else {
            return String(decoding: try PathwayDiagram.renderBlocking(graph, options: options), as: UTF8.self)
        }
        let cached = try cachedView(graph, options)
        guard let variants = cached.variants else { return try drawByGraphviz(graph, options, on: cached.laidOut) }
        let shown = options.highlightOnly ? [] : options.highlightedPaths
        let interactions = Set(shown.flatMap(\.interactions).map(\.rawValue))
        if interactions.isEmpty { return variants.plain }
        return variants.drawing(highlighting: Set(shown.flatMap(\.nodes).map(\.rawValue)), interactions)
    }

    /// Whether highlights of the view `options` show are spliced rather than drawn by Graphviz (for tests).
    func splices(_ graph: PathwayGraph, _ options: DiagramOptions) throws(RenderError) -> Bool {
        try cachedView(graph, options).variants != nil
    }

    /// The diagram drawn by Graphviz on the cached positions of its view (what splicing gives too; for tests).
    func renderByGraphviz(_ graph: PathwayGraph, _ options: DiagramOptions) throws(RenderError) -> String {
        try drawByGraphviz(graph, options, on: try cachedView(graph, options).laidOut)
    }

    private func drawByGraphviz(_ graph: PathwayGraph, _ options: DiagramOptions, on laidOut: LaidOutPositions)
        throws(RenderError) -> String
    {
        let styled = try PathwayDiagram.dot(for: graph, options: options)
        return String(
            decoding: try GraphvizRenderer.render(dot: styled, format: .svg, laidOut: laidOut), as: UTF8.self)
    }

    /// The view `options` show, laid out and drawn three ways the first time it is asked for.
    private func cachedView(_ graph: PathwayGraph, _ options: DiagramOptions) throws(RenderError) -> CachedView {
        var view = options
        var visible = options.visibleNodes ?? Set(graph.nodeIndices)
        if options.highlightOnly { visible.formIntersection(options.highlightedPaths.flatMap(\.nodes)) }
        view.visibleNodes = visible
        view.highlightOnly = false
        view.highlightedPaths = []
        let key = [
            graph.name ?? "", "\(graph.nodes.count)", "\(graph.interactionCount)",
            visible.sorted().map(String.init).joined(separator: ","), view.direction.rawValue,
            "\(view.showsLegend)", view.title ?? "", "\(view.maxNodes)",
        ].joined(separator: "|")
        if let cached = lock.withLock({ views[key] }) { return cached }
        let plainDOT = try PathwayDiagram.dot(for: graph, options: view)
        let laidOut = try GraphvizRenderer.laidOutPositions(
            fromPositioned: try GraphvizRenderer.positions(of: plainDOT))
        func draw(_ dot: String) throws(RenderError) -> String {
            String(decoding: try GraphvizRenderer.render(dot: dot, format: .svg, laidOut: laidOut), as: UTF8.self)
        }
        let nodeIndex = Dictionary(
            uniqueKeysWithValues: visible.map { (DOTText.svgID(graph[$0].id, prefix: "node-"), $0.rawValue) })
        let variants = HighlightVariants(
            plain: try draw(plainDOT),
            faded: try draw(try PathwayDiagram.dot(for: graph, options: view, uniform: .faded)),
            highlighted: try draw(try PathwayDiagram.dot(for: graph, options: view, uniform: .highlighted)),
            nodeIndex: nodeIndex)
        let cached = CachedView(laidOut: laidOut, variants: variants)
        lock.withLock {
            if views[key] == nil {
                if order.count >= capacity { views[order.removeFirst()] = nil }
                views[key] = cached
                order.append(key)
            }
        }
        return cached
    }
}
