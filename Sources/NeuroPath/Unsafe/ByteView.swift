import Foundation

/// A read-only view of a loaded file's bytes for the table readers: the only place they touch memory directly
/// (`memchr`, `memcmp`, unaligned 8-byte loads). Every range is checked by ``invariant(_:_:)`` in debug, test
/// and fuzz builds. The bytes belong to the caller of ``ByteLines/reading(_:_:)`` and live as long as its body.
struct ByteView {
    private let bytes: UnsafeBufferPointer<UInt8>

    /// A view of `bytes`, valid while they are.
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The number of bytes.
    var count: Int { bytes.count }

    /// The byte at `index`.
    @inline(__always)
    subscript(index: Int) -> UInt8 {
        invariant(index >= 0 && index < bytes.count, "byte \(index) out of 0..<\(bytes.count)")
        return bytes[index]
    }

    @inline(__always)
    private func check(_ range: Range<Int>) {
        invariant(range.lowerBound >= 0 && range.upperBound <= bytes.count, "bytes \(range) out of 0..<\(bytes.count)")
    }

    /// The index of the first `byte` at or after `start`, or `count` (memchr: vectorised by libc).
    @inline(__always)
    func firstIndex(of byte: UInt8, from start: Int) -> Int {
        guard start >= 0, start < bytes.count, let base = bytes.baseAddress else { return bytes.count }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The eight bytes at `offset`, little-endian as the machine reads them; `offset + 8` must not pass the end.
    @inline(__always)
    func word(at offset: Int) -> UInt64 {
        check(offset..<(offset + 8))
        return UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// Whether the bytes of `a` and `b` are the same.
    func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        check(a)
        check(b)
        guard a.count == b.count else { return false }
        guard a.count > 0, let base = bytes.baseAddress else { return true }
        return memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0
    }

    /// Calls `body` with the first byte's address (any valid address when there are none) and the count.
    func withBaseAddress<Result>(_ body: (UnsafeRawPointer, Int) -> Result) -> Result {
        guard let base = bytes.baseAddress else {
            return withUnsafeBytes(of: 0) { body($0.baseAddress!, 0) }
        }
        return body(UnsafeRawPointer(base), bytes.count)
    }

    /// The text of `range`, decoded as UTF-8 (invalid sequences become U+FFFD).
    func string(_ range: Range<Int>) -> String {
        check(range)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
