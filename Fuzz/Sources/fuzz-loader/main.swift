import Foundation
import FuzzSupport
import NeuroPath

/// The loader as a server would use it on an upload: format detected by content, then queries.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.data(data, size)
    if let graph = try? GraphLoader().load(data: bytes, file: "upload.tsv") {
        FuzzQueries.exercise(graph)
    }
    return 0
}

FuzzDriver.run { fuzzLoader($0, $1) }
