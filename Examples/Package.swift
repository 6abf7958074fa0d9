// swift-tools-version:6.0
import Foundation
import PackageDescription

// A package outside NeuroPath that depends on it by path, as a teaching tool would. A path dependency's package
// name is the name of its folder, so it is read from where this manifest is rather than written in.
let neuroPathFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let neuroPath = neuroPathFolder.lastPathComponent

let package = Package(
    name: "NeuroPathExamples",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        // A command-line quiz over the bundled ketamine graph.
        .executableTarget(name: "quiz", dependencies: [.product(name: "NeuroPath", package: neuroPath)]),
        // One highlighted SVG per causal path, rendered from async code.
        .executableTarget(
            name: "path-figures",
            dependencies: [
                .product(name: "NeuroPath", package: neuroPath),
                .product(name: "NeuroPathGraphviz", package: neuroPath),
            ]),
        // A graph built in code, queried and explained.
        .executableTarget(name: "graph-in-code", dependencies: [.product(name: "NeuroPath", package: neuroPath)]),
        // A query run from async code and cancelled, beside one stopped by its budget.
        .executableTarget(name: "cancel-a-query", dependencies: [.product(name: "NeuroPath", package: neuroPath)]),
        // A web-handler-shaped function: query parameters in, the command line's JSON out.
        .executableTarget(name: "json-handler", dependencies: [.product(name: "NeuroPath", package: neuroPath)]),
    ]
)
