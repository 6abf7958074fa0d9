/// The graphs that ship inside the library, built from the package's `Graphs/` folder. Load one with
/// ``GraphLoader/load(_:)`` and ``GraphSource/bundled(_:)``.
public enum BundledGraphs {
    /// The names of the bundled top-level graphs (modules under `modules/` are included by them, not listed).
    public static var names: [String] {
        bundledGraphSources.keys.filter { !$0.contains("/") && $0.hasSuffix(".npath") }
            .map { String($0.dropLast(".npath".count)) }.sorted()
    }

    /// Every bundled file, graphs and modules, by its path relative to `Graphs/`.
    public static var files: [String] { bundledGraphSources.keys.sorted() }

    /// The text of a bundled file, by its path relative to `Graphs/` (`ketamine.npath`).
    public static func source(at path: String) -> String? { bundledGraphSources[path] }
}
