import Foundation

/// A JSON value with object keys kept in the order they were given, so output is stable and reads in the
/// order of the contract (`from`, `to`, `paths`, …). ``PathwayJSONEncoder`` builds it from `Encodable` values.
enum JSONValue: Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null

    /// A string, or `null` for `nil`.
    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Pretty-printed text with two-space indentation; arrays of plain values stay on one line.
    func rendered() -> String {
        var text = ""
        write(to: &text, indent: 0)
        return text
    }

    /// One-line text, for JSON lines.
    func compact() -> String {
        var text = ""
        text.reserveCapacity(1024)
        write(to: &text, indent: nil)
        return text
    }

    /// Appends the text to `text`: pretty at nesting level `indent`, or on one line when `indent` is `nil`.
    private func write(to text: inout String, indent: Int?) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else { return text += "{}" }
            text += "{"
            for (offset, (key, value)) in members.enumerated() {
                if offset > 0 { text += "," }
                if let indent { Self.newline(&text, level: indent + 1) }
                Self.quote(key, into: &text)
                text += indent == nil ? ":" : ": "
                value.write(to: &text, indent: indent.map { $0 + 1 })
            }
            if let indent { Self.newline(&text, level: indent) }
            text += "}"
        case .array(let items):
            guard !items.isEmpty else { return text += "[]" }
            let inline = indent == nil || items.allSatisfy(\.isScalar)
            text += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { text += indent == nil ? "," : inline ? ", " : "," }
                if !inline, let indent { Self.newline(&text, level: indent + 1) }
                item.write(to: &text, indent: indent.map { $0 + 1 })
            }
            if !inline, let indent { Self.newline(&text, level: indent) }
            text += "]"
        case .string(let value): Self.quote(value, into: &text)
        case .number(let value): text += Self.number(value)
        case .integer(let value): text += String(value)
        case .bool(let value): text += value ? "true" : "false"
        case .null: text += "null"
        }
    }

    private static func newline(_ text: inout String, level: Int) {
        text += "\n"
        for _ in 0..<level { text += "  " }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    /// `value` rounded to six significant digits: what results encode, so every encoder prints the same number.
    static func rounded(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let magnitude = (log10(abs(value))).rounded(.down)
        let scale = pow(10, 5 - magnitude)
        return (value * scale).rounded() / scale
    }

    /// A finite number to six significant digits (`null` otherwise), without `String(format:)`'s cost.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        guard value != 0 else { return "0" }
        let magnitude = (log10(abs(value))).rounded(.down)
        let scale = pow(10, 5 - magnitude)
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return rounded.description
    }

    static func quote(_ text: String) -> String {
        var result = ""
        quote(text, into: &result)
        return result
    }

    /// Appends `text` as a JSON string literal; text with nothing to escape is appended whole.
    static func quote(_ text: String, into result: inout String) {
        result += "\""
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            result += text
            result += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        result += "\""
    }
}
