import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML document read into a small tree, for the SBGN-ML, GPML and GraphML readers. External entities are
/// never resolved and no DTD is loaded; the tree holds element names (without namespace prefixes), attributes,
/// text and children.
struct XMLElement {
    /// The element's local name.
    var name: String
    /// Its attributes.
    var attributes: [String: String]
    /// Its child elements, in order.
    var children: [XMLElement] = []
    /// The character data directly inside it (CDATA included), as written.
    var text = ""

    /// The children named `name`.
    func children(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

    /// The first child named `name`.
    func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }

    /// Every element below this one, depth first.
    var descendants: [XMLElement] { children.flatMap { [$0] + $0.descendants } }

    /// The root element of `data`, or a message saying where it is not well-formed XML.
    ///
    /// The bytes must be UTF-8: Foundation's XML parser on Linux traps on an element name that is not (a fuzzer
    /// found it), so they are checked first and a bad byte is reported with its line and column.
    static func parse(_ data: Data) -> Result<XMLElement, XMLReadError> {
        if let bad = firstInvalidUTF8(in: data) {
            let before = data.prefix(bad)
            let line = before.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? data.startIndex
            let column = String(decoding: data[lineStart..<(data.startIndex + bad)], as: UTF8.self).count + 1
            return .failure(
                XMLReadError(
                    line: line, column: column,
                    message: "not UTF-8 (byte \(bad + 1)); XML files are read as UTF-8"))
        }
        let builder = Builder()
        // Fed as a stream, in chunks: given all of a large document at once (80 MB of SBGN-ML), libxml2 stops at
        // its end with an internal error ("huge input lookup").
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = builder
        let parsed = parser.parse()
        if builder.tooDeep {
            return .failure(
                XMLReadError(
                    line: parser.lineNumber, column: parser.columnNumber,
                    message: "elements are nested more than \(Builder.maximumDepth) deep here; no graph format "
                        + "nests anywhere near that, so the file is damaged or hostile"))
        }
        guard parsed, let root = builder.root else {
            return .failure(
                XMLReadError(
                    line: parser.lineNumber, column: parser.columnNumber,
                    message: parser.parserError.map { "not well-formed XML: \(reason(code: ($0 as NSError).code))" }
                        ?? "not well-formed XML"))
        }
        return .success(root)
    }

    /// What libxml2's error `code` means, in words, for the codes its parser gives for the mistakes seen in
    /// practice; the number for the rest.
    private static func reason(code: Int) -> String {
        let words: [Int: String] = [
            5: "the document ends inside an element, or has content after its root element",
            9: "a character XML does not allow",
            26: "an entity that is not declared",
            42: "an attribute given twice in one element",
            68: "a name expected after '<'",
            73: "a malformed tag or attribute (an attribute's value must be in quotes)",
            76: "a closing tag that does not match the element it closes",
            89: "entities that refer to themselves or expand without bound (an entity bomb); refused",
        ]
        return "\(words[code] ?? "the parser stopped") (libxml2 error \(code))"
    }

    /// The root element of the document in `data`, which must be named `expected` (`format` names the format in
    /// the message when it is not); any problem is one diagnostic in `file`.
    static func root(of data: Data, named expected: String, format: String, file: String) throws(GraphLoadError)
        -> XMLElement
    {
        let root: XMLElement
        switch parse(data) {
        case .success(let element): root = element
        case .failure(let error): throw .invalid([error.diagnostic(file: file)])
        }
        guard root.name == expected else {
            throw .invalid([
                Diagnostic(
                    file: file, line: 0, column: 0, code: .malformedRow,
                    message: "expected the root <\(expected)> of \(format), found <\(root.name)>")
            ])
        }
        return root
    }

    /// The offset of the first byte of `data` that is not part of valid UTF-8, or `nil`.
    static func firstInvalidUTF8(in data: Data) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        /// Elements nested deeper than this stop the parse: the tree is walked and freed recursively, and 50,000
        /// nested elements overflowed the stack.
        static let maximumDepth = 1_000
        var stack: [XMLElement] = []
        var root: XMLElement?
        var tooDeep = false

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            guard stack.count < Self.maximumDepth else {
                tooDeep = true
                parser.abortParsing()
                return
            }
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            stack.append(XMLElement(name: local, attributes: attributeDict))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            guard let finished = stack.popLast() else { return }
            if stack.isEmpty { root = finished } else { stack[stack.count - 1].children.append(finished) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
        }
    }
}

/// Where an XML document is not well formed.
struct XMLReadError: Error {
    var line: Int
    var column: Int
    var message: String

    /// The diagnostic of this error in `file`.
    func diagnostic(file: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, code: .syntax, message: message)
    }
}
