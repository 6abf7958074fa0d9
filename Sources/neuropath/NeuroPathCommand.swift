import ArgumentParser
import Foundation
import NeuroPath

/// The `neuropath` command: trace, explain and summarise signed causal paths in pathway graphs.
@main
struct NeuroPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neuropath",
        abstract: "Trace signed, evidence-carrying causal paths through neurotransmitter signalling graphs.",
        discussion: """
            Without --graph, the bundled ketamine graph is used. Node names match ids, labels and synonyms,
            ignoring case, spaces, hyphens and underscores. Output is for teaching and research, not medical advice.
            """,
        subcommands: [
            TraceCommand.self, ShortestCommand.self, EffectCommand.self, UpstreamCommand.self, DownstreamCommand.self,
            PerturbCommand.self, LoopsCommand.self, RegulatorsCommand.self, ExplainCommand.self, RenderCommand.self,
            ValidateCommand.self, FormatCommand.self,
            ConvertCommand.self, StatsCommand.self, ListCommand.self,
        ])

    /// Runs the command and turns every error into one `neuropath: error: …` message and its exit status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            fail(error.description, code: error.exitCode)
        } catch let error as GraphLoadError {
            let mapped = CLIError(error)
            fail(mapped.description, code: mapped.exitCode)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if code == .failure && message.isEmpty { Foundation.exit(code.rawValue) }
            let stripped = message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message
            fail(stripped, code: code == .validationFailure ? .usage : code)
        }
    }

    private static func fail(_ message: String, code: ExitCode) -> Never {
        FileHandle.standardError.write(Data("neuropath: error: \(message)\n".utf8))
        Foundation.exit(code.rawValue)
    }
}
