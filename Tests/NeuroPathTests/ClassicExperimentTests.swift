import NeuroPath
import Testing

/// The classic intervention experiments, replayed on the bundled ketamine graph with `perturb`. Each test names
/// the paper, what the paper found, and what the model answers; Docs/ketamine.md tells the same in prose. Where
/// the model's parallel-trigger design cannot reproduce an experiment, the test pins down what it does say.
@Suite struct ClassicExperimentTests {
    let graph: PathwayGraph

    init() throws { graph = try GraphLoader().load(.bundled("ketamine")) }

    func id(_ name: String) throws -> NodeIndex { try graph.resolve(name) }

    /// Ketamine activated, `knockout` removed: the result compared with no knockout.
    func replay(knockout: String, context: String? = nil) throws -> PerturbationQuery.Result {
        let query = PerturbationQuery(
            perturbations: [.init(node: try id("ketamine"), action: .activate)],
            maxDepth: 12, filter: PathFilter(knockout: [try id(knockout)], context: context))
        return try query.run(on: graph)
    }

    /// Ids of the nodes that respond without the knockout and not with it.
    func lost(_ result: PerturbationQuery.Result) -> Set<String> {
        Set(result.differences.filter { $0.with == .none }.map(\.node.id))
    }

    /// Ids of the nodes that respond with the knockout.
    func responding(_ result: PerturbationQuery.Result) -> Set<String> { Set(result.effects.map(\.node.id)) }

    /// Autry et al. 2011 (inducible BDNF knockout mice) and Lepack et al. 2015 (BDNF-neutralising antibody in the
    /// mPFC). Paper: without BDNF, ketamine's rapid antidepressant-like effect is gone.
    /// Model: the antidepressant effect is silenced, and with it the sustained effect and the fall in symptoms.
    @Test func withoutBDNFTheRapidEffectIsLost() throws {
        let result = try replay(knockout: "BDNF")
        #expect(result.silenced.map(\.id).contains("antidepressant-effect"))
        #expect(
            lost(result).isSuperset(of: [
                "antidepressant-effect", "sustained-antidepressant-effect", "depressive-symptoms", "synaptogenesis",
                "trkb", "mtorc1",
            ]))
        #expect(!lost(result).contains("dissociation"), "BDNF has nothing to do with dissociation")
    }

    /// Li et al. 2010: rapamycin infused into the rat PFC blocked ketamine's synaptogenesis and its behavioural
    /// effect. Model, in rodent context: synaptic protein synthesis, synaptogenesis and the antidepressant effect
    /// are all lost.
    @Test func rapamycinInRatsBlocksTheBehaviouralEffect() throws {
        let result = try replay(knockout: "mTORC1", context: "rodent")
        #expect(
            lost(result).isSuperset(of: [
                "synaptic-protein-synthesis", "synaptogenesis", "antidepressant-effect",
                "sustained-antidepressant-effect",
            ]))
        #expect(
            Set(result.silenced.map(\.id)).isSuperset(of: [
                "synaptic-protein-synthesis", "synaptogenesis", "antidepressant-effect",
            ]))
    }

    /// Abdallah et al. 2020: in 20 patients, oral rapamycin did not block ketamine's antidepressant effect.
    /// Model, in human context: nothing is lost; the human mTORC1 step is contested, not necessary.
    @Test func rapamycinInPatientsDoesNotBlockTheEffect() throws {
        let result = try replay(knockout: "mTORC1", context: "human")
        #expect(lost(result).isEmpty && result.silenced.isEmpty)
        #expect(responding(result).isSuperset(of: ["antidepressant-effect", "depressive-symptoms"]))
        let human = graph.interactions.filter {
            graph.nodes[$0.source.rawValue].id == "mtorc1"
                && graph.nodes[$0.target.rawValue].id == "antidepressant-effect"
                && $0.context.species == [.human]
        }
        #expect(human.count == 1 && human[0].evidence == .contested && !human[0].isNecessary)
    }

    /// Maeng et al. 2008: the AMPA receptor antagonist NBQX *attenuated* ketamine's antidepressant-like effect in
    /// mice. Model (all or nothing): the antidepressant effect, synaptogenesis, the sustained effect and the fall
    /// in symptoms are lost together, so a learner never sees the effect gone and the symptoms still falling.
    /// BDNF still rises through the block-at-rest branch (Autry/Monteggia), because AMPA → BDNF (shown in
    /// cultured neurons, Lepack 2015) is not a necessary input.
    @Test func anAMPAAntagonistStopsTheEffectButNotTheBlockAtRestBranch() throws {
        let result = try replay(knockout: "AMPA receptor")
        #expect(
            lost(result).isSuperset(of: [
                "antidepressant-effect", "sustained-antidepressant-effect", "synaptogenesis", "depressive-symptoms",
            ]))
        #expect(responding(result).isSuperset(of: ["bdnf", "trkb", "eef2"]))
        #expect(!lost(result).contains("dissociation"))
        let ampaToBDNF = try #require(
            graph.interactions.first {
                graph.nodes[$0.source.rawValue].id == "ampa-receptor@pyramidal"
                    && graph.nodes[$0.target.rawValue].id == "bdnf"
            })
        #expect(!ampaToBDNF.isNecessary && ampaToBDNF.references.contains("lepack2015"))
        #expect(!ampaToBDNF.references.contains("maeng2008"), "Maeng 2008 never measured BDNF")
    }

    /// Moda-Sava et al. 2019: eliminating the newly formed spines reverses the sustained, not the initial,
    /// behavioural rescue. Model: the sustained effect is lost; the rapid effect remains.
    @Test func eliminatingNewSpinesLosesOnlyTheSustainedEffect() throws {
        let result = try replay(knockout: "synaptogenesis")
        #expect(lost(result).contains("sustained-antidepressant-effect"))
        #expect(responding(result).contains("antidepressant-effect"))
    }

    /// Williams et al. 2018 (a 12-patient interim analysis): naltrexone weakened the antidepressant effect but
    /// not dissociation; Yoon et al. 2025, which could not separate ketamine from midazolam, found no naltrexone
    /// effect. Model: nothing changes. The opioid route is one of several and is not necessary, because the
    /// evidence that it is needed is contested.
    @Test func naltrexoneChangesNothingInTheModel() throws {
        let result = try replay(knockout: "opioid receptor")
        #expect(result.differences.isEmpty && result.silenced.isEmpty)
        #expect(responding(result).isSuperset(of: ["antidepressant-effect", "dissociation"]))
        let toEffect = try #require(
            graph.interactions.first {
                graph.nodes[$0.source.rawValue].id == "opioid-receptor"
                    && graph.nodes[$0.target.rawValue].id == "antidepressant-effect"
            })
        #expect(toEffect.evidence == .contested && Set(toEffect.references) == ["williams2018", "yoon2025"])
        #expect(toEffect.note?.contains("suggests") == true)
    }

    /// Gerhard et al. 2020: knocking down GluN2B in GABA interneurons (not in pyramidal neurons) blocks the
    /// antidepressant effect. The model keeps three candidate triggers in parallel, so it cannot reproduce this:
    /// the disinhibition branch is lost, the antidepressant effect is not.
    @Test func interneuronGluN2BKnockdownIsNotReproduced() throws {
        let result = try replay(knockout: "GluN2B")
        #expect(lost(result).isSuperset(of: ["firing@interneuron", "gaba", "firing@pyramidal", "glutamate"]))
        #expect(!lost(result).contains("antidepressant-effect"), "the parallel-trigger design keeps other routes")
    }

    /// Miller et al. 2014: deleting GluN2B from cortical pyramidal neurons mimics and occludes ketamine's
    /// antidepressant-like action. Model: blocking the resting NMDA receptor on its own raises the antidepressant
    /// effect, through eEF2 and BDNF.
    @Test func blockingTheRestingReceptorAloneMimicsKetamine() throws {
        let query = PerturbationQuery(
            perturbations: [.init(node: try id("Resting NMDA receptor"), action: .block)], maxDepth: 12)
        let changes = Dictionary(uniqueKeysWithValues: try query.run(on: graph).effects.map { ($0.node.id, $0.change) })
        #expect(changes["bdnf"] == .increases && changes["antidepressant-effect"] == .increases)
    }

    /// Liu et al. 2012 (Met/Met knock-in mice): the BDNF Met allele blocks ketamine's synaptogenic and
    /// antidepressant-like effects. Model: activating the Met allele lowers BDNF, synaptogenesis and the
    /// antidepressant effect; with ketamine also activated, BDNF and the effect become mixed.
    @Test func theMetAlleleWorksAgainstKetamine() throws {
        let alone = PerturbationQuery(perturbations: [.init(node: try id("Val66Met"), action: .activate)], maxDepth: 12)
        let changes = Dictionary(uniqueKeysWithValues: try alone.run(on: graph).effects.map { ($0.node.id, $0.change) })
        #expect(changes["bdnf"] == .decreases && changes["synaptogenesis"] == .decreases)
        #expect(changes["antidepressant-effect"] == .decreases)
        let both = PerturbationQuery(
            perturbations: [
                .init(node: try id("ketamine"), action: .activate), .init(node: try id("Val66Met"), action: .activate),
            ], maxDepth: 12)
        let mixed = Dictionary(uniqueKeysWithValues: try both.run(on: graph).effects.map { ($0.node.id, $0.change) })
        #expect(mixed["bdnf"] == .mixed && mixed["antidepressant-effect"] == .mixed)
    }

    /// Gideons et al. 2014: memantine blocks NMDA receptors about as well as ketamine, yet has no rapid
    /// antidepressant-like effect. Model: memantine blocks the NMDA receptor channel and reaches no
    /// antidepressant effect; ketamine does.
    @Test func memantineBlocksTheChannelButIsNoRapidAntidepressant() throws {
        let effect = try id("antidepressant effect")
        let memantine = EffectQuery(from: try id("memantine"), maxDepth: 12)
        #expect(try memantine.run(to: id("NMDA receptor"), on: graph).effect == .decreases)
        #expect(try memantine.run(to: effect, on: graph).effect == .none)
        #expect(try EffectQuery(from: id("ketamine"), maxDepth: 12).run(to: effect, on: graph).effect == .increases)
    }

    /// The AMPA receptor feedback loop: mTORC1-driven synthesis of GluA1 adds AMPA receptors, which release more
    /// BDNF. `loops` finds it, and it is positive.
    @Test func theAMPAFeedbackLoopIsThere() throws {
        let loops = try FeedbackLoopQuery(maxLength: 6, through: try id("AMPA receptor")).run(on: graph).loops
        let ids = loops.map { loop in
            Set(loop.interactions.map { graph.nodes[graph.interaction(at: $0).source.rawValue].id })
        }
        #expect(ids.contains(["ampa-receptor@pyramidal", "bdnf", "trkb", "mtorc1", "synaptic-protein-synthesis"]))
        #expect(loops.allSatisfy { $0.sign == .positive })
    }
}
