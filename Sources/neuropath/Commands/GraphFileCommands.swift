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
        var failed: [String] = []
        var reports: [JSONValue] = []
        for name in names {
            let graph: PathwayGraph
            do {
                graph = try loadGraph(name)
            } catch {
                let failure = error
                if failure.exitCode == .noInput { throw failure }
                failed.append(name)
                if output.json {
                    reports.append(
                        .object([
                            ("graph", .string(name)), ("valid", .bool(false)),
                            ("errors", .array([.string(failure.description)])), ("warnings", .array([])),
                        ]))
                } else {
                    FileHandle.standardError.write(Data("\(failure.description)\n".utf8))
                }
                continue
            }
            // Graphs read from .npath carry declaration sites; imported networks carry no evidence to check.
            let findings = GraphLinter.lint(graph, profile: graph.sourceLocations.isEmpty ? .imported : .curated)
            let errors = findings.filter { $0.severity == .error || strict }
            let warnings = findings.filter { $0.severity == .warning && !strict }
            if !errors.isEmpty { failed.append(name) }
            if output.json {
                reports.append(
                    .object([
                        ("graph", .string(name)), ("valid", .bool(errors.isEmpty)),
                        ("nodes", .integer(graph.nodes.count)),
                        ("interactions", .integer(graph.interactionCount)),
                        ("errors", .array(errors.map { .string($0.description) })),
                        ("warnings", .array(warnings.map { .string($0.description) })),
                    ]))
                continue
            }
            for finding in findings { print(finding.description) }
            let counts =
                "\(errors.count) error\(errors.count == 1 ? "" : "s"), \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
            print(
                "\(name): \(errors.isEmpty ? "ok" : "invalid") (\(graph.nodes.count) nodes, \(graph.interactionCount) interactions; \(counts))"
            )
        }
        if output.json { print(JSONValue.array(reports).rendered()) }
        guard failed.isEmpty else {
            throw CLIError.data(
                "\(failed.joined(separator: ", ")) \(failed.count == 1 ? "has" : "have") errors\(strict ? " (warnings count as errors with --strict)" : "")"
            )
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
                        ? "cannot read \(file) as UTF-8 text" : "no such file: \(file)", exitCode: .noInput)
            }
            let document: NPathDocument
            do {
                document = try NPathParser.document(text: text, file: file)
            } catch {
                throw CLIError(error)
            }
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
            FileHandle.standardError.write(Data("not formatted: \(unformatted.joined(separator: ", "))\n".utf8))
            throw ExitCode.failure
        }
    }
}

/// `neuropath convert`: write a graph in another format.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert", abstract: "Convert a graph to .npath or .sif (format from the output's extension).")

    @Argument(help: "The input graph file or bundled graph name.") var input: String
    @Option(name: .shortAndLong, help: "The output file (.npath or .sif), or - for stdout as .npath.") var output:
        String

    func run() throws {
        let graph = try loadGraph(input)
        let pathExtension = URL(fileURLWithPath: output).pathExtension.lowercased()
        let text: String
        switch output == "-" ? "npath" : pathExtension {
        case "npath": text = NPathWriter.write(NPathWriter.document(for: graph))
        case "sif":
            text =
                graph.interactions.map { interaction in
                    let word = interaction.sign.map { $0 == .positive ? "1" : "-1" } ?? "0"
                    return "\(graph.nodes[interaction.source].id)\t\(word)\t\(graph.nodes[interaction.target].id)"
                }.joined(separator: "\n") + "\n"
        default:
            throw CLIError.usage("cannot tell the output format of '\(output)': use a .npath or .sif file name")
        }
        if output == "-" {
            print(text, terminator: "")
        } else {
            guard URL(fileURLWithPath: output).standardizedFileURL != URL(fileURLWithPath: input).standardizedFileURL
            else {
                throw CLIError.usage("the output would overwrite the input '\(input)'")
            }
            try OutputFile.write(text, to: output)
        }
    }
}
