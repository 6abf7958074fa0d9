/// `compare`: two or more drugs against one effect. For each drug, its net effect on the effect with the evidence
/// for it, its best routes, and its **onset**: when each node on its routes changes after the drug. Across the
/// drugs, the nodes where their routes meet and those only one drug uses.
///
/// The onset rule (`Docs/queries.md`, "compare"): a path's time is the timescale of its slowest step; a node's
/// onset is the fastest such time among the admissible paths of at most `maxDepth` interactions from the drug to
/// it. A path with a step of unrecorded timescale has no time and sets no onset. Two onsets are given for the
/// effect: over every route (a drug's clinical observation, such as a trial's "within hours", counts) and over
/// the mechanism alone (routes without a clinical observation), each with the path and the step that set it.
///
/// By default only supported or established interactions count (``defaultFilter``): an onset claim should rest
/// on evidence a student can check, and hypothesised or contested routes are added with a weaker filter.
///
/// ```swift
/// let query = ComparisonQuery(drugs: [ketamine, fluoxetine], effect: antidepressantEffect)
/// let result = try query.run(on: graph)
/// result.drugs.map { $0.onset?.timescale }   // [.hours, .weeks]
/// ```
public struct ComparisonQuery: Sendable {
    /// The compared nodes, usually drugs, in the order they are reported.
    public var drugs: [NodeIndex]
    /// The effect they are compared on.
    public var effect: NodeIndex
    /// The longest path considered, in interactions.
    public var maxDepth: Int
    /// Which nodes and interactions may be used.
    public var filter: PathFilter
    /// How many routes are listed per drug (the most confident ones).
    public var routesPerDrug: Int
    /// Work limits, per drug.
    public var budget: QueryBudget

    /// Only supported or established interactions: the default of `compare`.
    public static let defaultFilter = PathFilter(minimumEvidence: .supported)

    /// Creates a query.
    public init(
        drugs: [NodeIndex], effect: NodeIndex, maxDepth: Int = PathDepth.standard,
        filter: PathFilter = ComparisonQuery.defaultFilter, routesPerDrug: Int = 3, budget: QueryBudget = QueryBudget()
    ) {
        self.drugs = drugs
        self.effect = effect
        self.maxDepth = maxDepth
        self.filter = filter
        self.routesPerDrug = routesPerDrug
        self.budget = budget
    }

    /// When a node changes after the drug, and the path and step that set it.
    public struct Onset: Sendable, Hashable {
        /// The onset: the slowest step of the fastest path.
        public var timescale: Timescale
        /// The fastest path: the most confident of those as fast as the onset.
        public var path: CausalPath
        /// The position in `path` of the step that sets the time: its first step as slow as the onset.
        public var stepOffset: Int

        /// Creates an onset.
        public init(timescale: Timescale, path: CausalPath, stepOffset: Int) {
            self.timescale = timescale
            self.path = path
            self.stepOffset = stepOffset
        }

        /// The step that sets the time.
        public var step: CausalPath.Step { path.steps[stepOffset] }
    }

    /// A node on a drug's routes and when it changes after the drug.
    public struct NodeOnset: Sendable, Hashable {
        /// The node.
        public var node: NodeHandle
        /// Its onset after the drug; `nil` when every path to it has a step of unrecorded timescale.
        public var onset: Timescale?
        /// The fastest route from the drug to the effect through the node (the most confident of the fastest),
        /// `nil` when the routes through it have no recorded time.
        public var route: CausalPath?

        /// Creates a node onset.
        public init(node: NodeHandle, onset: Timescale?, route: CausalPath? = nil) {
            self.node = node
            self.onset = onset
            self.route = route
        }
    }

    /// One drug's side of the comparison.
    public struct DrugComparison: Sendable, Hashable {
        /// The drug.
        public var drug: NodeHandle
        /// Its net effect on the effect, with the evidence per sign and the most confident routes.
        public var effect: EffectQuery.Result
        /// The onset of the effect over every route, clinical observations included.
        public var onset: Onset?
        /// The onset of the effect through the mechanism: over routes without a clinical observation.
        public var mechanismOnset: Onset?
        /// What holds the mechanism back: every step as slow as ``mechanismOnset`` on the fastest mechanistic
        /// routes, most confident route first, once each.
        public var slowSteps: [CausalPath.Step]
        /// Every node on a route from the drug to the effect (neither included), fastest onset first.
        public var routeNodes: [NodeOnset]
        /// How many routes were found.
        public var routeCount: Int
        /// Whether the budget stopped the route search: then routes, route nodes and meeting points may be missing.
        public var truncated: Bool

        /// Creates one drug's side.
        public init(
            drug: NodeHandle, effect: EffectQuery.Result, onset: Onset?, mechanismOnset: Onset?,
            slowSteps: [CausalPath.Step], routeNodes: [NodeOnset], routeCount: Int, truncated: Bool
        ) {
            self.drug = drug
            self.effect = effect
            self.onset = onset
            self.mechanismOnset = mechanismOnset
            self.slowSteps = slowSteps
            self.routeNodes = routeNodes
            self.routeCount = routeCount
            self.truncated = truncated
        }

        /// The onset of one route node, `nil` when it is not on this drug's routes or has no known time.
        public func onset(of node: NodeHandle) -> Timescale? {
            routeNodes.first { $0.node == node }?.onset
        }
    }

    /// A node on the routes of every compared drug, with its onset after each.
    public struct MeetingPoint: Sendable, Hashable {
        /// The node.
        public var node: NodeHandle
        /// Its onset after each drug, in the order of ``Result/drugs``.
        public var onsets: [Timescale?]

        /// Creates a meeting point.
        public init(node: NodeHandle, onsets: [Timescale?]) {
            self.node = node
            self.onsets = onsets
        }
    }

    /// The comparison. Encodes as the `compare` JSON of `Docs/cli.md`.
    public struct Result: Sendable, Hashable {
        /// The effect the drugs are compared on.
        public var effect: NodeHandle
        /// Each drug's side, in the order asked.
        public var drugs: [DrugComparison]
        /// The nodes on every drug's routes, in the order of their earliest onset.
        public var meetingPoints: [MeetingPoint]
        /// Per drug, in the same order: the route nodes no other compared drug's routes use.
        public var ownNodes: [[NodeHandle]]
        /// The filter's minimum evidence, which decides what may set an onset.
        public var minimumEvidence: EvidenceLevel?
        /// The longest path considered.
        public var maxDepth: Int
        /// The comparison in words (``ComparisonExplanation``), which ``ComparisonQuery/run(on:)`` writes with the
        /// graph's names and citations.
        public var explanation: ComparisonExplanation?

        /// Creates a result.
        public init(
            effect: NodeHandle, drugs: [DrugComparison], meetingPoints: [MeetingPoint], ownNodes: [[NodeHandle]],
            minimumEvidence: EvidenceLevel?, maxDepth: Int, explanation: ComparisonExplanation? = nil
        ) {
            self.effect = effect
            self.drugs = drugs
            self.meetingPoints = meetingPoints
            self.ownNodes = ownNodes
            self.minimumEvidence = minimumEvidence
            self.maxDepth = maxDepth
            self.explanation = explanation
        }

        /// Whether a budget stopped any drug's search.
        public var truncated: Bool { drugs.contains { $0.truncated || $0.effect.truncated } }

        /// The drugs whose onset (``DrugComparison/headlineOnset``) is the fastest, when the onsets differ at all.
        public var fastest: [NodeHandle] {
            let times = drugs.map { ($0.drug, $0.headlineOnset) }
            let known = times.compactMap(\.1)
            guard let best = known.min(), Set(known).count > 1 else { return [] }
            return times.filter { $0.1 == best }.map(\.0)
        }
    }

    /// Runs the comparison.
    public func run(on graph: PathwayGraph) throws(QueryError) -> Result {
        let distinct = Set(drugs.map(\.rawValue))
        guard distinct.count >= 2 else { throw .tooFewNodes(given: distinct.count, needed: 2) }
        guard routesPerDrug >= 0 else { throw .invalidParameter(.pathsPerSign, value: String(routesPerDrug)) }
        let constraints = SearchConstraints(maxDepth: maxDepth, filter: filter)
        for drug in drugs {
            if drug == effect, graph.nodes.indices.contains(drug.rawValue) {
                throw .comparedWithEffect(node: graph[drug].id)
            }
            try constraints.validate(from: drug.rawValue, to: effect.rawValue, in: graph)
        }
        try budget.validate()
        var seen = Set<NodeIndex>()
        let sides = try drugs.filter { seen.insert($0).inserted }.map { drug throws(QueryError) in
            try side(of: drug, in: graph)
        }
        var result = combine(sides, in: graph)
        result.explanation = ComparisonExplanation(explaining: result, in: graph)
        return result
    }

    /// One drug: its effect, its routes (all of them, within the budget), and the onsets.
    private func side(of drug: NodeIndex, in graph: PathwayGraph) throws(QueryError) -> DrugComparison {
        let effectResult = try EffectQuery(
            from: drug, maxDepth: maxDepth, filter: filter, pathsPerSign: routesPerDrug, budget: budget
        ).run(to: effect, on: graph)
        var routes: [CausalPath] = []
        let summary = try PathQuery(from: drug, to: effect, maxDepth: maxDepth, filter: filter, budget: budget)
            .stream(on: graph) { path in
                if path.sign != nil { routes.append(path) }
                return true
            }
        let all = OnsetTable(subgraph: AdmissibleSubgraph(graph: graph, filter: filter), from: drug, maxDepth: maxDepth)
        let mechanism = OnsetTable(
            subgraph: AdmissibleSubgraph(graph: graph, filter: filter, droppingClinicalObservations: true),
            from: drug, maxDepth: maxDepth)
        let isMechanistic = { (path: CausalPath) in
            !zip(path.nodes, path.nodes.dropFirst()).contains {
                graph.isClinicalObservation(source: $0.0.rawValue, target: $0.1.rawValue)
            }
        }
        let observed = Self.onset(all[effect.rawValue], among: routes)
        let throughMechanism = Self.onset(mechanism[effect.rawValue], among: routes.filter(isMechanistic))
        var slowSteps: [CausalPath.Step] = []
        if let time = throughMechanism?.timescale {
            for route in routes.filter(isMechanistic).sorted(by: CausalPath.isMoreConfident(_:than:))
            where Self.time(of: route) == time {
                for step in route.steps where step.timescale == time {
                    if !slowSteps.contains(where: { $0.interaction == step.interaction }) { slowSteps.append(step) }
                }
            }
        }
        var onRoutes = Set<Int>()
        var fastestThrough: [Int: (time: Timescale, route: CausalPath)] = [:]
        for route in routes {
            onRoutes.formUnion(route.nodes.map(\.rawValue))
            guard let time = Self.time(of: route) else { continue }
            for node in route.nodes {
                if let best = fastestThrough[node.rawValue] {
                    let faster = time < best.time
                    let asFastAndSurer = time == best.time && CausalPath.isMoreConfident(route, than: best.route)
                    guard faster || asFastAndSurer else { continue }
                }
                fastestThrough[node.rawValue] = (time, route)
            }
        }
        onRoutes.subtract([drug.rawValue, effect.rawValue])
        let routeNodes = onRoutes.map {
            NodeOnset(node: graph.handle($0), onset: all[$0], route: fastestThrough[$0]?.route)
        }
        .sorted { ($0.onset?.code ?? .max, $0.node.id) < ($1.onset?.code ?? .max, $1.node.id) }
        return DrugComparison(
            drug: graph.handle(drug.rawValue), effect: effectResult, onset: observed, mechanismOnset: throughMechanism,
            slowSteps: slowSteps, routeNodes: routeNodes, routeCount: routes.count, truncated: summary.truncated)
    }

    /// The meeting points and each drug's own nodes.
    private func combine(_ sides: [DrugComparison], in graph: PathwayGraph) -> Result {
        let nodeSets = sides.map { Set($0.routeNodes.map(\.node)) }
        let shared = nodeSets.dropFirst().reduce(nodeSets[0]) { $0.intersection($1) }
        let meetingPoints = shared.map { node in MeetingPoint(node: node, onsets: sides.map { $0.onset(of: node) }) }
            .sorted { a, b in
                let first = (a.onsets.compactMap { $0 }.min()?.code ?? .max, a.node.id)
                let second = (b.onsets.compactMap { $0 }.min()?.code ?? .max, b.node.id)
                return first < second
            }
        let ownNodes = sides.indices.map { index in
            let others = nodeSets.indices.filter { $0 != index }.reduce(into: Set<NodeHandle>()) {
                $0.formUnion(nodeSets[$1])
            }
            return sides[index].routeNodes.map(\.node).filter { !others.contains($0) }
        }
        return Result(
            effect: graph.handle(effect.rawValue), drugs: sides, meetingPoints: meetingPoints, ownNodes: ownNodes,
            minimumEvidence: filter.minimumEvidence, maxDepth: maxDepth)
    }

    /// The onset `time` with the most confident listed route that is that fast (none when the search stopped
    /// before finding one).
    private static func onset(_ time: Timescale?, among routes: [CausalPath]) -> Onset? {
        guard let time else { return nil }
        let fastest = routes.filter { Self.time(of: $0) == time }
        guard let best = fastest.min(by: CausalPath.isMoreConfident(_:than:)) else { return nil }
        return Onset(timescale: time, path: best, stepOffset: slowestStepOffset(in: best))
    }

    /// A path's time: its slowest step, `nil` when a step has no recorded timescale.
    static func time(of path: CausalPath) -> Timescale? {
        var slowest: Timescale?
        for step in path.steps {
            guard let time = step.timescale else { return nil }
            slowest = max(slowest ?? time, time)
        }
        return slowest
    }

    /// The first step of `path` as slow as the path.
    private static func slowestStepOffset(in path: CausalPath) -> Int {
        let time = Self.time(of: path)
        return path.steps.firstIndex { $0.timescale == time } ?? 0
    }
}

/// The onset of every node from one source: the fastest, over walks of at most `maxDepth` usable signed
/// interactions, of the slowest step. A walk's slowest step is no faster than that of the simple path inside it,
/// so this equals the minimum over simple paths, computed in `maxDepth` rounds over the interactions.
struct OnsetTable {
    private var codes: [UInt8]

    init(subgraph: AdmissibleSubgraph, from source: NodeIndex, maxDepth: Int) {
        let graph = subgraph.graph
        let none = UInt8.max
        var codes = [UInt8](repeating: none, count: graph.nodes.count)
        guard !subgraph.removed[source.rawValue] else {
            self.codes = codes
            return
        }
        codes[source.rawValue] = 0
        var frontier = [source.rawValue]
        for _ in 0..<maxDepth where !frontier.isEmpty {
            // Round k extends the walks of at most k - 1 interactions: it reads the codes they left.
            let previous = codes
            var improved = Set<Int>()
            for node in frontier {
                for edge in graph.outgoingEdges(of: node) {
                    let index = Int(edge)
                    let sign = subgraph.edgeSign(index)
                    let step = graph.packed[index].timescale
                    guard sign == 1 || sign == -1, step != 0 else { continue }
                    let target = graph.targetIndex(index)
                    let time = max(previous[node], step)
                    if time < codes[target] {
                        codes[target] = time
                        improved.insert(target)
                    }
                }
            }
            frontier = Array(improved)
        }
        codes[source.rawValue] = none
        self.codes = codes
    }

    /// The onset of `node`, `nil` when no timed path of at most the depth reaches it.
    subscript(node: Int) -> Timescale? { Timescale.decode(codes[node] == .max ? 0 : codes[node]) }
}
