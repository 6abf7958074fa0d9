import Foundation
import FuzzSupport
import NeuroPath

/// The `.npath` reader and assembler: any bytes either load or fail with diagnostics; a document that parses is
/// written in canonical form, and that text parses to the same document.
///
/// An input may hold several files, split at lines `%% file NAME`: the text before the first such line is
/// `main.npath`, and its includes are served from the others in memory (`GraphLoader.load(npath:main:)`), so
/// include resolution, cycles, depth and shared modules are fuzzed without touching the disk.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzNPath(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.data(data, size)
    let text = String(decoding: bytes, as: UTF8.self)
    let files = MultiFileInput.split(text, main: "main.npath")
    if let graph = try? GraphLoader().load(npath: files, main: "main.npath") {
        FuzzQueries.exercise(graph)
    }
    for (name, fileText) in files {
        guard let document = try? NPathParser.document(text: fileText, file: name) else { continue }
        let written = NPathWriter.write(document)
        guard let again = try? NPathParser.document(text: written, file: name), again == document else {
            fatalError("the canonical text of a document does not parse back to it")
        }
    }
    return 0
}

FuzzDriver.run { fuzzNPath($0, $1) }
