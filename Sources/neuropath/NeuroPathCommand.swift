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
            Without --graph, the bundled ketamine graph is used, from any folder. Node names match ids, labels and \
            synonyms, ignoring case, spaces, hyphens and underscores; `neuropath nodes` lists them. Quote names \
            of several words: --to "antidepressant effect".

            Output is for teaching and research, not medical advice.
            """,
        version: NeuroPathVersion.current,
        subcommands: [
            TraceCommand.self, ShortestCommand.self, EffectCommand.self, UpstreamCommand.self, DownstreamCommand.self,
            PerturbCommand.self, LoopsCommand.self, RegulatorsCommand.self, ExplainCommand.self, RenderCommand.self,
            NodesCommand.self, ValidateCommand.self, FormatCommand.self, ConvertCommand.self, StatsCommand.self,
            ListCommand.self, CompareCommand.self, QuizCommand.self, ServeCommand.self, SnapshotCommand.self,
            ExperimentsCommand.self,
        ])

    /// Runs the command and turns every error into one message (`neuropath: error: …`, or a JSON error with
    /// `--json`) and its exit status. This is the only place errors are mapped.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let wantsJSON = arguments.contains("--json")
        if let mistyped = MistypedSubcommand(arguments: arguments, known: subcommandNames) {
            fail(mistyped.error, json: wantsJSON)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            if let failure = StandardStreams.finishStandardOutput() {
                throw CLIError(
                    description: "cannot write the result to standard output: \(failure)", exitCode: .ioError,
                    code: "cannot-write")
            }
            if StandardStreams.lostError { Foundation.exit(ExitCode.ioError.rawValue) }
        } catch let error as CLIError {
            fail(error, json: wantsJSON)
        } catch let error as NeuroPathLibraryError {
            fail(CLIError(error), json: wantsJSON)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if code == .failure && message.isEmpty { Foundation.exit(code.rawValue) }
            var stripped = message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message
            let hint = UnquotedName.hint(arguments: arguments) { (try? Self.parseAsRoot($0)) != nil }
            if let hint { stripped += "\n" + hint }
            let status = code == .validationFailure ? ExitCode.usage : code
            fail(CLIError(description: stripped, exitCode: status, code: "usage"), json: wantsJSON)
        }
    }

    private static var subcommandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    private static func fail(_ error: CLIError, json: Bool) -> Never {
        if json,
            let text = try? PathwayJSONEncoder().encode(
                ErrorReport(code: error.code, message: error.description, suggestions: error.suggestions))
        {
            StandardStreams.writeError(text + "\n")
        } else if error.isDiagnosticList {
            StandardStreams.writeError(error.description + "\n")
        } else {
            StandardStreams.writeError("neuropath: error: \(error.description)\n")
        }
        Foundation.exit(error.exitCode.rawValue)
    }
}
