import NeuroPath

/// The visual conventions of NeuroPath diagrams (`Docs/rendering.md`): one palette whose fills differ
/// in lightness as well as hue, so kinds stay apart in grayscale, and shapes that differ by kind too.
enum DiagramStyle {
    /// How a kind of node is drawn.
    struct NodeLook {
        var shape: String
        var fill: String
        var border: String
        var font: String
        var style: String
    }

    static let fontName = "DejaVu Sans"
    /// Drugs: dark blue; their blocks are drawn in this colour too.
    static let drugColour = "#1f4e79"
    static let highlight = "#d35400"
    static let faded = "#c9c9c9"
    static let fadedText = "#808080"
    /// Border of knocked-out and lost nodes (with a dashed line and words, never colour alone).
    static let knockedOut = "#4a4a4a"
    static let positiveEdge = "#2e2e2e"
    static let negativeEdge = "#7a1f1f"
    static let increases = "#1b7a3d"
    static let decreases = "#b03a2e"
    static let mixed = "#7d5ba6"

    static func look(for kind: NodeKind) -> NodeLook {
        switch kind {
        case .drug:
            NodeLook(shape: "box", fill: drugColour, border: "#0f2a44", font: "#ffffff", style: "rounded,filled,bold")
        case .metabolite:
            NodeLook(shape: "box", fill: "#8fb3d9", border: "#1f4e79", font: "#000000", style: "rounded,filled")
        case .neurotransmitter:
            NodeLook(shape: "ellipse", fill: "#f6d55c", border: "#8a6d00", font: "#000000", style: "filled")
        case .receptor, .ionChannel, .transporter:
            NodeLook(shape: "hexagon", fill: "#a8dab5", border: "#2d6a3e", font: "#000000", style: "filled")
        case .kinase, .enzyme:
            NodeLook(shape: "box", fill: "#d7c6ef", border: "#5b3f8c", font: "#000000", style: "filled")
        case .growthFactor, .protein, .gene:
            NodeLook(shape: "box", fill: "#eeeeee", border: "#555555", font: "#000000", style: "filled")
        case .process:
            NodeLook(shape: "box", fill: "#fde3c8", border: "#9c5a12", font: "#000000", style: "rounded,filled,dashed")
        case .cellPopulation, .region:
            NodeLook(shape: "ellipse", fill: "#ffffff", border: "#555555", font: "#000000", style: "filled")
        case .physiologicalEffect:
            NodeLook(shape: "octagon", fill: "#fff4b0", border: "#6b5d00", font: "#000000", style: "filled")
        case .therapeuticEffect:
            NodeLook(shape: "doubleoctagon", fill: "#2e8b57", border: "#174d30", font: "#ffffff", style: "filled,bold")
        case .adverseEffect:
            NodeLook(shape: "octagon", fill: "#e89a9a", border: "#7a1f1f", font: "#000000", style: "filled")
        case .disorder:
            NodeLook(shape: "note", fill: "#d9d9d9", border: "#444444", font: "#000000", style: "filled")
        case .unspecified:
            NodeLook(shape: "box", fill: "#ffffff", border: "#555555", font: "#000000", style: "filled")
        }
    }

    /// How an interaction is drawn before any highlight or fading.
    struct EdgeLook {
        var colour: String
        var arrowhead: String
        var penwidth: Double
    }

    /// An interaction's colour, arrow head and width by its sign: an arrow for a positive influence (with a bar
    /// before it for a necessary input), a T-bar for a negative one (a drug's block dark blue and thicker), an
    /// open diamond for an association of unknown sign.
    static func edgeLook(of interaction: Interaction, fromDrug: Bool) -> EdgeLook {
        switch interaction.sign {
        case .positive?:
            EdgeLook(
                colour: positiveEdge, arrowhead: interaction.isNecessary ? "normaltee" : "normal", penwidth: 1.3)
        case .negative?:
            EdgeLook(
                colour: fromDrug ? drugColour : negativeEdge, arrowhead: "tee", penwidth: fromDrug ? 2.2 : 1.3)
        case nil:
            EdgeLook(colour: "#777777", arrowhead: "odiamond", penwidth: 1.3)
        }
    }

    /// Line style for an evidence level: solid established, dashed supported or hypothesised, dotted contested.
    static func lineStyle(for evidence: EvidenceLevel?) -> String {
        switch evidence {
        case .established?, nil: "solid"
        case .supported?, .hypothesised?: "dashed"
        case .contested?: "dotted"
        }
    }

    /// The colour and arrow of a change in a perturbation diagram.
    static func changeColour(_ change: NetEffect) -> String {
        switch change {
        case .increases: increases
        case .decreases: decreases
        case .mixed: mixed
        case .none, .unknown: faded
        }
    }

    static func changeSymbol(_ change: NetEffect) -> String {
        switch change {
        case .increases: "↑"
        case .decreases: "↓"
        case .mixed: "↕"
        case .unknown: "?"
        case .none: ""
        }
    }
}
