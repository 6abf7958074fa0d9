import Foundation

/// Where and why JSON text does not parse, as one diagnostic with a line and column.
enum JSONSyntax {
    /// The diagnostic for `data`, which is not valid JSON: Foundation's reason, and the line and column of the
    /// character it names ("Invalid value around character 15").
    static func diagnostic(file: String, data: Data) -> Diagnostic {
        var reason = "it is not valid JSON"
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            if let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String {
                reason = "it is not valid JSON: \(detail)"
            }
        }
        let (line, column) = position(in: data, ofCharacterNamedIn: reason)
        return Diagnostic(file: file, line: line, column: column, code: .syntax, message: reason)
    }

    /// The line and column (from 1) of the character offset a message names ("around character 15"); 0 and 0
    /// when it names none.
    private static func position(in data: Data, ofCharacterNamedIn message: String) -> (Int, Int) {
        guard let range = message.range(of: "character "),
            let offset = Int(message[range.upperBound...].prefix(while: \.isNumber)), offset <= data.count
        else { return (0, 0) }
        var (line, column) = (1, 1)
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                (line, column) = (line + 1, 1)
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
