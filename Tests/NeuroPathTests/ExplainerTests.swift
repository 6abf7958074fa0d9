import NeuroPath
import Testing

/// Plain-language explanations: double negatives resolved, every step cited, a time line that only moves forward.
@Suite struct ExplainerTests {
    let graph: PathwayGraph

    init() throws {
        graph = try GraphLoader().load(.bundled("ketamine"))
    }

    func disinhibitionPath() throws -> CausalPath {
        let query = PathQuery(
            from: try graph.resolve("ketamine"), to: try graph.resolve("synaptogenesis"),
            maxDepth: 12, via: [try graph.resolve("GABA")], limit: 1)
        return try #require(try query.run(on: graph).paths.first)
    }

    @Test func doubleNegativesAreResolvedInWords() throws {
        let explanation = try PathExplanation(explaining: try disinhibitionPath(), in: graph)
        #expect(
            explanation.steps[0].sentence.hasPrefix(
                "Ketamine blocks the channel of NMDA receptor (interneuron), so there is less"))
        let brake = try #require(explanation.steps.first { $0.sentence.hasPrefix("As GABA falls") })
        #expect(brake.sentence.contains("pyramidal neuron firing rises: less of an inhibitor releases the brake"))
        #expect(brake.change == .positive)
        #expect(explanation.steps.last?.change == .positive)
        #expect(explanation.summary.contains("Ketamine increases synaptogenesis"))
    }

    /// A step of unknown sign (imported, unsigned networks) is never narrated as a rise or a fall, nor is
    /// anything after it.
    @Test func aStepOfUnknownSignLeavesTheDirectionUnknown() throws {
        let graph = try SIFImporter.parse(text: "A\t1\tB\nB\tphosphorylates\tC\nC\t-1\tD\n")
        let path = try #require(
            try PathQuery(from: try graph.resolve("A"), to: try graph.resolve("D"), limit: 1).run(on: graph).paths
                .first)
        let explanation = try PathExplanation(explaining: path, in: graph)
        #expect(explanation.steps.map(\.change) == [.positive, nil, nil])
        #expect(explanation.steps[1].sentence.hasPrefix("As B rises, C changes too, in a direction the graph does not"))
        #expect(explanation.steps[2].sentence.hasPrefix("As C changes, D changes too"))
        #expect(!explanation.steps[2].sentence.contains("rises") && !explanation.steps[2].sentence.contains("falls"))
        #expect(explanation.timeline.allSatisfy { phase in !phase.events.contains("D up") })
        let first = try PathExplanation(
            explaining: try #require(
                try PathQuery(from: try graph.resolve("B"), to: try graph.resolve("C"), limit: 1).run(on: graph)
                    .paths.first),
            in: graph)
        #expect(first.steps[0].sentence.hasSuffix("the graph does not record whether it raises or lowers it."))
        #expect(first.summary.contains("unknown sign"))
    }

    @Test func everyStepCarriesItsEvidenceSpeciesTimescaleAndCitations() throws {
        let path = try disinhibitionPath()
        let explanation = try PathExplanation(explaining: path, in: graph)
        #expect(explanation.steps.count == path.length)
        for (step, edge) in zip(explanation.steps, path.interactions) {
            let interaction = graph.interaction(at: edge)
            #expect(step.evidence == interaction.evidence && step.species == interaction.context.species)
            #expect(step.citations.count == interaction.references.count && !step.citations.isEmpty)
        }
        #expect(
            explanation.steps[0].citations == [
                "Gerhard et al. 2020", "Zanos & Gould 2018", "Homayoun & Moghaddam 2007", "Moghaddam et al. 1997",
            ])
    }

    @Test func theTimeLineRunsForwardAndCaveatsNameContestedSteps() throws {
        let query = PathQuery(
            from: try graph.resolve("ketamine"), to: try graph.resolve("antidepressant effect"),
            maxDepth: 12, via: [try graph.resolve("synaptogenesis")], limit: 1)
        let path = try #require(try query.run(on: graph).paths.first)
        let explanation = try PathExplanation(explaining: path, in: graph)
        let phases = explanation.timeline.map(\.timescale)
        #expect(phases == phases.sorted() && phases.count >= 2)
        #expect(phases.last == .days)
        #expect(explanation.caveats.contains { $0.hasPrefix("Synaptogenesis → Antidepressant effect is contested") })
    }

    @Test func aNodeIsExplainedWithWhatDrivesItAndWhatItDrives() throws {
        let explanation = try NodeExplanationQuery(node: try graph.resolve("mTOR")).run(on: graph)
        #expect(explanation.overview.hasPrefix("mTORC1 is a kinase."))
        #expect(
            explanation.drivenBy.map(\.sentence) == [
                "TrkB activates mTORC1", "Rapamycin inhibits mTORC1", "Rapamycin inhibits mTORC1",
            ])
        #expect(
            explanation.drives.map(\.sentence) == [
                "mTORC1 raises synaptic protein synthesis", "mTORC1 leads to antidepressant effect",
                "mTORC1 leads to antidepressant effect",
            ])
        #expect(Set(explanation.drives.map(\.evidence)) == [.supported, .contested])
        // The counter-evidence is told, not only cited.
        let contested = try #require(explanation.drives.first { $0.evidence == .contested })
        #expect(contested.citations.contains("Abdallah et al. 2020"))
        #expect(contested.note?.contains("did not block the effect") == true)
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
        Claim(target: "GluN2B", effect: .decreases, status: nil),
        Claim(target: "glutamate", effect: .increases, status: nil),
        Claim(target: "AMPA receptor", effect: .increases, status: nil),
        Claim(target: "BDNF", effect: .increases, status: nil),
        Claim(target: "mTOR", effect: .increases, status: nil),
        Claim(target: "new synapses", effect: .increases, status: nil),
        Claim(target: "neuroplasticity", effect: .increases, status: nil),
        Claim(target: "dopamine", effect: .increases, status: nil),
        Claim(target: "serotonin", effect: .increases, status: nil),
        Claim(target: "norepinephrine", effect: .increases, status: nil),
        Claim(target: "noradrenaline transporter", effect: .decreases, status: .hypothesised),
        Claim(target: "default mode network", effect: .decreases, status: .hypothesised),
        Claim(target: "inflammation", effect: .decreases, status: nil),
        Claim(target: "depression", effect: .decreases, status: nil),
        Claim(target: "PTSD", effect: .decreases, status: .contested),
        Claim(target: "anxiety disorders", effect: .decreases, status: .hypothesised),
        Claim(target: "panic", effect: .increases, status: nil),
        Claim(target: "OCD", effect: .decreases, status: .hypothesised),
        Claim(target: "acute pain", effect: .decreases, status: nil),
        Claim(target: "chronic pain", effect: .decreases, status: .hypothesised),
        Claim(target: "suicidal thoughts", effect: .decreases, status: nil),
        Claim(target: "delirium", effect: .none, status: nil),
        Claim(target: "bipolar depression", effect: .decreases, status: .hypothesised),
        Claim(target: "dissociative anaesthetic", effect: .increases, status: nil),
        Claim(target: "dissociation", effect: .increases, status: nil),
        Claim(target: "hallucinations", effect: .increases, status: nil),
        Claim(target: "psychotomimetic", effect: .increases, status: nil),
        Claim(target: "blurred vision", effect: .increases, status: nil),
        Claim(target: "nausea", effect: .increases, status: nil),
        Claim(target: "dizziness", effect: .increases, status: nil),
        Claim(target: "blood pressure", effect: .increases, status: nil),
        Claim(target: "heart rate", effect: .increases, status: nil),
        Claim(target: "bladder damage", effect: .increases, status: nil),
        Claim(target: "memory deficits", effect: .increases, status: nil),
        Claim(target: "addictive", effect: .increases, status: nil),
        Claim(target: "GABA receptor activity", effect: .increases, status: .supported),
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

    /// "Ketamine boosts GABA": hypothesised, from one study in cultured neurons, leading to anaesthesia, not to the
    /// antidepressant effect.
    @Test func theGABAClaimIsACellFindingAboutAnaesthesia() throws {
        let graph = try GraphLoader().load(.bundled("ketamine"))
        let receptor = try graph.resolve("GABA-A receptor")
        let result = try EffectQuery(from: try graph.resolve("ketamine"), maxDepth: 1).run(to: receptor, on: graph)
        let step = graph.interaction(at: try #require(result.paths.first).interactions[0])
        #expect(step.evidence == .hypothesised && step.context.species == [.inVitro])
        let downstream = EffectQuery(from: receptor, maxDepth: 12)
        #expect(try downstream.run(to: graph.resolve("dissociative anaesthesia"), on: graph).effect == .increases)
        #expect(try downstream.run(to: graph.resolve("antidepressant effect"), on: graph).effect == .none)
    }

    /// "Ketamine grows new neurons" confuses synaptogenesis with neurogenesis: neurogenesis is a node (so the
    /// question has an answer), no path leads to it from ketamine, and both nodes say so.
    @Test func newNeuronsAreNotNewSynapses() throws {
        let graph = try GraphLoader().load(.bundled("ketamine"))
        let neurogenesis = try graph.resolve("grows new neurons")
        #expect(graph[neurogenesis].id == "neurogenesis")
        #expect(graph[neurogenesis].description?.contains("no interaction leads from ketamine") == true)
        let effect = try EffectQuery(from: try graph.resolve("ketamine"), maxDepth: 12).run(to: neurogenesis, on: graph)
        #expect(effect.effect == .none)
        let synaptogenesis = graph[try graph.resolve("synaptogenesis")]
        #expect(synaptogenesis.description?.contains("Not neurogenesis") == true)
    }
}
