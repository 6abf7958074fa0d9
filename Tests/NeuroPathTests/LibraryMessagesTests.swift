import Foundation
import Testing

/// The library speaks to programs that embed it, not only to the command line: no text it writes names a
/// `neuropath` command or a command-line flag (the command line adds its own words to the library's errors).
@Suite struct LibraryMessagesTests {
    /// `Sources/NeuroPath`, found from this file.
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/NeuroPath")

    /// The string literals of a line of Swift that is not a comment (escaped quotes kept inside).
    static func literals(in line: Substring) -> [Substring] {
        let code = line.trimmingCharacters(in: .whitespaces)
        guard !code.hasPrefix("//") else { return [] }
        var found: [Substring] = []
        var start: String.Index?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "\\", start != nil {
                index = line.index(after: index)
            } else if character == "\"" {
                if let open = start {
                    found.append(line[line.index(after: open)..<index])
                    start = nil
                } else {
                    start = index
                }
            } else if character == "/", start == nil, line[index...].hasPrefix("//") {
                break
            }
            if index < line.endIndex { index = line.index(after: index) }
        }
        return found
    }

    @Test func noLibraryTextNamesACommandOrAFlag() throws {
        let files = try #require(FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 100, "the library's sources were found: \(files.count) files")
        let command = /\bneuropath [a-z]/
        let flag = /(^|[\s(`])--[a-z]/
        var offences: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for literal in Self.literals(in: line)
                where literal.contains(command) || literal.contains(flag) {
                    offences.append("\(file.lastPathComponent):\(number + 1): \"\(literal)\"")
                }
            }
        }
        #expect(offences.isEmpty, "\(offences.joined(separator: "\n"))")
    }

    @Test func theScanFindsWhatItLooksFor() {
        #expect(
            Self.literals(in: #"  return "use `neuropath nodes` to list" + x // "--no""#) == [
                "use `neuropath nodes` to list"
            ])
        #expect(Self.literals(in: #"  /// "neuropath trace""#).isEmpty)
        #expect(Self.literals(in: #"  let a = "say \"--columns\" here""#) == [#"say \"--columns\" here"#])
    }
}
