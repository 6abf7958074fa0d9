/// The question a graph opens with (`question FROM TO` in `.npath`): where a learner's first trace starts and
/// ends, so a page or a teaching tool shows something meaningful before anyone types.
public struct GraphQuestion: Sendable, Hashable {
    /// Where the trace starts.
    public var from: NodeIndex
    /// Where it ends.
    public var to: NodeIndex

    /// Creates a question.
    public init(from: NodeIndex, to: NodeIndex) {
        self.from = from
        self.to = to
    }
}

/// A classic intervention experiment a graph declares (`experiment KEY …` in `.npath`): what was activated and
/// knocked out, in which context, what the paper found, and the outcome the paper implies for some nodes. The
/// model reproduces it when ``ExperimentReplay`` finds every expected outcome (`neuropath experiments`).
public struct ClassicExperiment: Sendable, Hashable {
    /// What a node does when the experiment is replayed, compared with the same activation without the knockout.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        /// It responds without the knockout and not with it: the knockout takes it away.
        case lost
        /// It still responds with the knockout, as it does without it: the knockout does not touch it.
        case kept
        /// It rises with the knockout.
        case rises
        /// It falls with the knockout.
        case falls
        /// It still changes the same way with the knockout, but weaker: a partly necessary input was taken away.
        case weakened
        /// It does not change at all, with or without the knockout: a null result (a trial that found no effect).
        case unchanged
    }

    /// One node's expected outcome.
    public struct Expectation: Sendable, Hashable {
        /// The node.
        public var node: NodeIndex
        /// What it does.
        public var outcome: Outcome

        /// Creates an expectation.
        public init(node: NodeIndex, outcome: Outcome) {
            self.node = node
            self.outcome = outcome
        }
    }

    /// A short key, unique in the graph (`maeng2008-nbqx`).
    public var key: String
    /// The experiment as a learner would name it ("NBQX blocks AMPA receptors (Maeng et al. 2008)").
    public var name: String
    /// The nodes activated (the drug given).
    public var activate: [NodeIndex]
    /// The nodes knocked out (the knockout animal, the knock-down, the blocking antibody).
    public var knockout: [NodeIndex]
    /// The drugs given first, at blocking doses (an antagonist, an inhibitor): each node such a drug blocks or
    /// inhibits directly cannot respond, as if knocked out (``blockedTargets(in:)``).
    public var pretreat: [NodeIndex]
    /// The context the replay keeps to: a species, region or cell population; `nil` for all evidence.
    public var context: String?
    /// What the paper found, in a sentence.
    public var finding: String?
    /// The keys of the references reporting it.
    public var references: [String]
    /// The outcomes the paper implies.
    public var expectations: [Expectation]
    /// Why the model does not reproduce the paper, when the graph's authors know it does not (a design choice
    /// or contested evidence); `nil` when the model is meant to reproduce it.
    public var limitation: String?

    /// Creates an experiment.
    public init(
        key: String, name: String, activate: [NodeIndex], knockout: [NodeIndex], pretreat: [NodeIndex] = [],
        context: String? = nil, finding: String? = nil, references: [String] = [], expectations: [Expectation] = [],
        limitation: String? = nil
    ) {
        self.pretreat = pretreat
        self.limitation = limitation
        self.key = key
        self.name = name
        self.activate = activate
        self.knockout = knockout
        self.context = context
        self.finding = finding
        self.references = references
        self.expectations = expectations
    }
}

extension ClassicExperiment {
    /// The nodes the pretreatment drugs block: the targets of their interactions of negative sign that the
    /// experiment's context admits, by id.
    public func blockedTargets(in graph: PathwayGraph) -> [NodeIndex] {
        graph.blockedTargets(of: pretreat, context: context)
    }

    /// Everything the replay removes: the knockouts and what the pretreatments block, without repeats.
    public func removedNodes(in graph: PathwayGraph) -> Set<NodeIndex> {
        Set(knockout).union(blockedTargets(in: graph))
    }
}

extension PathwayGraph {
    /// The nodes `drugs` block or inhibit directly (interactions of negative sign whose context admits
    /// `context`, every one when it is `nil`), in id order: what a pretreatment at a blocking dose removes.
    public func blockedTargets(of drugs: [NodeIndex], context: String? = nil) -> [NodeIndex] {
        let givenDrugs = Set(drugs.map(\.rawValue))
        var blocked = Set<Int>()
        for record in packed
        where givenDrugs.contains(Int(record.source)) && record.sign == .negative
            && context.map({
                annotations[Int(record.annotation)].context.admits($0, evidence: EvidenceLevel.decode(record.evidence))
            }) ?? true
        {
            blocked.insert(Int(record.target))
        }
        return blocked.subtracting(givenDrugs).map(NodeIndex.init).sorted {
            nodes[$0.rawValue].id < nodes[$1.rawValue].id
        }
    }
}

extension PathwayGraph {
    /// The question to open the graph with: the one it declares (``question``), else one read off its shape:
    /// from the node that most drives others (most outgoing less incoming interactions; a drug first) to the node
    /// it reaches that most is driven (most incoming less outgoing; a therapeutic effect first). `nil` for a graph
    /// with no interaction.
    public var suggestedQuestion: GraphQuestion? {
        if let question { return question }
        guard interactionCount > 0 else { return nil }
        let balance = { (node: Int) in self.outgoingEdges(of: node).count - self.incomingEdges(of: node).count }
        let start = nodes.indices.max { a, b in
            let (ka, kb) = (nodes[a].kind == .drug, nodes[b].kind == .drug)
            if ka != kb { return !ka }
            return (balance(a), b) < (balance(b), a)
        }!
        var reached: Set<Int> = [start]
        var frontier = [start]
        while let node = frontier.popLast() {
            for edge in outgoingEdges(of: node) {
                let next = targetIndex(Int(edge))
                if reached.insert(next).inserted { frontier.append(next) }
            }
        }
        reached.remove(start)
        guard
            let end = reached.max(by: { a, b in
                let (ta, tb) = (nodes[a].kind == .therapeuticEffect, nodes[b].kind == .therapeuticEffect)
                if ta != tb { return !ta }
                return (-balance(a), b) < (-balance(b), a)
            })
        else { return nil }
        return GraphQuestion(from: NodeIndex(start), to: NodeIndex(end))
    }
}
