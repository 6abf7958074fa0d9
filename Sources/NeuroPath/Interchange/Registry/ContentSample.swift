import Foundation

/// The start of a file, looked at once for every format's content test: the bytes, the root element when it
/// is XML, and its first lines when it is text.
struct ContentSample {
    /// The whole file.
    let data: Data
    /// The local name of the root element, lower case (`sbgn` for `<sbgn:sbgn>`), when the file is XML.
    let xmlRoot: String?
    /// The root element as written, with its prefix (`rdf:RDF`), when the file is XML.
    let xmlRootAsWritten: String?
    /// Whether the file starts, after white space and a byte order mark, with `<`.
    let isXML: Bool
    /// The first 50 lines of the first 64 KiB that are not blank, trimmed of spaces and tabs.
    let lines: [String]

    init(_ data: Data) {
        self.data = data
        let prefix = String(decoding: data.prefix(64 * 1024), as: UTF8.self)
        let text = prefix.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        isXML = text.hasPrefix("<")
        (xmlRootAsWritten, xmlRoot) = isXML ? Self.rootElement(of: Substring(text)) : (nil, nil)
        lines = Array(
            prefix.split(whereSeparator: \.isNewline).lazy
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t")) }
                .filter { !$0.isEmpty }
                .prefix(50))
    }

    /// The first line that is not a `#` comment, the one that tells text formats apart.
    var firstLineNotComment: String? { lines.first { !$0.hasPrefix("#") } }

    /// What a file NeuroPath does not read looks like ("SBML (XML, root <sbml>)"), so that such a file gets one
    /// line saying so rather than an error per line; `nil` when it looks like nothing in particular.
    var unreadKind: String? {
        guard isXML else { return nil }
        guard let root = xmlRoot, let written = xmlRootAsWritten else { return "XML" }
        let known = ["sbml": "SBML", "rdf": "BioPAX or another RDF document"]
        if let kind = known[root] { return "\(kind) (XML, root <\(written)>)" }
        if let format = GraphFormat.all.first(where: { $0.xmlRoot == root }) {
            return "\(format.title) (XML, root <\(written)>)"
        }
        return "XML with the root <\(written)>"
    }

    /// The first element that is not a declaration, a comment or a doctype: as written, and its local name in
    /// lower case.
    private static func rootElement(of text: Substring) -> (String?, String?) {
        var rest = text
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("?") || after.hasPrefix("!") {
                guard let close = after.firstIndex(of: ">") else { break }
                rest = after[after.index(after: close)...]
                continue
            }
            let name = after.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            let local = name.split(separator: ":").last.map(String.init) ?? String(name)
            return (String(name), local.lowercased())
        }
        return (nil, nil)
    }
}
