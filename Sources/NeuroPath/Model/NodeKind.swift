/// What a node stands for (`Docs/format.md`). The raw value is the word written in `.npath` files.
public enum NodeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A drug given from outside.
    case drug
    /// A product of a drug's metabolism.
    case metabolite
    /// A neurotransmitter or neuromodulator.
    case neurotransmitter
    /// A receptor.
    case receptor
    /// An ion channel.
    case ionChannel = "ion-channel"
    /// A membrane transporter.
    case transporter
    /// An enzyme.
    case enzyme
    /// A protein kinase or kinase complex.
    case kinase
    /// A growth factor.
    case growthFactor = "growth-factor"
    /// Any other protein.
    case protein
    /// A gene or transcript.
    case gene
    /// A cellular process (firing, translation, synaptogenesis).
    case process
    /// A population of cells.
    case cellPopulation = "cell-population"
    /// A brain region or network.
    case region
    /// A physiological effect.
    case physiologicalEffect = "physiological-effect"
    /// A therapeutic effect.
    case therapeuticEffect = "therapeutic-effect"
    /// An adverse effect.
    case adverseEffect = "adverse-effect"
    /// A disorder or symptom.
    case disorder
    /// Not recorded (imported networks).
    case unspecified
}
