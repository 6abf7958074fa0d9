extension ByteView {
    /// `count` little-endian integers stored back to back from `offset`, copied into an array in one `memcpy`
    /// (byte-swapped on a big-endian machine); `offset + count * size` must not pass the end.
    func integers<Integer: FixedWidthInteger & BitwiseCopyable>(
        _: Integer.Type, at offset: Int, count: Int
    ) -> [Integer] {
        let size = MemoryLayout<Integer>.size
        return withBaseAddress { base, available in
            invariant(
                offset >= 0 && count >= 0 && offset + count * size <= available,
                "column of \(count) × \(size) bytes at \(offset) out of 0..<\(available)")
            // An empty column is the empty array itself: `Array(unsafeUninitializedCapacity: 0)` writes its count
            // into the one empty-array storage every thread shares, which ThreadSanitizer reports as a race.
            guard count > 0 else { return [] }
            let values = [Integer](unsafeUninitializedCapacity: count) { buffer, initialised in
                UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: base + offset, byteCount: count * size)
                initialised = count
            }
            #if _endian(big)
                return values.map { Integer(littleEndian: $0) }
            #else
                return values
            #endif
        }
    }

    /// The little-endian integer at `offset`; `offset + size` must not pass the end.
    @inline(__always)
    func integer<Integer: FixedWidthInteger & BitwiseCopyable>(_: Integer.Type, at offset: Int) -> Integer {
        withBaseAddress { base, available in
            invariant(
                offset >= 0 && offset + MemoryLayout<Integer>.size <= available,
                "\(MemoryLayout<Integer>.size) bytes at \(offset) out of 0..<\(available)")
            return Integer(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: Integer.self))
        }
    }
}
