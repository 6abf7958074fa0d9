import ArgumentParser
import NeuroPath

/// Format names given on the command line (`--graph-format`, `convert --from` and `--to`): their help, and their
/// reading, with the nearest name suggested for a typo.
enum FormatNames {
    /// The help of an option taking a name of `Format`: `sentence`, then every name.
    static func help<Format: RawRepresentable<String> & CaseIterable>(_ sentence: String, _: Format.Type)
        -> ArgumentHelp
    {
        ArgumentHelp(
            sentence + ": " + Format.allCases.map(\.rawValue).joined(separator: ", ") + ".", valueName: "format")
    }

    /// The format `text` names (given to `option`; NeuroPath `verb`s those formats), `nil` when not given.
    static func parse<Format: RawRepresentable<String> & CaseIterable>(
        _ text: String?, as _: Format.Type, option: String, verb: String
    ) throws -> Format? {
        guard let text else { return nil }
        if let format = Format(rawValue: text.lowercased()) { return format }
        let names = Format.allCases.map(\.rawValue)
        let near = EditDistance.nearest(to: text, in: names).first
        throw ValidationError(
            "\(option): '\(text)' is not a format NeuroPath \(verb)\(near.map { " — did you mean '\($0)'?" } ?? "") "
                + "(formats: \(names.joined(separator: ", ")))")
    }
}
