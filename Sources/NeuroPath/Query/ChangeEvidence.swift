/// How well a change is supported, per sign: for each sign it takes, the weakest step of the best path that sets
/// it. "Best" is the path whose weakest step is strongest, so the level is the strongest `--min-evidence` under
/// which a path of that sign still arrives. It does not depend on how many paths an answer lists.
///
/// ```swift
/// let result = try EffectQuery(from: ketamine).run(to: synaptogenesis, on: graph)
/// result.evidence.level(of: result.effect)   // .supported
/// ```
public struct ChangeEvidence: Sendable, Hashable {
    /// The level of the best path that increases the node, `nil` when none does or a step has no recorded level.
    public var increases: EvidenceLevel?
    /// The level of the best path that decreases the node, `nil` when none does or a step has no recorded level.
    public var decreases: EvidenceLevel?

    /// Creates the levels of both signs.
    public init(increases: EvidenceLevel? = nil, decreases: EvidenceLevel? = nil) {
        self.increases = increases
        self.decreases = decreases
    }

    /// No level known (imported networks carry none).
    public static let unknown = ChangeEvidence()

    /// The level of one sign.
    public subscript(sign: Sign) -> EvidenceLevel? {
        get { sign == .positive ? increases : decreases }
        set {
            if sign == .positive { increases = newValue } else { decreases = newValue }
        }
    }

    /// The level of a net effect: its sign's level for `increases` and `decreases`; for `mixed`, the weaker side
    /// (the strongest filter under which both signs still arrive); `nil` for `none` and `unknown`.
    public func level(of effect: NetEffect) -> EvidenceLevel? {
        switch effect {
        case .increases: increases
        case .decreases: decreases
        case .mixed:
            if let increases, let decreases { min(increases, decreases) } else { nil }
        case .none, .unknown: nil
        }
    }
}

/// Grades changes by evidence: the same search run again with stronger and stronger `minimumEvidence`, each
/// (node, sign) given the strongest level at which it still arrives.
enum EvidenceGrading {
    /// The levels worth trying, strongest first: those at or above `minimum`; none when no interaction of the
    /// graph records a level.
    static func levels(atLeast minimum: EvidenceLevel?, in graph: PathwayGraph) -> [EvidenceLevel] {
        guard graph.packed.contains(where: { $0.evidence != 0 }) else { return [] }
        return EvidenceLevel.allCases.sorted(by: >).filter { level in minimum.map { level >= $0 } ?? true }
    }

    /// The evidence of each node's signs in `changes`, from `signs(at:)`, the signs that still arrive when
    /// only steps at or above a level are used. Stops as soon as every sign is graded.
    static func grade(
        _ changes: [Int: SignSet], levels: [EvidenceLevel], signs: (EvidenceLevel) -> [Int: SignSet]
    ) -> [Int: ChangeEvidence] {
        var graded: [Int: ChangeEvidence] = [:]
        var open = changes.reduce(into: 0) { count, entry in
            count += Sign.allCases.count { entry.value.contains(SignSet($0)) }
        }
        for level in levels where open > 0 {
            let arriving = signs(level)
            for (node, set) in changes {
                for sign in Sign.allCases where set.contains(SignSet(sign)) && graded[node]?[sign] == nil {
                    guard arriving[node]?.contains(SignSet(sign)) == true else { continue }
                    graded[node, default: .unknown][sign] = level
                    open -= 1
                }
            }
        }
        return graded
    }
}
