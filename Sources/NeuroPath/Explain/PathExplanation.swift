/// A causal path told in plain language for learners: one sentence per step, double negatives resolved, each
/// step with its evidence, species, timescale and citations, then a time line and what is contested.
public struct PathExplanation: Sendable {
    /// One step of the story.
    public struct Step: Sendable {
        /// The interaction's index in the graph.
        public var interaction: Int
        /// The sentence.
        public var sentence: String
        /// Whether the target goes up or down at this point of the path.
        public var change: Sign
        /// The evidence level.
        public var evidence: EvidenceLevel?
        /// Species the step was observed in.
        public var species: [Species]
        /// How long after the cause.
        public var timescale: Timescale?
        /// Short citations ("Gerhard et al. 2020").
        public var citations: [String]
        /// The interaction's note, if any.
        public var note: String?
    }

    /// One phase of the time line.
    public struct Phase: Sendable {
        /// When.
        public var timescale: Timescale
        /// What happens then, in path order.
        public var events: [String]
    }

    /// The path explained.
    public var path: CausalPath
    /// The steps in order.
    public var steps: [Step]
    /// The overall conclusion.
    public var summary: String
    /// What happens when, fastest first. A step's time is the slowest timescale up to it, since an effect cannot
    /// come before its cause.
    public var timeline: [Phase]
    /// Contested steps and preclinical-only evidence, said plainly.
    public var caveats: [String]
}

/// A node told in plain language: what it is, what drives it and what it drives.
public struct NodeExplanation: Sendable {
    /// One influence on or from the node.
    public struct Influence: Sendable {
        /// The interaction's index.
        public var interaction: Int
        /// The sentence.
        public var sentence: String
        /// Its evidence level.
        public var evidence: EvidenceLevel?
        /// Species it was observed in.
        public var species: [Species]
        /// Short citations.
        public var citations: [String]
    }

    /// The node.
    public var node: Int
    /// What it is: label, kind, description, other names, database ids.
    public var overview: String
    /// What acts on it.
    public var drivenBy: [Influence]
    /// What it acts on.
    public var drives: [Influence]
}
