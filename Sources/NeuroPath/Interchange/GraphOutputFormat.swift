import Foundation

/// The formats a graph can be written in, chosen by name (`--to`) or by the output file's name.
///
/// ```swift
/// let format = GraphOutputFormat(fileName: "ketamine.sbgn")  // .sbgn
/// let text = format?.write(graph)
/// ```
public enum GraphOutputFormat: String, Sendable, CaseIterable {
    /// NeuroPath's native text, canonical (``NPathWriter``).
    case npath
    /// Signed SIF, `source relation target` (``SIFWriter``).
    case sif
    /// SBGN-ML Activity Flow (``SBGNWriter``).
    case sbgn
    /// GraphML with declared keys (``GraphMLWriter``).
    case graphML = "graphml"
    /// Cytoscape.js JSON (``CytoscapeJSONWriter``).
    case cytoscapeJSON = "cyjs"
    /// SBML-qual for Boolean tools (``SBMLQualWriter``).
    case sbmlQual = "sbml"
    /// NeuroPath JSON, lossless (``NeuroPathJSON``).
    case neuroPathJSON = "neuropath-json"

    /// The format a file of this name is written in: `.npath.json` NeuroPath JSON, `.json` and `.cyjs`
    /// Cytoscape.js JSON, otherwise the extension's format; `nil` for an extension no writer has.
    public init?(fileName: String) {
        if fileName.lowercased().hasSuffix(NeuroPathJSON.fileSuffix) {
            self = .neuroPathJSON
            return
        }
        switch URL(fileURLWithPath: fileName).pathExtension.lowercased() {
        case "npath": self = .npath
        case "sif": self = .sif
        case "sbgn", "sbgnml": self = .sbgn
        case "graphml": self = .graphML
        case "cyjs", "json": self = .cytoscapeJSON
        case "sbml": self = .sbmlQual
        default: return nil
        }
    }

    /// The file name endings the formats are chosen by, in words, for messages.
    public static let fileNames = ".npath, .sif, .sbgn (or .sbgnml), .graphml, .cyjs (or .json), .sbml or .npath.json"

    /// Why `graph` cannot be written in this format, naming the first nodes the format cannot hold; `nil` when
    /// it can. Check it before writing: the text of such a graph would not load back.
    public func refusal(for graph: PathwayGraph) -> FormatRefusal? {
        let unwritable: [(id: String, reason: String)] =
            switch self {
            case .npath: NPathWriter.unwritableIDs(in: graph)
            case .sif: SIFWriter.unwritableIDs(in: graph)
            default: []
            }
        guard !unwritable.isEmpty else { return nil }
        return FormatRefusal(format: self, ids: unwritable.map(\.id), reasons: unwritable.map(\.reason))
    }

    /// The text of `graph` in this format.
    public func write(_ graph: PathwayGraph) -> String {
        switch self {
        case .npath: NPathWriter.write(NPathWriter.document(for: graph))
        case .sif: SIFWriter.write(graph)
        case .sbgn: SBGNWriter.write(graph)
        case .graphML: GraphMLWriter.write(graph)
        case .cytoscapeJSON: CytoscapeJSONWriter.write(graph)
        case .sbmlQual: SBMLQualWriter.write(graph)
        case .neuroPathJSON: NeuroPathJSON.write(graph)
        }
    }
}

/// Why a graph cannot be written in a format: the ids it cannot hold and why, in a message a person can act on.
public struct FormatRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// The format asked for.
    public let format: GraphOutputFormat
    /// The ids the format cannot hold, in the graph's order.
    public let ids: [String]
    /// Why, one reason per id.
    public let reasons: [String]

    /// A message naming the first three ids (control and invisible characters escaped) and how many in all.
    public var description: String {
        let shown = zip(ids, reasons).prefix(3).map { id, reason in
            let visible = id.unicodeScalars.map { scalar in
                [.control, .format].contains(scalar.properties.generalCategory)
                    ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
            }
            return "'\(visible.joined())' (\(reason))"
        }
        let more = ids.count > 3 ? " and \(ids.count - 3) more" : ""
        return "\(format.rawValue) cannot hold the id\(ids.count == 1 ? "" : "s") \(shown.joined(separator: ", "))"
            + "\(more); nothing was written. NeuroPath JSON keeps any id"
    }
}
