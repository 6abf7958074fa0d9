/// Escaping for the three kinds of text in a DOT file, so that any label renders as text and never as markup
/// or DOT syntax.
enum DOTText {
    /// A DOT quoted string. Backslashes are doubled so that Graphviz's escape sequences (`\N`, `\G`, `\l`) in
    /// the text stay literal; newlines become `\n`, which escString attributes (tooltips) show as line breaks.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r", "\t": result += " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Text inside an HTML-like label: entities for `&`, `<`, `>`, `"`, line breaks as `<BR/>`. Graphviz expands
    /// `\N`, `\G` and friends even in HTML-like labels (and after entities), so each backslash is followed by an
    /// invisible word joiner (U+2060), which no expansion matches.
    static func html(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\\": result += "\\\u{2060}"
            case "\n": result += "<BR/>"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
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
