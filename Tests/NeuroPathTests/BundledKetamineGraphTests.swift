import NeuroPath
import Testing

/// The bundled ketamine graph: it loads from the library, its chains are intact and signed as the literature
/// says, every interaction cites a declared reference, and the AMPA experiment replays.
@Suite struct BundledKetamineGraphTests {
    let graph: PathwayGraph

    init() throws { graph = try GraphLoader().load(.bundled("ketamine")) }

    func id(_ name: String) throws -> NodeIndex { try graph.resolve(name) }

    @Test func everyInteractionCitesDeclaredReferencesAndHasEvidence() {
        for interaction in graph.interactions {
            #expect(!interaction.references.isEmpty)
            #expect(interaction.evidence != nil)
            #expect(!interaction.context.species.isEmpty)
            #expect(interaction.timescale != nil)
            for key in interaction.references { #expect(graph.reference(forKey: key) != nil) }
        }
        for reference in graph.references {
            #expect(reference.doi != nil || reference.pmid != nil || reference.journal != nil)
        }
    }

    @Test func theDisinhibitionChainIsIntactAndPositive() throws {
        let chain = [
            "ketamine", "nmda-receptor@interneuron", "firing@interneuron", "gaba", "firing@pyramidal", "glutamate",
            "ampa-receptor@pyramidal", "bdnf", "trkb", "mtorc1", "synaptic-protein-synthesis", "synaptogenesis",
            "antidepressant-effect",
        ]
        let nodes = try chain.map(id)
        let result = try PathQuery(
            from: nodes.first!, to: nodes.last!, maxDepth: 12, limit: 100
        ).run(on: graph)
        let match = try #require(result.paths.first { $0.nodes == nodes })
        #expect(match.sign == .positive)
    }

    @Test func theBlockAtRestBranchRaisesBDNF() throws {
        let chain = ["ketamine", "nmda-receptor@pyramidal", "eef2k", "eef2", "bdnf"].map { try! id($0) }
        let result = try PathQuery(from: chain.first!, to: chain.last!).run(on: graph)
        #expect(result.paths.contains { $0.nodes == chain && $0.sign == .positive })
    }

    @Test func namesALearnerTypesResolve() throws {
        #expect(try id("NMDAR") == id("nmda-receptor"))
        #expect(try id("NMDA receptor") == id("nmda-receptor"), "the generic receptor, ketamine's established target")
        #expect(try id("mTOR") == id("mtorc1"))
        #expect(try id("Antidepressant Effect") == id("antidepressant-effect"))
        #expect(try id("ampa_receptor") == id("ampa-receptor@pyramidal"))
        #expect(try id("HNK") == id("hnk"))
        let synonyms = [
            "NMDA": "nmda-receptor", "GluN2B": "nmda-receptor@interneuron", "BDNF": "bdnf", "TrkB": "trkb",
            "AMPA": "ampa-receptor@pyramidal", "5-HT": "serotonin", "noradrenaline": "noradrenaline",
            "norepinephrine": "noradrenaline", "DMN": "dmn-connectivity", "Spravato": "esketamine",
            "psychotomimetic": "psychotic-symptoms", "vertigo": "dizziness", "dysgeusia": "dysgeusia",
        ]
        for (name, id) in synonyms { #expect(try graph[graph.resolve(name)].id == id, "\(name)") }
        #expect(throws: NodeResolutionError.self) { try graph.resolve("bdnff") }
        do {
            _ = try graph.resolve("bdnff")
        } catch {
            #expect(error.description.contains("did you mean 'bdnf'"))
        }
    }

    @Test func ketamineIncreasesTheAntidepressantEffectAndDecreasesSymptoms() throws {
        let query = EffectQuery(from: try id("ketamine"), maxDepth: 12)
        #expect(try query.run(to: id("antidepressant effect"), on: graph).effect == .increases)
        #expect(try query.run(to: id("depressive symptoms"), on: graph).effect == .decreases)
        #expect(try query.run(to: id("synaptogenesis"), on: graph).effect == .increases)
    }

    /// Ketamine activated with `node` knocked out, to depth 12.
    func ketamine(knockingOut node: String) throws -> PerturbationQuery.Result {
        try PerturbationQuery(
            perturbations: [.init(node: try id("ketamine"), action: .activate)], maxDepth: 12,
            filter: PathFilter(knockout: [try id(node)])
        ).run(on: graph)
    }

    /// Maeng et al. 2008 found the effect attenuated: AMPA receptors are a partly necessary input, so the effect
    /// is weakened, not lost, and nothing is silenced.
    @Test func blockingAMPAReceptorsWeakensTheAntidepressantEffect() throws {
        let result = try ketamine(knockingOut: "AMPA")
        let lost = Set(result.differences.filter(\.isLost).map(\.node.index))
        let effect = try id("antidepressant effect"), dissociation = try id("dissociation")
        #expect(!lost.contains(effect) && !lost.contains(dissociation))
        #expect(result.weakened.map(\.id) == ["antidepressant-effect"])
        #expect(result.differences.contains { $0.node.id == "antidepressant-effect" && $0.isWeakened })
        #expect(result.silenced.isEmpty)
    }

    /// TrkB is on BDNF's way to everything: knocking it out takes the antidepressant effect (a necessary input),
    /// and synaptogenesis with it: mTORC1 is lost (only TrkB's route drives it), and a lost necessary input
    /// silences its target (Docs/queries.md), so synaptic protein synthesis and then synaptogenesis are silenced.
    @Test func knockingOutTrkBTakesTheEffectAndTheNewSynapses() throws {
        let result = try ketamine(knockingOut: "TrkB")
        let lost = Set(result.differences.filter(\.isLost).map(\.node.id))
        #expect(lost.isSuperset(of: ["antidepressant-effect", "synaptogenesis", "sustained-antidepressant-effect"]))
        #expect(Set(result.silenced.map(\.id)).isSuperset(of: ["antidepressant-effect", "synaptogenesis"]))
        #expect(result.silenced.map(\.id).contains("synaptic-protein-synthesis"))
        #expect(!result.silenced.map(\.id).contains("mtorc1"), "lost: it has no necessary input")
        // No path from BDNF to the effect or to synaptogenesis goes around TrkB.
        let around = try PathQuery(
            from: id("BDNF"), to: id("antidepressant effect"), maxDepth: 12, filter: PathFilter(avoid: [id("TrkB")])
        ).run(on: graph)
        #expect(around.total == 0)
    }

    /// A change that rests only on a trial's observation is marked, so a knockout that leaves it standing does
    /// not read as a mechanism that survived; one with a mechanism is not.
    @Test func clinicalObservationsAreMarkedUnderAKnockout() throws {
        let result = try ketamine(knockingOut: "BDNF")
        let marked = Set(result.effects.filter(\.restsOnClinicalObservation).map(\.node.id))
        #expect(marked.isSuperset(of: ["suicidal-ideation", "bipolar-depression", "ptsd-symptoms", "ocd-symptoms"]))
        #expect(!marked.contains("glutamate") && !marked.contains("central-sensitisation"))
        let change = try #require(result.effects.first { $0.node.id == "suicidal-ideation" })
        #expect(change.change == .decreases && change.evidence.level(of: change.change) == .supported)
    }

    /// Every change states its evidence, and the headline level does not depend on how many paths are listed.
    @Test func everyChangeStatesItsEvidence() throws {
        let all = try EffectQuery(from: id("ketamine"), maxDepth: 12).runOnAll(on: graph).effects
        #expect(all.allSatisfy { $0.evidence.level(of: $0.effect) != nil })
        let levels = try (0...3).map {
            try EffectQuery(from: id("ketamine"), maxDepth: 8, pathsPerSign: $0)
                .run(to: id("synaptogenesis"), on: graph).evidence
        }
        #expect(Set(levels).count == 1 && levels[0].increases == .supported)
        let contested = try #require(all.first { $0.target.id == "ptsd-symptoms" })
        #expect(contested.evidence.level(of: contested.effect) == .contested)
    }

    /// The null results are experiments, not edges; the safety and coverage nodes a teacher expects are there.
    @Test func nullResultsSafetyAndCoverage() throws {
        let delirium = try id("postoperative delirium")
        #expect(graph.incomingEdges(of: delirium.rawValue).isEmpty)
        #expect(
            graph.experiments.contains { $0.expectations.contains { $0.node == delirium && $0.outcome == .unchanged } })
        let effect = EffectQuery(from: try id("ketamine"), maxDepth: 12)
        for adverse in ["sedation", "respiratory depression", "hydronephrosis", "nightmares"] {
            #expect(try effect.run(to: id(adverse), on: graph).effect == .increases, "\(adverse)")
        }
        let esketamine = EffectQuery(from: try id("esketamine"), maxDepth: 12)
        for warning in ["sedation", "abuse liability"] {
            #expect(try esketamine.run(to: id(warning), on: graph).effect == .increases, "\(warning)")
        }
        #expect(try effect.run(to: id("neurogenesis"), on: graph).effect == .none)
        let human = EffectQuery(from: try id("ketamine"), maxDepth: 12, filter: PathFilter(context: "human"))
        #expect(try human.run(to: id("acute pain"), on: graph).effect == .decreases)
        let naltrexone = EffectQuery(from: try id("naltrexone"), maxDepth: 12)
        #expect(try naltrexone.run(to: id("antidepressant effect"), on: graph).effect == .decreases)
        #expect(try id("naltrexone") != id("opioid receptor"), "a drug, not a synonym of its receptor")
    }
}
