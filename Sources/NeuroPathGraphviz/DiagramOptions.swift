import NeuroPath

/// What a pathway diagram shows and how.
public struct DiagramOptions: Sendable {
    /// The direction causal flow is laid out in.
    public enum Direction: String, Sendable, CaseIterable {
        /// Left to right (default): long chains fit a slide.
        case leftToRight = "LR"
        /// Top to bottom.
        case topToBottom = "TB"
    }

    /// Layout direction.
    public var direction: Direction
    /// Paths drawn bold in the highlight colour; everything else is faded. Empty: nothing is faded.
    public var highlightedPaths: [CausalPath]
    /// A perturbation's changes, drawn as coloured borders and arrows in the labels.
    public var changes: [NodeIndex: NetEffect]
    /// The perturbed nodes themselves.
    public var perturbed: [NodeIndex: PerturbationQuery.Action]
    /// Nodes knocked out in a perturbation: drawn crossed out (a ✕ and "knocked out" in the label, a dashed grey
    /// border), so the mark does not rest on colour alone.
    public var knockedOut: Set<NodeIndex>
    /// Nodes that respond without the knockout and not with it: labelled "lost", with a dashed border.
    public var lost: Set<NodeIndex>
    /// Nodes that cannot respond because a necessary input is gone: labelled "cannot respond".
    public var silenced: Set<NodeIndex>
    /// Nodes that still respond, weaker, because a partly necessary input is gone: labelled "weakened".
    public var weakened: Set<NodeIndex>
    /// Only these nodes (and the interactions between them) are drawn; `nil` draws the whole graph.
    public var visibleNodes: Set<NodeIndex>?
    /// Draw only the nodes of ``highlightedPaths`` (and the interactions between them), in their own colours,
    /// instead of the whole graph with the paths in bold: a figure of the mechanism alone.
    public var highlightOnly: Bool
    /// Whether to draw the legend.
    public var showsLegend: Bool
    /// A title above the diagram; the graph's title by default.
    public var title: String?
    /// The most nodes that may be laid out; more is refused with advice, rather than a layout that runs for minutes.
    public var maxNodes: Int

    /// The default limit on laid-out nodes.
    public static let defaultMaxNodes = 1000

    /// Creates options; by default the whole graph, left to right, with a legend.
    public init(
        direction: Direction = .leftToRight, highlightedPaths: [CausalPath] = [], changes: [NodeIndex: NetEffect] = [:],
        perturbed: [NodeIndex: PerturbationQuery.Action] = [:], visibleNodes: Set<NodeIndex>? = nil,
        highlightOnly: Bool = false, knockedOut: Set<NodeIndex> = [], lost: Set<NodeIndex> = [],
        silenced: Set<NodeIndex> = [], weakened: Set<NodeIndex> = [], showsLegend: Bool = true, title: String? = nil,
        maxNodes: Int = DiagramOptions.defaultMaxNodes
    ) {
        self.highlightOnly = highlightOnly
        self.knockedOut = knockedOut
        self.lost = lost
        self.silenced = silenced
        self.weakened = weakened
        self.direction = direction
        self.highlightedPaths = highlightedPaths
        self.changes = changes
        self.perturbed = perturbed
        self.visibleNodes = visibleNodes
        self.showsLegend = showsLegend
        self.title = title
        self.maxNodes = maxNodes
    }
}
