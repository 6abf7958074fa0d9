// swift-tools-version:6.1
import PackageDescription

// CI builds with NEUROPATH_STRICT=1: warnings in NeuroPath's own targets are errors there (and only there, so a
// newer compiler's new warnings never break a user's build).
let strict: [SwiftSetting] =
    Context.environment["NEUROPATH_STRICT"] == "1" ? [.unsafeFlags(["-warnings-as-errors"])] : []
// Test and fuzz builds set NEUROPATH_INVARIANTS=1: the index and layout checks of the unsafe buffers
// (Sources/NeuroPath/Unsafe) then run in optimised code too, not only in debug builds.
let invariants: [SwiftSetting] =
    Context.environment["NEUROPATH_INVARIANTS"] == "1" ? [.define("NEUROPATH_INVARIANTS")] : []

// A dependency of the command line and the server only.
let tools: TargetDependencyCondition? = .when(traits: ["Tools"])

let package = Package(
    name: "NeuroPath",
    platforms: [.macOS(.v14), .iOS(.v17), .tvOS(.v17), .watchOS(.v10)],
    products: [
        .library(name: "NeuroPath", targets: ["NeuroPath"]),
        .library(name: "NeuroPathGraphviz", targets: ["NeuroPathGraphviz"]),
        // gzip decompression for ``GraphLoader`` (`GraphLoader(decompressGzip: { try Gzip.decompress($0) })`).
        .library(name: "NeuroPathCompression", targets: ["NeuroPathCompression"]),
        // `neuropath serve` as a library: the JSON API and the explorer page, for a server of one's own.
        .library(name: "NeuroPathServer", targets: ["NeuroPathServer"]),
        .executable(name: "neuropath", targets: ["neuropath"]),
    ],
    // The command line and the server are built only with the trait `Tools` (`swift build --traits Tools`), so a
    // package that depends on the libraries resolves swift-collections alone, not the server's packages.
    traits: [
        .trait(
            name: "Tools", description: "The neuropath command, the classroom server (NeuroPathServer) and their tests")
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own HTTP types on the channel, for the server's connection tracker (no code of its own here).
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // `swift package generate-documentation` for the DocC catalogs; nothing is linked from it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The core: model, native format, interchange, queries. Pure Swift + Foundation.
        .target(
            name: "NeuroPath",
            dependencies: [.product(name: "HeapModule", package: "swift-collections")],
            plugins: ["EmbedGraphsPlugin"]
        ),
        // Build-time tool that embeds the curated graphs in `Graphs/` into the NeuroPath module.
        .executableTarget(name: "EmbedGraphs"),
        .plugin(name: "EmbedGraphsPlugin", capability: .buildTool(), dependencies: ["EmbedGraphs"]),
        // Graphviz's C library (libgvc), found through pkg-config.
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        // zlib, and gzip decompression on it, for reading compressed networks (the core stays pure Swift).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "NeuroPathCompression", dependencies: ["CZlib"]),
        // Styled pathway diagrams laid out and rendered in-process by libgvc.
        // DOT text read with a deterministic id discipline (C: cgraph's discipline is a table of C callbacks).
        .target(name: "CGraphvizDOT", dependencies: ["CGraphviz"]),
        .target(name: "NeuroPathGraphviz", dependencies: ["NeuroPath", "CGraphviz", "CGraphvizDOT"]),
        // The classroom server: the library's queries over HTTP (Hummingbird), the explorer page, OpenAPI.
        .target(
            name: "NeuroPathServer",
            dependencies: [
                "NeuroPath", "NeuroPathGraphviz", "NeuroPathCompression",
                .product(name: "DequeModule", package: "swift-collections", condition: tools),
                .product(name: "Hummingbird", package: "hummingbird", condition: tools),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras", condition: tools),
                .product(name: "Logging", package: "swift-log", condition: tools),
            ]
        ),
        // The command line: thin subcommands over the library.
        .executableTarget(
            name: "neuropath",
            dependencies: [
                "NeuroPath",
                "NeuroPathGraphviz",
                "NeuroPathCompression",
                "NeuroPathServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: tools),
            ]
        ),
        // The timing rule the benchmarks share.
        .target(name: "BenchmarkSupport", path: "Benchmarks/BenchmarkSupport"),
        // Times NeuroPath on real networks for Benchmarks/run (not part of the test run).
        .executableTarget(
            name: "neuropath-bench", dependencies: ["NeuroPath", "NeuroPathCompression", "BenchmarkSupport"],
            path: "Benchmarks/NeuroPathBenchmark"),
        // Times diagram rendering for Benchmarks/run.
        .executableTarget(
            name: "neuropath-render-bench", dependencies: ["NeuroPath", "NeuroPathGraphviz", "BenchmarkSupport"],
            path: "Benchmarks/RenderBenchmark"),
        // Times reading and writing every interchange format for Docs/formats.md (Benchmarks/formats).
        .executableTarget(
            name: "neuropath-format-bench", dependencies: ["NeuroPath", "NeuroPathCompression", "BenchmarkSupport"],
            path: "Benchmarks/FormatBenchmark"),
        .target(name: "NeuroPathTestSupport", dependencies: ["NeuroPath"], path: "Tests/NeuroPathTestSupport"),
        .testTarget(
            name: "NeuroPathTests", dependencies: ["NeuroPath", "NeuroPathCompression", "NeuroPathTestSupport"]),
        .testTarget(
            name: "NeuroPathGraphvizTests",
            dependencies: ["NeuroPathGraphviz", "NeuroPathTestSupport", "CGraphviz", "CGraphvizDOT"],
            exclude: ["Fixtures"]),
        .testTarget(name: "NeuroPathCLITests", dependencies: ["NeuroPath", "NeuroPathTestSupport", "neuropath"]),
        .testTarget(
            name: "NeuroPathServerTests",
            dependencies: ["NeuroPathServer", "NeuroPath", "NeuroPathCompression", "NeuroPathTestSupport"]),
    ]
)

for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + strict + invariants
}
