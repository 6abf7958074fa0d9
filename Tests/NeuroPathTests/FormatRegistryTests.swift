import Foundation
import NeuroPath
import Testing

/// The format registry (`GraphFormat.all`) is the one place a format is described: names, endings and content
/// tests must agree with what the writers write and the readers read.
@Suite struct FormatRegistryTests {
    @Test func namesAreUniqueLowerCaseAndFoundAgain() {
        let names = GraphFormat.all.map(\.name)
        #expect(Set(names).count == names.count)
        for format in GraphFormat.all {
            #expect(format.name == format.name.lowercased())
            #expect(GraphFormat(name: format.name.uppercased()) == format)
            #expect(format.isReadable || format.isWritable, "\(format) is neither read nor written")
            #expect(format.isWritable == !format.writingExtensions.isEmpty, "\(format): writing endings")
        }
        #expect(GraphFormat(name: "png") == nil)
    }

    /// What each writer writes is recognised as its own format by its file name and, without one, by content.
    @Test func everyWrittenFileIsRecognisedByItsNameAndItsContent() throws {
        let ketamine = try GraphLoader().load(.ketamine)
        for format in GraphFormat.writable {
            for ending in format.writingExtensions {
                #expect(GraphFormat(writingFileName: "Ketamine Graph." + ending.uppercased()) == format, "\(ending)")
            }
            guard format.isReadable else { continue }
            let text = try format.write(ketamine)
            #expect(GraphFormat.sniff(Data(text.utf8)) == format, "\(format): sniffed")
            let read = try GraphLoader().load(data: Data(text.utf8), file: "upload")
            #expect(read.nodes.count == ketamine.nodes.count, "\(format): read back by content alone")
        }
        for format in GraphFormat.readable {
            for ending in format.readingExtensions {
                #expect(GraphFormat(readingFileName: "k." + ending) == format, "\(ending)")
            }
        }
        #expect(GraphFormat(readingFileName: "k.tsv") == nil && GraphFormat(readingFileName: "k.json") == nil)
        #expect(
            GraphFormat(writingFileName: "k.png") == nil
                && GraphFormat(writingFileName: "k.npath.json") == .neuroPathJSON)
    }

    @Test func aFormatThatIsNotWrittenIsRefusedBeforeWriting() throws {
        let ketamine = try GraphLoader().load(.ketamine)
        for format in GraphFormat.all where !format.isWritable {
            #expect(throws: FormatRefusal.self, "\(format)") { try format.write(ketamine) }
            #expect(format.refusal(for: ketamine)?.description.contains("does not write") == true)
        }
    }

    /// SBML is written, not read: a file of it is named as what it is, not read as text of another format.
    @Test func aWrittenButUnreadFormatIsNamedWhenLoaded() throws {
        let ketamine = try GraphLoader().load(.ketamine)
        let sbml = try GraphFormat.sbmlQual.write(ketamine)
        #expect(throws: GraphLoadError.self) { try GraphLoader().load(data: Data(sbml.utf8), file: "k.xml") }
        do {
            _ = try GraphLoader().load(data: Data(sbml.utf8), file: "k.sbml")
        } catch {
            #expect("\(error)".contains("SBML"), "\(error)")
        }
    }
}
