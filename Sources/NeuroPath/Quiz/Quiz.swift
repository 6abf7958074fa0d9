/// A set of multiple-choice questions generated from a graph by ``QuizGenerator``: every answer and explanation
/// is computed by the engine, none is written by hand.
public struct Quiz: Sendable, Hashable {
    /// The seed that generated it: the same seed and graph give the same quiz.
    public var seed: UInt64
    /// The questions, in order.
    public var questions: [QuizQuestion]

    /// Creates a quiz.
    public init(seed: UInt64, questions: [QuizQuestion]) {
        self.seed = seed
        self.questions = questions
    }
}

/// One multiple-choice question.
public struct QuizQuestion: Sendable, Hashable, Identifiable {
    /// What the question exercises.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// Following signs through a path, double negatives included (`trace`, `effect`).
        case sign
        /// Which knockout abolishes an effect (`perturb` with necessary inputs).
        case experiment
        /// How well supported a claim is (the evidence levels).
        case evidence
        /// Which events come first (the timescales along a path).
        case timeOrder = "time-order"
        /// In which cells a path starts (the populations of its nodes).
        case cell
        /// How soon a node changes (the slowest timescale along its path).
        case timescale
        /// Which node does not change (no admissible path reaches it).
        case unchanged
        /// Which of several routes rests on the strongest evidence (path confidence).
        case compareRoutes = "compare-routes"
        /// The subject beside another drug: which acts faster and why, which node their routes share, what a
        /// knockout does to each (`compare`).
        case compareDrugs = "compare-drugs"
    }

    /// The node the question is about (its premise): no quiz asks two questions about one node.
    public var premise: String {
        kind == .experiment && nodes.count > 1 ? nodes[1] : nodes.last ?? prompt
    }

    /// What the question exercises.
    public var kind: Kind
    /// The question.
    public var prompt: String
    /// The choices, in the order shown.
    public var choices: [String]
    /// The index of the right choice.
    public var answer: Int
    /// Why that is the answer, told by the engine; says so when it rests on contested evidence.
    public var explanation: String
    /// The keys of the references the answer rests on.
    public var references: [String]
    /// The ids of the nodes the question is about, cause first (for a page to highlight them).
    public var nodes: [String]

    /// The question's identity, for lists (SwiftUI's `ForEach`): its kind, its prompt and the nodes it is about,
    /// which no two questions of one ``Quiz`` share.
    public var id: String { ([kind.rawValue, prompt] + nodes).joined(separator: "\u{1F}") }

    /// Creates a question; `answer` must index `choices`.
    public init(
        kind: Kind, prompt: String, choices: [String], answer: Int, explanation: String, references: [String],
        nodes: [String] = []
    ) {
        self.kind = kind
        self.prompt = prompt
        self.choices = choices
        self.answer = answer
        self.explanation = explanation
        self.references = references
        self.nodes = nodes
    }
}
