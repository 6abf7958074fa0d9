import ArgumentParser
import Foundation
import NeuroPath

/// `neuropath validate`: load graphs, run the lint rules, report every finding.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check graphs: parse errors and lint rules (Docs/format.md); exit 65 on errors.")

    @Argument(help: "Graph files or bundled graph names (default: every bundled graph).") var graphs: [String] = []
    @Flag(name: .long, help: "Treat warnings as errors.") var strict = false
    @OptionGroup var output: OutputOptions

    func run() throws {
        let names = graphs.isEmpty ? BundledGraphs.names : graphs
        var reports: [ValidationReport] = []
        for name in names {
            let report: ValidationReport
            var loadError: GraphLoadError?
            do {
                let source = GraphSource(argument: name)
                let graph = try LoadProgress.whileLoading(source) { () throws(GraphLoadError) in
                    try GraphLoader.commandLine.load(source)
                }
                report = ValidationReport(graph: name, graph: graph, strict: strict)
            } catch {
                let failure = CLIError(error)
                if failure.exitCode == .noInput { throw failure }
                report = ValidationReport(graph: name, loadError: error)
                loadError = error
            }
            reports.append(report)
            if output.json { continue }
            guard let nodes = report.nodes, let interactions = report.interactions else {
                // The loader's message: at most a screenful of a file's diagnostics.
                StandardStreams.writeError("\(loadError?.description ?? "")\n")
                continue
            }
            for finding in report.errors + report.warnings { print(finding) }
            let (errors, warnings) = (report.errors.count, report.warnings.count)
            let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            print(
                "\(name): \(report.isValid ? "ok" : "invalid") (\(nodes) nodes, \(interactions) interactions; \(counts))"
            )
        }
        if output.json { try output.printJSON(reports) }
        let failed = reports.filter { !$0.isValid }.map(\.graph)
        guard failed.isEmpty else {
            throw CLIError.data(
                "\(failed.joined(separator: ", ")) \(failed.count == 1 ? "has" : "have") errors\(strict ? " (warnings count as errors with --strict)" : "")",
                code: "invalid-graph")
        }
    }
}

/// `neuropath fmt`: rewrite `.npath` files in canonical form.
struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite .npath files in the canonical form (in place, or to stdout with --stdout).")

    @Argument(help: "The .npath files.") var files: [String]
    @Flag(name: .long, help: "Print the formatted text instead of rewriting the file.") var stdout = false
    @Flag(name: .long, help: "Exit 1 if a file is not already formatted; change nothing.") var check = false

    func run() throws {
        var unformatted: [String] = []
        for file in files {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw CLIError(
                    description: FileManager.default.fileExists(atPath: file)
                        ? "cannot read \(file) as UTF-8 text" : "no such file: \(file)", exitCode: .noInput,
                    code: "unreadable-file")
            }
            let document = try NPathParser.document(text: text, file: file)
            let formatted = NPathWriter.write(document)
            if stdout {
                print(formatted, terminator: "")
            } else if formatted != text {
                if check {
                    unformatted.append(file)
                } else {
                    try OutputFile.write(formatted, to: file)
                }
            }
        }
        if !unformatted.isEmpty {
            StandardStreams.writeError("not formatted: \(unformatted.joined(separator: ", "))\n")
            throw ExitCode.failure
        }
    }
}

/// `neuropath convert`: write a graph in another format.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a graph to another format (from the output's name, or --to).",
        discussion: "Formats written: \(GraphFormat.writingFileNamesInWords). What each keeps: Docs/formats.md.")

    @Argument(help: "The input graph file or bundled graph name.") var input: String
    @Option(name: .shortAndLong, help: "The output file, or - for stdout (.npath unless --to says otherwise).")
    var output: String
    @Option(name: .long, help: FormatNames.help("Write this format whatever the output's name", GraphFormat.writable))
    var to: String?
    @Option(
        name: .long,
        help: FormatNames.help("Read the input as this format instead of detecting it", GraphFormat.readable))
    var from: String?
    @OptionGroup var reading: GraphReadingOptions

    func validate() throws {
        _ = try outputFormat()
        _ = try GraphReadingOptions.format(from, option: "--from")
        if from != nil, reading.format != nil { throw ValidationError("give --from or --graph-format, not both") }
    }

    /// The format to write: `--to`, else by the output's name.
    func outputFormat() throws -> GraphFormat {
        if let format = try FormatNames.parse(to, among: GraphFormat.writable, option: "--to", verb: "writes") {
            return format
        }
        if output == "-" { return .npath }
        guard let format = GraphFormat(writingFileName: output) else {
            let endings = GraphFormat.writable.flatMap(\.writingExtensions).map { "." + $0 }
            throw ValidationError(
                "cannot tell the output format of '\(output)': end its name with one of "
                    + "\(endings.joined(separator: ", ")), or say --to FORMAT (\(GraphFormat.names(GraphFormat.writable)))"
            )
        }
        return format
    }

    func run() throws {
        let format = try outputFormat()
        if output != "-" {
            guard !OutputFile.isSameFile(output, as: input) else {
                throw CLIError.usage("the output would overwrite the input '\(input)'")
            }
        }
        let loader = reading.loader(format: try GraphReadingOptions.format(from, option: "--from"))
        let source = GraphSource(argument: input)
        let graph = try LoadProgress.whileLoading(source) { try loader.load(source) }
        func cannotHold(_ refusal: FormatRefusal) -> CLIError {
            CLIError(
                description: refusal.description + " (--to neuropath-json)", exitCode: .dataError, code: "cannot-hold")
        }
        if output == "-" {
            do {
                print(try format.write(graph), terminator: "")
            } catch {
                throw cannotHold(error)
            }
        } else {
            // Written into the file as it is made; a refusal comes before the first byte and leaves nothing.
            try OutputFile.write(to: output) { (stream) throws(CLIError) in
                do throws(FormatRefusal) {
                    try format.write(graph, to: &stream)
                } catch {
                    throw cannotHold(error)
                }
            }
        }
        let losses = format.losses(in: graph)
        if !losses.isEmpty {
            let name = output == "-" ? "the output" : output
            Diagnostics.warning(
                "\(name) (\(format.name)) does not keep the graph's "
                    + losses.map(\.description).joined(separator: ", ")
                    + "; Docs/formats.md says what each format keeps (NeuroPath JSON keeps everything)")
        }
    }
}
