import CZlib
import Foundation

/// Decompresses gzip files (`.gz`) with zlib, so `--graph` can read compressed interactomes directly.
enum Gzip {
    /// Whether `data` starts with the gzip magic bytes.
    static func isCompressed(_ data: Data) -> Bool { data.starts(with: [0x1F, 0x8B]) }

    /// The decompressed bytes; throws a data error for a corrupt stream.
    static func decompress(_ data: Data, file: String) throws(CLIError) -> Data {
        var stream = z_stream()
        guard neuropath_inflate_init_gzip(&stream) == Z_OK else { throw .internalFailure("zlib could not start") }
        defer { inflateEnd(&stream) }
        var output = Data()
        output.reserveCapacity(data.count * 4)
        let chunk = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        var status: Int32 = Z_OK
        data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            repeat {
                buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(chunk)
                    status = inflate(&stream, Z_NO_FLUSH)
                    output.append(out.baseAddress!, count: chunk - Int(stream.avail_out))
                }
            } while status == Z_OK
        }
        guard status == Z_STREAM_END else {
            throw .data("\(file) is not a complete gzip file (zlib status \(status))")
        }
        return output
    }
}
