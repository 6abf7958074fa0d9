/// Every question a ``QuizGenerator`` can ask, computed once, from which any number of quizzes are drawn by seed:
/// a server answering a class, or a test drawing hundreds, pays for the questions once.
public struct QuizBank: Sendable {
    /// The questions of each kind, in the graph's order, choices unshuffled.
    public let questions: [QuizQuestion.Kind: [QuizQuestion]]

    /// The questions `generator` can ask.
    public init(_ generator: QuizGenerator) {
        questions = Dictionary(
            uniqueKeysWithValues: QuizQuestion.Kind.allCases.map { ($0, generator.questions(of: $0)) })
    }

    /// `count` questions, taking the kinds in turn from one chosen by `seed`. No two are about one node
    /// (``QuizQuestion/premise``), and recalling an evidence level is at most a quarter of them (one at least).
    /// The same seed gives the same quiz; fewer questions when the graph cannot support more.
    public func quiz(count: Int, seed: UInt64) -> Quiz {
        var random = SeededRandom(seed: seed)
        var pools = questions
        for kind in QuizQuestion.Kind.allCases { pools[kind]?.shuffle(using: &random) }
        let kinds = QuizQuestion.Kind.allCases
        let start = Int(random.next() % UInt64(kinds.count))
        let evidenceLimit = max(1, count / 4)
        var chosen: [QuizQuestion] = []
        var premises = Set<String>()
        var turn = 0
        while chosen.count < count, pools.values.contains(where: { !$0.isEmpty }) {
            let kind = kinds[(start + turn) % kinds.count]
            turn += 1
            if kind == .evidence && chosen.filter({ $0.kind == .evidence }).count >= evidenceLimit {
                pools[kind] = []
                continue
            }
            // The next question of this kind about a node no earlier question is about.
            guard var pool = pools[kind], let next = pool.lastIndex(where: { !premises.contains($0.premise) }) else {
                pools[kind] = []
                continue
            }
            var question = pool.remove(at: next)
            pools[kind] = pool
            premises.insert(question.premise)
            question.shuffleChoices(using: &random)
            chosen.append(question)
        }
        return Quiz(seed: seed, questions: chosen)
    }
}
