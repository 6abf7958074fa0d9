import Foundation

/// How names typed by people are compared: ignoring case, spaces, hyphens and underscores.
enum NodeNameMatcher {
    /// Lowercased, with spaces, hyphens and underscores removed. Names already in that form (most imported
    /// ids) are returned as they are, without a new string.
    static func normalize(_ name: some StringProtocol) -> String {
        let alreadyNormal = name.utf8.allSatisfy { byte in
            byte < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) && byte != UInt8(ascii: " ")
                && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "_")
        }
        if alreadyNormal { return String(name) }
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return String(name.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" })
        }
        // ASCII (most imported ids, such as UniProt accessions): byte by byte, without Characters.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for byte in utf8 where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "_") {
            bytes.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The nodes one normalised name stands for: almost always one, so no array is made for it.
    enum Matches: Sendable {
        case none
        case one(Int32)
        case many([Int32])

        var indices: [Int32] {
            switch self {
            case .none: []
            case .one(let index): [index]
            case .many(let indices): indices
            }
        }

        mutating func append(_ index: Int32) {
            switch self {
            case .none: self = .one(index)
            case .one(let first): self = .many([first, index])
            case .many(let indices): self = .many(indices + [index])
            }
        }
    }
}

/// Why a name did not resolve to exactly one node.
public enum NodeResolutionError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The name is empty (or only spaces, hyphens and underscores).
    case emptyName
    /// No node has this name; `suggestions` are the nearest ids.
    case unknown(name: String, suggestions: [String])
    /// Several nodes share this name; `candidates` are their ids.
    case ambiguous(name: String, candidates: [String])

    /// A message a person can act on.
    public var description: String {
        switch self {
        case .emptyName:
            return "a node name is empty: give the id, label or synonym of a node of the graph"
        case .unknown(let name, let suggestions):
            let hint =
                suggestions.isEmpty ? "" : " — did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            return "unknown node '\(name)'\(hint)"
        case .ambiguous(let name, let candidates):
            return "'\(name)' names several nodes: \(candidates.map { "'\($0)'" }.joined(separator: ", ")); use an id"
        }
    }

    /// The same as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }

    /// The ids a person might have meant: the suggestions or the candidates.
    public var alternatives: [String] {
        switch self {
        case .emptyName: []
        case .unknown(_, let suggestions): suggestions
        case .ambiguous(_, let candidates): candidates
        }
    }
}

extension PathwayGraph {
    /// The index of the node whose id, label or synonym is `name` (ignoring case, spaces, hyphens and
    /// underscores). An exact id wins over other matches.
    public func resolve(_ name: String) throws(NodeResolutionError) -> NodeIndex {
        if let exact = index(ofID: name) { return exact }
        let normalized = NodeNameMatcher.normalize(name.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !normalized.isEmpty else { throw .emptyName }
        let matches = nodesByNormalizedName[normalized]?.indices ?? []
        let ids = matches.map { nodes[Int($0)].id }
        if ids.count == 1 { return NodeIndex(Int(matches[0])) }
        if let byID = matches.first(where: {
            NodeNameMatcher.normalize(nodes[Int($0)].id) == NodeNameMatcher.normalize(name)
        }) {
            return NodeIndex(Int(byID))
        }
        if ids.count > 1 { throw .ambiguous(name: name, candidates: ids.sorted()) }
        throw .unknown(name: name, suggestions: suggestions(for: name))
    }

    /// Up to three node ids whose names are closest to `name` by edit distance.
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        let wanted = NodeNameMatcher.normalize(name)
        let threshold = max(2, wanted.count / 3)
        var scored: [(distance: Int, id: String)] = []
        for (normalized, matches) in nodesByNormalizedName {
            let indices = matches.indices
            let distance = EditDistance.between(wanted, normalized, atMost: threshold)
            let containment =
                !wanted.isEmpty && normalized.count > 3 && wanted.count > 3
                && (normalized.contains(wanted) || wanted.contains(normalized))
            guard distance <= threshold || containment else { continue }
            for index in indices {
                scored.append((containment ? min(distance, threshold) : distance, nodes[Int(index)].id))
            }
        }
        var seen = Set<String>()
        return scored.sorted { ($0.distance, $0.id) < ($1.distance, $1.id) }
            .compactMap { seen.insert($0.id).inserted ? $0.id : nil }
            .prefix(limit).map { $0 }
    }
}

/// Levenshtein distance, for "did you mean" suggestions. Shared with the command line, not part of the API.
package enum EditDistance {
    /// The edit distance between `a` and `b`, or `bound + 1` when it exceeds `bound`.
    package static func between(_ a: String, _ b: String, atMost bound: Int = .max) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > bound { return bound == .max ? bound : bound + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > bound { return bound + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidates closest to `word` (at most `limit`, within a distance that grows with the word's length).
    package static func nearest(to word: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let threshold = max(2, word.count / 3)
        return candidates.map { (between(word.lowercased(), $0.lowercased(), atMost: threshold), $0) }
            .filter { $0.0 <= threshold }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .prefix(limit).map(\.1)
    }
}
