// Times reading and writing every interchange format for Docs/formats.md, and prints two Markdown tables.
// Usage: neuropath-format-bench --read FILE… [--write NETWORK]
//   --read FILE…     each file read (median of 5 in process), its format, nodes and interactions
//   --write NETWORK  the network loaded once, written in every format (median of 3), and read back
import BenchmarkSupport
import Foundation
import NeuroPath
import NeuroPathCompression

let arguments = Array(CommandLine.arguments.dropFirst())
guard let readFlag = arguments.firstIndex(of: "--read") else {
    FileHandle.standardError.write(Data("usage: neuropath-format-bench --read FILE… [--write NETWORK]\n".utf8))
    exit(64)
}
let writeFlag = arguments.firstIndex(of: "--write")
let readFiles = Array(arguments[(readFlag + 1)..<(writeFlag ?? arguments.endIndex)])
let network = writeFlag.flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }

// Our own .npath of a whole interactome has more lines than hand-written graphs are allowed; read it back anyway.
let loader = GraphLoader(
    limits: GraphLimits(maximumLines: 50_000_000),
    decompressGzip: { data, limit in try Gzip.decompress(data, stoppingAfter: limit) })

func milliseconds(_ seconds: Double) -> String {
    seconds < 0.01 ? String(format: "%.2f ms", seconds * 1000) : String(format: "%.0f ms", seconds * 1000)
}

func size(_ bytes: Int) -> String { ByteCountFormatter.string(fromByteCount: Int64(bytes), countStyle: .file) }

func format(of file: String, _ data: Data) -> String {
    let inner = file.hasSuffix(".gz") ? String(file.dropLast(3)) : file
    let bytes = data.starts(with: [0x1F, 0x8B]) ? ((try? Gzip.decompress(data)) ?? data) : data
    return (GraphFormat(readingFileName: inner) ?? GraphFormat.sniff(bytes))?.name ?? "?"
}

print("| file | format | size | nodes | interactions | read |")
print("|---|---|---:|---:|---:|---:|")
for file in readFiles {
    let data = try Data(contentsOf: URL(fileURLWithPath: file))
    let name = URL(fileURLWithPath: file).lastPathComponent
    let start = "| \(name) | \(format(of: file, data)) | \(size(data.count)) "
    do {
        let read = try measure(5) { try loader.load(file: file) }
        print(
            start + "| \(read.answer.nodes.count) | \(read.answer.interactionCount) | \(milliseconds(read.seconds)) |")
    } catch {
        // Files refused by design (an SBGN logic gate) are listed with the reason.
        let reason = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
        print(start + "| refused: \(reason.replacingOccurrences(of: file + ": ", with: "")) | | |")
    }
}

if let network {
    let graph = try loader.load(file: network)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("neuropath-formats-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    print(
        "\n\(URL(fileURLWithPath: network).lastPathComponent): \(graph.nodes.count) nodes, "
            + "\(graph.interactionCount) interactions, written in each format and read back\n")
    print("| format | written | size | read back | interactions read back |")
    print("|---|---:|---:|---:|---:|")
    for output in GraphFormat.writable {
        let written = try measure(3) { try output.write(graph) }
        let url = folder.appendingPathComponent("g." + output.writingExtensions[0])
        try written.answer.write(to: url, atomically: false, encoding: .utf8)
        let bytes = written.answer.utf8.count
        var readBack = "not read (a format for Boolean tools)", count = "—"
        if output.isReadable {
            let read = try measure(3) { try loader.load(file: url.path) }
            readBack = milliseconds(read.seconds)
            count = "\(read.answer.interactionCount)"
        }
        print("| \(output.name) | \(milliseconds(written.seconds)) | \(size(bytes)) | \(readBack) | \(count) |")
    }
    let snapshot = measure(3) { GraphSnapshot.data(of: graph) }
    let url = folder.appendingPathComponent("g.npsnap")
    try snapshot.answer.write(to: url)
    let read = try measure(3) { try loader.load(file: url.path) }
    print(
        "| npsnap | \(milliseconds(snapshot.seconds)) | \(size(snapshot.answer.count)) | "
            + "\(milliseconds(read.seconds)) | \(read.answer.interactionCount) |")
}
