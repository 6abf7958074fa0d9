import Foundation
import Hummingbird
import NeuroPath

/// The GET parameters of an API request: the command line's long options in snake_case (`max_depth`,
/// `min_evidence`), repeatable ones repeated (`knockout=A&knockout=B`). Every bad value is a 400 with the
/// parameter's name.
struct QueryParameters {
    /// The parameters in the order given, percent-decoded.
    private let values: [(name: String, value: String)]
    /// The graph the node names belong to.
    let graph: PathwayGraph

    init(_ request: Request, graph: PathwayGraph) {
        values = Self.parse(request.uri.query ?? "")
        self.graph = graph
    }

    /// `a=1&b=x+y&b=%2B`: form encoding, where `+` is a space and `%2B` a plus, as browsers send it.
    static func parse(_ query: String) -> [(name: String, value: String)] {
        query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// An error for the first parameter not in `accepted` (a typo such as `max_dept` would otherwise be
    /// ignored and the answer computed without it), with the nearest accepted names.
    func refuseUnknown(accepted: Set<String>) throws(APIError) {
        guard let unknown = values.first(where: { !accepted.contains($0.name) })?.name else { return }
        let near = EditDistance.nearest(to: unknown, in: accepted.sorted())
        let hint = near.isEmpty ? "" : " — did you mean '\(near[0])'?"
        throw .badParameter(
            unknown, "not a parameter of this route\(hint) (it takes \(accepted.sorted().joined(separator: ", ")))",
            suggestions: near)
    }

    /// The first value of `name`, if given and not empty.
    func string(_ name: String) -> String? {
        values.first { $0.name == name && !$0.value.isEmpty }?.value
    }

    /// Every value of a repeatable `name`.
    func all(_ name: String) -> [String] { values.filter { $0.name == name && !$0.value.isEmpty }.map(\.value) }

    /// A required value.
    func required(_ name: String) throws(APIError) -> String {
        guard let value = string(name) else { throw .badParameter(name, "required") }
        return value
    }

    /// An integer in `range`, or `defaultValue` when absent.
    func integer(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws(APIError) -> Int {
        guard let text = string(name) else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw .badParameter(
                name, "must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }

    /// A node named by id, label or synonym.
    func node(_ name: String) throws(APIError) -> Int {
        let text = try required(name)
        do { return try graph.resolve(text) } catch { throw APIError(error) }
    }

    /// Every node of a repeatable parameter.
    func nodes(_ name: String) throws(APIError) -> [Int] {
        var result: [Int] = []
        for text in all(name) {
            do { result.append(try graph.resolve(text)) } catch { throw APIError(error) }
        }
        return result
    }

    /// One of a fixed set of words.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws(APIError) -> T?
    where T.RawValue == String {
        guard let text = string(name) else { return nil }
        guard let value = T(rawValue: text) else {
            throw .badParameter(
                name, "'\(text)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))",
                suggestions: T.allCases.map(\.rawValue))
        }
        return value
    }

    /// `avoid`, `knockout`, `min_evidence` and `context`: the filter every query shares.
    func filter() throws(APIError) -> PathFilter {
        PathFilter(
            avoid: Set(try nodes("avoid")), knockout: Set(try nodes("knockout")),
            minimumEvidence: try choice("min_evidence", as: EvidenceLevel.self), context: string("context"))
    }

    /// `max_depth`, 1 to 64, default 8.
    func maxDepth() throws(APIError) -> Int {
        try integer("max_depth", default: PathDepth.standard, in: 1...PathDepth.maximum)
    }

    /// `sign`: `increases` or `decreases`.
    func sign() throws(APIError) -> Sign? {
        guard let text = string("sign") else { return nil }
        switch text {
        case "increases", "positive", "+": return .positive
        case "decreases", "negative", "-": return .negative
        default:
            throw .badParameter(
                "sign", "'\(text)' is not increases or decreases", suggestions: ["increases", "decreases"])
        }
    }
}
