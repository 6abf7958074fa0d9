import Foundation
import PackagePlugin

/// Embeds every `.npath` file under the package's `Graphs/` folder into the target as Swift source, so the
/// bundled graphs travel inside the library and the `neuropath` binary, with no resource bundle to locate.
@main
struct EmbedGraphsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let graphsDirectory = context.package.directoryURL.appending(path: "Graphs")
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledGraphSources.swift")
        // The tool lists the folder itself when it runs; folders are inputs too, so adding a file re-runs it.
        return [
            .buildCommand(
                displayName: "Embedding the bundled graphs",
                executable: try context.tool(named: "EmbedGraphs").url,
                arguments: [output.path, graphsDirectory.path],
                inputFiles: [graphsDirectory] + Self.contents(of: graphsDirectory),
                outputFiles: [output]
            )
        ]
    }

    /// Every file and folder under `directory`.
    private static func contents(of directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }.sorted { $0.path < $1.path }
    }
}
