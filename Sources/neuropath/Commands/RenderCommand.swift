import ArgumentParser
import Foundation
import NeuroPath
import NeuroPathGraphviz

/// `neuropath render`: a pathway diagram through the Graphviz C library, in-process.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the graph (SVG, PNG, PDF or DOT), optionally with a traced path highlighted or a perturbation.",
        discussion: "Graphviz runs in-process: no `dot` program is needed. Output files are written atomically.")

    @OptionGroup var graphOption: GraphOption
    @Option(name: .shortAndLong, help: "The output file, or - for standard output.") var output: String
    @Option(name: .long, help: "svg, png, pdf or dot (default: from the output's extension, else svg).") var format:
        DiagramFormat?
    @Option(name: .long, help: "Layout engine: dot, neato, fdp, circo or twopi.") var layout = LayoutEngine.dot
    @Option(name: .long, help: "LR (left to right) or TB (top to bottom).") var direction = DiagramOptions.Direction
        .leftToRight
    @Option(name: .long, help: "Highlight the paths from this node…") var highlightFrom: String?
    @Option(name: .long, help: "…to this node.") var highlightTo: String?
    @Option(name: .long, help: "Highlight only paths through this node (repeatable).") var highlightVia: [String] = []
    @Option(name: .long, parsing: .unconditional, help: "The longest highlighted path, in interactions.") var maxDepth =
        PathDepth.standard
    @Option(name: .long, parsing: .unconditional, help: "How many of the best paths to highlight.") var highlightLimit =
        20
    @Flag(name: .long, help: "Draw only the paths from --highlight-from to --highlight-to, in their own colours.")
    var highlightOnly = false
    @Option(name: .long, help: "Show the effects of activating this node (repeatable).") var perturb: [String] = []
    @Option(name: .long, help: "Draw only the neighbourhood of this node…") var focus: String?
    @Option(name: .long, parsing: .unconditional, help: "…within this many interactions.") var depth = 2
    @Option(name: .long, parsing: .unconditional, help: "Refuse to lay out more nodes than this.") var maxNodes =
        DiagramOptions.defaultMaxNodes
    @Option(name: .long, help: "A title above the diagram.") var title: String?
    @Flag(name: .long, help: "Leave out the legend.") var noLegend = false

    func validate() throws {
        guard (highlightFrom == nil) == (highlightTo == nil) else {
            throw ValidationError("give both --highlight-from and --highlight-to")
        }
        guard !highlightOnly || highlightFrom != nil else {
            throw ValidationError("--highlight-only needs --highlight-from and --highlight-to")
        }
        guard highlightVia.isEmpty || highlightFrom != nil else {
            throw ValidationError("--highlight-via needs --highlight-from and --highlight-to")
        }
        try checkDepth(maxDepth)
        guard (0...PathDepth.maximum).contains(depth) else {
            throw ValidationError("--depth must be from 0 to 64")
        }
        guard highlightLimit >= 1 else { throw ValidationError("--highlight-limit must be at least 1") }
        guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be at least 1") }
        if output != "-", format == nil, DiagramFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) == nil
        {
            throw ValidationError(
                "cannot tell the format of '\(output)': use a .svg, .png, .pdf or .dot name, or --format")
        }
        if output != "-", case .file(let input) = graphOption.source, OutputFile.isSameFile(output, as: input) {
            throw ValidationError("the output would overwrite the input graph '\(input)'")
        }
    }

    func run() throws {
        let graph = try graphOption.load()
        var options = DiagramOptions(
            direction: direction, highlightOnly: highlightOnly, showsLegend: !noLegend, title: title,
            maxNodes: maxNodes)
        if let focus { options.visibleNodes = try graph.vicinity(of: try graph.resolve(focus), depth: depth) }
        if let highlightFrom, let highlightTo {
            let query = PathQuery(
                from: try graph.resolve(highlightFrom), to: try graph.resolve(highlightTo), maxDepth: maxDepth,
                via: try graph.resolveAll(highlightVia), limit: highlightLimit, countsAll: false)
            let result = try query.run(on: graph)
            guard !result.paths.isEmpty else {
                throw CLIError.usage(
                    "no path from '\(result.from.id)' to '\(result.to.id)' within \(maxDepth) steps to highlight; raise --max-depth",
                    code: "no-path")
            }
            options.highlightedPaths = result.paths
            if highlightOnly {
                options.visibleNodes = nil
            } else if graph.nodes.count > maxNodes {
                options.visibleNodes = (options.visibleNodes ?? []).union(result.paths.flatMap(\.nodes))
            }
        }
        if !perturb.isEmpty {
            let perturbations = try graph.resolveAll(perturb).map {
                PerturbationQuery.Perturbation(node: $0, action: .activate)
            }
            let result = try PerturbationQuery(perturbations: perturbations, maxDepth: maxDepth).run(on: graph)
            options.changes = Dictionary(uniqueKeysWithValues: result.effects.map { ($0.node.index, $0.change) })
            options.perturbed = Dictionary(uniqueKeysWithValues: perturbations.map { ($0.node, $0.action) })
        }
        let chosenFormat = format ?? DiagramFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) ?? .svg
        let data = try PathwayDiagram.renderBlocking(graph, options: options, format: chosenFormat, layout: layout)
        if output == "-" {
            StandardStreams.writeOutput(data)
        } else {
            try OutputFile.write(data, to: output)
        }
    }
}

extension DiagramFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension DiagramOptions.Direction: ExpressibleByArgument {}
