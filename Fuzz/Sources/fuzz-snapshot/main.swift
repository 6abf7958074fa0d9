import Foundation
import FuzzSupport
@_spi(Testing) import NeuroPath

/// Snapshots. An input whose first byte is even is a payload, sealed here with a valid header and checksum so
/// the fuzzer reaches the decoder's checks of every count, index and code; an odd first byte sends the rest as a
/// whole file, header and all. `fuzz-snapshot --write-seeds DIR` writes payload seeds from the bundled graphs.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSnapshot(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.data(data, size)
    guard let mode = bytes.first else { return 0 }
    let rest = bytes.dropFirst()
    let file = mode & 1 == 0 ? GraphSnapshot.sealed(payload: [UInt8](rest)) : Data(rest)
    if let graph = try? GraphLoader().load(data: file, file: "upload.npsnap") {
        FuzzQueries.exercise(graph)
    }
    return 0
}

let arguments = CommandLine.arguments
if arguments.count == 3, arguments[1] == "--write-seeds" {
    for name in BundledGraphs.names {
        let snapshot = GraphSnapshot.data(of: try GraphLoader().load(.bundled(name)))
        try (Data([0]) + snapshot.dropFirst(32)).write(to: URL(fileURLWithPath: "\(arguments[2])/\(name)-payload"))
        try (Data([1]) + snapshot).write(to: URL(fileURLWithPath: "\(arguments[2])/\(name)-file"))
    }
    exit(0)
}
FuzzDriver.run { fuzzSnapshot($0, $1) }
