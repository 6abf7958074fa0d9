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

    @Test func blockingAMPAReceptorsAbolishesTheAntidepressantEffect() throws {
        let ketamine = PerturbationQuery.Perturbation(node: try id("ketamine"), action: .activate)
        let query = PerturbationQuery(
            perturbations: [ketamine], maxDepth: 12, filter: PathFilter(knockout: [try id("AMPA")]))
        let result = try query.run(on: graph)
        let lost = Set(result.differences.filter { $0.with == .none }.map(\.node.index))
        #expect(lost.contains(try id("antidepressant effect")))
        #expect(lost.contains(try id("synaptogenesis")))
        #expect(!lost.contains(try id("dissociation")))
        #expect(
            Set(result.silenced.map(\.index)) == [
                try id("antidepressant effect"), try id("synaptogenesis"), try id("sustained antidepressant effect"),
            ])
    }
}
