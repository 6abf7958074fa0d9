import Foundation

/// Writes JSON byte for byte as `JSONEncoder` with `.prettyPrinted` and `.sortedKeys` writes it, but a piece at a
/// time: an object member by member, a long array in batches of elements, so that a large document is never
/// whole in memory. Each piece is encoded by the encoder given and indented to where it stands.
struct PrettyJSONWriter {
    /// What a member of an object holds.
    enum Member {
        /// A value encoded whole (a small one).
        case value(any Encodable)
        /// An array of `count` elements, made and encoded a batch at a time (``array(count:element:)``).
        case batches(count: Int, encode: (Range<Int>, JSONEncoder) -> Data)
        /// An object, its members given by key in any order.
        case object([(key: String, member: Member)])

        /// An array of `count` elements, each made when it is written, encoded a batch at a time as an array of
        /// its concrete type (the encoder's fast path).
        static func array<Element: Encodable>(count: Int, element: @escaping (Int) -> Element) -> Member {
            .batches(count: count) { range, encoder in
                (try? encoder.encode(range.map(element))) ?? Data("[\n\n]".utf8)
            }
        }
    }

    /// Encodes the pieces; configured with `.prettyPrinted` and `.sortedKeys` and whatever else the document
    /// needs (its strategies for slashes and floats).
    let encoder: JSONEncoder
    /// How many elements of an array are encoded at once.
    var batchSize = 512

    /// Writes the object of `members` (those that hold nothing left out) at the top level.
    func write(_ members: [(key: String, member: Member)], to output: inout some TextOutputStream) {
        write(.object(members), depth: 0, to: &output)
    }

    private func write(_ member: Member, depth: Int, to output: inout some TextOutputStream) {
        let indent = String(repeating: "  ", count: depth)
        switch member {
        case .value(let value):
            output.write(Self.indenting(encoded(value)[...], by: Array(indent.utf8), firstLine: false))
        case .object(let members):
            output.write("{\n")
            if members.isEmpty { output.write("\n") }
            let sorted = members.sorted { $0.key < $1.key }
            for (position, (key, member)) in sorted.enumerated() {
                output.write(indent + "  " + String(decoding: encoded(key), as: UTF8.self) + " : ")
                write(member, depth: depth + 1, to: &output)
                output.write(position < sorted.count - 1 ? ",\n" : "\n")
            }
            output.write(indent + "}")
        case .batches(let count, let encode):
            output.write("[\n")
            guard count > 0 else { return output.write("\n" + indent + "]") }
            for start in stride(from: 0, to: count, by: batchSize) {
                if start > 0 { output.write(",\n") }
                // "[\n  …\n]": the elements, indented one level, between the brackets' lines.
                let text = encode(start..<min(start + batchSize, count), encoder).dropFirst(2).dropLast(2)
                output.write(Self.indenting(text, by: Array(indent.utf8), firstLine: true))
            }
            output.write("\n" + indent + "]")
        }
    }

    /// The UTF-8 `text` with `indent` before each line but the empty ones (as the encoder leaves them) and,
    /// unless `firstLine`, the first.
    private static func indenting(_ text: Data.SubSequence, by indent: [UInt8], firstLine: Bool) -> String {
        guard !indent.isEmpty else { return String(decoding: text, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(text.count + text.count / 4)
        var atLineStart = firstLine
        for byte in text {
            if atLineStart && byte != UInt8(ascii: "\n") { result.append(contentsOf: indent) }
            result.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The encoder's text of `value`; strings, numbers, booleans and arrays and objects of them cannot fail.
    private func encoded(_ value: any Encodable) -> Data {
        (try? encoder.encode(value)) ?? Data("null".utf8)
    }
}
