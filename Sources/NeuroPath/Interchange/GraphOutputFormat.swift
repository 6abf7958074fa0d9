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
