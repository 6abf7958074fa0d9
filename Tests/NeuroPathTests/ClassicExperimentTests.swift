import NeuroPath
import Testing

/// The classic intervention experiments, replayed on the bundled ketamine graph. The knockout experiments are data
/// in the graph (`experiment` statements, replayed by ``ExperimentReplay``); the others (a block alone, two
/// activations, a comparison of drugs, a loop) are tests here. Docs/ketamine.md tells each in prose.
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

    /// Every experiment the graph declares, replayed: the model matches the paper exactly when the graph does not
    /// say why it cannot (`limitation`), and each outcome the replay reports is what two perturbations, with and
    /// without the knockout, give when compared here by hand.
    @Test func everyDeclaredExperimentReplaysAsTheGraphSays() throws {
        #expect(graph.experiments.count >= 10)
        for experiment in graph.experiments {
            let replay = try ExperimentReplay(experiment).run(on: graph)
            #expect(
                replay.matchesThePaper == (experiment.limitation == nil),
                "\(experiment.key): \(replay.checks.filter { !$0.holds }.map(\.node.id))")
            let activate = experiment.activate.map { PerturbationQuery.Perturbation(node: $0, action: .activate) }
            let filter = PathFilter(context: experiment.context)
            var knocked = filter
            // What the pretreatment drugs block, read here from their own interactions.
            let blocked = graph.interactions.filter { interaction in
                experiment.pretreat.contains(interaction.source) && interaction.sign == .negative
                    && (experiment.context.map { interaction.context.admits($0, evidence: interaction.evidence) }
                        ?? true)
            }
            knocked.knockout = Set(experiment.knockout).union(blocked.map(\.target))
            let without = try PerturbationQuery(perturbations: activate, maxDepth: 12, filter: filter).run(on: graph)
            let with = try PerturbationQuery(perturbations: activate, maxDepth: 12, filter: knocked).run(on: graph)
            let before = Dictionary(uniqueKeysWithValues: without.effects.map { ($0.node.index, $0.change) })
            let after = Dictionary(uniqueKeysWithValues: with.effects.map { ($0.node.index, $0.change) })
            for check in replay.checks {
                #expect(
                    check.without == before[check.node.index] ?? NetEffect.none, "\(experiment.key) \(check.node.id)")
                #expect(check.with == after[check.node.index] ?? NetEffect.none, "\(experiment.key) \(check.node.id)")
            }
        }
    }

    /// The replays a teacher relies on, by name: the BDNF, TrkB and rapamycin-in-rats experiments take the
    /// antidepressant effect away; NBQX and naltrexone weaken it; rapamycin in patients and removing the new spines
    /// leave it; memantine never moves it.
    @Test func theRapidEffectIsLostOrKeptAsThePapersFound() throws {
        func outcome(_ key: String, _ node: String) throws -> (without: NetEffect, with: NetEffect) {
            let experiment = try #require(graph.experiments.first { $0.key == key })
            let replay = try ExperimentReplay(experiment).run(on: graph)
            let check = try #require(replay.checks.first { $0.node.id == node })
            return (check.without, check.with)
        }
        for key in ["autry2011-no-bdnf", "lin2021-trkb", "li2010-rapamycin"] {
            #expect(try outcome(key, "antidepressant-effect") == (NetEffect.increases, NetEffect.none), "\(key)")
        }
        for key in ["maeng2008-nbqx", "williams2018-naltrexone"] {
            let experiment = try #require(graph.experiments.first { $0.key == key })
            let check = try #require(
                try ExperimentReplay(experiment).run(on: graph).checks.first { $0.node.id == "antidepressant-effect" })
            #expect(check.with == .increases && check.without == .increases && check.isWeakened, "\(key)")
        }
        #expect(try outcome("zarate2006-memantine", "antidepressant-effect") == (NetEffect.none, NetEffect.none))
        #expect(
            try outcome("abdallah2020-rapamycin", "antidepressant-effect") == (NetEffect.increases, NetEffect.increases)
        )
        #expect(
            try outcome("moda-sava2019-spines", "antidepressant-effect") == (NetEffect.increases, NetEffect.increases))
        #expect(
            try outcome("moda-sava2019-spines", "sustained-antidepressant-effect") == (
                NetEffect.increases, NetEffect.none
            ))
    }

    /// Li et al. 2010: in rats, mTORC1 is a necessary input, so its knockout silences what it feeds; ketamine's
    /// triggers reach it in the rat context (through interneurons recorded in rats, cultured-neuron and rodent
    /// steps), as the species rule of Docs/queries.md says.
    @Test func rapamycinInRatsSilencesWhatMTORC1Feeds() throws {
        let result = try replay(knockout: "mTORC1", context: "rat")
        #expect(
            Set(result.silenced.map(\.id)).isSuperset(of: [
                "synaptic-protein-synthesis", "synaptogenesis", "antidepressant-effect",
            ]))
    }

    /// The facts the experiments rest on: the human mTORC1 step is contested, not necessary; AMPA → BDNF cites
    /// Lepack 2015, not Maeng 2008 (which never measured BDNF); the opioid route is contested.
    @Test func theEdgesBehindTheExperimentsCiteWhatTheyShould() throws {
        let human = graph.interactions.filter {
            graph.nodes[$0.source.rawValue].id == "mtorc1"
                && graph.nodes[$0.target.rawValue].id == "antidepressant-effect"
                && $0.context.species == [.human]
        }
        #expect(human.count == 1 && human[0].evidence == .contested && !human[0].isNecessary)
        let ampaToBDNF = try #require(
            graph.interactions.first {
                graph.nodes[$0.source.rawValue].id == "ampa-receptor@pyramidal"
                    && graph.nodes[$0.target.rawValue].id == "bdnf"
            })
        #expect(!ampaToBDNF.isNecessary && ampaToBDNF.references.contains("lepack2015"))
        #expect(!ampaToBDNF.references.contains("maeng2008"), "Maeng 2008 never measured BDNF")
        let toEffect = try #require(
            graph.interactions.first {
                graph.nodes[$0.source.rawValue].id == "opioid-receptor"
                    && graph.nodes[$0.target.rawValue].id == "antidepressant-effect"
            })
        #expect(toEffect.evidence == .contested && Set(toEffect.references) == ["williams2018", "yoon2025"])
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
