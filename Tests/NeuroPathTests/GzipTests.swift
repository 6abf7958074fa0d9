import Foundation
import NeuroPath
import NeuroPathCompression
import Testing

/// Gzip as files arrive: several members (`cat a.gz b.gz`, bgzip, pigz) read whole, bytes after the last member
/// refused, exactly one layer unwrapped, and a bomb stopped at the loader's size limit while it inflates.
@Suite struct GzipTests {
    let loader = GraphLoader(decompressGzip: { try Gzip.decompress($0, stoppingAfter: $1) })

    @Test func compressedBytesComeBackTheSame() throws {
        for text in ["", "a", "a\t1\tb\n", String(repeating: "ketamine\tactivates\tbdnf\n", count: 5_000)] {
            let packed = try Gzip.compress(Array(text.utf8))
            #expect(Gzip.isCompressed(Data(packed)))
            #expect(try Gzip.decompress(Data(packed)) == Data(text.utf8))
        }
    }

    @Test func everyMemberOfAConcatenatedFileIsRead() throws {
        let first = try Gzip.compress(Array("a\t1\tb\n".utf8))
        let second = try Gzip.compress(Array("b\t-1\tc\nc\t1\td\n".utf8))
        let graph = try loader.load(data: Data(first + second), file: "two-members.sif.gz")
        #expect(graph.nodes.map(\.id) == ["a", "b", "c", "d"] && graph.interactionCount == 3)
    }

    @Test func bytesAfterTheLastMemberAreAnError() throws {
        let member = try Gzip.compress(Array("a\t1\tb\n".utf8))
        #expect(throws: Gzip.Failure.trailingData(count: 7)) {
            try Gzip.decompress(Data(member + Array("garbage".utf8)))
        }
        #expect(throws: GraphLoadError.self) {
            try loader.load(data: Data(member + Array("garbage".utf8)), file: "tail.sif.gz")
        }
    }

    @Test func onlyOneLayerIsUnwrapped() throws {
        let once = try Gzip.compress(Array("a\t1\tb\n".utf8))
        let twice = try Gzip.compress(once)
        let thrice = try Gzip.compress(twice)
        for data in [twice, thrice] {
            do {
                _ = try loader.load(data: Data(data), file: "nested.sif.gz")
                Issue.record("a file compressed more than once was read")
            } catch {
                #expect(error.description.contains("compressed twice"), "\(error.description)")
            }
        }
        // A file on disk too: it used to be unwrapped once when read and again when parsed.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("nested.sif.gz")
        try Data(twice).write(to: file)
        #expect(throws: GraphLoadError.self) { try loader.load(file: file.path) }
    }

    /// 64 MiB of zeros compress to 64 KiB; with a 1 MiB limit, inflating stops just past it.
    @Test func aBombStopsAtTheLimitWhileItInflates() throws {
        let zeros = [UInt8](repeating: 0x30, count: 64 << 20)
        let bomb = Data(try Gzip.compress(zeros, level: 9))
        #expect(bomb.count < 1 << 20)
        let inflated = try Gzip.decompress(bomb, stoppingAfter: 1 << 20)
        #expect(inflated.count == (1 << 20) + 1)
        let small = GraphLoader(
            limits: GraphLimits(maximumFileSize: 1 << 20),
            decompressGzip: { try Gzip.decompress($0, stoppingAfter: $1) })
        do {
            _ = try small.load(data: bomb, file: "bomb.sif.gz")
            Issue.record("a bomb was read")
        } catch {
            #expect(error.description.contains("had not ended"), "\(error.description)")
        }
    }
}
