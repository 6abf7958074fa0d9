import NeuroPath
import Testing

/// Plain-language explanations: double negatives resolved, every step cited, a time line that only moves forward.
@Suite struct ExplainerTests {
    let graph: PathwayGraph
    let explainer: Explainer

    init() throws {
        graph = try GraphLoader().load(.bundled("ketamine"))
        explainer = Explainer(graph: graph)
    }

    func disinhibitionPath() throws -> CausalPath {
        let query = PathQuery(
            from: try graph.resolve("ketamine"), to: try graph.resolve("synaptogenesis"),
            maxDepth: 12, via: [try graph.resolve("GABA")], limit: 1)
        return try #require(try query.run(on: graph).paths.first)
    }

    @Test func doubleNegativesAreResolvedInWords() throws {
        let explanation = try explainer.explain(try disinhibitionPath())
        #expect(
            explanation.steps[0].sentence.hasPrefix(
                "Ketamine blocks the channel of NMDA receptor (interneuron), so there is less"))
        let brake = try #require(explanation.steps.first { $0.sentence.hasPrefix("As GABA falls") })
        #expect(brake.sentence.contains("pyramidal neuron firing rises: less of an inhibitor releases the brake"))
        #expect(brake.change == .positive)
        #expect(explanation.steps.last?.change == .positive)
        #expect(explanation.summary.contains("Ketamine increases synaptogenesis"))
    }

    @Test func everyStepCarriesItsEvidenceSpeciesTimescaleAndCitations() throws {
        let path = try disinhibitionPath()
        let explanation = try explainer.explain(path)
        #expect(explanation.steps.count == path.length)
        for (step, edge) in zip(explanation.steps, path.interactions) {
            let interaction = graph.interaction(at: edge)
            #expect(step.evidence == interaction.evidence && step.species == interaction.context.species)
            #expect(step.citations.count == interaction.references.count && !step.citations.isEmpty)
        }
        #expect(explanation.steps[0].citations == ["Gerhard et al. 2020", "Zanos & Gould 2018"])
    }

    @Test func theTimeLineRunsForwardAndCaveatsNameContestedSteps() throws {
        let query = PathQuery(
            from: try graph.resolve("ketamine"), to: try graph.resolve("antidepressant effect"),
            maxDepth: 12, via: [try graph.resolve("synaptogenesis")], limit: 1)
        let path = try #require(try query.run(on: graph).paths.first)
        let explanation = try explainer.explain(path)
        let phases = explanation.timeline.map(\.timescale)
        #expect(phases == phases.sorted() && phases.count >= 2)
        #expect(phases.last == .days)
        #expect(explanation.caveats.contains { $0.hasPrefix("Synaptogenesis → Antidepressant effect is contested") })
    }

    @Test func aNodeIsExplainedWithWhatDrivesItAndWhatItDrives() throws {
        let explanation = try explainer.explain(node: try graph.resolve("mTOR"))
        #expect(explanation.overview.hasPrefix("mTORC1 is a kinase."))
        #expect(explanation.drivenBy.map(\.sentence) == ["TrkB activates mTORC1", "TrkB activates mTORC1"])
        #expect(Set(explanation.drivenBy.map(\.evidence)) == [.supported, .contested])
        #expect(explanation.drives.map(\.sentence) == ["mTORC1 raises synaptic protein synthesis"])
    }
}

/// The classic intervention experiments (evidence file, section 4), replayed with `perturb`.
@Suite struct ExperimentReplayTests {
    let graph: PathwayGraph

    init() throws { graph = try GraphLoader().load(.bundled("ketamine")) }

    func replay(knockout: String, context: String? = nil) throws -> PerturbationQuery.Result {
        let query = PerturbationQuery(
            perturbations: [.init(node: try graph.resolve("ketamine"), action: .activate)],
            maxDepth: 12, filter: PathFilter(knockout: [try graph.resolve(knockout)], context: context))
        return try query.run(on: graph)
    }

    func lost(_ result: PerturbationQuery.Result) -> Set<String> {
        Set(result.differences.filter { $0.with == .none }.map(\.node.id))
    }

    @Test func anAMPAReceptorAntagonistAbolishesTheAntidepressantEffect() throws {
        let result = try replay(knockout: "AMPA receptor")
        #expect(
            lost(result).isSuperset(of: [
                "antidepressant-effect", "sustained-antidepressant-effect", "bdnf", "synaptogenesis",
            ]))
        #expect(!lost(result).contains("dissociation"))
    }

    @Test func rapamycinBlocksSynaptogenesisInRodents() throws {
        let result = try replay(knockout: "mTORC1", context: "rodent")
        #expect(lost(result).isSuperset(of: ["synaptic-protein-synthesis", "synaptogenesis"]))
        #expect(result.silenced.map(\.index) == [try graph.resolve("synaptic protein synthesis")])
    }

    @Test func eliminatingNewSpinesLosesOnlyTheSustainedEffect() throws {
        let result = try replay(knockout: "synaptogenesis")
        #expect(lost(result).contains("sustained-antidepressant-effect"))
        #expect(!lost(result).contains("antidepressant-effect"))
    }

    @Test func blockingOpioidReceptorsWeakensTheEffectButLeavesDissociation() throws {
        let ketamine = try graph.resolve("ketamine"), effect = try graph.resolve("antidepressant effect")
        let result = try replay(knockout: "opioid receptor")
        let changes = Dictionary(uniqueKeysWithValues: result.effects.map { ($0.node.index, $0.change) })
        #expect(changes[effect] == .increases, "the effect remains")
        #expect(changes[try graph.resolve("dissociation")] == .increases, "dissociation is untouched")
        func paths(knockout: Set<Int>) throws -> Int? {
            try PathQuery(
                from: ketamine, to: effect, maxDepth: 12, filter: PathFilter(knockout: knockout), limit: 0
            )
            .run(on: graph).total
        }
        let with = try #require(try paths(knockout: [try graph.resolve("opioid receptor")]))
        let without = try #require(try paths(knockout: []))
        #expect(with < without, "fewer routes support it: weakened, not abolished")
        let opioid = try #require(graph.interactions.first { graph.nodes[$0.source].id == "opioid-receptor" })
        #expect(opioid.evidence == .contested)
    }
}

/// Every claim the popular sources make about ketamine is answered by `effect` with the sign the literature
/// supports, or is present and marked contested or hypothesised with the counter-evidence cited.
@Suite struct PopularClaimsTests {
    struct Claim: Sendable, CustomTestStringConvertible {
        let target: String
        let effect: NetEffect
        /// The weakest evidence the claim may rest on: a claim marked contested or hypothesised must stay so.
        let status: EvidenceLevel?
        var testDescription: String { target }
    }

    static let claims: [Claim] = [
        Claim(target: "NMDA receptor", effect: .decreases, status: nil),
        Claim(target: "glutamate", effect: .increases, status: nil),
        Claim(target: "AMPA receptor", effect: .increases, status: nil),
        Claim(target: "BDNF", effect: .increases, status: nil),
        Claim(target: "mTOR", effect: .increases, status: nil),
        Claim(target: "new synapses", effect: .increases, status: nil),
        Claim(target: "neuroplasticity", effect: .increases, status: nil),
        Claim(target: "dopamine", effect: .increases, status: nil),
        Claim(target: "serotonin", effect: .increases, status: nil),
        Claim(target: "norepinephrine", effect: .increases, status: .hypothesised),
        Claim(target: "default mode network", effect: .decreases, status: nil),
        Claim(target: "inflammation", effect: .decreases, status: nil),
        Claim(target: "depression", effect: .decreases, status: nil),
        Claim(target: "PTSD", effect: .decreases, status: .contested),
        Claim(target: "anxiety", effect: .decreases, status: .hypothesised),
        Claim(target: "OCD", effect: .decreases, status: .hypothesised),
        Claim(target: "chronic pain", effect: .decreases, status: nil),
        Claim(target: "dissociative anaesthetic", effect: .increases, status: nil),
        Claim(target: "dissociation", effect: .increases, status: nil),
        Claim(target: "hallucinations", effect: .increases, status: nil),
        Claim(target: "nausea", effect: .increases, status: nil),
        Claim(target: "dizziness", effect: .increases, status: nil),
        Claim(target: "blood pressure", effect: .increases, status: nil),
        Claim(target: "heart rate", effect: .increases, status: nil),
        Claim(target: "bladder damage", effect: .increases, status: nil),
        Claim(target: "memory deficits", effect: .increases, status: nil),
        Claim(target: "addictive", effect: .increases, status: nil),
        Claim(target: "GABA receptor activity", effect: .increases, status: .contested),
        Claim(target: "negative memories", effect: .decreases, status: .hypothesised),
    ]

    @Test(arguments: claims)
    func theClaimIsAnsweredWithItsStatus(_ claim: Claim) throws {
        let graph = try GraphLoader().load(.bundled("ketamine"))
        let target = try graph.resolve(claim.target)
        let result = try EffectQuery(from: try graph.resolve("ketamine"), maxDepth: 12)
            .run(to: target, on: graph)
        #expect(result.effect == claim.effect)
        if let status = claim.status {
            // Every supporting path rests on a step at most this strong, citing two sides or saying what disagrees.
            for path in result.paths {
                let weakest = path.interactions.compactMap { graph.evidence(of: $0) }.min()
                #expect(weakest.map { $0 <= status } == true, "\(claim.target) must stay \(status)")
            }
        }
    }
}
