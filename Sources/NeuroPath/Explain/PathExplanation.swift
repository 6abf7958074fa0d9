/// A causal path told in plain language for learners: one sentence per step, double negatives resolved, each
/// step with its evidence, species, timescale and citations, then a time line and what is contested.
public struct PathExplanation: Sendable, Hashable {
    /// One step of the story.
    public struct Step: Sendable, Hashable {
        /// The interaction's index in the graph.
        public var interaction: InteractionIndex
        /// The sentence.
        public var sentence: String
        /// Whether the target goes up or down at this point of the path; `nil` once a step of unknown sign has
        /// been passed (imported, unsigned networks).
        public var change: Sign?
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

        /// Creates a step.
        public init(
            interaction: InteractionIndex, sentence: String, change: Sign?, evidence: EvidenceLevel?,
            species: [Species],
            timescale: Timescale?, citations: [String], note: String?
        ) {
            self.interaction = interaction
            self.sentence = sentence
            self.change = change
            self.evidence = evidence
            self.species = species
            self.timescale = timescale
            self.citations = citations
            self.note = note
        }
    }

    /// One phase of the time line.
    public struct Phase: Sendable, Hashable {
        /// When.
        public var timescale: Timescale
        /// What happens then, in path order.
        public var events: [String]

        /// Creates a phase.
        public init(timescale: Timescale, events: [String]) {
            self.timescale = timescale
            self.events = events
        }
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

    /// Creates an explanation.
    public init(path: CausalPath, steps: [Step], summary: String, timeline: [Phase], caveats: [String]) {
        self.path = path
        self.steps = steps
        self.summary = summary
        self.timeline = timeline
        self.caveats = caveats
    }
}

/// A node told in plain language: what it is, what drives it and what it drives.
public struct NodeExplanation: Sendable, Hashable {
    /// One influence on or from the node.
    public struct Influence: Sendable, Hashable {
        /// The interaction's index.
        public var interaction: InteractionIndex
        /// The sentence.
        public var sentence: String
        /// Its evidence level.
        public var evidence: EvidenceLevel?
        /// Species it was observed in.
        public var species: [Species]
        /// Short citations.
        public var citations: [String]
        /// The curators' note: what disagrees, the study's size, the caveat a learner needs.
        public var note: String?

        /// Creates an influence.
        public init(
            interaction: InteractionIndex, sentence: String, evidence: EvidenceLevel?, species: [Species],
            citations: [String],
            note: String? = nil
        ) {
            self.interaction = interaction
            self.sentence = sentence
            self.evidence = evidence
            self.species = species
            self.citations = citations
            self.note = note
        }
    }

    /// The node.
    public var node: NodeHandle
    /// What it is: label, kind, description, other names, database ids.
    public var overview: String
    /// What acts on it.
    public var drivenBy: [Influence]
    /// What it acts on.
    public var drives: [Influence]

    /// Creates a node explanation.
    public init(node: NodeHandle, overview: String, drivenBy: [Influence], drives: [Influence]) {
        self.node = node
        self.overview = overview
        self.drivenBy = drivenBy
        self.drives = drives
    }
}
