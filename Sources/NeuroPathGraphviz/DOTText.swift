/// Escaping for the three kinds of text in a DOT file, so that any label renders as text and never as markup
/// or DOT syntax.
enum DOTText {
    /// A DOT quoted string. Backslashes are doubled so that Graphviz's escape sequences (`\N`, `\G`, `\l`) in
    /// the text stay literal; newlines become `\n`, which escString attributes (tooltips) show as line breaks.
    static func quoted(_ text: String) -> String {
        // Every character that needs care is ASCII, so the UTF-8 bytes are scanned and copied as they are;
        // text with nothing to escape (almost all of it) is copied whole.
        let needsCare = { (byte: UInt8) in byte < 0x20 || byte == 0x7F || byte == 0x5C || byte == 0x22 }
        guard text.utf8.contains(where: needsCare) else { return "\"" + text + "\"" }
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case 0x5C: bytes += [0x5C, 0x5C]  // \ → \\
            case 0x22: bytes += [0x5C, 0x22]  // " → \"
            case 0x0A: bytes += [0x5C, 0x6E]  // newline → \n
            case 0x0D, 0x09: bytes.append(0x20)  // carriage return, tab → space
            case _ where byte < 0x20 || byte == 0x7F: continue
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Text inside an HTML-like label: entities for `&`, `<`, `>`, `"`, line breaks as `<BR/>`. Graphviz expands
    /// `\N`, `\G` and friends even in HTML-like labels (and after entities), so each backslash is followed by an
    /// invisible word joiner (U+2060), which no expansion matches.
    static func html(_ text: String) -> String {
        let needsCare = { (byte: UInt8) in
            byte < 0x20 || byte == 0x7F || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x5C
        }
        guard text.utf8.contains(where: needsCare) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes += Array("&amp;".utf8)
            case 0x3C: bytes += Array("&lt;".utf8)
            case 0x3E: bytes += Array("&gt;".utf8)
            case 0x22: bytes += Array("&quot;".utf8)
            case 0x5C: bytes += Array("\\\u{2060}".utf8)
            case 0x0A: bytes += Array("<BR/>".utf8)
            case _ where byte < 0x20 || byte == 0x7F: continue
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An id usable as an XML id in SVG: letters, digits and `-` are kept, every other character becomes `_`
    /// followed by its code point in hex and `_`, so different node ids never collide.
    static func svgID(_ text: String, prefix: String) -> String {
        var result = prefix
        for scalar in text.unicodeScalars {
            if scalar.properties.isASCIIHexDigit || ("g"..."z").contains(scalar) || ("G"..."Z").contains(scalar)
                || scalar == "-"
            {
                result.unicodeScalars.append(scalar)
            } else {
                result += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return result
    }
}
