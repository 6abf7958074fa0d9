import Foundation
import HTTPTypes
import NIOCore
import NeuroPath
import NeuroPathCompression

/// A finished answer to one request, ready to be sent to any client that asks the same: its status, type and
/// bytes, the same bytes gzipped when that makes them smaller, and a strong entity tag of the bytes. Made once on a
/// worker (gzip and hashing included) and then only copied out, so cached answers cost the threads that read
/// requests nothing.
struct Answer: Sendable {
    /// The HTTP status.
    let status: HTTPResponse.Status
    /// The `Content-Type`.
    let contentType: String
    /// The bytes.
    let body: ByteBuffer
    /// The bytes as gzip, when they compress (text over a kilobyte).
    let gzipped: ByteBuffer?
    /// A strong `ETag` of `body`: the same bytes always give the same tag.
    let entityTag: String
    /// Headers of this answer's own (`Content-Disposition`, `Retry-After`, …).
    let headers: [(name: HTTPField.Name, value: String)]
    /// Whether another request for the same URL may be given this answer: not when it depends on time (a query
    /// cut short by its budget, a busy server).
    let reusable: Bool

    /// Bytes held, for the cache's bound.
    var cost: Int { body.readableBytes + (gzipped?.readableBytes ?? 0) + 256 }

    /// Bodies smaller than this are sent as they are: gzip would save little.
    static let compressionThreshold = 1024

    init(
        status: HTTPResponse.Status = .ok, contentType: String, bytes: some Collection<UInt8>,
        headers: [(name: HTTPField.Name, value: String)] = [], reusable: Bool = true
    ) {
        self.status = status
        self.contentType = contentType
        self.headers = headers
        self.reusable = reusable
        let array = Array(bytes)
        body = ByteBuffer(bytes: array)
        entityTag = Self.entityTag(of: array)
        if array.count >= Self.compressionThreshold, let compressed = try? Gzip.compress(array),
            compressed.count < array.count
        {
            gzipped = ByteBuffer(bytes: compressed)
        } else {
            gzipped = nil
        }
    }

    /// `value` as the library's JSON (the command line's `--json`, with its final newline).
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, reusable: Bool = true) -> Answer {
        let text = (try? PathwayJSONEncoder().encode(value)) ?? #"{"error": {"code": "internal"}}"#
        return Answer(
            status: status, contentType: "application/json; charset=utf-8", bytes: Array((text + "\n").utf8),
            reusable: reusable)
    }

    /// An API error as its JSON body; a busy server's answer says when to try again.
    static func error(_ error: APIError) -> Answer {
        let retry: [(name: HTTPField.Name, value: String)] =
            error.status == .serviceUnavailable ? [(.retryAfter, "1")] : []
        let text = (try? PathwayJSONEncoder().encode(error.report)) ?? #"{"error": {"code": "internal"}}"#
        return Answer(
            status: error.status, contentType: "application/json; charset=utf-8", bytes: Array((text + "\n").utf8),
            headers: retry, reusable: error.status != .serviceUnavailable)
    }

    /// Text of a content type.
    static func text(_ text: String, type: String, reusable: Bool = true) -> Answer {
        Answer(contentType: type, bytes: Array(text.utf8), reusable: reusable)
    }

    /// A quoted 64-bit FNV-1a hash of the bytes with their length: equal bytes, equal tags.
    static func entityTag(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "\"\(String(hash, radix: 16))-\(String(bytes.count, radix: 16))\""
    }
}
