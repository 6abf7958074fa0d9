import Foundation

/// Where and why JSON text does not parse, as one diagnostic with a line and column, found by a scan of its own
/// (Foundation's parser says why only in English prose, with no position a program may rely on).
enum JSONSyntax {
    /// The diagnostic for `data`, which is not valid JSON: the first place it breaks the grammar, and why; when
    /// it keeps the grammar, the fault ``JSONReader`` found (`failure`: nesting too deep, invalid UTF-8, a lone
    /// surrogate).
    static func diagnostic(file: String, data: Data, failure: JSONReader.Failure? = nil) -> Diagnostic {
        let bytes = [UInt8](data)
        let (offset, reason) =
            firstError(in: bytes) ?? failure.map { ($0.offset, $0.reason) } ?? (bytes.count, "it is not valid JSON")
        let (line, column) = position(of: offset, in: bytes)
        return Diagnostic(
            file: file, line: line, column: column, code: .syntax, message: "it is not valid JSON: \(reason)")
    }

    /// The byte offset and the reason of the first place `bytes` break JSON's grammar; `nil` when they are JSON.
    static func firstError(in bytes: [UInt8]) -> (offset: Int, reason: String)? {
        var scanner = Scanner(bytes: bytes)
        return scanner.firstError()
    }

    /// The line and column (from 1, in characters) of byte `offset`.
    private static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var (line, column) = (1, 1)
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                (line, column) = (line + 1, 1)
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// A scan of JSON's grammar (RFC 8259) without building values, with its own stack rather than recursion.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
            // A UTF-8 byte order mark is allowed before the text.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        /// What is open: an object expecting a key, or a value after its key; an array.
        private enum Open { case object, array }

        /// The offset and reason of the first error, or `nil` when the text is valid JSON.
        mutating func firstError() -> (Int, String)? {
            var open: [Open] = []
            // Whether a value is expected next (else a comma, a colon or a close).
            skipSpace()
            while true {
                // A value.
                guard index < bytes.count else {
                    return (index, open.isEmpty ? "there is no value" : "the text ends inside \(describe(open.last!))")
                }
                switch bytes[index] {
                case UInt8(ascii: "{"):
                    index += 1
                    skipSpace()
                    if peek(UInt8(ascii: "}")) {
                        index += 1
                    } else {
                        open.append(.object)
                        if let error = key() { return error }
                        continue
                    }
                case UInt8(ascii: "["):
                    index += 1
                    skipSpace()
                    if peek(UInt8(ascii: "]")) {
                        index += 1
                    } else {
                        open.append(.array)
                        continue
                    }
                case UInt8(ascii: "\""):
                    if let error = string() { return error }
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if let error = number() { return error }
                default:
                    if let error = literal() { return error }
                }
                // After a value: a comma, or the close of what is open.
                while true {
                    skipSpace()
                    guard let container = open.last else {
                        return index < bytes.count ? (index, "there is more after the end of the value") : nil
                    }
                    guard index < bytes.count else { return (index, "the text ends inside \(describe(container))") }
                    let close = container == .object ? UInt8(ascii: "}") : UInt8(ascii: "]")
                    if bytes[index] == close {
                        index += 1
                        open.removeLast()
                        continue
                    }
                    guard bytes[index] == UInt8(ascii: ",") else {
                        return (index, "expected ',' or '\(Character(UnicodeScalar(close)))' \(found)")
                    }
                    index += 1
                    skipSpace()
                    if peek(close) {
                        return (index, "a ',' just before '\(Character(UnicodeScalar(close)))': JSON allows none there")
                    }
                    if container == .object, let error = key() { return error }
                    break
                }
            }
        }

        /// A key, its colon and the space before its value.
        private mutating func key() -> (Int, String)? {
            guard peek(UInt8(ascii: "\"")) else { return (index, "expected a key in double quotes \(found)") }
            if let error = string() { return error }
            skipSpace()
            guard peek(UInt8(ascii: ":")) else { return (index, "expected ':' after the key \(found)") }
            index += 1
            skipSpace()
            return nil
        }

        private mutating func string() -> (Int, String)? {
            let start = index
            index += 1
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    index += 1
                    return nil
                case UInt8(ascii: "\\"):
                    guard index + 1 < bytes.count else { break }
                    let escaped = bytes[index + 1]
                    if escaped == UInt8(ascii: "u") {
                        let digits = bytes[min(index + 2, bytes.count)..<min(index + 6, bytes.count)]
                        guard digits.count == 4, digits.allSatisfy({ $0.isHexDigit }) else {
                            return (index, "'\\u' must be followed by four hexadecimal digits")
                        }
                        index += 6
                    } else if Array("\"\\/bfnrt".utf8).contains(escaped) {
                        index += 2
                    } else {
                        return (index, "'\\\(Character(UnicodeScalar(escaped)))' is not an escape JSON has")
                    }
                case 0..<0x20:
                    return (index, "a control character inside a string must be escaped")
                default:
                    index += 1
                }
            }
            return (start, "this string is never closed")
        }

        private mutating func number() -> (Int, String)? {
            let start = index
            if peek(UInt8(ascii: "-")) { index += 1 }
            let integer = index
            let count = digits()
            guard count > 0 else { return (start, "a number needs a digit after '-'") }
            if count > 1, bytes[integer] == UInt8(ascii: "0") {
                return (start, "a number may not start with 0 followed by more digits")
            }
            if peek(UInt8(ascii: ".")) {
                index += 1
                guard digits() > 0 else { return (index, "a number needs a digit after '.'") }
            }
            if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
                index += 1
                if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
                guard digits() > 0 else { return (index, "a number needs a digit in its exponent") }
            }
            return nil
        }

        private mutating func digits() -> Int {
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - start
        }

        private mutating func literal() -> (Int, String)? {
            for word in ["true", "false", "null"] where bytes[index...].starts(with: word.utf8) {
                index += word.utf8.count
                return nil
            }
            return (index, "expected a value (an object, array, string, number, true, false or null) \(found)")
        }

        private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

        private mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        /// "but found 'x'" or "but the text ends", for messages.
        private var found: String {
            guard index < bytes.count else { return "but the text ends" }
            let end =
                bytes[index...].prefix(8).firstIndex { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
                ?? min(
                    index + 8, bytes.count)
            return "but found '\(String(decoding: bytes[index..<end], as: UTF8.self))'"
        }

        private func describe(_ open: Open) -> String { open == .object ? "an object" : "an array" }
    }
}

extension UInt8 {
    /// Whether this is an ASCII hexadecimal digit.
    fileprivate var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
