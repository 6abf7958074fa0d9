import Foundation

/// Line and field scanning over raw bytes, for importers of large network tables: no `String` is made per line
/// or per field, only for names seen for the first time (see ``ByteInterner``).
struct ByteLines {
    /// The file's bytes: all direct memory access goes through this view.
    let bytes: ByteView

    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let tab = UInt8(ascii: "\t")
    static let space = UInt8(ascii: " ")
    static let hash = UInt8(ascii: "#")

    /// Runs `body` over the lines of `data` without copying it.
    static func reading(
        _ data: Data, _ body: (ByteLines) throws(GraphLoadError) -> PathwayGraph
    ) throws(GraphLoadError) -> PathwayGraph {
        let result: Result<PathwayGraph, GraphLoadError> = data.withUnsafeBytes { raw in
            let lines = ByteLines(bytes: ByteView(raw.bindMemory(to: UInt8.self)))
            return Result { () throws(GraphLoadError) in try body(lines) }
        }
        return try result.get()
    }

    /// The index of the first `byte` at or after `start`, or `bytes.count`.
    @inline(__always)
    func next(_ byte: UInt8, from start: Int) -> Int { bytes.firstIndex(of: byte, from: start) }

    /// The number of lines, for reserving room before parsing.
    func lineCount() -> Int {
        var count = 0
        var index = next(Self.newline, from: 0)
        while index < bytes.count {
            count += 1
            index = next(Self.newline, from: index + 1)
        }
        return count + 1
    }

    /// Calls `body` with each line's 1-based number and byte range, without its line ending.
    func forEachLine<Failure: Error>(_ body: (Int, Range<Int>) throws(Failure) -> Void) throws(Failure) {
        var start = 0
        var number = 0
        let count = bytes.count
        while start < count {
            let end = next(Self.newline, from: start)
            number += 1
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == Self.carriageReturn { lineEnd -= 1 }
            try body(number, start..<lineEnd)
            start = end + 1
        }
    }

    /// Whether the line is empty, blank or a `#` comment.
    func isBlankOrComment(_ line: Range<Int>) -> Bool {
        for index in line {
            let byte = bytes[index]
            if byte == Self.space || byte == Self.tab { continue }
            return byte == Self.hash
        }
        return true
    }

    /// Whether the line holds a tab.
    func hasTab(_ line: Range<Int>) -> Bool { line.contains { bytes[$0] == Self.tab } }

    /// The fields of a line split by tabs (when `tabs`) or by runs of spaces, trimmed of surrounding spaces;
    /// empty fields are dropped. Written into `fields` to avoid allocating per line.
    func fields(of line: Range<Int>, tabs: Bool, into fields: inout [Range<Int>]) {
        fields.removeAll(keepingCapacity: true)
        var start = line.lowerBound
        var index = line.lowerBound
        func close(_ end: Int) {
            var low = start, high = end
            while low < high, bytes[low] == Self.space { low += 1 }
            while high > low, bytes[high - 1] == Self.space { high -= 1 }
            if low < high { fields.append(low..<high) }
        }
        while index < line.upperBound {
            let byte = bytes[index]
            if byte == Self.tab || (!tabs && byte == Self.space) {
                close(index)
                start = index + 1
            }
            index += 1
        }
        close(line.upperBound)
    }

    /// Every tab-separated field of a line, empty ones included, so that column numbers hold.
    func splitTabs(_ line: Range<Int>, into fields: inout [Range<Int>]) {
        fields.removeAll(keepingCapacity: true)
        var start = line.lowerBound
        while true {
            var end = next(Self.tab, from: start)
            if end > line.upperBound { end = line.upperBound }
            fields.append(start..<end)
            if end >= line.upperBound { break }
            start = end + 1
        }
    }

    /// The first `limit` tab-separated fields of a line, untrimmed, without looking at the rest of it: for
    /// tables whose later columns are long and unused.
    func leadingTabFields(of line: Range<Int>, limit: Int, into fields: inout [Range<Int>]) {
        fields.removeAll(keepingCapacity: true)
        var start = line.lowerBound
        while fields.count < limit, start <= line.upperBound {
            var end = next(Self.tab, from: start)
            if end > line.upperBound { end = line.upperBound }
            if end > start { fields.append(start..<end) }
            if end == line.upperBound { break }
            start = end + 1
        }
    }

    /// The text of a byte range.
    func string(_ range: Range<Int>) -> String { bytes.string(range) }

    /// The most of a line a diagnostic keeps to show.
    static let sourceLineShown = 4096

    /// How many diagnostics of one file keep their source line; the rest (never printed: the command line shows
    /// the first 20) keep only their position, so a million bad rows cost little memory.
    static let diagnosticsWithSourceLines = 100

    /// The text of `line` for a diagnostic, while `diagnostics` are few enough to show it.
    func sourceLine(_ line: Range<Int>, diagnostics: [Diagnostic]) -> String? {
        diagnostics.count < Self.diagnosticsWithSourceLines ? string(line.prefix(Self.sourceLineShown)) : nil
    }

    /// A diagnostic for the first field of `fields` longer than `limit` bytes, or `nil`.
    func overlongField(in fields: [Range<Int>], limit: Int, line: Range<Int>, number: Int, file: String)
        -> Diagnostic?
    {
        guard let field = fields.first(where: { $0.count > limit }) else { return nil }
        return Diagnostic(
            file: file, line: number, column: column(of: field.lowerBound, in: line), code: .lineTooLong,
            message: "a field of \(field.count) bytes; fields are limited to \(limit) bytes")
    }

    /// Whether the bytes of `range` equal `literal` (ASCII).
    func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<range.count where bytes[range.lowerBound + offset] != pointer[offset] { return false }
        return true
    }

    /// The 1-based character column of byte offset `offset` within `line`.
    func column(of offset: Int, in line: Range<Int>) -> Int {
        var column = 1
        for index in line.lowerBound..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// Parses a decimal number such as `9.41075e-01` exactly as `Double(_:)` does (correctly rounded);
    /// `nil` if the bytes are not a finite decimal number (no `nan`, `inf` or hexadecimal).
    func number(_ range: Range<Int>) -> Double? {
        guard !range.isEmpty, range.count <= 64,
            range.allSatisfy({ Self.isDecimalByte(bytes[$0]) })
        else { return nil }
        guard let value = Double(string(range)), value.isFinite else { return nil }
        return value
    }

    private static func isDecimalByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e")
            || byte == UInt8(ascii: "E")
    }
}

/// Interns names straight from bytes: an open-addressing hash table over byte ranges of the source buffer, so
/// a `String` is made only the first time a name is seen.
struct ByteInterner {
    private var slots: [Int32]
    private var mask: Int
    /// The byte range of each interned name, by index.
    private(set) var ranges: [Range<Int>] = []
    private var hashes: [UInt64] = []
    /// The builder's node index for each interned name. Usually the same number, but two different byte
    /// strings can be the same `String` (precomposed and decomposed accents; invalid UTF-8 read as U+FFFD), and
    /// then they are one node.
    private var nodeIndices: [Int32] = []

    init(expectedCount: Int = 1024) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    var count: Int { ranges.count }

    /// The node index of the id in `range`, adding a node to `builder` the first time the id is seen.
    mutating func node(_ range: Range<Int>, in lines: ByteLines, adding builder: inout PathwayGraphBuilder) -> NodeIndex
    {
        let (index, isNew) = intern(range, in: lines.bytes)
        if isNew {
            let id = lines.string(range)
            nodeIndices.append(Int32(builder.nodeIndex(forID: id) { Node(id: id) }.rawValue))
        }
        return NodeIndex(Int(nodeIndices[index]))
    }

    /// A hash of the bytes in `range`, eight bytes at a time.
    @inline(__always)
    static func hash(_ range: Range<Int>, in bytes: ByteView) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(range.count)
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let word = bytes.word(at: index)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < range.upperBound {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }

    /// The index of the name in `range`, and whether it is new.
    mutating func intern(_ range: Range<Int>, in bytes: ByteView) -> (index: Int, isNew: Bool) {
        let hash = Self.hash(range, in: bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let existing = slots[slot]
            if existing < 0 { break }
            let candidate = Int(existing)
            if hashes[candidate] == hash, bytes.same(ranges[candidate], range) { return (candidate, false) }
            slot = (slot + 1) & mask
        }
        let index = ranges.count
        slots[slot] = Int32(index)
        ranges.append(range)
        hashes.append(hash)
        if ranges.count * 2 > slots.count { grow() }
        return (index, true)
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
