import CZlib
import Foundation

/// Decompresses gzip files (`.gz`) with zlib, so compressed interactomes can be read directly, and compresses
/// bytes to gzip (the server's answers to clients that accept it).
public enum Gzip {
    /// Why data could not be decompressed.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
        /// zlib could not be initialised.
        case unavailable
        /// The stream is corrupt or truncated; `status` is zlib's code.
        case corrupt(status: Int32)
        /// After the last complete gzip member come `count` bytes that are not gzip.
        case trailingData(count: Int)

        /// A message a person can act on.
        public var description: String {
            switch self {
            case .unavailable: "zlib could not start"
            case .corrupt(let status): "not a complete gzip stream (zlib status \(status))"
            case .trailingData(let count):
                "\(count) bytes that are not gzip follow the compressed data (a damaged or concatenated file)"
            }
        }

        /// The same as ``description``, for `localizedDescription`.
        public var errorDescription: String? { description }
    }

    /// Whether `data` starts with the gzip magic bytes.
    public static func isCompressed(_ data: Data) -> Bool { data.starts(with: [0x1F, 0x8B]) }

    /// The decompressed bytes of every gzip member in `data` (as `cat a.gz b.gz`, bgzip and pigz write them).
    /// Bytes after the last member that are not gzip are an error.
    public static func decompress(_ data: Data) throws(Failure) -> Data {
        try decompress(data, stoppingAfter: .max)
    }

    /// The same, inflated as a stream that stops once it has more than `limit` bytes, returning the first
    /// `limit + 1`: a caller that finds more than its limit refuses the data, and a small file that would
    /// inflate to gigabytes costs no more than the limit (``GraphLoader``'s decompressor:
    /// `GraphLoader(decompressGzip: { try Gzip.decompress($0, stoppingAfter: $1) })`).
    public static func decompress(_ data: Data, stoppingAfter limit: Int) throws(Failure) -> Data {
        var stream = z_stream()
        guard neuropath_inflate_init_gzip(&stream) == Z_OK else { throw .unavailable }
        defer { inflateEnd(&stream) }
        var output = Data()
        output.reserveCapacity(min(limit, data.count * 4))
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        var failure: Failure?
        var full = false
        data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            while true {
                var status: Int32 = Z_OK
                repeat {
                    buffer.withUnsafeMutableBufferPointer { out in
                        stream.next_out = out.baseAddress
                        stream.avail_out = uInt(chunk)
                        status = inflate(&stream, Z_NO_FLUSH)
                        let produced = chunk - Int(stream.avail_out)
                        let room = limit == .max ? produced : min(produced, limit + 1 - output.count)
                        output.append(out.baseAddress!, count: room)
                        full = room < produced || output.count > limit
                    }
                } while status == Z_OK && !full
                if full { return }
                guard status == Z_STREAM_END else {
                    failure = .corrupt(status: status)
                    return
                }
                let left = Int(stream.avail_in)
                if left == 0 { return }
                // Another member follows, or something that is not gzip.
                let next = UnsafeRawBufferPointer(start: stream.next_in, count: left)
                guard next.starts(with: [0x1F, 0x8B]) else {
                    failure = .trailingData(count: left)
                    return
                }
                guard inflateReset(&stream) == Z_OK else {
                    failure = .unavailable
                    return
                }
            }
        }
        if let failure { throw failure }
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
