/// The JSON shapes of `trace`, `shortest`, `effect`, `perturb`, `loops`, `regulators`, `upstream` and
/// `downstream` (`Docs/cli.md`), and the same shapes read back. Keys are encoded in the documented order and
/// absent values as `null`. Results are decoded against the graph they were computed on (``PathwayJSONDecoder``).
extension PathQuery.Result: Codable {
    private enum CodingKeys: String, CodingKey {
        case from, to, paths, total, truncated, stop, estimate
        case maxDepth = "max_depth"
        case longerPathsExist = "longer_paths_exist"
    }

    /// `{"from", "to", "paths", "total", "truncated", "stop", "max_depth"}`, then `estimate` and
    /// `longer_paths_exist` when known.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(paths, forKey: .paths)
        try container.encode(total, forKey: .total)
        try container.encode(truncated, forKey: .truncated)
        try container.encode(stop, forKey: .stop)
        try container.encode(maxDepth, forKey: .maxDepth)
        if let estimate { try container.encode(JSONValue.rounded(estimate), forKey: .estimate) }
        if let longerPathsExist { try container.encode(longerPathsExist, forKey: .longerPathsExist) }
    }

    /// Reads the shape ``encode(to:)`` writes; the estimate comes back to the six digits it was written with.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            from: try container.decode(NodeHandle.self, forKey: .from),
            to: try container.decode(NodeHandle.self, forKey: .to),
            maxDepth: try container.decode(Int.self, forKey: .maxDepth),
            paths: try container.decode([CausalPath].self, forKey: .paths),
            total: try container.decodeIfPresent(Int.self, forKey: .total),
            truncated: try container.decode(Bool.self, forKey: .truncated),
            estimate: try container.decodeIfPresent(Double.self, forKey: .estimate),
            longerPathsExist: try container.decodeIfPresent(Bool.self, forKey: .longerPathsExist),
            stop: try container.decode(raw: QueryStop.self, forKey: .stop))
    }
}

extension PathQuery.StreamSummary: Codable {
    private enum CodingKeys: String, CodingKey { case from, to, total, streamed, truncated, stop }

    /// The last line of `trace --jsonl`: `total` is `null` when the stream was truncated.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(truncated ? nil : streamed, forKey: .total)
        try container.encode(streamed, forKey: .streamed)
        try container.encode(truncated, forKey: .truncated)
        try container.encode(stop, forKey: .stop)
    }

    /// Reads the shape ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            from: try container.decode(NodeHandle.self, forKey: .from),
            to: try container.decode(NodeHandle.self, forKey: .to),
            streamed: try container.decode(Int.self, forKey: .streamed),
            truncated: try container.decode(Bool.self, forKey: .truncated),
            stop: try container.decode(raw: QueryStop.self, forKey: .stop))
    }
}

extension ShortestPathsQuery.Result: Codable {
    private enum CodingKeys: String, CodingKey { case from, to, paths, total, truncated, weighting }

    /// The `trace` shape with each path's `cost` and the `weighting`; `total` is `null` (Yen's algorithm does not
    /// count).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(paths, forKey: .paths)
        try container.encodeNil(forKey: .total)
        try container.encode(false, forKey: .truncated)
        try container.encode(weighting.rawValue, forKey: .weighting)
    }

    /// Reads the shape ``encode(to:)`` writes; each cost is worked out again from the graph, at full precision.
    public init(from decoder: any Decoder) throws {
        let graph = try decoder.pathwayGraph()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let weighting = try container.decode(raw: ShortestPathsQuery.Weighting.self, forKey: .weighting)
        self.init(
            from: try container.decode(NodeHandle.self, forKey: .from),
            to: try container.decode(NodeHandle.self, forKey: .to), weighting: weighting,
            paths: try container.decode([CausalPath].self, forKey: .paths).map { path in
                ShortestPathsQuery.WeightedPath(path: path, cost: weighting.cost(of: path.interactions, in: graph))
            })
    }
}

extension ChangeEvidence: Codable {
    private enum CodingKeys: String, CodingKey { case increases, decreases }

    /// `{"increases": LEVEL|null, "decreases": LEVEL|null}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(increases?.rawValue, forKey: .increases)
        try container.encode(decreases?.rawValue, forKey: .decreases)
    }

    /// Reads the shape ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            increases: try container.decodeIfPresent(EvidenceLevel.self, forKey: .increases),
            decreases: try container.decodeIfPresent(EvidenceLevel.self, forKey: .decreases))
    }
}

extension EffectQuery.Result: Codable {
    private enum CodingKeys: String, CodingKey {
        case from, to, effect, evidence, paths, truncated, stop, reason
        case evidenceBySign = "evidence_by_sign"
    }

    /// `{"from", "to", "effect", "evidence", "evidence_by_sign", "paths", "truncated", "stop"}`, and `reason`
    /// when the effect is `none`. `evidence` is the answer's level (``ChangeEvidence/level(of:)``).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(target, forKey: .to)
        try container.encode(effect.rawValue, forKey: .effect)
        try container.encode(evidence.level(of: effect)?.rawValue, forKey: .evidence)
        try container.encode(evidence, forKey: .evidenceBySign)
        try container.encode(paths, forKey: .paths)
        try container.encode(truncated, forKey: .truncated)
        try container.encode(stop, forKey: .stop)
        if let noEffectReason { try container.encode(noEffectReason, forKey: .reason) }
    }

    /// Reads the shape ``encode(to:)`` writes (the reason follows from the rest).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            from: try container.decode(NodeHandle.self, forKey: .from),
            target: try container.decode(NodeHandle.self, forKey: .to),
            effect: try container.decode(raw: NetEffect.self, forKey: .effect),
            paths: try container.decode([CausalPath].self, forKey: .paths),
            evidence: try container.decodeIfPresent(ChangeEvidence.self, forKey: .evidenceBySign) ?? .unknown,
            truncated: try container.decode(Bool.self, forKey: .truncated),
            stop: try container.decode(raw: QueryStop.self, forKey: .stop))
    }
}

extension EffectQuery.AllResult: Codable {
    private enum CodingKeys: String, CodingKey {
        case from, effects, truncated, stop
        case maxDepth = "max_depth"
    }
    private enum EffectKeys: String, CodingKey {
        case node, effect, evidence, truncated, stop
        case evidenceBySign = "evidence_by_sign"
    }

    /// `{"from", "effects": [{"node", "effect", "evidence", "evidence_by_sign", "truncated", "stop"}…],
    /// "truncated", "stop", "max_depth"}`: each node's effect and its evidence without its paths, which would
    /// make the answer as long as the graph's paths.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        var list = container.nestedUnkeyedContainer(forKey: .effects)
        for result in effects {
            var item = list.nestedContainer(keyedBy: EffectKeys.self)
            try item.encode(result.target, forKey: .node)
            try item.encode(result.effect.rawValue, forKey: .effect)
            try item.encode(result.evidence.level(of: result.effect)?.rawValue, forKey: .evidence)
            try item.encode(result.evidence, forKey: .evidenceBySign)
            try item.encode(result.truncated, forKey: .truncated)
            try item.encode(result.stop, forKey: .stop)
        }
        try container.encode(truncated, forKey: .truncated)
        try container.encode(stop, forKey: .stop)
        try container.encode(maxDepth, forKey: .maxDepth)
    }

    /// Reads the shape ``encode(to:)`` writes. The JSON lists no paths, so each effect's ``EffectQuery/Result/paths``
    /// is empty: ask ``EffectQuery/run(to:on:)`` for one node's paths.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let from = try container.decode(NodeHandle.self, forKey: .from)
        var list = try container.nestedUnkeyedContainer(forKey: .effects)
        var effects: [EffectQuery.Result] = []
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: EffectKeys.self)
            effects.append(
                EffectQuery.Result(
                    from: from, target: try item.decode(NodeHandle.self, forKey: .node),
                    effect: try item.decode(raw: NetEffect.self, forKey: .effect), paths: [],
                    evidence: try item.decodeIfPresent(ChangeEvidence.self, forKey: .evidenceBySign) ?? .unknown,
                    truncated: try item.decode(Bool.self, forKey: .truncated),
                    stop: try item.decode(raw: QueryStop.self, forKey: .stop)))
        }
        self.init(from: from, maxDepth: try container.decode(Int.self, forKey: .maxDepth), effects: effects)
    }
}

extension PerturbationQuery.Result: Codable {
    private enum CodingKeys: String, CodingKey {
        case perturbations, knockouts, effects, silenced, weakened, lost, changed, truncated, stop
    }
    private enum ItemKeys: String, CodingKey {
        case node, action, change, evidence, weakened
        case evidenceBySign = "evidence_by_sign"
        case clinicalObservationOnly = "clinical_observation_only"
        case without = "without_knockout"
        case with = "with_knockout"
    }

    /// `perturbations`, `knockouts`, `effects` (each with its `evidence`, `evidence_by_sign` and
    /// `clinical_observation_only`), `silenced`, `weakened`, `lost`, `changed` (each with `weakened`),
    /// `truncated`, `stop`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var applied = container.nestedUnkeyedContainer(forKey: .perturbations)
        for perturbation in perturbations {
            var item = applied.nestedContainer(keyedBy: ItemKeys.self)
            try item.encode(perturbation.node, forKey: .node)
            try item.encode(perturbation.action.rawValue, forKey: .action)
        }
        try container.encode(knockouts, forKey: .knockouts)
        var changes = container.nestedUnkeyedContainer(forKey: .effects)
        for effect in effects {
            var item = changes.nestedContainer(keyedBy: ItemKeys.self)
            try item.encode(effect.node, forKey: .node)
            try item.encode(effect.change.rawValue, forKey: .change)
            try item.encode(effect.evidence.level(of: effect.change)?.rawValue, forKey: .evidence)
            try item.encode(effect.evidence, forKey: .evidenceBySign)
            try item.encode(effect.restsOnClinicalObservation, forKey: .clinicalObservationOnly)
        }
        try container.encode(silenced, forKey: .silenced)
        try container.encode(weakened, forKey: .weakened)
        var lost = container.nestedUnkeyedContainer(forKey: .lost)
        for difference in differences where difference.isLost {
            var item = lost.nestedContainer(keyedBy: ItemKeys.self)
            try item.encode(difference.node, forKey: .node)
            try item.encode(difference.without.rawValue, forKey: .without)
            try item.encode(difference.withoutEvidence.level(of: difference.without)?.rawValue, forKey: .evidence)
        }
        var changed = container.nestedUnkeyedContainer(forKey: .changed)
        for difference in differences {
            var item = changed.nestedContainer(keyedBy: ItemKeys.self)
            try item.encode(difference.node, forKey: .node)
            try item.encode(difference.without.rawValue, forKey: .without)
            try item.encode(difference.with.rawValue, forKey: .with)
            try item.encode(difference.isWeakened, forKey: .weakened)
            try item.encode(difference.withoutEvidence, forKey: .evidenceBySign)
        }
        try container.encode(truncated, forKey: .truncated)
        try container.encode(stop, forKey: .stop)
    }

    /// Reads the shape ``encode(to:)`` writes (`lost` is the part of `changed` that became `none`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var applied: [PerturbationQuery.AppliedPerturbation] = []
        var list = try container.nestedUnkeyedContainer(forKey: .perturbations)
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: ItemKeys.self)
            applied.append(
                .init(
                    node: try item.decode(NodeHandle.self, forKey: .node),
                    action: try item.decode(raw: PerturbationQuery.Action.self, forKey: .action)))
        }
        var effects: [PerturbationQuery.Change] = []
        list = try container.nestedUnkeyedContainer(forKey: .effects)
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: ItemKeys.self)
            effects.append(
                .init(
                    node: try item.decode(NodeHandle.self, forKey: .node),
                    change: try item.decode(raw: NetEffect.self, forKey: .change),
                    evidence: try item.decodeIfPresent(ChangeEvidence.self, forKey: .evidenceBySign) ?? .unknown,
                    restsOnClinicalObservation: try item.decodeIfPresent(Bool.self, forKey: .clinicalObservationOnly)
                        ?? false))
        }
        var differences: [PerturbationQuery.Difference] = []
        list = try container.nestedUnkeyedContainer(forKey: .changed)
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: ItemKeys.self)
            differences.append(
                .init(
                    node: try item.decode(NodeHandle.self, forKey: .node),
                    without: try item.decode(raw: NetEffect.self, forKey: .without),
                    with: try item.decode(raw: NetEffect.self, forKey: .with),
                    withoutEvidence: try item.decodeIfPresent(ChangeEvidence.self, forKey: .evidenceBySign) ?? .unknown,
                    isWeakened: try item.decodeIfPresent(Bool.self, forKey: .weakened) ?? false))
        }
        self.init(
            perturbations: applied, knockouts: try container.decode([NodeHandle].self, forKey: .knockouts),
            effects: effects, silenced: try container.decode([NodeHandle].self, forKey: .silenced),
            weakened: try container.decodeIfPresent([NodeHandle].self, forKey: .weakened) ?? [],
            differences: differences, truncated: try container.decode(Bool.self, forKey: .truncated),
            stop: try container.decode(raw: QueryStop.self, forKey: .stop))
    }
}

extension FeedbackLoopQuery.Result: Codable {
    private enum CodingKeys: String, CodingKey { case loops, truncated, stop }
    private enum LoopKeys: String, CodingKey { case nodes, sign, length, steps }

    /// `{"loops": [{"nodes", "sign": "positive"|"negative", "length", "steps"}…], "truncated", "stop"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var list = container.nestedUnkeyedContainer(forKey: .loops)
        for loop in loops {
            var item = list.nestedContainer(keyedBy: LoopKeys.self)
            try item.encode(loop.nodeIDs, forKey: .nodes)
            try item.encode(loop.sign == .positive ? "positive" : "negative", forKey: .sign)
            try item.encode(loop.length, forKey: .length)
            try item.encode(loop.steps, forKey: .steps)
        }
        try container.encode(truncated, forKey: .truncated)
        try container.encode(stop, forKey: .stop)
    }

    /// Reads the shape ``encode(to:)`` writes; each loop is rebuilt from its steps.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            loops: try container.decode([CausalPath].self, forKey: .loops),
            truncated: try container.decode(Bool.self, forKey: .truncated),
            stop: try container.decode(raw: QueryStop.self, forKey: .stop))
    }
}

extension CommonRegulatorQuery.Result: Codable {
    private enum CodingKeys: String, CodingKey { case targets, regulators }
    private enum RegulatorKeys: String, CodingKey { case node, targets }
    private enum TargetKeys: String, CodingKey { case node, distance, effect }

    /// `{"targets", "regulators": [{"node", "targets": [{"node", "distance", "effect"}…]}…]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(targets, forKey: .targets)
        var list = container.nestedUnkeyedContainer(forKey: .regulators)
        for regulator in regulators {
            var item = list.nestedContainer(keyedBy: RegulatorKeys.self)
            try item.encode(regulator.node, forKey: .node)
            var perTarget = item.nestedUnkeyedContainer(forKey: .targets)
            for (target, (distance, effect)) in zip(targets, zip(regulator.distances, regulator.effects)) {
                var entry = perTarget.nestedContainer(keyedBy: TargetKeys.self)
                try entry.encode(target, forKey: .node)
                try entry.encode(distance, forKey: .distance)
                try entry.encode(effect.rawValue, forKey: .effect)
            }
        }
    }

    /// Reads the shape ``encode(to:)`` writes; each regulator must list the targets in the result's order.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let targets = try container.decode([NodeHandle].self, forKey: .targets)
        var regulators: [CommonRegulatorQuery.Regulator] = []
        var list = try container.nestedUnkeyedContainer(forKey: .regulators)
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: RegulatorKeys.self)
            var perTarget = try item.nestedUnkeyedContainer(forKey: .targets)
            var (distances, effects) = ([Int](), [NetEffect]())
            while !perTarget.isAtEnd {
                let entry = try perTarget.nestedContainer(keyedBy: TargetKeys.self)
                guard try entry.decode(NodeHandle.self, forKey: .node) == targets[safe: distances.count] else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .node, in: entry, debugDescription: "a regulator's targets must follow `targets`")
                }
                distances.append(try entry.decode(Int.self, forKey: .distance))
                effects.append(try entry.decode(raw: NetEffect.self, forKey: .effect))
            }
            guard distances.count == targets.count else {
                throw DecodingError.dataCorruptedError(
                    forKey: .targets, in: item, debugDescription: "a regulator must reach every target")
            }
            regulators.append(
                .init(node: try item.decode(NodeHandle.self, forKey: .node), distances: distances, effects: effects))
        }
        self.init(targets: targets, regulators: regulators)
    }
}

extension NeighbourhoodQuery.Result: Codable {
    private enum CodingKeys: String, CodingKey { case node, direction, depth, nodes }
    private enum MemberKeys: String, CodingKey { case node, distance, effect }

    /// `{"node", "direction", "depth", "nodes": [{"node", "distance", "effect"}…]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(origin, forKey: .node)
        try container.encode(direction.rawValue, forKey: .direction)
        try container.encode(depth, forKey: .depth)
        var list = container.nestedUnkeyedContainer(forKey: .nodes)
        for member in members {
            var item = list.nestedContainer(keyedBy: MemberKeys.self)
            try item.encode(member.node, forKey: .node)
            try item.encode(member.distance, forKey: .distance)
            try item.encode(member.effect.rawValue, forKey: .effect)
        }
    }

    /// Reads the shape ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var members: [NeighbourhoodQuery.Member] = []
        var list = try container.nestedUnkeyedContainer(forKey: .nodes)
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: MemberKeys.self)
            members.append(
                .init(
                    node: try item.decode(NodeHandle.self, forKey: .node),
                    distance: try item.decode(Int.self, forKey: .distance),
                    effect: try item.decode(raw: NetEffect.self, forKey: .effect)))
        }
        self.init(
            origin: try container.decode(NodeHandle.self, forKey: .node),
            direction: try container.decode(raw: NeighbourhoodQuery.Direction.self, forKey: .direction),
            depth: try container.decode(Int.self, forKey: .depth), members: members)
    }
}
