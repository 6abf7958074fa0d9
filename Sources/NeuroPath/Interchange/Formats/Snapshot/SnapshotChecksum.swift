/// A fast 64-bit checksum of a snapshot's payload, to catch damaged files (a flipped bit, a bad copy); not a
/// defence against deliberate change, which the reader's own checks of every index cover.
///
/// Four independent lanes of multiply–rotate over 8-byte words, folded together with the length.
enum SnapshotChecksum {
    private static let primes: (UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F)

    /// The checksum of `view`'s bytes from `start` to the end.
    static func of(_ view: ByteView, from start: Int) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
        var offset = start
        let end = view.count
        while offset + 32 <= end {
            lanes.0 = mix(lanes.0, UInt64(littleEndian: view.word(at: offset)))
            lanes.1 = mix(lanes.1, UInt64(littleEndian: view.word(at: offset + 8)))
            lanes.2 = mix(lanes.2, UInt64(littleEndian: view.word(at: offset + 16)))
            lanes.3 = mix(lanes.3, UInt64(littleEndian: view.word(at: offset + 24)))
            offset += 32
        }
        var hash = mix(mix(mix(mix(UInt64(end - start), lanes.0), lanes.1), lanes.2), lanes.3)
        while offset + 8 <= end {
            hash = mix(hash, UInt64(littleEndian: view.word(at: offset)))
            offset += 8
        }
        while offset < end {
            hash = mix(hash, UInt64(view[offset]))
            offset += 1
        }
        hash ^= hash >> 33
        hash = hash &* primes.1
        return hash ^ (hash >> 29)
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word) &* primes.0
        return ((product << 31) | (product >> 33)) &* primes.1
    }
}
