import Foundation
import NeuroPathTestSupport
import Testing

/// One hostile input: files written into a fresh folder, a command run there, and the exit status and message
/// it must get. The table in Docs/reliability.md is this list (`NEUROPATH_RELIABILITY_TABLE=FILE` writes it).
struct HostileCase: CustomTestStringConvertible, Sendable {
    let name: String
    var files: [String: Data] = [:]
    /// The command, run by `/bin/sh` in the folder; `neuropath` is the built executable.
    let command: String
    let status: Int32
    /// A fragment of standard error (or of standard output, for a successful command).
    let message: String

    var testDescription: String { name }
}

/// UTF-8 bytes of `text`.
private func text(_ text: String) -> Data { Data(text.utf8) }

let hostileCases: [HostileCase] = [
    // Files that are not there, or not files.
    HostileCase(
        name: "a missing file", command: "neuropath stats --graph nowhere.npath", status: 66, message: "no such file"),
    HostileCase(
        name: "a directory", command: "mkdir d.gz && neuropath stats --graph d.gz", status: 66,
        message: "it is a directory"),
    HostileCase(
        name: "an empty file (a failed download)", files: ["net.sif": Data()],
        command: "neuropath stats --graph net.sif", status: 65, message: "the file is empty"),
    HostileCase(
        name: "a bundled name with a typo", command: "neuropath stats --graph ketamin", status: 66,
        message: "did you mean 'ketamine'"),
    HostileCase(
        name: "an unknown bundled name", command: "neuropath stats --graph bundled:cocaine", status: 66,
        message: "no bundled graph named 'cocaine'"),
    // Malformed .npath.
    HostileCase(
        name: "an unknown relation", files: ["g.npath": text("node a protein\nnode b protein\na activats b\n")],
        command: "neuropath stats --graph g.npath", status: 65, message: "did you mean 'activates'?"),
    HostileCase(
        name: "an undeclared node", files: ["g.npath": text("node a protein\na activates bb\n")],
        command: "neuropath stats --graph g.npath", status: 65, message: "unknown node 'bb'"),
    HostileCase(
        name: "a node declared twice", files: ["g.npath": text("node a protein\nnode a drug\n")],
        command: "neuropath stats --graph g.npath", status: 65, message: "duplicate-declaration"),
    HostileCase(
        name: "an unterminated string", files: ["g.npath": text("node a protein label=\"open\n")],
        command: "neuropath stats --graph g.npath", status: 65, message: "unterminated-string"),
    HostileCase(
        name: "an evidence level outside the vocabulary",
        files: ["g.npath": text("node a protein\nnode b protein\na activates b evidence=proven\n")],
        command: "neuropath stats --graph g.npath", status: 65, message: "invalid-value"),
    HostileCase(
        name: "invalid UTF-8 in .npath", files: ["g.npath": Data([0x6E, 0x6F, 0x64, 0x65, 0x20, 0xFF, 0xFE, 0x0A])],
        command: "neuropath stats --graph g.npath", status: 66, message: "not UTF-8 text"),
    HostileCase(
        name: "a NUL byte in an id", files: ["g.npath": text("node a\u{0} protein\n")],
        command: "neuropath stats --graph g.npath", status: 65, message: "invalid-id"),
    HostileCase(
        name: "a right-to-left override in an id", files: ["g.npath": text("node a\u{202E}b protein\n")],
        command: "neuropath stats --graph g.npath", status: 65, message: "invalid-id"),
    HostileCase(
        name: "a 100 KB line in .npath",
        files: ["g.npath": text("node a protein label=\"" + String(repeating: "x", count: 100_000) + "\"\n")],
        command: "neuropath stats --graph g.npath", status: 65, message: "line-too-long"),
    HostileCase(
        name: "terminal escapes in a diagnostic's line",
        files: ["g.npath": text("node a protein\na \u{1B}[2Jactivates b\n")],
        command: "neuropath stats --graph g.npath", status: 65, message: "\\e[2J"),
    // Includes.
    HostileCase(
        name: "an include cycle", files: ["a.npath": text("include \"b\"\n"), "b.npath": text("include \"a\"\n")],
        command: "neuropath stats --graph a.npath", status: 65, message: "include-cycle"),
    HostileCase(
        name: "an include out of the folder", files: ["g.npath": text("include \"../outside\"\n")],
        command: "neuropath stats --graph g.npath", status: 65, message: "include-outside-root"),
    HostileCase(
        name: "an absolute include", files: ["g.npath": text("include \"/etc/passwd\"\n")],
        command: "neuropath stats --graph g.npath", status: 65, message: "include-outside-root"),
    HostileCase(
        name: "a missing include", files: ["g.npath": text("include \"nowhere\"\n")],
        command: "neuropath stats --graph g.npath", status: 65, message: "include-not-found"),
    HostileCase(
        name: "an include chain 40 deep",
        files: Dictionary(
            uniqueKeysWithValues: (0..<40).map { ("f\($0).npath", text("include \"f\($0 + 1)\"\n")) } + [
                ("f40.npath", text("node end protein\n"))
            ]), command: "neuropath stats --graph f0.npath", status: 65, message: "include-too-deep"),
    // Tables.
    HostileCase(
        name: "100,000 rows with an unknown relation",
        files: ["bad.sif": text((0..<100_000).map { "a\tfrobnicates\tb\($0)" }.joined(separator: "\n"))],
        command: "neuropath stats --graph bad.sif", status: 65, message: "… and 99980 more"),
    HostileCase(
        name: "a 1 MB name in SIF", files: ["g.sif": text("a\t1\t" + String(repeating: "b", count: 1 << 20) + "\n")],
        command: "neuropath stats --graph g.sif", status: 65, message: "fields are limited to 65536 bytes"),
    HostileCase(
        name: "one name precomposed and decomposed", files: ["g.sif": text("caf\u{E9}\t1\tx\ncafe\u{301}\t-1\ty\n")],
        command: "neuropath stats --graph g.sif --json", status: 0, message: "\"nodes\": 3"),
    HostileCase(
        name: "invalid UTF-8 names", files: ["g.sif": Data([0x9A, 0x09, 0x31, 0x09, 0xFF, 0x0A])],
        command: "neuropath stats --graph g.sif --json", status: 0, message: "\"interactions\": 1"),
    HostileCase(
        name: "a PathLinker weight 'nan'", files: ["g.txt": text("#tail\thead\tweight\na\tb\tnan\n")],
        command: "neuropath stats --graph g.txt", status: 65, message: "the weight is not a number"),
    HostileCase(
        name: "100,000 PathLinker rows without weights",
        files: ["g.txt": text("#tail\thead\tweight\n" + String(repeating: "a\tb\tx\n", count: 100_000))],
        command: "neuropath stats --graph g.txt", status: 65, message: "100000 errors"),
    HostileCase(
        name: "random bytes", files: ["g.bin": Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 13) })],
        command: "neuropath stats --graph g.bin", status: 65, message: "error"),
    HostileCase(
        name: "an SBGN-ML file without a map", files: ["g.xml": text("<?xml version=\"1.0\"?>\n<sbgn/>\n")],
        command: "neuropath stats --graph g.xml", status: 65, message: "holds no <map>"),
    HostileCase(
        name: "an XML entity bomb",
        files: [
            "g.graphml": text(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY a0 \"lol\">"
                    + (1..<10).map { "<!ENTITY a\($0) \"\(String(repeating: "&a\($0 - 1);", count: 10))\">" }
                    .joined() + "]>\n<graphml><graph><node id=\"&a9;\"/></graph></graphml>\n")
        ],
        command: "neuropath stats --graph g.graphml", status: 65, message: "an entity bomb"),
    HostileCase(
        name: "a broken XML tag", files: ["g.sbgn": text("<sbgn><map></sbgn>\n")],
        command: "neuropath stats --graph g.sbgn", status: 65, message: "does not match the element it closes"),
    HostileCase(
        name: "NeuroPath JSON cut short",
        files: ["g.npath.json": text("{\"format\": \"neuropath-graph\", \"nodes\": [")],
        command: "neuropath stats --graph g.npath.json", status: 65, message: "not valid JSON"),
    HostileCase(
        name: "NeuroPath JSON with a misspelt relation",
        files: [
            "g.npath.json": text(
                #"{"format": "neuropath-graph", "version": 1, "nodes": [{"id": "a"}], "#
                    + #""interactions": [{"source": "a", "target": "a", "relation": "inhibts"}]}"#)
        ],
        command: "neuropath stats --graph g.npath.json", status: 65, message: "did you mean 'inhibits'?"),
    HostileCase(
        name: "a truncated gzip file", files: ["g.sif.gz": Data([0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02])],
        command: "neuropath stats --graph g.sif.gz", status: 65, message: "not a complete gzip file"),
    HostileCase(
        name: "a graph from a pipe", command: "printf 'a\\t1\\tb\\n' | neuropath stats --graph /dev/stdin --json",
        status: 0, message: "\"interactions\": 1"),
    // Names and options.
    HostileCase(
        name: "a misspelt node", command: "neuropath trace --from ketamine --to bdnff", status: 64,
        message: "did you mean 'bdnf'?"),
    HostileCase(
        name: "an empty node name", command: "neuropath trace --from ketamine --to ''", status: 64,
        message: "a node name is empty"),
    HostileCase(
        name: "a name of several nodes",
        files: ["g.npath": text("node a protein synonyms=X\nnode b protein synonyms=X\n")],
        command: "neuropath trace --graph g.npath --from a --to X", status: 64, message: "names several nodes"),
    HostileCase(
        name: "a name of two words without quotes",
        command: "neuropath trace --from ketamine --to antidepressant effect", status: 64,
        message: "--to \"antidepressant effect\""),
    HostileCase(name: "a mistyped subcommand", command: "neuropath trce", status: 64, message: "did you mean 'trace'?"),
    HostileCase(
        name: "--limit -1", command: "neuropath trace --from ketamine --to BDNF --limit -1", status: 64,
        message: "--limit must be 0 or more"),
    HostileCase(
        name: "--max-depth 0", command: "neuropath trace --from ketamine --to BDNF --max-depth 0", status: 64,
        message: "--max-depth must be from 1 to 64"),
    HostileCase(
        name: "--max-depth 65", command: "neuropath effect --from ketamine --to BDNF --max-depth 65", status: 64,
        message: "--max-depth must be from 1 to 64"),
    HostileCase(
        name: "--timeout nan", command: "neuropath trace --from ketamine --to BDNF --timeout nan", status: 64,
        message: "--timeout must be a positive number"),
    HostileCase(
        name: "--timeout 0", command: "neuropath trace --from ketamine --to BDNF --timeout 0", status: 64,
        message: "--timeout must be a positive number"),
    HostileCase(
        name: "--max-paths 0", command: "neuropath trace --from ketamine --to BDNF --max-paths 0", status: 64,
        message: "--max-paths must be at least 1"),
    HostileCase(
        name: "--via an endpoint", command: "neuropath trace --from ketamine --to BDNF --via BDNF", status: 64,
        message: "--via takes intermediate nodes"),
    HostileCase(
        name: "--avoid the source", command: "neuropath trace --from ketamine --to BDNF --avoid ketamine", status: 64,
        message: "excluded by --avoid"),
    HostileCase(
        name: "a JSON error", command: "neuropath trace --from ketamine --to cortisl --json", status: 64,
        message: "\"code\": \"unknown-node\""),
    // Output.
    HostileCase(
        name: "results to a full disk", command: "neuropath trace --from ketamine --to BDNF > /dev/full", status: 74,
        message: "No space left on device"),
    HostileCase(
        name: "an image to a full disk", command: "neuropath render -o - > /dev/full", status: 74,
        message: "No space left on device"),
    HostileCase(
        name: "errors to a full disk",
        command: "neuropath trace --from ketamine --to nowhere 2> /dev/full; echo status=$? >&2", status: 0,
        message: "status=64"),
    HostileCase(
        name: "-o onto a directory", command: "mkdir out.sif && neuropath convert ketamine -o out.sif", status: 73,
        message: "it is a directory"),
    HostileCase(
        name: "-o onto the input", files: ["g.npath": text("node a protein\n")],
        command: "neuropath convert g.npath -o ./g.npath", status: 64, message: "overwrite the input"),
    HostileCase(
        name: "a diagram too large to lay out", command: "neuropath render -o k.svg --max-nodes 5", status: 64,
        message: "--max-nodes"),
    HostileCase(
        name: "a script tag in a label, drawn",
        files: ["g.npath": text("node a protein label=\"<script>alert(1)</script>\"\nnode b protein\na activates b\n")],
        command: "neuropath render --graph g.npath -o - | grep -c '<script>' >&2", status: 1, message: "0"),
]

/// Every hostile input gets its documented status and message, and never a crash.
@Suite struct HostileInputTableTests {
    @Test(arguments: hostileCases)
    func hostileInput(_ example: HostileCase) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.remove(folder) }
        for (name, data) in example.files { try data.write(to: folder.appendingPathComponent(name)) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", example.command.replacingOccurrences(of: "neuropath ", with: "'\(CLIRunner.executable.path)' "),
        ]
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == example.status, "\(example.name): \(stderr)")
        #expect(stderr.contains(example.message) || stdout.contains(example.message), "\(example.name): \(stderr)")
        #expect(!stderr.contains("Fatal error") && !stderr.contains("crashed"), "\(example.name)")
        if let table = ProcessInfo.processInfo.environment["NEUROPATH_RELIABILITY_TABLE"] {
            let first = (stderr.isEmpty ? stdout : stderr).split(separator: "\n").first.map(String.init) ?? ""
            let row =
                "| \(example.name) | `\(example.command.replacingOccurrences(of: "|", with: "\\|"))` | "
                + "\(example.status) | \(first.replacingOccurrences(of: "|", with: "\\|").prefix(110)) |\n"
            Self.append(row, to: table)
        }
    }

    static func append(_ row: String, to path: String) {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            _ = FileManager.default.createFile(atPath: path, contents: Data(row.utf8))
            return
        }
        handle.seekToEndOfFile()
        handle.write(Data(row.utf8))
        try? handle.close()
    }
}
