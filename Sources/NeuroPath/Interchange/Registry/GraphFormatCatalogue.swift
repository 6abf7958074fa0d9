import Foundation

// The formats NeuroPath reads and writes: one value each, and the two orders they are listed and tried in.
extension GraphFormat {
    /// Every format, in the order they are listed in help and messages.
    public static let all: [GraphFormat] = [
        .npath, .neuroPathJSON, .sif, .headeredTable, .pathLinker, .cytoscapeJSON, .sbgn, .gpml, .bel, .graphML,
        .sbmlQual, .snapshot,
    ]

    /// The readable formats in the order content is tried against them: the most particular first (a rich
    /// table header before SIF, a PathLinker header before the `#` comments SIF skips).
    static let sniffingOrder: [GraphFormat] = [
        .snapshot, .neuroPathJSON, .cytoscapeJSON, .sbgn, .gpml, .graphML, .bel, .headeredTable, .pathLinker,
        .npath, .sif,
    ]

    /// NeuroPath's native text (`Docs/format.md`); it keeps everything but weights.
    public static let npath = GraphFormat(
        name: "npath", title: "NeuroPath text", readingExtensions: ["npath"], writingExtensions: ["npath"],
        kept: Set(GraphFeature.allCases).subtracting([.weights]),
        recognises: { sample in
            let first = sample.firstLineNotComment?.split(whereSeparator: { $0 == " " || $0 == "\t" }).first
            return first.map { NPathDocumentParser.keywords.contains(String($0)) } ?? false
        },
        reader: { input throws(GraphLoadError) in
            let text = try GraphFile.text(input.data, display: input.file)
            if let folder = input.folder, let file = input.fileInFolder {
                return try NPathParser.parse(file: file, text: text, from: folder, limits: input.limits)
            }
            return try NPathParser.parse(text: text, file: input.file, limits: input.limits)
        },
        writer: NPathWriter.self)

    /// NeuroPath JSON (`.npath.json`): the whole graph as JSON, lossless.
    public static let neuroPathJSON = GraphFormat(
        name: "neuropath-json", title: "NeuroPath JSON", readingExtensions: ["npath.json"],
        writingExtensions: ["npath.json"], mediaType: "application/json", kept: Set(GraphFeature.allCases),
        recognises: { NeuroPathJSON.recognises($0.data) },
        reader: { input throws(GraphLoadError) in
            try NeuroPathJSON.parse(data: input.data, file: input.file, name: input.name, limits: input.limits)
        },
        writer: NeuroPathJSON.self)

    /// The simple interaction format, signed (`source relation target`); also `source interaction target`
    /// tables with a header.
    public static let sif = GraphFormat(
        name: "sif", title: "signed SIF", readingExtensions: ["sif"], writingExtensions: ["sif"],
        kept: [.ids],
        recognises: { sample in
            (sample.firstLineNotComment?.split(whereSeparator: { $0 == " " || $0 == "\t" }).count ?? 0) >= 2
        },
        reader: { input throws(GraphLoadError) in
            do throws(GraphLoadError) {
                return try SIFImporter.parse(data: input.data, file: input.file, name: input.name, limits: input.limits)
            } catch {
                throw SIFImporter.withTableHint(error, data: input.data, file: input.file)
            }
        },
        writer: SIFWriter.self)

    /// Tab-separated tables whose header names their columns (SIGNOR, OmniPath), beyond `source interaction
    /// target`.
    public static let headeredTable = GraphFormat(
        name: "table", title: "a table with a header (SIGNOR, OmniPath)",
        recognises: { HeaderedTableImporter.layout(of: $0.data) != nil },
        reader: { input throws(GraphLoadError) in
            try HeaderedTableImporter.parse(data: input.data, file: input.file, name: input.name, limits: input.limits)
        })

    /// PathLinker interactome tables (`#tail head weight directed db_sources`).
    public static let pathLinker = GraphFormat(
        name: "pathlinker", title: "a PathLinker table",
        recognises: { sample in
            // The header is a `#` line: the first line that is one, before any line that is not a comment.
            for line in sample.lines {
                if PathLinkerImporter.recognises(firstLine: line) { return true }
                if !line.hasPrefix("#") { return false }
            }
            return false
        },
        reader: { input throws(GraphLoadError) in
            try PathLinkerImporter.parse(data: input.data, file: input.file, name: input.name, limits: input.limits)
        })

    /// Cytoscape.js JSON (`{"elements": {"nodes": […], "edges": […]}}`), as Cytoscape and CausalPath write it.
    public static let cytoscapeJSON = GraphFormat(
        name: "cyjs", title: "Cytoscape.js JSON", readingExtensions: ["cyjs"], writingExtensions: ["cyjs", "json"],
        mediaType: "application/json",
        kept: [.ids, .labels, .kinds, .descriptions, .populations, .relationWords, .evidence, .references, .notes],
        recognises: { CytoscapeJSONImporter.recognises($0.data) },
        reader: { input throws(GraphLoadError) in
            try CytoscapeJSONImporter.parse(data: input.data, file: input.file, name: input.name, limits: input.limits)
        },
        writer: CytoscapeJSONWriter.self)

    /// SBGN-ML Activity Flow maps. Written, it keeps labels (and necessary inputs of positive sign, as necessary
    /// stimulation).
    public static let sbgn = GraphFormat(
        name: "sbgn", title: "SBGN-ML Activity Flow", readingExtensions: ["sbgn", "sbgnml"],
        writingExtensions: ["sbgn", "sbgnml"], xmlRoot: "sbgn", mediaType: "application/xml", kept: [.labels],
        reader: { input throws(GraphLoadError) in
            try SBGNImporter.parse(data: input.data, file: input.file, name: input.name, limits: input.limits)
        },
        writer: SBGNWriter.self)

    /// WikiPathways GPML.
    public static let gpml = GraphFormat(
        name: "gpml", title: "WikiPathways GPML", readingExtensions: ["gpml"], xmlRoot: "pathway",
        reader: { input throws(GraphLoadError) in
            try GPMLImporter.parse(data: input.data, file: input.file, name: input.name, limits: input.limits)
        })

    /// BEL documents, their causal statements.
    public static let bel = GraphFormat(
        name: "bel", title: "BEL", readingExtensions: ["bel"],
        recognises: { sample in
            sample.lines.contains { line in
                ["SET DOCUMENT", "SET Citation", "DEFINE NAMESPACE", "SET STATEMENT_GROUP"].contains {
                    line.hasPrefix($0)
                }
            }
        },
        reader: { input throws(GraphLoadError) in
            try BELImporter.parse(data: input.data, file: input.file, name: input.name, limits: input.limits)
        })

    /// GraphML, its attributes mapped by name.
    public static let graphML = GraphFormat(
        name: "graphml", title: "GraphML", readingExtensions: ["graphml"], writingExtensions: ["graphml"],
        xmlRoot: "graphml", mediaType: "application/xml",
        kept: [.ids, .labels, .kinds, .descriptions, .relationWords, .evidence, .references, .species, .notes],
        reader: { input throws(GraphLoadError) in
            try GraphMLImporter.parse(data: input.data, file: input.file, name: input.name, limits: input.limits)
        },
        writer: GraphMLWriter.self)

    /// SBML-qual, for Boolean tools; written, not read. SBML ids are the node ids escaped reversibly, and the
    /// rules keep necessary inputs.
    public static let sbmlQual = GraphFormat(
        name: "sbml", title: "SBML-qual", writingExtensions: ["sbml"], xmlRoot: "sbml", mediaType: "application/xml",
        kept: [.ids, .labels, .necessity],
        writer: SBMLQualWriter.self)

    /// A NeuroPath snapshot: the binary image of a loaded graph (``GraphSnapshot``), written by
    /// ``GraphSnapshot/data(of:)``, not as text.
    public static let snapshot = GraphFormat(
        name: "npsnap", title: "a NeuroPath snapshot", readingExtensions: [GraphSnapshot.fileExtension],
        mediaType: "application/octet-stream",
        recognises: { GraphSnapshot.recognises($0.data) },
        reader: { input throws(GraphLoadError) in
            try GraphSnapshot.graph(from: input.data, file: input.file, limits: input.limits)
        })
}
