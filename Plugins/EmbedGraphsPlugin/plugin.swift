import Foundation
import PackagePlugin

/// Embeds every `.npath` file under the package's `Graphs/` folder into the target as Swift source, so the
/// bundled graphs travel inside the library and the `neuropath` binary, with no resource bundle to locate.
@main
struct EmbedGraphsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let graphsDirectory = context.package.directoryURL.appending(path: "Graphs")
        let graphFiles = Self.npathFiles(under: graphsDirectory)
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledGraphSources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(graphFiles.count) bundled graph files",
                executable: try context.tool(named: "EmbedGraphs").url,
                arguments: [output.path, graphsDirectory.path] + graphFiles.map(\.path),
                inputFiles: graphFiles,
                outputFiles: [output]
            )
        ]
    }

    private static func npathFiles(under directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "npath" }
            .sorted { $0.path < $1.path }
    }
}
