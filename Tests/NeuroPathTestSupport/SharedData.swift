import Foundation

/// The real networks and files in `../shared/data` beside the project. Tests that need them are skipped, with
/// a message, when the folder is absent.
public enum SharedData {
    /// `../shared/data`, relative to the package root.
    public static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data").standardizedFileURL

    /// The absolute path of a file in the shared data folder.
    public static func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    /// Whether the file exists.
    public static func has(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }

    /// Whether `python3` with networkx can run here, for cross-checks against networkx.
    public static let hasNetworkX = canImport("networkx")

    /// Whether `python3` with libSBML's bindings (`python-libsbml`) can run here, to check SBML-qual output.
    public static let hasLibSBML = canImport("libsbml")

    /// Whether `python3 -c "import module"` succeeds.
    private static func canImport(_ module: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import \(module)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus == 0
        } catch {
            return false
        }
    }
}
