import Foundation

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

    /// Whether the bundled graph `name` ships as a snapshot made from its current text, which loads it about
    /// 25 times faster than parsing (`scripts/update-bundled-snapshots` makes them).
    public static func hasSnapshot(_ name: String) -> Bool { bundledGraphSnapshots[name + ".npsnap"] != nil }

    /// The fingerprint of the bundled texts, as `EmbedGraphs --fingerprint Graphs` prints it.
    public static var sourceFingerprint: String { bundledGraphSourceFingerprint }

    /// The snapshot of the bundled graph `name`, if one is embedded.
    static func snapshot(_ name: String) -> Data? {
        bundledGraphSnapshots[name + ".npsnap"].flatMap { Data(base64Encoded: $0) }
    }
}
