import NeuroPath
import Testing

/// The SSRI and antidepressants graphs against the literature they cite: ketamine's antidepressant effect begins
/// within hours and the SSRIs' over weeks, each with the step that sets it and its citation; the SSRIs wait on
/// autoreceptor desensitisation and chronic CREB and BDNF induction; knocking out BDNF or TrkB takes both effects
/// away; removing new neurons takes fluoxetine's and leaves ketamine's.
@Suite struct AntidepressantComparisonTests {
    let graph: PathwayGraph
    let result: ComparisonQuery.Result

    init() throws {
        graph = try GraphLoader().load(.bundled("antidepressants"))
        result = try ComparisonQuery(
            drugs: [try graph.resolve("ketamine"), try graph.resolve("fluoxetine")],
            effect: try graph.resolve("antidepressant effect")
        ).run(on: graph)
    }

    func side(_ drug: String) throws -> ComparisonQuery.DrugComparison {
        try #require(result.drugs.first { $0.drug.id == drug })
    }

    /// "source→target" of a step, for comparing steps by name.
    func name(_ step: CausalPath.Step) -> String { "\(step.source)→\(step.target)" }

    @Test func theSSRIGraphHoldsToTheEvidencePolicy() throws {
        let ssri = try GraphLoader().load(.bundled("ssri"))
        #expect(ssri.question.map { ssri[$0.from].id } == "fluoxetine")
        for interaction in ssri.interactions {
            let name = "\(ssri[interaction.source].id)→\(ssri[interaction.target].id)"
            #expect(!interaction.references.isEmpty, "\(name)")
            #expect(!interaction.context.species.isEmpty, "\(name)")
            for key in interaction.references { #expect(ssri.reference(forKey: key) != nil, "\(name) \(key)") }
            // Only a hypothesis may leave its time course open.
            if interaction.timescale == nil { #expect(interaction.evidence == .hypothesised, "\(name)") }
        }
        for drug in ["fluoxetine", "escitalopram", "sertraline"] {
            let node = try ssri.resolve(drug)
            #expect(ssri[node].kind == .drug)
            let blocks = ssri.interactions.contains {
                $0.source == node && ssri[$0.target].id == "sert" && $0.sign == .negative
            }
            #expect(blocks, "\(drug) blocks the serotonin transporter")
        }
    }

    @Test func ketamineActsWithinHoursAndFluoxetineOverWeeks() throws {
        let ketamine = try side("ketamine")
        let fluoxetine = try side("fluoxetine")
        #expect(result.fastest.map(\.id) == ["ketamine"])
        #expect(ketamine.effect.effect == .increases && fluoxetine.effect.effect == .increases)

        let ketamineOnset = try #require(ketamine.onset)
        #expect(ketamineOnset.timescale == .hours)
        #expect(name(ketamineOnset.step) == "ketamine→antidepressant-effect")
        #expect(ketamineOnset.step.references.contains("berman2000"))
        let ketamineMechanism = try #require(ketamine.mechanismOnset)
        #expect(ketamineMechanism.timescale == .hours)
        #expect(!ketamineMechanism.step.references.isEmpty)

        let fluoxetineOnset = try #require(fluoxetine.onset)
        #expect(fluoxetineOnset.timescale == .weeks)
        #expect(name(fluoxetineOnset.step) == "fluoxetine→antidepressant-effect")
        #expect(fluoxetineOnset.step.references.contains("cipriani2018"))
        #expect(fluoxetine.mechanismOnset?.timescale == .weeks)
    }

    /// The slow steps are the two the literature names: the autoreceptor brake released over weeks, and CREB and
    /// BDNF raised by chronic, not acute, treatment; and the new neurons.
    @Test func fluoxetineWaitsOnDesensitisationChronicBDNFAndNewNeurons() throws {
        let slow = Dictionary(try side("fluoxetine").slowSteps.map { (name($0), $0.references) }) { a, _ in a }
        #expect(slow["serotonin→autoreceptor-desensitisation"]?.contains("blier1994") == true)
        #expect(slow["forebrain-serotonin→creb"] == ["nibuya1996"])
        #expect(slow["creb→bdnf"] == ["nibuya1996"])
        #expect(slow["fluoxetine→neurogenesis"]?.contains("santarelli2003") == true)
        #expect(try side("fluoxetine").slowSteps.allSatisfy { $0.timescale == .weeks })
    }

    @Test func everySSRIOfTheClassTakesWeeks() throws {
        let effect = try graph.resolve("antidepressant-effect")
        let all = try ComparisonQuery(
            drugs: try ["ketamine", "fluoxetine", "escitalopram", "sertraline"].map { try graph.resolve($0) },
            effect: effect
        ).run(on: graph)
        #expect(all.drugs.map { $0.onset?.timescale } == [.hours, .weeks, .weeks, .weeks])
        #expect(all.fastest.map(\.id) == ["ketamine"])
    }

    /// They meet on BDNF and TrkB: within minutes of ketamine, after weeks of fluoxetine.
    @Test func theRoutesMeetOnBDNFAndTrkBAtDifferentTimes() throws {
        for node in ["bdnf", "trkb"] {
            let point = try #require(result.meetingPoints.first { $0.node.id == node }, "\(node)")
            let ketamine = try #require(point.onsets[0])
            #expect(ketamine < .hours, "\(node) after ketamine: \(ketamine)")
            #expect(point.onsets[1] == .weeks, "\(node) after fluoxetine")
        }
        #expect(result.ownNodes[1].map(\.id).contains("sert"))
        #expect(result.ownNodes[0].map(\.id).contains("ampa-receptor@pyramidal"))
        #expect(!result.ownNodes[0].map(\.id).contains("bdnf"))
    }

    /// Knocking out the shared node both need takes both effects away (Autry 2011, Lin 2021 for ketamine; for the
    /// SSRIs the same BDNF–TrkB route, necessary for the effect).
    @Test(arguments: ["bdnf", "trkb"])
    func knockingOutTheSharedNodeTakesBothEffectsAway(node: String) throws {
        let effect = try graph.resolve("antidepressant-effect")
        for drug in ["ketamine", "fluoxetine"] {
            let activate = [PerturbationQuery.Perturbation(node: try graph.resolve(drug), action: .activate)]
            let without = try PerturbationQuery(perturbations: activate, maxDepth: 12).run(on: graph)
            let with = try PerturbationQuery(
                perturbations: activate, maxDepth: 12, filter: PathFilter(knockout: [try graph.resolve(node)])
            ).run(on: graph)
            #expect(without.effects.first { $0.node.index == effect }?.change == .increases, "\(drug)")
            #expect(with.effects.first { $0.node.index == effect } == nil, "\(drug) without \(node)")
        }
    }

    /// Santarelli 2003 replays for fluoxetine (no new neurons, no effect) and Soumier 2016 for ketamine (its effect
    /// stays): the experiment separates the two drugs as the papers found.
    @Test func theNeurogenesisExperimentSeparatesTheDrugs() throws {
        for key in ["santarelli2003-irradiation", "soumier2016-no-neurogenesis"] {
            let experiment = try #require(graph.experiments.first { $0.key == key })
            let replay = try ExperimentReplay(experiment).run(on: graph)
            #expect(replay.matchesThePaper, "\(key)")
            let check = try #require(replay.checks.first { $0.node.id == "antidepressant-effect" })
            #expect(check.without == .increases)
            #expect(check.with == (key.hasPrefix("santarelli") ? .none : .increases), "\(key)")
        }
    }

    @Test func theStudentsQuestionIsAnsweredWithTheSlowSteps() throws {
        let explanation = ComparisonExplanation(explaining: result, in: graph)
        #expect(explanation.question == "Why does Ketamine act faster than Fluoxetine on antidepressant effect?")
        #expect(explanation.answer.hasPrefix("Ketamine acts within hours, Fluoxetine over weeks"))
        let fluoxetine = try #require(explanation.paragraphs.first { $0.hasPrefix("Fluoxetine:") })
        #expect(fluoxetine.contains("Serotonin → Autoreceptor desensitisation (Blier & de Montigny 1994"))
        #expect(fluoxetine.contains("CREB → BDNF (Nibuya et al. 1996)"))
        #expect(fluoxetine.contains("Cipriani et al. 2018"))
        let ketamine = try #require(explanation.paragraphs.first { $0.hasPrefix("Ketamine:") })
        #expect(ketamine.contains("within hours") && ketamine.contains("Berman et al. 2000"))
        #expect(
            explanation.paragraphs.last?.contains("BDNF (within minutes after Ketamine, over weeks after Fluoxetine)")
                == true)
    }

    /// The quiz puts ketamine beside each SSRI: which is faster (ketamine), where their routes meet (BDNF), and
    /// what the Santarelli knockout does to each (only the SSRI's effect is lost); every answer checked again.
    @Test func theQuizComparesTheDrugs() throws {
        let questions = try QuizGenerator(graph: graph).questions(of: .compareDrugs)
        func answer(_ prompt: String) throws -> String {
            let question = try #require(questions.first { $0.prompt == prompt }, "\(prompt)")
            try QuizTests.checkComparison(question, in: graph)
            return question.choices[question.answer]
        }
        #expect(try answer("Which acts faster on antidepressant effect: Ketamine or Fluoxetine?") == "Ketamine")
        #expect(
            try answer(
                "The routes of Ketamine and Fluoxetine to antidepressant effect meet at one of these nodes. Which?")
                == "BDNF")
        #expect(
            try answer(
                "Knock out neurogenesis (new neurons), as in “No new neurons (Santarelli et al. 2003)”. Whose "
                    + "antidepressant effect is lost: Ketamine's or Fluoxetine's?") == "Only Fluoxetine's")
        #expect(
            try answer(
                "Knock out BDNF, as in “No BDNF (Autry et al. 2011; Lepack et al. 2015)”. Whose antidepressant "
                    + "effect is lost: Ketamine's or Sertraline's?") == "Both")
        for question in questions { try QuizTests.checkComparison(question, in: graph) }
        #expect(questions.count >= 12)
    }

    /// A drug with no route (memantine: it blocks the receptor and reaches nothing else) is not called slower: the
    /// answer says it has no timed route, and asks no "why faster"; a drug that lowers the effect is said to.
    @Test func aDrugWithoutARouteOrOfTheOtherSignIsToldSo() throws {
        let ketamine = try GraphLoader().load(.bundled("ketamine"))
        let effect = try ketamine.resolve("antidepressant effect")
        let none = try ComparisonQuery(
            drugs: [try ketamine.resolve("ketamine"), try ketamine.resolve("memantine")], effect: effect
        ).run(on: ketamine)
        let told = try #require(none.explanation)
        #expect(none.fastest.isEmpty && none.drugs[1].onset == nil)
        #expect(told.question == "How do Ketamine and Memantine compare in speed on antidepressant effect?")
        #expect(
            told.answer
                == "Memantine has no timed route to antidepressant effect under this filter; Ketamine acts within hours."
        )
        let lowering = try ComparisonQuery(
            drugs: [try ketamine.resolve("NBQX"), try ketamine.resolve("ketamine")], effect: effect
        ).run(on: ketamine)
        #expect(lowering.explanation?.paragraphs.contains { $0.hasPrefix("NBQX: antidepressant effect falls") } == true)
    }

    /// The contested TrkB binding enters only when asked for, and with no recorded time it sets no onset.
    @Test func theHypothesisedTrkBBindingSetsNoOnset() throws {
        let weak = try ComparisonQuery(
            drugs: result.drugs.map(\.drug.index), effect: result.effect.index,
            filter: PathFilter(minimumEvidence: .hypothesised)
        ).run(on: graph)
        #expect(weak.drugs.map { $0.onset?.timescale } == [.hours, .weeks])
        #expect(weak.drugs[1].routeCount > result.drugs[1].routeCount)
    }
}
