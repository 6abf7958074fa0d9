import NeuroPath

/// The visual conventions of NeuroPath's diagrams as data, for a legend drawn outside the diagram (a web page's
/// HTML legend beside a zoomable drawing) that must match what Graphviz draws.
public enum DiagramLegend {
    /// How one kind of node is drawn.
    public struct NodeSwatch: Sendable, Hashable {
        /// The kind.
        public let kind: NodeKind
        /// The kind in words ("growth factor").
        public let name: String
        /// Fill colour, `#rrggbb`.
        public let fill: String
        /// Border colour, `#rrggbb`.
        public let border: String
        /// Label colour, `#rrggbb`.
        public let text: String
    }

    /// Every kind of node, in the order of `NodeKind.allCases`.
    public static let nodeSwatches: [NodeSwatch] = NodeKind.allCases.map { kind in
        let look = DiagramStyle.look(for: kind)
        return NodeSwatch(
            kind: kind, name: kind.rawValue.replacingOccurrences(of: "-", with: " "), fill: look.fill,
            border: look.border, text: look.font)
    }

    /// An arrow that activates or increases.
    public static let activatesColour = DiagramStyle.positiveEdge
    /// An arrow that inhibits or decreases.
    public static let inhibitsColour = DiagramStyle.negativeEdge
    /// A drug's block.
    public static let drugColour = DiagramStyle.drugColour
    /// Highlighted paths.
    public static let highlightColour = DiagramStyle.highlight
    /// Borders of nodes a perturbation raises.
    public static let increasesColour = DiagramStyle.increases
    /// Borders of nodes a perturbation lowers.
    public static let decreasesColour = DiagramStyle.decreases
    /// Borders of knocked-out and lost nodes.
    public static let knockedOutColour = DiagramStyle.knockedOut
}
