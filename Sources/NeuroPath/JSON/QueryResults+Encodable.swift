/// The JSON shapes of `trace`, `shortest`, `effect`, `perturb`, `loops`, `regulators`, `upstream` and
/// `downstream` (`Docs/cli.md`). Keys are encoded in the documented order and absent values as `null`.
extension PathQuery.Result: Encodable {
    private enum CodingKeys: String, CodingKey {
        case from, to, paths, total, truncated, estimate
        case longerPathsExist = "longer_paths_exist"
    }

    /// `{"from", "to", "paths", "total", "truncated"}`, then `estimate` and `longer_paths_exist` when known.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(paths, forKey: .paths)
        try container.encode(total, forKey: .total)
        try container.encode(truncated, forKey: .truncated)
        if let estimate { try container.encode(JSONValue.rounded(estimate), forKey: .estimate) }
        if let longerPathsExist { try container.encode(longerPathsExist, forKey: .longerPathsExist) }
    }
}

extension PathQuery.StreamSummary: Encodable {
    private enum CodingKeys: String, CodingKey { case from, to, total, streamed, truncated }

    /// The last line of `trace --jsonl`: `total` is `null` when the stream was truncated.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(truncated ? nil : streamed, forKey: .total)
        try container.encode(streamed, forKey: .streamed)
        try container.encode(truncated, forKey: .truncated)
    }
}

extension ShortestPathsQuery.Result: Encodable {
    private enum CodingKeys: String, CodingKey { case from, to, paths, total, truncated }

    /// The `trace` shape with each path's `cost`; `total` is `null` (Yen's algorithm does not count).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(paths, forKey: .paths)
        try container.encodeNil(forKey: .total)
        try container.encode(false, forKey: .truncated)
    }
}

extension EffectQuery.Result: Encodable {
    private enum CodingKeys: String, CodingKey { case from, to, effect, paths, truncated, reason }

    /// `{"from", "to", "effect", "paths", "truncated"}`, and `reason` when the effect is `none`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(target, forKey: .to)
        try container.encode(effect.rawValue, forKey: .effect)
        try container.encode(paths, forKey: .paths)
        try container.encode(truncated, forKey: .truncated)
        if let noEffectReason { try container.encode(noEffectReason, forKey: .reason) }
    }
}

extension EffectQuery.AllResult: Encodable {
    private enum CodingKeys: String, CodingKey { case from, effects, truncated }
    private enum EffectKeys: String, CodingKey { case node, effect, truncated }

    /// `{"from", "effects": [{"node", "effect", "truncated"}…], "truncated"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        var list = container.nestedUnkeyedContainer(forKey: .effects)
        for result in effects {
            var item = list.nestedContainer(keyedBy: EffectKeys.self)
            try item.encode(result.target, forKey: .node)
            try item.encode(result.effect.rawValue, forKey: .effect)
            try item.encode(result.truncated, forKey: .truncated)
        }
        try container.encode(truncated, forKey: .truncated)
    }
}

extension PerturbationQuery.Result: Encodable {
    private enum CodingKeys: String, CodingKey {
        case perturbations, knockouts, effects, silenced, lost, changed, truncated
    }
    private enum ItemKeys: String, CodingKey {
        case node, action, change
        case without = "without_knockout"
        case with = "with_knockout"
    }

    /// `perturbations`, `knockouts`, `effects`, `silenced`, `lost`, `changed`, `truncated`.
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
        }
        try container.encode(silenced, forKey: .silenced)
        var lost = container.nestedUnkeyedContainer(forKey: .lost)
        for difference in differences where difference.isLost {
            var item = lost.nestedContainer(keyedBy: ItemKeys.self)
            try item.encode(difference.node, forKey: .node)
            try item.encode(difference.without.rawValue, forKey: .without)
        }
        var changed = container.nestedUnkeyedContainer(forKey: .changed)
        for difference in differences {
            var item = changed.nestedContainer(keyedBy: ItemKeys.self)
            try item.encode(difference.node, forKey: .node)
            try item.encode(difference.without.rawValue, forKey: .without)
            try item.encode(difference.with.rawValue, forKey: .with)
        }
        try container.encode(truncated, forKey: .truncated)
    }
}

extension FeedbackLoopQuery.Result: Encodable {
    private enum CodingKeys: String, CodingKey { case loops, truncated }
    private enum LoopKeys: String, CodingKey { case nodes, sign, length, steps }

    /// `{"loops": [{"nodes", "sign": "positive"|"negative", "length", "steps"}…], "truncated"}`.
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
    }
}

extension CommonRegulatorQuery.Result: Encodable {
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
}

extension NeighbourhoodQuery.Result: Encodable {
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
}
