/// Why a graph cannot be written in a format: the format is not one NeuroPath writes, or there are ids it cannot
/// hold; in a message a person can act on.
public struct FormatRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// The format asked for.
    public let format: GraphFormat
    /// The ids the format cannot hold, in the graph's order; empty when the format is not written at all.
    public let ids: [String]
    /// Why, one reason per id.
    public let reasons: [String]

    /// A message naming the first three ids (control and invisible characters escaped) and how many in all.
    public var description: String {
        guard !ids.isEmpty else {
            return "NeuroPath does not write \(format.title); it writes \(GraphFormat.names(GraphFormat.writable))"
        }
        let shown = zip(ids, reasons).prefix(3).map { id, reason in
            let visible = id.unicodeScalars.map { scalar in
                [.control, .format].contains(scalar.properties.generalCategory)
                    ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
            }
            return "'\(visible.joined())' (\(reason))"
        }
        let more = ids.count > 3 ? " and \(ids.count - 3) more" : ""
        return "\(format.name) cannot hold the id\(ids.count == 1 ? "" : "s") \(shown.joined(separator: ", "))"
            + "\(more); nothing was written. NeuroPath JSON keeps any id"
    }
}
