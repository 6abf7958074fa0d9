import CGraphviz
import CGraphvizDOT
import Foundation

/// An output format of a diagram.
public enum DiagramFormat: String, Sendable, CaseIterable {
    /// Scalable vector graphics, with node ids and tooltips (default).
    case svg
    /// A raster image.
    case png
    /// A PDF page.
    case pdf
    /// Graphviz's DOT text, before layout.
    case dot

    /// The format a file name's extension names, if any.
    public init?(pathExtension: String) {
        let lowered = pathExtension.lowercased()
        self.init(rawValue: lowered == "gv" ? "dot" : lowered)
    }
}

/// A Graphviz layout engine.
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Layered, for causal flow (default).
    case dot
    /// Spring model.
    case neato
    /// Force-directed.
    case fdp
    /// Circular.
    case circo
    /// Radial.
    case twopi
}

/// Why a diagram could not be produced. Graphviz's own error text is kept.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The DOT text did not parse.
    case invalidDOT(String)
    /// Graphviz has no such layout engine here.
    case layoutUnavailable(engine: String, available: [String])
    /// The layout failed.
    case layoutFailed(String)
    /// The renderer for the format failed or is missing.
    case renderFailed(format: String, message: String)
    /// Graphviz reported errors while producing the diagram.
    case graphviz(String)
    /// More nodes than may be laid out.
    case tooLarge(nodes: Int, limit: Int)

    /// A message a person can act on.
    public var description: String {
        switch self {
        case .invalidDOT(let message): "Graphviz could not read the diagram: \(message)"
        case .layoutUnavailable(let engine, let available):
            "no Graphviz layout engine '\(engine)' here; available: \(available.joined(separator: ", "))"
        case .layoutFailed(let message): "the Graphviz layout failed: \(message)"
        case .renderFailed(let format, let message): "Graphviz could not render \(format): \(message)"
        case .graphviz(let message): "Graphviz reported errors: \(message)"
        case .tooLarge(let nodes, let limit):
            "the diagram would have \(nodes) nodes, more than the \(limit) that can be laid out in reasonable time; "
                + "draw part of the graph (a node's neighbourhood, or highlighted paths alone) or raise the node limit"
        }
    }

    /// The same as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }
}

/// Lays out and renders DOT text in-process through libgvc. No `dot` program is needed.
///
/// Graphviz is not thread-safe, even with one context per thread, so every call is serialised by one
/// process-wide lock. Graphviz's error text is captured (not printed) and its sticky error count is reset before
/// each render and checked after it, so one bad diagram never poisons the next.
public enum GraphvizRenderer {
    /// Renders `dot` in `format` with the `layout` engine, blocking the calling thread until Graphviz is done.
    /// DOT output is the input itself, re-read to check it.
    public static func renderBlocking(dot: String, format: DiagramFormat, layout: LayoutEngine = .dot)
        throws(RenderError)
        -> Data
    {
        if format == .dot {
            return try parsingSession { () throws(RenderError) -> Data in
                guard let graph = neuropath_read_dot(dot) else {
                    throw .invalidDOT(GraphvizSession.takeMessages() ?? "syntax error")
                }
                agclose(graph)
                return Data(dot.utf8)
            }
        }
        return try session { context throws(RenderError) -> Data in
            guard let graph = neuropath_read_dot(dot) else {
                throw .invalidDOT(GraphvizSession.takeMessages() ?? "syntax error")
            }
            defer { agclose(graph) }
            // Asked of Graphviz's plugin list, not read from its error message.
            let layouts = plugins(of: "layout", in: context)
            guard layouts.contains(layout.rawValue) else {
                throw .layoutUnavailable(engine: layout.rawValue, available: layouts)
            }
            guard gvLayout(context, graph, layout.rawValue) == 0 else {
                throw .layoutFailed(GraphvizSession.takeMessages() ?? "unknown error")
            }
            defer { gvFreeLayout(context, graph) }
            let data = try output(of: graph, as: format.rawValue, in: context)
            if neuropath_error_count() > 0 {
                throw .graphviz(GraphvizSession.takeMessages() ?? "unknown error")
            }
            return data
        }
    }

    /// ``renderBlocking(dot:format:layout:)`` from async code: the work runs on Graphviz's own serial queue, so no
    /// thread of Swift's cooperative pool waits on the lock that serialises Graphviz.
    public static func render(dot: String, format: DiagramFormat, layout: LayoutEngine = .dot) async throws(RenderError)
        -> Data
    {
        let outcome = await withCheckedContinuation {
            (continuation: CheckedContinuation<Result<Data, RenderError>, Never>) in
            GraphvizSession.queue.async {
                continuation.resume(
                    returning: Result { () throws(RenderError) in
                        try renderBlocking(dot: dot, format: format, layout: layout)
                    }
                )
            }
        }
        return try outcome.get()
    }

    /// Lays out `dot` and returns it as DOT carrying every position (`pos`, `bb`, `lp`): a layout to reuse with
    /// ``render(dot:format:positions:)``.
    public static func positions(of dot: String, layout: LayoutEngine = .dot) throws(RenderError) -> String {
        try session { context throws(RenderError) -> String in
            guard let graph = neuropath_read_dot(dot) else {
                throw .invalidDOT(GraphvizSession.takeMessages() ?? "syntax error")
            }
            defer { agclose(graph) }
            guard gvLayout(context, graph, layout.rawValue) == 0 else {
                throw .layoutFailed(GraphvizSession.takeMessages() ?? "unknown error")
            }
            defer { gvFreeLayout(context, graph) }
            return String(decoding: try output(of: graph, as: "dot", in: context), as: UTF8.self)
        }
    }

    /// Renders `dot` on the positions of `positioned` (from ``positions(of:layout:)`` for a diagram with the same
    /// nodes, edge ids and clusters) without running a layout engine: restyling a laid-out view, to highlight a
    /// path, costs a render rather than a layout. Nodes, edges and clusters missing from `positioned` are an
    /// error.
    public static func render(dot: String, format: DiagramFormat, positions positioned: String) throws(RenderError)
        -> Data
    {
        try render(dot: dot, format: format, laidOut: try laidOutPositions(fromPositioned: positioned))
    }

    /// The positions in laid-out DOT (from ``positions(of:layout:)``), as values to reuse without parsing again.
    static func laidOutPositions(fromPositioned positioned: String) throws(RenderError) -> LaidOutPositions {
        try session { _ throws(RenderError) -> LaidOutPositions in
            guard let placed = neuropath_read_dot(positioned) else {
                throw .invalidDOT(GraphvizSession.takeMessages() ?? "syntax error")
            }
            defer { agclose(placed) }
            return LaidOutPositions(of: placed)
        }
    }

    /// ``render(dot:format:positions:)`` on positions already read.
    static func render(dot: String, format: DiagramFormat, laidOut: LaidOutPositions) throws(RenderError) -> Data {
        try session { context throws(RenderError) -> Data in
            guard let styled = neuropath_read_dot(dot) else {
                throw .invalidDOT(GraphvizSession.takeMessages() ?? "syntax error")
            }
            defer { agclose(styled) }
            try laidOut.apply(to: styled)
            guard gvLayout(context, styled, "nop2") == 0 else {
                throw .layoutFailed(GraphvizSession.takeMessages() ?? "unknown error")
            }
            defer { gvFreeLayout(context, styled) }
            return try output(of: styled, as: format.rawValue, in: context)
        }
    }

    /// Graphviz's output of a laid-out `graph` in `format`, copied by length (PNG and PDF contain NUL bytes).
    private static func output(of graph: UnsafeMutablePointer<Agraph_t>, as format: String, in context: OpaquePointer)
        throws(RenderError) -> Data
    {
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format, &buffer, &length) == 0, let buffer else {
            throw .renderFailed(format: format, message: GraphvizSession.takeMessages() ?? "no output")
        }
        defer { gvFreeRenderData(buffer) }
        return Data(bytes: buffer, count: Int(length))
    }

    /// Checks that `dot` parses as one Graphviz graph; throws ``RenderError/invalidDOT(_:)`` with Graphviz's message.
    public static func validate(dot: String) throws(RenderError) {
        try parsingSession { () throws(RenderError) in
            // Graphviz's own reader, as any other program reading the DOT would use it.
            guard let graph = agmemread(dot) else {
                throw .invalidDOT(GraphvizSession.takeMessages() ?? "syntax error")
            }
            agclose(graph)
        }
    }

    /// The layout engines this Graphviz installation provides.
    public static func availableLayouts() -> [String] {
        (try? session { context throws(RenderError) in plugins(of: "layout", in: context) }) ?? []
    }

    private static func plugins(of kind: String, in context: OpaquePointer) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names: [String] = []
        for index in 0..<Int(count) {
            guard let name = list[index] else { continue }
            names.append(String(cString: name))
            free(name)
        }
        return names.sorted()
    }

    /// Runs `body`, which only parses DOT, under the lock with Graphviz's errors captured: no context, so no
    /// plugins or fonts are loaded (about 15 ms of a process's start).
    private static func parsingSession<Result>(_ body: () throws(RenderError) -> Result) throws(RenderError) -> Result {
        GraphvizSession.lock.lock()
        defer { GraphvizSession.lock.unlock() }
        return try GraphvizSession.withCleanErrors(body)
    }

    private static func session<Result>(
        _ body: (OpaquePointer) throws(RenderError) -> Result
    ) throws(RenderError) -> Result {
        GraphvizSession.lock.lock()
        defer { GraphvizSession.lock.unlock() }
        return try GraphvizSession.withContext(body)
    }
}

/// The process-wide Graphviz state. Everything here is touched only while `lock` is held.
enum GraphvizSession {
    static let lock = NSLock()
    /// Where async renders run, one at a time, off Swift's cooperative threads.
    static let queue = DispatchQueue(label: "NeuroPath.Graphviz")
    nonisolated(unsafe) private static var handlerInstalled = false
    nonisolated(unsafe) private static var messages = ""

    /// Runs `body` with a clean error count and an empty message buffer, Graphviz's errors captured.
    static func withCleanErrors<Result>(_ body: () throws(RenderError) -> Result) throws(RenderError) -> Result {
        if !handlerInstalled {
            _ = neuropath_set_error_handler { text in
                if let text { GraphvizSession.messages += String(cString: text) }
                return 0
            }
            handlerInstalled = true
        }
        neuropath_reset_errors()
        messages = ""
        return try body()
    }

    /// Runs `body` with a fresh Graphviz context, a clean error count and an empty message buffer. A context is
    /// not reused: a reused one carries state from earlier layouts that changes the order of later output.
    static func withContext<Result>(_ body: (OpaquePointer) throws(RenderError) -> Result) throws(RenderError) -> Result
    {
        try withCleanErrors { () throws(RenderError) -> Result in
            guard let context = gvContext() else {
                throw .renderFailed(format: "any", message: "Graphviz could not start")
            }
            defer {
                anchorFontCache()
                gvFreeContext(context)
            }
            return try body(context)
        }
    }

    /// A context that lives as long as the process, for one reason. Graphviz's pango plugin (2.42, Debian's)
    /// remembers the last font it laid out text in as a *pointer* to the font name, which belongs to the context
    /// that asked; freeing that context leaves the pointer dangling, and the next render's first `strcmp` on it
    /// reads freed memory (AddressSanitizer: heap-use-after-free in `textspan_size`, from `gvLayout` →
    /// `make_html_label`, on the second render in a process). Before each context is freed, a two-node layout
    /// in this context points the plugin's cache at a name that is never freed: two font sizes no diagram uses,
    /// one after the other, since the plugin keeps its pointer when the name and size are those it already has.
    nonisolated(unsafe) private static var fontAnchor: OpaquePointer?

    private static func anchorFontCache() {
        if fontAnchor == nil { fontAnchor = gvContext() }
        guard let anchor = fontAnchor,
            let graph = neuropath_read_dot(
                "digraph { node [fontname=\"\(DiagramStyle.fontName)\"]; a [fontsize=3.25]; b [fontsize=3.5] }")
        else { return }
        defer { agclose(graph) }
        if gvLayout(anchor, graph, "dot") == 0 { gvFreeLayout(anchor, graph) }
    }

    /// The error text collected since the context was made, trimmed, or `nil` when there is none.
    static func takeMessages() -> String? {
        let text = messages.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "\n", with: " ")
        messages = ""
        return text.isEmpty ? nil : text
    }
}
