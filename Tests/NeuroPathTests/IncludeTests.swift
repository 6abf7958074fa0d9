import Foundation
import NeuroPath
import Testing

/// `include`: relative paths, shared modules, cycles, missing files, and paths that escape the search root.
@Suite final class IncludeTests {
    /// The folders this test made, removed when it ends (each test has its own instance).
    private var folders: [URL] = []

    deinit { for folder in folders { try? FileManager.default.removeItem(at: folder) } }

    /// A fresh folder with `files` (relative path → text) written into it.
    func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "neuropath-include-\(UUID().uuidString)")
        folders.append(root)
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    func diagnostics(loading path: URL) -> [Diagnostic] {
        do {
            _ = try GraphLoader().load(file: path.path)
            Issue.record("expected \(path.lastPathComponent) to fail")
        } catch {
            if case .invalid(let found) = error { return found }
            Issue.record("unexpected \(error)")
        }
        return []
    }

    @Test func includesResolveRelativeToTheIncludingFileAndSharedModulesLoadOnce() throws {
        let root = try folder([
            "main.npath": "include \"modules/a\"\ninclude \"modules/b.npath\"\nx activates y\n",
            "modules/a.npath": "include \"common\"\nnode x protein\n",
            "modules/b.npath": "include \"./common\"\nnode y protein\n",
            "modules/common.npath": "node shared protein\n",
        ])
        let graph = try GraphLoader().load(file: root.appendingPathComponent("main.npath").path)
        #expect(graph.nodes.map(\.id) == ["shared", "x", "y"])
        #expect(graph.interactionCount == 1)
    }

    @Test func aCycleIsReportedWithItsChain() throws {
        let root = try folder([
            "main.npath": "include \"a\"\n",
            "a.npath": "include \"b\"\n",
            "b.npath": "include \"a\"\n",
        ])
        let found = diagnostics(loading: root.appendingPathComponent("main.npath"))
        let cycle = try #require(found.first { $0.code == .includeCycle })
        #expect(cycle.message.contains("a.npath → b.npath → a.npath"))
        #expect(cycle.file.hasSuffix("b.npath") && cycle.line == 1 && cycle.column == 9)
    }

    @Test func aMissingIncludeIsReportedWhereItIsWritten() throws {
        let root = try folder(["main.npath": "node a protein\n\ninclude \"nowhere\"\n"])
        let found = diagnostics(loading: root.appendingPathComponent("main.npath"))
        let missing = try #require(found.first)
        #expect(missing.code == .includeNotFound && missing.line == 3 && missing.column == 9)
        #expect(missing.message.contains("nowhere.npath"))
    }

    @Test(arguments: ["../outside", "/etc/passwd", "modules/../../outside"])
    func anIncludeEscapingTheRootIsRefused(_ path: String) throws {
        let root = try folder(["graph/main.npath": "include \"\(path)\"\n", "outside.npath": "node secret protein\n"])
        let found = diagnostics(loading: root.appendingPathComponent("graph/main.npath"))
        #expect(found.map(\.code) == [.includeOutsideRoot])
    }

    @Test func aSymbolicLinkOutOfTheRootIsRefused() throws {
        let root = try folder(["graph/main.npath": "include \"link\"\n", "outside.npath": "node secret protein\n"])
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("graph/link.npath"),
            withDestinationURL: root.appendingPathComponent("outside.npath"))
        #expect(throws: GraphLoadError.self) {
            try GraphLoader().load(file: root.appendingPathComponent("graph/main.npath").path)
        }
    }

    @Test func deepIncludeChainsStopAtTheLimit() throws {
        var files: [String: String] = [:]
        for index in 0..<40 { files["f\(index).npath"] = "include \"f\(index + 1)\"\n" }
        files["f40.npath"] = "node end protein\n"
        let root = try folder(files)
        let found = diagnostics(loading: root.appendingPathComponent("f0.npath"))
        #expect(found.map(\.code) == [.includeTooDeep])
    }

    @Test func aMissingOrUnreadableFileIsNotAParseError() throws {
        #expect(throws: GraphLoadError.self) { try GraphLoader().load(file: "/nonexistent/graph.npath") }
        let root = try folder(["binary.npath": ""])
        try Data([0xFF, 0xFE, 0x00, 0x80]).write(to: root.appendingPathComponent("binary.npath"))
        do {
            _ = try GraphLoader().load(file: root.appendingPathComponent("binary.npath").path)
            Issue.record("binary file loaded")
        } catch {
            guard case .unreadable(_, let reason) = error else { Issue.record("\(error)"); return }
            #expect(reason.contains("UTF-8"))
        }
    }

    /// Files held in memory (an editor, an upload) include one another as on disk.
    @Test func graphsHeldInMemoryResolveTheirIncludesAmongThemselves() throws {
        let files = Dictionary(uniqueKeysWithValues: BundledGraphs.files.map { ($0, BundledGraphs.source(at: $0)!) })
        let fromMemory = try GraphLoader().load(npath: files, main: "ketamine.npath")
        let bundled = try GraphLoader.bundled("ketamine")
        #expect(fromMemory.nodes.map(\.id) == bundled.nodes.map(\.id))
        #expect(fromMemory.interactions.count == bundled.interactions.count)

        var broken = files
        broken["modules/clinical.npath"] = nil
        do {
            _ = try GraphLoader().load(npath: broken, main: "ketamine.npath")
            Issue.record("a missing module must fail")
        } catch {
            guard case .invalid(let diagnostics) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(diagnostics.contains { $0.code == .includeNotFound && $0.file == "ketamine.npath" })
        }
        let escaping = ["main.npath": "include \"../secret\"\n", "../secret.npath": "node x protein\n"]
        do {
            _ = try GraphLoader().load(npath: escaping, main: "main.npath")
            Issue.record("an include outside the files must fail")
        } catch {
            guard case .invalid(let diagnostics) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(diagnostics.contains { $0.code == .includeOutsideRoot })
        }
        #expect(throws: GraphLoadError.self) { try GraphLoader().load(npath: [:], main: "main.npath") }
        let small = GraphLimits(maximumFileSize: 64)
        let tooLarge = ["main.npath": "include \"big\"\n", "big.npath": String(repeating: "# padding\n", count: 10)]
        do {
            _ = try GraphLoader(limits: small).load(npath: tooLarge, main: "main.npath")
            Issue.record("an included file over the size limit must fail")
        } catch {
            guard case .invalid(let diagnostics) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(diagnostics.contains { $0.code == .fileTooLarge && $0.file == "big.npath" })
        }
    }

    /// An include that names a pipe once waited forever for a writer; only regular files are included.
    @Test func anIncludeOfAPipeIsRefusedNotWaitedFor() throws {
        let root = try folder(["main.npath": "include \"pipe\"\nnode a protein\n"])
        #expect(mkfifo(root.appendingPathComponent("pipe.npath").path, 0o600) == 0)
        do {
            _ = try GraphLoader().load(file: root.appendingPathComponent("main.npath").path)
            Issue.record("a pipe was included")
        } catch {
            #expect(error.description.contains("must be a regular file"), "\(error.description)")
        }
    }
}
