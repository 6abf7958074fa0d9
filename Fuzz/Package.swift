// swift-tools-version:6.1
import Foundation
import PackageDescription

// libFuzzer harnesses for every reader of untrusted bytes, in a package of their own; each hands its input
// function to libFuzzer's driver (`LLVMFuzzerRunDriver`). `Fuzz/run` builds them with AddressSanitizer and coverage for the whole package graph
// (`--sanitize=address -sanitize-coverage=…`), and libFuzzer linked into the harnesses only.
let neuroPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent

let harnesses = [
    "fuzz-npath", "fuzz-sif", "fuzz-pathlinker", "fuzz-loader", "fuzz-names", "fuzz-snapshot", "fuzz-router",
    "fuzz-roundtrip",
]

let package = Package(
    name: "NeuroPathFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..", traits: ["Tools"])],
    targets: [.target(name: "FuzzSupport", dependencies: [.product(name: "NeuroPath", package: neuroPath)])]
        + harnesses.map { name in
            .executableTarget(
                name: name,
                dependencies: ["FuzzSupport", .product(name: "NeuroPath", package: neuroPath)]
                    + (name == "fuzz-router"
                        ? [
                            .product(name: "NeuroPathServer", package: neuroPath),
                            .product(name: "NeuroPathCompression", package: neuroPath),
                        ] : []),
                linkerSettings: [.unsafeFlags(["-sanitize=fuzzer", "-use-ld=lld"])])
        }
)
