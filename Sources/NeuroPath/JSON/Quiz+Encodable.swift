/// The JSON shape of `quiz` (`Docs/cli.md`).
extension Quiz: Encodable {
    private enum CodingKeys: String, CodingKey { case seed, questions }

    /// `{"seed": S, "questions": [QUESTION…]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(seed, forKey: .seed)
        try container.encode(questions, forKey: .questions)
    }
}

extension QuizQuestion: Encodable {
    private enum CodingKeys: String, CodingKey {
        case kind, prompt, choices, answer, explanation, references, nodes
    }

    /// `{"kind", "prompt", "choices", "answer": INDEX, "explanation", "references": [KEY…], "nodes": [ID…]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(prompt, forKey: .prompt)
        try container.encode(choices, forKey: .choices)
        try container.encode(answer, forKey: .answer)
        try container.encode(explanation, forKey: .explanation)
        try container.encode(references, forKey: .references)
        try container.encode(nodes, forKey: .nodes)
    }
}
