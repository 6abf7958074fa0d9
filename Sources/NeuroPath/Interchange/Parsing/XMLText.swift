/// Text made safe for an XML attribute value or element content: the five special characters escaped, and the
/// control characters XML 1.0 forbids dropped.
enum XMLText {
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\t": result += "&#9;"
            case "\r": result += "&#13;"
            default:
                if isForbidden(scalar) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The first character of `text` that XML 1.0 cannot hold (a control character other than tab, line feed
    /// and carriage return; U+FFFE; U+FFFF), or `nil`. A writer refuses a graph whose ids hold one: dropping it
    /// could make two ids one.
    static func forbiddenCharacter(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isForbidden)
    }

    /// Why a node cannot be written as XML, or `nil`: its id, or its label, holds a character XML cannot hold.
    static func unwritableReason(for node: Node) -> String? {
        func named(_ scalar: Unicode.Scalar) -> String {
            "U+" + String(scalar.value, radix: 16, uppercase: true).leftPaddedHex
        }
        if let bad = forbiddenCharacter(in: node.id) { return "it holds \(named(bad)), which XML cannot hold" }
        if let bad = forbiddenCharacter(in: node.displayName) {
            return "its label holds \(named(bad)), which XML cannot hold"
        }
        return nil
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}

extension String {
    /// Hexadecimal digits padded to four, as Unicode names code points.
    fileprivate var leftPaddedHex: String { String(repeating: "0", count: max(0, 4 - count)) + self }
}
