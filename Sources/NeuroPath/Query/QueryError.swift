import Foundation

/// Why a query could not be answered as asked. The cases carry data (node ids, the parameter at fault), not
/// the words of any one front end; ``description`` is a message a person can act on.
public enum QueryError: Error, Sendable, Equatable {
    /// Which end of a path.
    public enum Endpoint: String, Sendable, Hashable {
        /// Where paths start.
        case source
        /// Where paths end.
        case target
    }

    /// How a node is excluded by a ``PathFilter``.
    public enum Exclusion: String, Sendable, Hashable {
        /// It is in ``PathFilter/avoid``.
        case avoid
        /// It is in ``PathFilter/knockout``.
        case knockout
    }

    /// A numeric parameter of a query or its budget.
    public enum Parameter: String, Sendable, Hashable, CaseIterable {
        /// ``PathQuery/limit``: 0 or more.
        case limit
        /// ``QueryBudget/maxPaths``: 1 or more.
        case maxPaths
        /// ``QueryBudget/timeout``: more than zero.
        case timeout
        /// ``ShortestPathsQuery/k``: 1 or more.
        case k
        /// ``EffectQuery/pathsPerSign``: 0 or more.
        case pathsPerSign

        /// What the parameter must be, in words: `"0 or more"`.
        public var requirement: String {
            switch self {
            case .limit, .pathsPerSign: "0 or more"
            case .maxPaths, .k: "at least 1"
            case .timeout: "more than zero"
            }
        }
    }

    /// A node index that names no node of the graph (valid indices are `0..<nodeCount`).
    case nodeOutOfRange(index: Int, nodeCount: Int)
    /// A depth outside ``PathDepth/accepted``.
    case invalidDepth(Int)
    /// The source or target is excluded by the filter.
    case endpointExcluded(node: String, role: Endpoint, by: Exclusion)
    /// A node is both required (`via`) and excluded (avoided or knocked out).
    case conflictingNodes(node: String)
    /// A `via` node is the source or the target.
    case viaIsEndpoint(node: String)
    /// A numeric parameter out of range; `value` is what was given.
    case invalidParameter(Parameter, value: String)
    /// The query needs more distinct nodes than it was given (`regulators` needs two).
    case tooFewNodes(given: Int, needed: Int)
    /// `perturb` was given nothing to activate or block.
    case noPerturbation
    /// `perturb` was asked to act on the same node twice.
    case perturbedTwice(node: String)
    /// A quiz was asked of a graph with no drug node and no subject was given.
    case noQuizSubject
    /// `compare` was asked to compare the effect with itself.
    case comparedWithEffect(node: String)
}

extension QueryError: CustomStringConvertible, LocalizedError {
    /// A message a person can act on.
    public var description: String {
        switch self {
        case .nodeOutOfRange(let index, let count):
            "node index \(index) is out of range: this graph's nodes are numbered 0 to \(count - 1)"
        case .invalidDepth(let depth):
            "depth \(depth) is out of range: use a depth from 1 to \(PathDepth.maximum)"
        case .endpointExcluded(let node, let role, let exclusion):
            "the \(role.rawValue) '\(node)' is \(exclusion == .avoid ? "avoided" : "knocked out"): "
                + "a path cannot exclude its own \(role.rawValue)"
        case .conflictingNodes(let node):
            "'\(node)' is required (via) and also avoided or knocked out"
        case .viaIsEndpoint(let node):
            "'\(node)' is the source or the target; via takes intermediate nodes"
        case .invalidParameter(let parameter, let value):
            "\(parameter.rawValue) must be \(parameter.requirement), not \(value)"
        case .tooFewNodes(let given, let needed):
            "this query needs at least \(needed) different nodes, not \(given)"
        case .noPerturbation:
            "nothing to perturb: activate or block at least one node"
        case .perturbedTwice(let node):
            "'\(node)' is perturbed twice; activate or block each node once"
        case .noQuizSubject:
            "the graph has no drug node to ask about: name the node the questions should start from"
        case .comparedWithEffect(let node):
            "'\(node)' is both a compared drug and the effect: compare drugs on another node"
        }
    }

    /// The same as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }
}
