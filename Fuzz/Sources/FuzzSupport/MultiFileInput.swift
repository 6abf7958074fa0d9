/// One fuzz input holding several named files, for readers that follow includes.
public enum MultiFileInput {
    /// The marker that starts a file: a line `%% file NAME`.
    public static let marker = "%% file "

    /// Splits `text` at marker lines: the text before the first is `main`; each marker starts the file it names
    /// (a later file of the same name replaces an earlier one).
    public static func split(_ text: String, main: String) -> [String: String] {
        var files: [String: String] = [:]
        var name = main
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(marker) {
                files[name] = lines.joined(separator: "\n")
                name = String(line.dropFirst(marker.count))
                lines = []
            } else {
                lines.append(line)
            }
        }
        files[name] = lines.joined(separator: "\n")
        return files
    }
}
