extension NodeKind {
    /// Whether nodes of this kind are what a clinician or an experimenter observes in a whole organism: a
    /// disorder, a therapeutic or adverse effect, a physiological measure.
    public var isClinical: Bool {
        [.disorder, .therapeuticEffect, .adverseEffect, .physiologicalEffect].contains(self)
    }
}

extension PathwayGraph {
    /// Whether `interaction` is a clinical observation: a drug or metabolite acting straight on a clinical node
    /// (``NodeKind/isClinical``). It records what trials and studies saw, not how, so no knockout of a molecule
    /// or cell can take it away; `perturb` marks the changes that rest on such interactions alone.
    public func isClinicalObservation(_ interaction: Interaction) -> Bool {
        isClinicalObservation(source: interaction.source.rawValue, target: interaction.target.rawValue)
    }

    func isClinicalObservation(source: Int, target: Int) -> Bool {
        [.drug, .metabolite].contains(nodes[source].kind) && nodes[target].kind.isClinical
    }

    /// Whether any interaction is a clinical observation.
    var hasClinicalObservations: Bool {
        packed.contains { isClinicalObservation(source: Int($0.source), target: Int($0.target)) }
    }
}
