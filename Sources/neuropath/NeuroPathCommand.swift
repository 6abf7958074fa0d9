import ArgumentParser
import NeuroPath

@main
struct NeuroPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "neuropath")
    func run() throws {}
}
