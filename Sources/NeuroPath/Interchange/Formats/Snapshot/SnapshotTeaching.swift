/// The last section of a snapshot (version 3): the graph's question and classic experiments.
///
/// Layout: a byte (1 when there is a question) and the question's two node indices; the number of experiments,
/// and for each its key, name, activated, knocked-out and pretreatment node indices, context, finding, reference keys and
/// expectations (a node index and an outcome code, the index in ``ClassicExperiment/Outcome/allCases``) and
/// limitation.
struct SnapshotTeaching {
    var question: GraphQuestion?
    var experiments: [ClassicExperiment]
}

extension SnapshotEncoder {
    /// Writes the teaching section of `graph`.
    mutating func writeTeaching(of graph: PathwayGraph) {
        byte(graph.question == nil ? 0 : 1)
        if let question = graph.question {
            count(question.from.rawValue)
            count(question.to.rawValue)
        }
        count(graph.experiments.count)
        for experiment in graph.experiments {
            string(experiment.key)
            string(experiment.name)
            for nodes in [experiment.activate, experiment.knockout, experiment.pretreat] {
                count(nodes.count)
                for node in nodes { count(node.rawValue) }
            }
            optionalString(experiment.context)
            optionalString(experiment.finding)
            strings(experiment.references)
            count(experiment.expectations.count)
            for expectation in experiment.expectations {
                count(expectation.node.rawValue)
                byte(UInt8(ClassicExperiment.Outcome.allCases.firstIndex(of: expectation.outcome)!))
            }
            optionalString(experiment.limitation)
        }
    }
}

extension SnapshotDecoder {
    /// Reads the section ``SnapshotEncoder/writeTeaching(of:)`` writes, checking every node index against
    /// `nodeCount` and every outcome code.
    mutating func readTeaching(nodeCount: Int) throws(Failure) -> SnapshotTeaching {
        var teaching = SnapshotTeaching(question: nil, experiments: [])
        switch try byte("the question flag") {
        case 0: break
        case 1:
            teaching.question = GraphQuestion(
                from: try node("the question's start", below: nodeCount),
                to: try node("the question's end", below: nodeCount))
        case let other: throw Failure(detail: "the question flag is \(other), not 0 or 1")
        }
        for index in 0..<(try count(of: "experiments", minimumSize: 36)) {
            let what = "experiment \(index)"
            let key = try string("\(what)'s key")
            let name = try string("\(what)'s name")
            var lists: [[NodeIndex]] = []
            for part in ["activated", "knocked-out", "pretreatment"] {
                var nodes: [NodeIndex] = []
                for _ in 0..<(try count(of: "\(what)'s \(part) nodes", minimumSize: 4)) {
                    nodes.append(try node("\(what)'s \(part) node", below: nodeCount))
                }
                lists.append(nodes)
            }
            let context = try optionalString("\(what)'s context")
            let finding = try optionalString("\(what)'s finding")
            let references = try strings("\(what)'s references")
            var expectations: [ClassicExperiment.Expectation] = []
            for _ in 0..<(try count(of: "\(what)'s expectations", minimumSize: 5)) {
                let target = try node("\(what)'s expected node", below: nodeCount)
                let code = Int(try byte("\(what)'s outcome code"))
                guard code < ClassicExperiment.Outcome.allCases.count else {
                    throw Failure(
                        detail:
                            "\(what) has outcome code \(code), not one of 0 to \(ClassicExperiment.Outcome.allCases.count - 1)"
                    )
                }
                expectations.append(.init(node: target, outcome: ClassicExperiment.Outcome.allCases[code]))
            }
            let limitation = try optionalString("\(what)'s limitation")
            teaching.experiments.append(
                ClassicExperiment(
                    key: key, name: name, activate: lists[0], knockout: lists[1], pretreat: lists[2], context: context,
                    finding: finding,
                    references: references, expectations: expectations, limitation: limitation))
        }
        return teaching
    }

    private mutating func node(_ what: String, below nodeCount: Int) throws(Failure) -> NodeIndex {
        let value = Int(try integer(UInt32.self, what))
        guard value < nodeCount else { throw Failure(detail: "\(what) is node \(value) of \(nodeCount)") }
        return NodeIndex(value)
    }
}
