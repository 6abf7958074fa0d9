import ArgumentParser
import NeuroPath

/// Format names given on the command line (`--graph-format`, `convert --from` and `--to`): their help, and their
/// reading, with the nearest name suggested for a typo.
enum FormatNames {
    /// The help of an option taking the name of one of `formats`: `sentence`, then every name.
    static func help(_ sentence: String, _ formats: [GraphFormat]) -> ArgumentHelp {
        ArgumentHelp(sentence + ": " + GraphFormat.names(formats) + ".", valueName: "format")
    }

    /// The format among `formats` that `text` names (given to `option`; NeuroPath `verb`s those formats), `nil`
    /// when not given.
    static func parse(_ text: String?, among formats: [GraphFormat], option: String, verb: String) throws
        -> GraphFormat?
    {
        guard let text else { return nil }
        if let format = GraphFormat(name: text), formats.contains(format) { return format }
        let names = formats.map(\.name)
        let near = EditDistance.nearest(to: text, in: names).first
        throw ValidationError(
            "\(option): '\(text)' is not a format NeuroPath \(verb)\(near.map { " — did you mean '\($0)'?" } ?? "") "
                + "(formats: \(names.joined(separator: ", ")))")
    }
}
