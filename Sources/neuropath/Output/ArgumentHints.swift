import NeuroPath
import NeuroPathGraphviz

/// The library errors the command line maps in one place (``CLIError/init(_:)``).
protocol NeuroPathLibraryError: Error {}
extension GraphLoadError: NeuroPathLibraryError {}
extension NodeResolutionError: NeuroPathLibraryError {}
extension QueryError: NeuroPathLibraryError {}
extension PathError: NeuroPathLibraryError {}
extension RenderError: NeuroPathLibraryError {}

/// A first argument that is not a subcommand but close to one (`trce`): "did you mean 'trace'?".
struct MistypedSubcommand {
    let error: CLIError

    init?(arguments: [String], known: [String]) {
        guard let first = arguments.first, !first.hasPrefix("-"), !known.contains(first) else { return nil }
        let near = EditDistance.nearest(to: first, in: known)
        let hint = near.isEmpty ? "" : " — did you mean '\(near[0])'?"
        var error = CLIError.usage(
            "unknown subcommand '\(first)'\(hint) (subcommands: \(known.filter { $0 != "help" }.joined(separator: ", ")))",
            code: "unknown-subcommand")
        error.suggestions = near
        self.error = error
    }
}

/// A name of several words given without quotes (`--to antidepressant effect`): the parser sees the second
/// word as a stray argument. The hint shows the quoted form, when the command line with those words joined
/// into one argument parses (`parses`), so it is never offered for another mistake.
enum UnquotedName {
    static func hint(arguments: [String], parses: ([String]) -> Bool) -> String? {
        for (index, argument) in arguments.enumerated() where argument.hasPrefix("--") && !argument.contains("=") {
            var next = index + 1
            while next < arguments.count, !arguments[next].hasPrefix("-") { next += 1 }
            let words = Array(arguments[(index + 1)..<next])
            guard words.count >= 2 else { continue }
            var joined = arguments
            joined.replaceSubrange((index + 1)..<next, with: [words.joined(separator: " ")])
            if parses(joined) {
                return "hint: a name of several words needs quotes: \(argument) \"\(words.joined(separator: " "))\""
            }
        }
        return nil
    }
}
