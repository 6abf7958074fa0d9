/// Appends the primitive values of a snapshot to a byte array: little-endian integers, length-prefixed UTF-8
/// strings, and whole columns of integers.
struct SnapshotEncoder {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// The count written before an absent optional string.
    static let absent = UInt32.max

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func integer<Integer: FixedWidthInteger>(_ value: Integer) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A count of elements that follow.
    mutating func count(_ value: Int) { integer(UInt32(value)) }

    mutating func string(_ value: String) {
        count(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func optionalString(_ value: String?) {
        guard let value else { return integer(Self.absent) }
        string(value)
    }

    mutating func strings(_ values: [String]) {
        count(values.count)
        for value in values { string(value) }
    }

    /// The integers back to back, little-endian, without a count (the reader knows it).
    mutating func column<Integer: FixedWidthInteger>(_ values: some Sequence<Integer>) {
        for value in values { integer(value) }
    }
}
