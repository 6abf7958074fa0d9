import Foundation

/// Writes JSON byte for byte as `JSONEncoder` with `.prettyPrinted` and `.sortedKeys` writes it, but a piece at a
/// time: an object member by member, a long array in batches of elements, so that a large document is never
/// whole in memory. Each piece is encoded by the encoder given and indented to where it stands.
struct PrettyJSONWriter {
    /// What a member of an object holds.
    enum Member {
        /// A value encoded whole (a small one).
        case value(any Encodable)
        /// An array of `count` elements, each made when it is written.
        case array(count: Int, element: (Int) -> any Encodable)
        /// An object, its members given by key in any order.
        case object([(key: String, member: Member)])
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
            output.write(Self.indenting(encoded(value)[...], by: indent, firstLine: false))
        case .object(let members):
            output.write("{\n")
            if members.isEmpty { output.write("\n") }
            let sorted = members.sorted { $0.key < $1.key }
            for (position, (key, member)) in sorted.enumerated() {
                output.write(indent + "  " + encoded(key) + " : ")
                write(member, depth: depth + 1, to: &output)
                output.write(position < sorted.count - 1 ? ",\n" : "\n")
            }
            output.write(indent + "}")
        case .array(let count, let element):
            output.write("[\n")
            guard count > 0 else { return output.write("\n" + indent + "]") }
            for start in stride(from: 0, to: count, by: batchSize) {
                if start > 0 { output.write(",\n") }
                let batch = Batch(elements: (start..<min(start + batchSize, count)).map(element))
                // "[\n  …\n]": the elements, indented one level, between the brackets' lines.
                let text = encoded(batch).dropFirst(2).dropLast(2)
                output.write(Self.indenting(text, by: indent, firstLine: true))
            }
            output.write("\n" + indent + "]")
        }
    }

    /// `text` with `indent` before each line but the empty ones (as the encoder leaves them) and, unless
    /// `firstLine`, the first.
    private static func indenting(_ text: Substring, by indent: String, firstLine: Bool) -> String {
        guard !indent.isEmpty else { return String(text) }
        var result = ""
        result.reserveCapacity(text.utf8.count * 5 / 4)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if number > 0 { result += "\n" }
            if !line.isEmpty && (number > 0 || firstLine) { result += indent }
            result += line
        }
        return result
    }

    /// The encoder's text of `value`; strings, numbers, booleans and arrays and objects of them cannot fail.
    private func encoded(_ value: any Encodable) -> String {
        String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }

    /// Elements encoded as one array.
    private struct Batch: Encodable {
        let elements: [any Encodable]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        }
    }
}
