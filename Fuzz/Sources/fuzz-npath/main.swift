import Foundation
import FuzzSupport
import NeuroPath

/// The `.npath` reader: any bytes either load or fail with diagnostics; a document that parses is written in
/// canonical form, and that text parses to the same document.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzNPath(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.data(data, size)
    let text = String(decoding: bytes, as: UTF8.self)
    if let graph = try? NPathParser.parse(text: text, file: "fuzz.npath") {
        FuzzQueries.exercise(graph)
    }
    if let document = try? NPathParser.document(text: text, file: "fuzz.npath") {
        let written = NPathWriter.write(document)
        guard let again = try? NPathParser.document(text: written, file: "fuzz.npath"), again == document else {
            fatalError("the canonical text of a document does not parse back to it")
        }
    }
    return 0
}

FuzzDriver.run { fuzzNPath($0, $1) }
