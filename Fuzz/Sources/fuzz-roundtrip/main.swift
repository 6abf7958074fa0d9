import Foundation
import FuzzSupport
import NeuroPath

/// The files each input is read as: its first byte picks one (the rest is the file), so that every reader is
/// reached from the same corpus.
let names = [
    "upload.npath", "upload.sif", "upload.bel", "upload.gpml", "upload.sbgn", "upload.graphml", "upload.cyjs",
    "upload.npath.json", "upload.tsv", "upload.txt",
]

/// Every graph a reader accepts is written in every format and read back: NeuroPath JSON must give back the
/// same graph exactly (its text again, byte for byte), and every other readable format the same nodes and
/// interactions, unless the writer refuses the graph before writing (an id it cannot hold). SBML-qual, which
/// is written but not read, must at least be written.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzRoundTrip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.data(data, size)
    guard let first = bytes.first else { return 0 }
    let file = names[Int(first) % names.count]
    guard let graph = try? GraphLoader().load(data: bytes.dropFirst(), file: file) else { return 0 }
    let json = NeuroPathJSON.write(graph)
    for format in GraphFormat.writable {
        guard let text = try? format.write(graph) else { continue }
        guard format.isReadable, let suffix = format.writingExtensions.first else {
            precondition(!text.isEmpty, "\(format) wrote nothing")
            continue
        }
        let back: PathwayGraph
        do {
            back = try GraphLoader().load(data: Data(text.utf8), file: "round-trip." + suffix)
        } catch {
            preconditionFailure("\(file) written as \(format) does not load: \(error)")
        }
        precondition(back.nodes.count == graph.nodes.count, "\(file) as \(format): nodes")
        precondition(back.interactionCount == graph.interactionCount, "\(file) as \(format): interactions")
        if format == .neuroPathJSON {
            precondition(NeuroPathJSON.write(back) == json, "\(file) as NeuroPath JSON: not the same graph")
        }
    }
    return 0
}

FuzzDriver.run { fuzzRoundTrip($0, $1) }
