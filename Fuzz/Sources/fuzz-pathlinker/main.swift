import Foundation
import FuzzSupport
import NeuroPath

/// The PathLinker reader, then queries over whatever graph it yields.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzPathLinker(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.data(data, size)
    let table = Data("#tail\thead\tweight\tdirected\tdb\n".utf8) + bytes
    if let graph = try? PathLinkerImporter.parse(data: table, file: "fuzz.txt") {
        FuzzQueries.exercise(graph)
    }
    return 0
}

FuzzDriver.run { fuzzPathLinker($0, $1) }
