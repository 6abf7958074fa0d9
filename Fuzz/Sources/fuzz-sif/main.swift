import Foundation
import FuzzSupport
import NeuroPath

/// The SIF and signed-table reader, then queries over whatever graph it yields.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSIF(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.data(data, size)
    if let graph = try? SIFImporter.parse(data: bytes, file: "fuzz.sif") {
        FuzzQueries.exercise(graph)
    }
    return 0
}

FuzzDriver.run { fuzzSIF($0, $1) }
