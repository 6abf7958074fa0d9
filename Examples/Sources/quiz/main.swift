// A multiple-choice quiz over the bundled ketamine graph, from `QuizGenerator`: questions on signs, knockout
// experiments, evidence and the order of events, every answer and explanation computed from the graph.
// Type the number of a choice; with no one typing (end of input), it shows the answers.
// Run: swift run quiz [number-of-questions [seed]] (the same seed gives the same quiz, so a class can share one).
import NeuroPath

let arguments = CommandLine.arguments.dropFirst()
let count = arguments.first.flatMap { Int($0) } ?? 5
let seed = arguments.dropFirst().first.flatMap { UInt64($0) } ?? 2026

let graph = try GraphLoader().load(.ketamine)
let quiz = try QuizGenerator(graph: graph).quiz(count: count, seed: seed)

var score = 0
var answered = 0
for (number, question) in quiz.questions.enumerated() {
    print("\(number + 1). \(question.prompt)")
    for (index, choice) in question.choices.enumerated() { print("   \(index + 1)) \(choice)") }
    let typed = readLine().flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    let right = question.choices[question.answer]
    if let typed {
        answered += 1
        if typed - 1 == question.answer { score += 1 }
        print(typed - 1 == question.answer ? "   Right." : "   Not quite: \(right).")
    } else {
        print("   Answer: \(right).")
    }
    print("   " + question.explanation)
}
print(answered == 0 ? "No answers typed (quiz seed \(seed))." : "Score: \(score) of \(answered) (quiz seed \(seed)).")
print("For teaching and research; not medical advice.")
