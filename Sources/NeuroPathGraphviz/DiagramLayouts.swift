import Foundation
import NeuroPath

/// Lays out each view of a graph once and draws highlights on the cached positions, for servers and teaching
/// tools that draw the same pathway again and again with different paths highlighted.
///
/// A view is what decides the layout: the nodes shown, the direction, the legend and the title. Highlighting a
/// path in a laid-out view then costs a render without a layout (Graphviz's `nop2` engine on the cached
/// positions). The same graph and options always give the same bytes, cached or not. Perturbations change node
/// labels, and so sizes: they are laid out afresh each time.
///
/// ```swift
/// let layouts = DiagramLayouts()
/// let svg = try await layouts.svg(graph, options: DiagramOptions(highlightedPaths: [path]))
/// ```
public final class DiagramLayouts: @unchecked Sendable {
    private let capacity: Int
    private let lock = NSLock()
    private var positions: [String: LaidOutPositions] = [:]
    private var order: [String] = []

    /// A cache of at most `capacity` laid-out views (least recently added dropped first).
    public init(capacity: Int = 32) { self.capacity = max(1, capacity) }

    /// The number of views laid out and kept.
    public var count: Int { lock.withLock { positions.count } }

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
        guard options.changes.isEmpty, options.perturbed.isEmpty else {
            return String(decoding: try PathwayDiagram.render(graph, options: options), as: UTF8.self)
        }
        var view = options
        var visible = options.visibleNodes ?? Set(graph.nodes.indices)
        if options.highlightOnly { visible.formIntersection(options.highlightedPaths.flatMap(\.nodes)) }
        view.visibleNodes = visible
        view.highlightOnly = false
        view.highlightedPaths = []
        let key = [
            graph.name ?? "", "\(graph.nodes.count)", "\(graph.interactionCount)",
            visible.sorted().map(String.init).joined(separator: ","), view.direction.rawValue,
            "\(view.showsLegend)", view.title ?? "", "\(view.maxNodes)",
        ].joined(separator: "|")
        let laidOut: LaidOutPositions
        if let cached = lock.withLock({ positions[key] }) {
            laidOut = cached
        } else {
            laidOut = try GraphvizRenderer.laidOutPositions(
                fromPositioned: try GraphvizRenderer.positions(of: try PathwayDiagram.dot(for: graph, options: view)))
            lock.withLock {
                if positions[key] == nil {
                    if order.count >= capacity { positions[order.removeFirst()] = nil }
                    positions[key] = laidOut
                    order.append(key)
                }
            }
        }
        let styled = try PathwayDiagram.dot(for: graph, options: options)
        return String(
            decoding: try GraphvizRenderer.render(dot: styled, format: .svg, laidOut: laidOut), as: UTF8.self)
    }
}
