import Foundation
import NeuroPath

/// The GET parameters of an API request, read by one checked parser: the command line's long options in
/// snake_case (`max_depth`, `min_evidence`), repeatable ones repeated (`knockout=A&knockout=B`).
///
/// Every value is checked against its range before use and every bad one is a 400 naming the parameter, never a
/// trap: whole numbers are ASCII digits within the parameter's range, seconds a plain decimal, booleans `true`,
/// `false`, `1` or `0`, words one of their list. A parameter given with no value, a single-value parameter given
/// twice, and a parameter the request does not read (`from` beside `node` in `explain`) are refused too: each
/// would otherwise give an answer to a question not asked.
final class QueryParameters {
    /// The parameters in the order given, percent-decoded.
    private let values: [(name: String, value: String)]
    /// The first parameter whose name or value is not percent-encoded UTF-8 (`%FF`), if any.
    private let undecodable: String?
    /// The names read so far.
    private var read: Set<String> = []
    /// The graph the node names belong to.
    let graph: PathwayGraph

    init(query: String, graph: PathwayGraph) {
        values = Self.parse(query)
        undecodable = query.split(separator: "&").first { pair in
            pair.replacingOccurrences(of: "+", with: " ").removingPercentEncoding == nil
        }.map(String.init)
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
        if let undecodable {
            let name = undecodable.split(separator: "=", maxSplits: 1).first.map(String.init) ?? undecodable
            throw .badParameter(
                Self.quoted(name.removingPercentEncoding ?? name),
                "'\(Self.quoted(undecodable))' is not percent-encoded UTF-8 (write %C3%A9 for é)")
        }
        guard let unknown = values.first(where: { !accepted.contains($0.name) })?.name else { return }
        let near = EditDistance.nearest(to: unknown, in: accepted.sorted())
        let hint = near.isEmpty ? "" : " — did you mean '\(near[0])'?"
        throw .badParameter(
            unknown, "not a parameter of this route\(hint) (it takes \(accepted.sorted().joined(separator: ", ")))",
            suggestions: near)
    }

    /// An error for the first parameter given that the request did not read: one that only matters beside
    /// another (`highlight_limit` without `highlight_from`, `from` beside `node`). Called once the request has
    /// read everything it needs.
    func refuseUnread(_ explanation: String) throws(APIError) {
        guard let unread = values.first(where: { !read.contains($0.name) })?.name else { return }
        throw .badParameter(unread, "not used by this request: \(explanation)")
    }

    /// Whether `name` was given (it counts as read).
    func has(_ name: String) -> Bool {
        read.insert(name)
        return values.contains { $0.name == name }
    }

    /// The value of a single-value `name`, if given; given twice or empty, it is refused.
    func string(_ name: String) throws(APIError) -> String? {
        read.insert(name)
        let given = values.filter { $0.name == name }
        guard let first = given.first else { return nil }
        guard given.count == 1 else {
            throw .badParameter(name, "given \(given.count) times; it takes one value")
        }
        guard !first.value.isEmpty else { throw .badParameter(name, "has no value") }
        return first.value
    }

    /// Every value of a repeatable `name`; an empty one is refused.
    func all(_ name: String) throws(APIError) -> [String] {
        read.insert(name)
        let given = values.filter { $0.name == name }.map(\.value)
        guard !given.contains(where: \.isEmpty) else { throw .badParameter(name, "has no value") }
        return given
    }

    /// A required value.
    func required(_ name: String) throws(APIError) -> String {
        guard let value = try string(name) else { throw .badParameter(name, "required") }
        return value
    }

    /// A whole number in `range` (which starts at 0 or above) written in ASCII digits alone, or `defaultValue`
    /// when absent: no sign, no exponent, no other script's digits.
    func integer(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws(APIError) -> Int {
        guard let text = try string(name) else { return defaultValue }
        guard text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(text), range.contains(value)
        else {
            let upper = range.upperBound == Int.max ? "" : " to \(range.upperBound)"
            throw .badParameter(
                name, "must be a whole number from \(range.lowerBound)\(upper), not '\(Self.quoted(text))'")
        }
        return value
    }

    /// A number of seconds, a plain decimal (`0.5`, `2`) in `range`, or `nil` when absent.
    func seconds(_ name: String, in range: ClosedRange<Double>) throws(APIError) -> Duration? {
        guard let text = try string(name) else { return nil }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let isDecimal =
            !text.isEmpty && text.count <= 24
            && parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }
        guard isDecimal, let value = Double(text), range.contains(value), value > 0 else {
            throw .badParameter(
                name,
                "must be a number of seconds greater than 0 and at most \(Self.format(range.upperBound)) "
                    + "(such as 0.5), not '\(Self.quoted(text))'")
        }
        return .milliseconds(max(1, Int((value * 1000).rounded())))
    }

    /// `true`, `false`, `1` or `0`; `defaultValue` when absent.
    func boolean(_ name: String, default defaultValue: Bool) throws(APIError) -> Bool {
        guard let text = try string(name) else { return defaultValue }
        switch text {
        case "true", "1": return true
        case "false", "0": return false
        default:
            throw .badParameter(
                name, "must be true or false (or 1 or 0), not '\(Self.quoted(text))'", suggestions: ["true", "false"])
        }
    }

    /// A node named by id, label or synonym.
    func node(_ name: String) throws(APIError) -> NodeIndex {
        let text = try required(name)
        do { return try graph.resolve(text) } catch { throw APIError(error).about(name) }
    }

    /// Every node of a repeatable parameter.
    func nodes(_ name: String) throws(APIError) -> [NodeIndex] {
        var result: [NodeIndex] = []
        for text in try all(name) {
            do { result.append(try graph.resolve(text)) } catch { throw APIError(error).about(name) }
        }
        return result
    }

    /// One of a fixed set of words.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws(APIError) -> T?
    where T.RawValue == String {
        guard let text = try string(name) else { return nil }
        guard let value = T(rawValue: text) else {
            let near = EditDistance.nearest(to: text, in: T.allCases.map(\.rawValue))
            throw .badParameter(
                name, "'\(Self.quoted(text))' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))",
                suggestions: near.isEmpty ? T.allCases.map(\.rawValue) : near)
        }
        return value
    }

    /// The one of `choices` (by their names) that parameter `name` names, `nil` when it is absent; any other
    /// word is a 400 naming the choices.
    func choice<T>(_ name: String, among choices: [T], by key: (T) -> String) throws(APIError) -> T? {
        guard let text = try string(name) else { return nil }
        guard let value = choices.first(where: { key($0) == text }) else {
            let names = choices.map(key)
            let near = EditDistance.nearest(to: text, in: names)
            throw .badParameter(
                name, "'\(Self.quoted(text))' is not one of \(names.joined(separator: ", "))",
                suggestions: near.isEmpty ? names : near)
        }
        return value
    }

    /// `context`: a species, region or cell population that some interaction of the graph names; one that none
    /// names is refused (it would silently keep no interaction at all).
    func context() throws(APIError) -> String? {
        guard let text = try string("context") else { return nil }
        guard graph.hasInteraction(inContext: text) else {
            throw .badParameter("context", "'\(Self.quoted(text))' is named by no interaction of this graph")
        }
        return text
    }

    /// `avoid`, `knockout`, `min_evidence` and `context`: the filter every query shares.
    func filter() throws(APIError) -> PathFilter {
        PathFilter(
            avoid: Set(try nodes("avoid")), knockout: Set(try nodes("knockout")),
            minimumEvidence: try choice("min_evidence", as: EvidenceLevel.self), context: try context())
    }

    /// `max_depth`, 1 to 64, default 8.
    func maxDepth() throws(APIError) -> Int {
        try integer("max_depth", default: PathDepth.standard, in: 1...PathDepth.maximum)
    }

    /// A path given as its interactions' indices, comma-separated (`path=83,97,140`), as `steps[].interaction`
    /// of a trace lists them; checked against the graph (connected, no node twice).
    func path(_ name: String) throws(APIError) -> CausalPath {
        let text = try string(name) ?? ""
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= PathDepth.maximum else {
            throw .badParameter(name, "a path has at most \(PathDepth.maximum) interactions")
        }
        var indices: [InteractionIndex] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 9, part.allSatisfy({ $0.isASCII && $0.isNumber }), let index = Int(part)
            else {
                throw .badParameter(
                    name,
                    "'\(Self.quoted(String(part)))' is not an interaction index: give the `interaction` numbers "
                        + "of a trace's steps, comma-separated")
            }
            indices.append(InteractionIndex(index))
        }
        do {
            return try CausalPath(interactions: indices, in: graph)
        } catch {
            throw .badParameter(name, error.description)
        }
    }

    /// `order`: `confidence` (most confident paths first, the default) or `steps` (shortest first).
    func order() throws(APIError) -> PathQuery.Order {
        try choice("order", among: PathQuery.Order.allCases, by: \.optionName) ?? .mostConfidentFirst
    }

    /// `sign`: `increases` or `decreases`.
    func sign() throws(APIError) -> Sign? {
        guard let text = try string("sign") else { return nil }
        switch text {
        case "increases", "positive", "+": return .positive
        case "decreases", "negative", "-": return .negative
        default:
            throw .badParameter(
                "sign", "'\(Self.quoted(text))' is not increases or decreases",
                suggestions: ["increases", "decreases"])
        }
    }

    /// A value as it may be quoted in a message: at most 40 characters, control characters escaped.
    static func quoted(_ text: String) -> String {
        let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return short.unicodeScalars.map {
            $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0)
        }.joined()
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
