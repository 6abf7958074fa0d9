import Foundation

/// Everything the command line writes goes through here: text from graph files is made safe for a terminal,
/// and a failed write is noticed, never a crash, even when descriptor 1 or 2 was closed by the caller
/// (`neuropath nodes >&-`): standard output's failure is the command's error, and a message lost on standard
/// error makes an otherwise successful command exit 74.
enum StandardStreams {
    /// Buffered streams of their own on descriptors 1 and 2, `nil` when a descriptor is closed. The command line
    /// runs on one thread, and these are touched only from it.
    nonisolated(unsafe) private static let output = fdopen(STDOUT_FILENO, "w")
    nonisolated(unsafe) private static let errors = fdopen(STDERR_FILENO, "w")
    /// Whether a message for standard error could not be written.
    nonisolated(unsafe) private(set) static var lostError = false

    /// Writes `text` to standard output, buffered; failures are found by ``finishStandardOutput()``.
    static func writeOutput(_ text: String) {
        guard let output else { return }
        let safe = TerminalText.escaped(text)
        _ = safe.withCString { fputs($0, output) }
    }

    /// Writes `text` to standard output and flushes it at once: for a long-running command's status lines, which
    /// a program reading the pipe waits for. (`serve` calls it while the main thread only waits.)
    static func writeOutputNow(_ text: String) {
        writeOutput(text)
        if let output { fflush(output) }
    }

    /// Writes bytes (an image, a PDF) to standard output as they are.
    static func writeOutput(_ data: Data) {
        guard let output else { return }
        _ = data.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, output) }
    }

    /// Writes `text` to standard error. A failure cannot be reported there; it is remembered (``lostError``).
    static func writeError(_ text: String) {
        guard let errors else {
            lostError = true
            return
        }
        let safe = TerminalText.escaped(text)
        let written = safe.withCString { fputs($0, errors) } >= 0
        if !written || fflush(errors) != 0 { lostError = true }
    }

    /// Flushes standard output and returns why it failed (a full disk, a closed pipe or descriptor), or `nil`.
    static func finishStandardOutput() -> String? {
        guard let output else { return "standard output is closed" }
        let flushed = fflush(output) == 0
        guard !flushed || ferror(output) != 0 else { return nil }
        return String(cString: strerror(errno == 0 ? EIO : errno))
    }
}

/// `print`, through ``StandardStreams``: in this module it shadows the standard library's, so every result goes
/// through the terminal escaping and the write check.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    StandardStreams.writeOutput(items.map { "\($0)" }.joined(separator: separator) + terminator)
}

/// Text from graph files on its way to a terminal. Control characters and escape sequences in a label, note
/// or file name (`ESC[31m`, `ESC]0;…BEL`, a carriage return) are shown escaped (`\e[31m`, `\u{7}`), never sent
/// raw; line feeds and tabs are kept.
enum TerminalText {
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" {
                result += "\\e"
            } else if needsEscape(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }
}
