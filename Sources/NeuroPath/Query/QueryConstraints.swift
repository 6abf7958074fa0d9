import Foundation

/// Which interactions and nodes a query may use, shared by every path query (DESIGN §5, `Docs/queries.md`).
///
/// Only signed interactions take part in path queries; associations of unknown sign are skipped.
public struct PathConstraints: Sendable, Hashable {
    /// The longest path, in interactions.
    public var maxDepth: Int
    /// Keep only paths with this overall sign.
    public var sign: Sign?
    /// Nodes every path must pass through.
    public var via: [Int]
    /// Nodes no path may pass through.
    public var avoid: Set<Int>
    /// Nodes removed from the graph before the query.
    public var knockout: Set<Int>
    /// Skip interactions weaker than this (and those with no evidence level).
    public var minimumEvidence: EvidenceLevel?
    /// Keep only interactions whose context names this species, region or cell population.
    public var context: String?

    /// The default depth limit of `trace` and `effect`.
    public static let defaultMaxDepth = 8
    /// The largest depth accepted.
    public static let maximumDepth = 64

    /// Creates constraints; by default every signed interaction, paths of up to 8 interactions.
    public init(
        maxDepth: Int = PathConstraints.defaultMaxDepth, sign: Sign? = nil, via: [Int] = [], avoid: Set<Int> = [],
        knockout: Set<Int> = [], minimumEvidence: EvidenceLevel? = nil, context: String? = nil
    ) {
        self.maxDepth = maxDepth
        self.sign = sign
        self.via = via
        self.avoid = avoid
        self.knockout = knockout
        self.minimumEvidence = minimumEvidence
        self.context = context
    }

    /// Checks the constraints against the endpoints of a query.
    func validate(from: Int?, to: Int?, in graph: PathwayGraph) throws(QueryError) {
        guard (1...Self.maximumDepth).contains(maxDepth) else { throw .invalidDepth(maxDepth) }
        for (role, node) in [("source", from), ("target", to)] {
            guard let node else { continue }
            if avoid.contains(node) { throw .endpointExcluded(node: graph.nodes[node].id, role: role, by: "--avoid") }
            if knockout.contains(node) {
                throw .endpointExcluded(node: graph.nodes[node].id, role: role, by: "--knockout")
            }
        }
        for node in via where avoid.contains(node) || knockout.contains(node) {
            throw .conflictingNodes(node: graph.nodes[node].id)
        }
        for node in via where node == from || node == to {
            throw .viaIsEndpoint(node: graph.nodes[node].id)
        }
    }
}

/// Limits on the work a combinatorial query may do. When a limit is reached the result says so
/// (`truncated`), and totals that could not be finished are reported as unknown, never guessed.
public struct QueryBudget: Sendable, Hashable {
    /// Stop counting or enumerating after this many paths.
    public var maxPaths: Int
    /// Stop after this much wall-clock time.
    public var timeout: Duration

    /// Creates a budget; by default 100 million paths and 10 seconds.
    public init(maxPaths: Int = 100_000_000, timeout: Duration = .seconds(10)) {
        self.maxPaths = maxPaths
        self.timeout = timeout
    }
}

/// Why a query could not be answered as asked. Each message says what to change.
public enum QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A depth outside 1…64.
    case invalidDepth(Int)
    /// The source or target is excluded by `--avoid` or `--knockout`.
    case endpointExcluded(node: String, role: String, by: String)
    /// A node is both required (`--via`) and excluded.
    case conflictingNodes(node: String)
    /// A `--via` node is the source or the target.
    case viaIsEndpoint(node: String)
    /// A limit of 0 or less, or a negative budget.
    case invalidLimit(String)
    /// The query needs at least this many nodes.
    case tooFewNodes(String)
    /// Options that cannot be combined.
    case unsupported(String)

    /// A message a person can act on.
    public var description: String {
        switch self {
        case .invalidDepth(let depth):
            "depth \(depth) is out of range: use a depth from 1 to \(PathConstraints.maximumDepth)"
        case .endpointExcluded(let node, let role, let option):
            "the \(role) '\(node)' is excluded by \(option): remove it from \(option)"
        case .conflictingNodes(let node):
            "'\(node)' is required by --via and excluded by --avoid or --knockout"
        case .viaIsEndpoint(let node):
            "'\(node)' is the source or the target; --via takes intermediate nodes"
        case .invalidLimit(let message):
            message
        case .tooFewNodes(let message):
            message
        case .unsupported(let message):
            message
        }
    }
}

/// A wall-clock deadline checked cheaply from inner loops.
struct Deadline {
    private let end: ContinuousClock.Instant
    private var countdown = 0
    private(set) var expired = false

    init(after timeout: Duration) { end = ContinuousClock.now.advanced(by: timeout) }

    /// A deadline at a fixed instant, for several searches that share one budget.
    init(at end: ContinuousClock.Instant) { self.end = end }

    /// Whether the deadline has passed, looking at the clock now.
    var hasPassed: Bool { ContinuousClock.now >= end }

    /// Looks at the clock every 4,096 calls; `true` once the deadline has passed.
    @inline(__always)
    mutating func check() -> Bool {
        if expired { return true }
        countdown &+= 1
        if countdown & 4095 == 0, ContinuousClock.now >= end { expired = true }
        return expired
    }
}
