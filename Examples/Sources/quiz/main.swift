// A quiz over the bundled ketamine graph: "Does ketamine increase or decrease synaptogenesis?"
// Type increases, decreases or mixed; the answer comes with the most confident path, in plain words.
// With no one typing (end of input), it shows the answers. Run: swift run quiz [number-of-questions]
import Foundation
import NeuroPath

let graph = try GraphLoader().load(.ketamine)
let questions = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 5

// Every node ketamine reaches, with its net effect: the answers.
let ketamine = try graph.resolve("ketamine")
let effects = try EffectQuery(from: ketamine, maxDepth: PathDepth.standard).runOnAll(on: graph).effects
    .filter { $0.effect != .none && !$0.truncated }
// A fixed order, so the quiz is the same every time: every third answer, up to the number asked for.
let chosen = stride(from: 0, to: effects.count, by: 3).map { effects[$0] }.prefix(questions)

var score = 0
var answered = 0
for (number, question) in chosen.enumerated() {
    let target = graph.nodes[question.target.index]
    print("\(number + 1). Does ketamine increase or decrease \(target.displayName)? [increases/decreases/mixed]")
    let typed = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
    let correct = typed == question.effect.rawValue
    if correct { score += 1 }
    if typed != nil { answered += 1 }
    print(
        typed == nil
            ? "   Answer: \(question.effect.rawValue)."
            : correct ? "   Right." : "   Not quite: \(question.effect.rawValue).")
    let explanation = try ExplanationQuery(from: ketamine, to: question.target.index).run(on: graph)
    if let best = explanation.explanations.first { print("   " + best.summary) }
}
print(answered == 0 ? "No answers typed." : "Score: \(score) of \(answered).")
print("For teaching and research; not medical advice.")
