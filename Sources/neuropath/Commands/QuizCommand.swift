import ArgumentParser
import NeuroPath

/// `neuropath quiz`: questions generated from the graph, answered and explained by the engine.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz", abstract: "Multiple-choice questions generated from the graph, with engine answers.",
        discussion: """
            Nine kinds of question, taken in turn: following signs through double negatives, what a classic
            experiment's knockout does, how well supported a claim is, which events come first, in which cells a
            path starts, how soon a node changes, which node does not change, which route rests on the strongest
            evidence, and one drug beside another (which acts faster and why, where their routes meet, what a
            knockout does to each). The same seed gives the same quiz.

            Examples:
              neuropath quiz --count 5 --seed 7
              neuropath quiz --about esketamine --json
            """)

    @OptionGroup var graphOption: GraphOption
    @Option(name: .long, parsing: .unconditional, help: "How many questions.") var count = 5
    @Option(name: .long, parsing: .unconditional, help: "The seed; the same seed gives the same quiz.") var seed:
        UInt64 =
            1
    @Option(
        name: .long, help: "The node the questions start from (default: the drug with the most interactions).",
        completion: .custom(NodeCompletion.complete))
    var about: String?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...100).contains(count) else { throw ValidationError("--count must be from 1 to 100") }
    }

    func run() throws {
        let graph = try graphOption.load()
        let subject = try about.map { name throws(NodeResolutionError) in try graph.resolve(name) }
        let quiz = try QuizGenerator(graph: graph, subject: subject).quiz(count: count, seed: seed)
        if output.json { return try output.printJSON(quiz) }
        for (number, question) in quiz.questions.enumerated() {
            print("\(number + 1). \(question.prompt)")
            for (index, choice) in question.choices.enumerated() {
                print("   \(Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(index))))) \(choice)")
            }
            let letter = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(question.answer)))
            print("   Answer: \(letter). \(question.explanation)")
            print()
        }
        print(TextLayout.disclaimer)
    }
}
