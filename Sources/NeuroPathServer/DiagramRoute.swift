import NeuroPath
import NeuroPathGraphviz

extension APIRoutes {
    /// The diagram route: the whole graph, or with `highlight_only` the question's own subgraph.
    ///
    /// - `highlight_from`/`highlight_to` (with `highlight_via`, `highlight_limit`): the best paths, in bold;
    /// - `highlight_path`: one path, as its interactions' indices, in bold (the rest of the question faded);
    /// - `perturb` (with the filters' `knockout`): the changes, the knocked-out nodes crossed out, the lost and
    ///   silenced nodes marked, and only the paths that still carry the change in bold; with `before`, the same
    ///   nodes drawn as they are without the knockout, to compare;
    /// - `focus` and `depth`: a node's neighbourhood.
    ///
    /// With `highlight_only`, the nodes drawn are those of the question's paths as they were before any knockout
    /// (so what a knockout takes away stays in view, marked), or with a perturbation alone, the nodes it touches.
    /// `max_depth`, the filters, `max_paths` and `timeout` go only with a highlight or a perturbation, which they
    /// shape.
    func diagram(_ context: Context) throws(APIError) -> Answer {
        let parameters = context.parameters
        let graph = context.graph
        var options = DiagramOptions(maxNodes: 300)
        var reusable = true
        // The nodes of the question's paths before any knockout: the subgraph `highlight_only` draws.
        var question: Set<NodeIndex>?
        let highlights = parameters.has("highlight_from") || parameters.has("highlight_to")
        let perturbed = try parameters.nodes("perturb")
        let pinned = parameters.has("highlight_path") ? try parameters.path("highlight_path") : nil
        if highlights || !perturbed.isEmpty {
            let maxDepth = try parameters.maxDepth()
            let filter = try parameters.filter()
            if highlights {
                let query = PathQuery(
                    from: try parameters.node("highlight_from"), to: try parameters.node("highlight_to"),
                    maxDepth: maxDepth, via: try parameters.nodes("highlight_via"), filter: filter,
                    limit: try parameters.integer("highlight_limit", default: 5, in: 1...20),
                    budget: try context.budget())
                let result = try Self.run { () throws(QueryError) in try query.run(on: graph) }
                options.highlightedPaths = result.paths
                reusable = reusable && !result.truncated
                question = Set(result.paths.flatMap(\.nodes))
                if !filter.knockout.isEmpty {
                    var before = query
                    before.filter.knockout = []
                    let unperturbed = try Self.run { () throws(QueryError) in try before.run(on: graph) }
                    question = Set(unperturbed.paths.flatMap(\.nodes))
                    reusable = reusable && !unperturbed.truncated
                }
            }
            if !perturbed.isEmpty {
                let perturbations = perturbed.map { PerturbationQuery.Perturbation(node: $0, action: .activate) }
                let query = PerturbationQuery(
                    perturbations: perturbations, maxDepth: maxDepth, filter: filter, budget: try context.budget())
                let result = try Self.run { () throws(QueryError) in try query.run(on: graph) }
                options.changes = Dictionary(uniqueKeysWithValues: result.effects.map { ($0.node.index, $0.change) })
                options.perturbed = Dictionary(uniqueKeysWithValues: perturbations.map { ($0.node, $0.action) })
                options.knockedOut = filter.knockout
                options.lost = Set(result.differences.filter(\.isLost).map(\.node.index))
                options.silenced = Set(result.silenced.map(\.index))
                options.weakened = Set(result.weakened.map(\.index))
                reusable = reusable && !result.truncated
            }
        }
        // After a knockout, only paths that still carry the change are drawn in bold: none through a node that
        // is lost or cannot respond.
        let blocked = options.lost.union(options.silenced)
        options.highlightedPaths.removeAll { $0.nodes.dropFirst().contains(where: blocked.contains) }
        if let pinned, !pinned.nodes.dropFirst().contains(where: blocked.contains) {
            options.highlightedPaths = [pinned]
            question = (question ?? []).union(pinned.nodes)
        }
        // `before`: the same nodes as after the knockout, laid out alike, drawn as they are without it.
        if try parameters.boolean("before", default: false) {
            guard !perturbed.isEmpty, highlights else {
                throw .badParameter("before", "goes with a highlight and a perturbation with a knockout")
            }
            var unperturbed = PathQuery(
                from: try parameters.node("highlight_from"), to: try parameters.node("highlight_to"),
                maxDepth: try parameters.maxDepth(), via: try parameters.nodes("highlight_via"),
                filter: try parameters.filter(),
                limit: try parameters.integer("highlight_limit", default: 5, in: 1...20),
                budget: try context.budget())
            unperturbed.filter.knockout = []
            let paths = try Self.run { () throws(QueryError) in try unperturbed.run(on: graph) }.paths
            options.highlightedPaths = pinned.map { [$0] } ?? paths
            options.changes = [:]
            options.perturbed = [:]
            options.lost = []
            options.silenced = []
            options.weakened = []
            question = (question ?? []).union(options.knockedOut)
            options.knockedOut = []
        }
        if parameters.has("focus") {
            let focus = try parameters.node("focus")
            let depth = try parameters.integer("depth", default: 1, in: 1...4)
            options.visibleNodes = try Self.run { () throws(QueryError) in try graph.vicinity(of: focus, depth: depth) }
        }
        options.highlightOnly = try parameters.boolean("highlight_only", default: false)
        if options.highlightOnly, pinned != nil || !perturbed.isEmpty {
            // The question's subgraph with the chosen or surviving paths in bold and the rest faded (a plain
            // highlight-only drawing would show every node in its own colours and so hide what was lost).
            let touched =
                question.map { $0.union(options.knockedOut) }
                ?? Set(options.changes.keys).union(options.perturbed.keys).union(options.knockedOut)
                .union(options.lost)
            options.visibleNodes = options.visibleNodes.map { $0.intersection(touched) } ?? touched
            options.highlightOnly = false
        }
        options.direction = try parameters.choice("direction", as: DiagramOptions.Direction.self) ?? .leftToRight
        options.showsLegend = try parameters.boolean("legend", default: true)
        try context.everythingRead(
            "'highlight_via', 'highlight_limit', 'max_depth', the filters, 'max_paths' and 'timeout' shape a "
                + "highlight (highlight_from, highlight_to) or a perturbation (perturb); 'depth' goes with 'focus'")
        do {
            let svg = try layouts.render(graph, options)
            return .text(svg, type: "image/svg+xml", reusable: reusable)
        } catch {
            throw APIError(status: .badRequest, report: ErrorReport(code: "render-failed", message: "\(error)"))
        }
    }
}
