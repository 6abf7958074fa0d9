/// A token of the `.npath` format.
struct NPathToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// An unquoted run of characters other than whitespace, `=`, `,` and `"`.
        case word
        /// A `"…"` string; `text` holds the unescaped content.
        case string
        /// `=`.
        case equals
        /// `,`.
        case comma
    }

    var kind: Kind
    var text: String
    /// 1-based line.
    var line: Int
    /// 1-based column of the token's first character.
    var column: Int
    /// Characters the token spans in the source (including quotes).
    var length: Int
}

/// One logical statement: a head line and its indented continuation lines, tokenised.
struct NPathLine: Sendable {
    enum Content: Sendable {
        case blank
        case comment(String)
        case tokens([NPathToken], trailingComment: String?)
    }

    var number: Int
    var isContinuation: Bool
    var content: Content
    var text: String
}

/// Splits `.npath` text into lines of tokens. Lexical errors are reported, and the rest of the line skipped.
enum NPathLexer {
    /// The lines of `text`, tokenised. A file over ``GraphLimits/maximumLines`` is one diagnostic; a line over
    /// ``GraphLimits/maximumLineLength`` (a corrupt or hostile file) is reported instead of being tokenised.
    static func lines(of text: String, file: String, limits: GraphLimits, diagnostics: inout [Diagnostic])
        -> [NPathLine]
    {
        let maximumLines = limits.maximumLines, maximumLineLength = limits.maximumLineLength
        var result: [NPathLine] = []
        var number = 0
        // Split on bytes, not characters: it is linear without grapheme breaking, and "\r\n" ends a line too.
        let rawLines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard rawLines.count <= maximumLines + 1 else {
            diagnostics.append(
                Diagnostic(
                    file: file, line: 0, column: 0, code: .fileTooLarge,
                    message: "\(file) has \(rawLines.count) lines; hand-written graphs are limited to \(maximumLines)",
                    suggestion: "import a large network as a SIF or signed table instead"))
            return []
        }
        for rawLine in rawLines {
            number += 1
            guard rawLine.count <= maximumLineLength else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: number, column: 0, code: .lineTooLong,
                        message: "line \(number) is \(rawLine.count) bytes long; lines are limited to "
                            + "\(maximumLineLength) bytes"))
                result.append(NPathLine(number: number, isContinuation: false, content: .blank, text: ""))
                continue
            }
            var line = Substring(rawLine)
            if line.last == "\r" { line = line.dropLast() }
            let text = String(line)
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                result.append(NPathLine(number: number, isContinuation: false, content: .blank, text: text))
            } else if trimmed.first == "#" {
                let comment = String(trimmed.dropFirst())
                result.append(NPathLine(number: number, isContinuation: false, content: .comment(comment), text: text))
            } else {
                let (tokens, comment) = tokenize(text, line: number, file: file, diagnostics: &diagnostics)
                result.append(
                    NPathLine(
                        number: number, isContinuation: trimmed.startIndex != line.startIndex,
                        content: .tokens(tokens, trailingComment: comment), text: text))
            }
        }
        if text.hasSuffix("\n") { result.removeLast() }
        return result
    }

    /// Characters that end an unquoted word.
    static func isDelimiter(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "=" || character == "," || character == "\""
    }

    private static func tokenize(_ text: String, line: Int, file: String, diagnostics: inout [Diagnostic])
        -> ([NPathToken], String?)
    {
        let characters = Array(text)
        var tokens: [NPathToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let column = index + 1
            switch character {
            case " ", "\t":
                index += 1
            case "#":
                return (tokens, String(characters[(index + 1)...]))
            case "=":
                tokens.append(NPathToken(kind: .equals, text: "=", line: line, column: column, length: 1))
                index += 1
            case ",":
                tokens.append(NPathToken(kind: .comma, text: ",", line: line, column: column, length: 1))
                index += 1
            case "\"":
                var content = ""
                var cursor = index + 1
                var closed = false
                while cursor < characters.count {
                    let next = characters[cursor]
                    if next == "\"" {
                        closed = true
                        break
                    }
                    if next == "\\", cursor + 1 < characters.count {
                        let escaped = characters[cursor + 1]
                        switch escaped {
                        case "n": content.append("\n")
                        case "t": content.append("\t")
                        case "\"", "\\": content.append(escaped)
                        default:
                            diagnostics.append(
                                Diagnostic(
                                    file: file, line: line, column: cursor + 1, length: 2, code: .syntax,
                                    message: "unknown escape '\\\(escaped)' in a string",
                                    suggestion: "write \\\\ for a backslash; the escapes are \\\" \\\\ \\n \\t",
                                    sourceLine: text))
                        }
                        cursor += 2
                        continue
                    }
                    content.append(next)
                    cursor += 1
                }
                guard closed else {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: line, column: column, length: characters.count - index,
                            code: .unterminatedString, message: "string is not closed before the end of the line",
                            suggestion: "add the closing '\"' (write \\\" for a quote inside a string)",
                            sourceLine: text))
                    return (tokens, nil)
                }
                tokens.append(
                    NPathToken(kind: .string, text: content, line: line, column: column, length: cursor - index + 1))
                index = cursor + 1
            default:
                var cursor = index
                while cursor < characters.count, !isDelimiter(characters[cursor]) { cursor += 1 }
                tokens.append(
                    NPathToken(
                        kind: .word, text: String(characters[index..<cursor]), line: line, column: column,
                        length: cursor - index))
                index = cursor
            }
        }
        return (tokens, nil)
    }
}
