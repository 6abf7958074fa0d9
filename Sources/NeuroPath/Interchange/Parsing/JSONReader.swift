/// JSON read from its bytes a value at a time (RFC 8259), for readers that must not hold a whole document's tree:
/// an object's members and an array's elements are visited one by one, and what is not wanted is skipped, keeping
/// nothing. Strict: what Foundation's parser refuses, this refuses (with the offset of the fault).
///
/// Nesting is limited to ``maximumDepth``, so a hostile file cannot exhaust the stack. Faults in the text are
/// thrown as ``Failure``; what a visiting closure throws passes through.
struct JSONReader {
    /// A value built from the text: small ones only (one element of a large array), never a whole document.
    enum Value: Equatable {
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
        case array([Value])
        case object([String: Value])

        /// The members of an object; `nil` for any other value.
        var object: [String: Value]? {
            if case .object(let members) = self { return members }
            return nil
        }

        /// A string as it is, a number as text (`5`, `2.5`), anything else `nil`.
        var text: String? {
            switch self {
            case .string(let text): return text
            case .number(let number):
                if number == number.rounded(), abs(number) < 9.0e15 { return String(Int64(number)) }
                return String(number)
            default: return nil
            }
        }
    }

    /// Where the text breaks JSON, and why.
    struct Failure: Error {
        /// The byte offset of the fault.
        let offset: Int
        /// The fault in words: "a lone UTF-16 surrogate in '\uD800'".
        let reason: String
    }

    /// How deep arrays and objects may nest.
    static let maximumDepth = 512

    let bytes: UnsafeRawBufferPointer
    /// The offset of the next byte to read.
    var offset: Int

    /// A reader at `offset` of `bytes`, after a UTF-8 byte order mark when at the start.
    init(bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
        if offset == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { self.offset = 3 }
    }

    /// The first byte of the next value (after white space), or `nil` at the end.
    mutating func peek() -> UInt8? {
        skipSpace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    /// Reads the next value whole.
    mutating func value(depth: Int = 0) throws -> Value {
        switch peek() {
        case UInt8(ascii: "{")?:
            var members: [String: Value] = [:]
            try forEachMember(depth: depth) { key, reader in
                members[key] = try reader.value(depth: depth + 1)
            }
            return .object(members)
        case UInt8(ascii: "[")?:
            var elements: [Value] = []
            try forEachElement(depth: depth) { reader in
                elements.append(try reader.value(depth: depth + 1))
            }
            return .array(elements)
        case UInt8(ascii: "\"")?:
            return .string(try string())
        case UInt8(ascii: "-")?, (UInt8(ascii: "0")...UInt8(ascii: "9"))?:
            return .number(try number())
        default:
            return try literal()
        }
    }

    /// Reads past the next value, checking it and keeping nothing.
    mutating func skip(depth: Int = 0) throws {
        switch peek() {
        case UInt8(ascii: "{")?:
            try forEachMember(depth: depth) { _, reader in try reader.skip(depth: depth + 1) }
        case UInt8(ascii: "[")?:
            try forEachElement(depth: depth) { reader in try reader.skip(depth: depth + 1) }
        case UInt8(ascii: "\"")?:
            _ = try string()
        case UInt8(ascii: "-")?, (UInt8(ascii: "0")...UInt8(ascii: "9"))?:
            _ = try number()
        default:
            _ = try literal()
        }
    }

    /// Reads an object, calling `body` with each key and the reader at its value, which `body` must read or skip.
    mutating func forEachMember(
        depth: Int = 0, _ body: (String, inout JSONReader) throws -> Void
    ) throws {
        try open(UInt8(ascii: "{"), depth: depth)
        if try closes(UInt8(ascii: "}")) { return }
        repeat {
            guard peek() == UInt8(ascii: "\"") else { throw failure("expected a key in double quotes") }
            let key = try string()
            guard peek() == UInt8(ascii: ":") else { throw failure("expected ':' after the key") }
            offset += 1
            try body(key, &self)
        } while try next(closing: UInt8(ascii: "}"))
    }

    /// Reads an array, calling `body` with the reader at each element, which `body` must read or skip.
    mutating func forEachElement(depth: Int = 0, _ body: (inout JSONReader) throws -> Void) throws {
        try open(UInt8(ascii: "["), depth: depth)
        if try closes(UInt8(ascii: "]")) { return }
        repeat {
            try body(&self)
        } while try next(closing: UInt8(ascii: "]"))
    }

    /// Checks that nothing but white space is left.
    mutating func finish() throws(Failure) {
        guard peek() == nil else { throw failure("there is more after the end of the value") }
    }

    private mutating func open(_ bracket: UInt8, depth: Int) throws(Failure) {
        guard peek() == bracket else { throw failure("expected '\(Character(UnicodeScalar(bracket)))'") }
        guard depth < Self.maximumDepth else {
            throw failure("arrays and objects nest more than \(Self.maximumDepth) deep")
        }
        offset += 1
    }

    /// Whether the container closes at once (it is empty).
    private mutating func closes(_ bracket: UInt8) throws(Failure) -> Bool {
        guard peek() == bracket else { return false }
        offset += 1
        return true
    }

    /// After an element: `true` at a comma (another follows), `false` at the close.
    private mutating func next(closing bracket: UInt8) throws(Failure) -> Bool {
        switch peek() {
        case UInt8(ascii: ",")?:
            offset += 1
            if peek() == bracket { throw failure("a ',' just before the close") }
            return true
        case bracket?:
            offset += 1
            return false
        default:
            throw failure("expected ',' or '\(Character(UnicodeScalar(bracket)))'")
        }
    }

    /// A string (the reader is at its quote).
    private mutating func string() throws(Failure) -> String {
        let start = offset
        offset += 1
        var scratch: [UInt8]?
        var runStart = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeRawBufferPointer(rebasing: bytes[runStart..<offset])
                offset += 1
                if var built = scratch {
                    built.append(contentsOf: run)
                    return try text(built, at: start)
                }
                return try text(run, at: start)
            }
            if byte < 0x20 { throw Failure(offset: offset, reason: "a control character inside a string") }
            guard byte == UInt8(ascii: "\\") else {
                offset += 1
                continue
            }
            var built = scratch ?? []
            built.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<offset]))
            try escape(into: &built)
            scratch = built
            runStart = offset
        }
        throw Failure(offset: start, reason: "this string is never closed")
    }

    /// Valid UTF-8 as a string.
    private func text(_ utf8: some Collection<UInt8>, at start: Int) throws(Failure) -> String {
        guard let text = String(validating: utf8, as: UTF8.self) else {
            throw Failure(offset: start, reason: "a string that is not valid UTF-8")
        }
        return text
    }

    /// Decodes the escape at the reader (a backslash) onto `built`.
    private mutating func escape(into built: inout [UInt8]) throws(Failure) {
        let start = offset
        guard offset + 1 < bytes.count else { throw Failure(offset: start, reason: "this string is never closed") }
        let letter = bytes[offset + 1]
        offset += 2
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
            UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let byte = simple[letter] {
            built.append(byte)
            return
        }
        guard letter == UInt8(ascii: "u") else {
            throw Failure(offset: start, reason: "'\\\(Character(UnicodeScalar(letter)))' is not an escape JSON has")
        }
        var unit = try hexUnit(at: start)
        if (0xD800..<0xDC00).contains(unit) {
            // A high surrogate: a low one must follow as its own escape.
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
            else { throw Failure(offset: start, reason: "a lone UTF-16 surrogate") }
            offset += 2
            let low = try hexUnit(at: start)
            guard (0xDC00..<0xE000).contains(low) else {
                throw Failure(offset: start, reason: "a lone UTF-16 surrogate")
            }
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(unit) {
            throw Failure(offset: start, reason: "a lone UTF-16 surrogate")
        }
        built.append(contentsOf: String(Character(UnicodeScalar(unit)!)).utf8)
    }

    /// The four hexadecimal digits at the reader, as a number.
    private mutating func hexUnit(at start: Int) throws(Failure) -> UInt32 {
        guard offset + 4 <= bytes.count else {
            throw Failure(offset: start, reason: "'\\u' must be followed by four hexadecimal digits")
        }
        var unit: UInt32 = 0
        for byte in bytes[offset..<offset + 4] {
            guard let digit = Character(UnicodeScalar(byte)).hexDigitValue else {
                throw Failure(offset: start, reason: "'\\u' must be followed by four hexadecimal digits")
            }
            unit = unit << 4 | UInt32(digit)
        }
        offset += 4
        return unit
    }

    private mutating func number() throws(Failure) -> Double {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let integer = offset
        let count = digits()
        guard count > 0 else { throw Failure(offset: start, reason: "a number needs a digit after '-'") }
        if count > 1, bytes[integer] == UInt8(ascii: "0") {
            throw Failure(offset: start, reason: "a number may not start with 0 followed by more digits")
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard digits() > 0 else { throw Failure(offset: offset, reason: "a number needs a digit after '.'") }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                offset += 1
            }
            guard digits() > 0 else { throw Failure(offset: offset, reason: "a number needs a digit in its exponent") }
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            throw Failure(offset: start, reason: "the number \(text) is too large")
        }
        return number
    }

    private mutating func digits() -> Int {
        let start = offset
        while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { offset += 1 }
        return offset - start
    }

    private mutating func literal() throws(Failure) -> Value {
        let rest = UnsafeRawBufferPointer(rebasing: bytes[offset...])
        for (word, value) in [("true", Value.bool(true)), ("false", .bool(false)), ("null", .null)]
        where rest.starts(with: word.utf8) {
            offset += word.utf8.count
            return value
        }
        throw failure("expected a value (an object, array, string, number, true, false or null)")
    }

    private mutating func skipSpace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return
            }
        }
    }

    private func failure(_ reason: String) -> Failure {
        Failure(offset: offset, reason: offset < bytes.count ? reason : reason + " but the text ends")
    }
}
