/// Reads the primitive values of a snapshot from its bytes, checking every length against what is left, so that
/// no count in a hostile file can make it read past the end or allocate more than the file could describe.
struct SnapshotDecoder {
    /// Why decoding stopped: what was expected where.
    struct Failure: Error {
        var detail: String
    }

    private let view: ByteView
    /// The offset of the next byte to read.
    private(set) var offset: Int

    /// A decoder of `view` starting at `offset`.
    init(_ view: ByteView, from offset: Int) {
        self.view = view
        self.offset = offset
    }

    /// Bytes not yet read.
    var remaining: Int { view.count - offset }

    private func need(_ byteCount: Int, for what: @autoclosure () -> String) throws(Failure) {
        guard byteCount >= 0, byteCount <= remaining else {
            throw Failure(detail: "\(what()) at byte \(offset) needs \(byteCount) bytes, \(remaining) are left")
        }
    }

    mutating func byte(_ what: @autoclosure () -> String) throws(Failure) -> UInt8 {
        try need(1, for: what())
        defer { offset += 1 }
        return view[offset]
    }

    mutating func integer<Integer: FixedWidthInteger & BitwiseCopyable>(
        _: Integer.Type, _ what: @autoclosure () -> String
    ) throws(Failure) -> Integer {
        let size = MemoryLayout<Integer>.size
        try need(size, for: what())
        defer { offset += size }
        return view.integer(Integer.self, at: offset)
    }

    /// A count of elements that follow, each at least `minimumSize` bytes: larger counts are refused before
    /// anything is allocated.
    mutating func count(of what: @autoclosure () -> String, minimumSize: Int) throws(Failure) -> Int {
        let value = Int(try integer(UInt32.self, "the number of \(what())"))
        guard value <= remaining / max(1, minimumSize) else {
            throw Failure(detail: "\(value) \(what()) cannot fit in the \(remaining) bytes left")
        }
        return value
    }

    mutating func string(_ what: @autoclosure () -> String) throws(Failure) -> String {
        guard let value = try optionalString(what()) else { throw Failure(detail: "\(what()) is missing") }
        return value
    }

    mutating func optionalString(_ what: @autoclosure () -> String) throws(Failure) -> String? {
        let length = try integer(UInt32.self, "the length of \(what())")
        if length == SnapshotEncoder.absent { return nil }
        try need(Int(length), for: what())
        defer { offset += Int(length) }
        return view.string(offset..<(offset + Int(length)))
    }

    mutating func strings(_ what: @autoclosure () -> String) throws(Failure) -> [String] {
        let count = try count(of: what(), minimumSize: 4)
        guard count > 0 else { return [] }
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string(what())) }
        return values
    }

    /// `count` integers stored back to back.
    mutating func column<Integer: FixedWidthInteger & BitwiseCopyable>(
        _: Integer.Type, count: Int, _ what: @autoclosure () -> String
    ) throws(Failure) -> [Integer] {
        let (byteCount, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<Integer>.size)
        try need(overflow ? -1 : byteCount, for: what())
        defer { offset += byteCount }
        return view.integers(Integer.self, at: offset, count: count)
    }
}
