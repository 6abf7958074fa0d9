import CZlib
import Foundation

/// Decompresses gzip files (`.gz`) with zlib, so compressed interactomes can be read directly, and compresses
/// bytes to gzip (the server's answers to clients that accept it).
public enum Gzip {
    /// Why data could not be decompressed.
    public enum Failure: Error, Sendable, CustomStringConvertible, LocalizedError {
        /// zlib could not be initialised.
        case unavailable
        /// The stream is corrupt or truncated; `status` is zlib's code.
        case corrupt(status: Int32)

        /// A message a person can act on.
        public var description: String {
            switch self {
            case .unavailable: "zlib could not start"
            case .corrupt(let status): "not a complete gzip stream (zlib status \(status))"
            }
        }

        /// The same as ``description``, for `localizedDescription`.
        public var errorDescription: String? { description }
    }

    /// Whether `data` starts with the gzip magic bytes.
    public static func isCompressed(_ data: Data) -> Bool { data.starts(with: [0x1F, 0x8B]) }

    /// The decompressed bytes.
    public static func decompress(_ data: Data) throws(Failure) -> Data {
        var stream = z_stream()
        guard neuropath_inflate_init_gzip(&stream) == Z_OK else { throw .unavailable }
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
        guard status == Z_STREAM_END else { throw .corrupt(status: status) }
        return output
    }

    /// `bytes` as one gzip member, at zlib's `level` (1 fastest to 9 smallest; 6 is gzip's default).
    public static func compress(_ bytes: some ContiguousBytes, level: Int32 = 6) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard neuropath_deflate_init_gzip(&stream, level) == Z_OK else { throw .unavailable }
        defer { deflateEnd(&stream) }
        var status: Int32 = Z_OK
        let output = bytes.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> [UInt8] in
            let capacity = Int(deflateBound(&stream, uLong(input.count)))
            return [UInt8](unsafeUninitializedCapacity: capacity) { out, count in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(capacity)
                status = deflate(&stream, Z_FINISH)
                count = capacity - Int(stream.avail_out)
            }
        }
        guard status == Z_STREAM_END else { throw .corrupt(status: status) }
        return output
    }
}
