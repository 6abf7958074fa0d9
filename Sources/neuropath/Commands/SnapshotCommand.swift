import ArgumentParser
import Foundation
import NeuroPath

/// `neuropath snapshot`: write a graph's binary snapshot, which `--graph` then loads in milliseconds.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Write a binary snapshot (.npsnap) of a graph; --graph loads it many times faster than text.",
        discussion: """
            The snapshot holds everything the loaded graph holds except the line numbers of .npath statements \
            (check the text with `neuropath validate` first). It is versioned and checksummed: a damaged, \
            truncated or older-version snapshot is refused with a message, and is made again from the network.
            """)

    @Argument(help: "The graph file (any readable format, gzip too) or bundled graph name.") var input: String
    @Option(
        name: .shortAndLong,
        help: "The snapshot to write (default: the input's name with .npsnap, in the current directory).")
    var output: String?
    @OptionGroup var reading: GraphReadingOptions

    func run() throws {
        let destination = output ?? Self.defaultOutput(for: input)
        guard !OutputFile.isSameFile(destination, as: input) else {
            throw CLIError.usage("the snapshot would overwrite the input '\(input)'")
        }
        let source = GraphSource(argument: input)
        let graph = try LoadProgress.whileLoading(source) { try reading.loader().load(source) }
        let data = GraphSnapshot.data(of: graph)
        try OutputFile.write(data, to: destination)
        StandardStreams.writeError(
            "wrote \(destination): \(graph.nodes.count) nodes, \(graph.interactionCount) interactions, "
                + "\(data.count) bytes\n")
    }

    /// `interactome.txt.gz` → `interactome.npsnap`; `ketamine` → `ketamine.npsnap`.
    static func defaultOutput(for input: String) -> String {
        var name = URL(fileURLWithPath: input).lastPathComponent
        if name.lowercased().hasSuffix(".gz") { name = String(name.dropLast(3)) }
        let stem = (name as NSString).deletingPathExtension
        return (stem.isEmpty ? name : stem) + "." + GraphSnapshot.fileExtension
    }
}
