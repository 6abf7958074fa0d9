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

/// A quiz read back from its JSON (a client of `neuropath serve`, a quiz saved for a class).
extension Quiz: Decodable {
    /// Reads the shape ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            seed: try container.decode(UInt64.self, forKey: .seed),
            questions: try container.decode([QuizQuestion].self, forKey: .questions))
    }
}

extension QuizQuestion: Decodable {
    /// Reads the shape ``encode(to:)`` writes; an answer that does not index the choices is a decoding error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let choices = try container.decode([String].self, forKey: .choices)
        let answer = try container.decode(Int.self, forKey: .answer)
        guard choices.indices.contains(answer) else {
            throw DecodingError.dataCorruptedError(
                forKey: .answer, in: container, debugDescription: "answer \(answer) is not one of the choices")
        }
        self.init(
            kind: try container.decode(Kind.self, forKey: .kind),
            prompt: try container.decode(String.self, forKey: .prompt),
            choices: choices, answer: answer, explanation: try container.decode(String.self, forKey: .explanation),
            references: try container.decode([String].self, forKey: .references),
            nodes: try container.decodeIfPresent([String].self, forKey: .nodes) ?? [])
    }
}
