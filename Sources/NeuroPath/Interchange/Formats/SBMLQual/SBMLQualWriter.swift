/// Writes a graph as SBML Level 3 with the Qualitative Models package (SBML-qual), for Boolean tools (GINsim,
/// CellCollective, BoolNet, MaBoSS through their SBML-qual import): each node a qualitative species of levels
/// 0 and 1, each node with inputs a transition whose inputs carry the sign of the interactions they stand for.
///
/// Signs survive: an input is `positive` or `negative` when every interaction between the two nodes has that
/// sign, `dual` when both occur, `unknown` when one of them is an association of unknown sign. The Boolean rule is a choice the
/// graph does not make, so one common rule is written and documented: a node is on (level 1) when every
/// necessary input is on, no inhibitor is on, and at least one activator is on (or it has no activator); an input
/// of dual or unknown sign does not enter the rule. What SBML-qual cannot hold (evidence, references, species,
/// timescales, notes, cell populations) is left out; `Docs/cli.md` lists it.
public enum SBMLQualWriter: GraphTextWriter {
    /// The SBML-qual text of `graph`.
    public static func write(_ graph: PathwayGraph) -> String { text(of: graph) }

    /// Writes the SBML-qual text of `graph` into `output`, a line at a time.
    public static func write(_ graph: PathwayGraph, to output: inout some TextOutputStream) {
        let ids = graph.nodes.map { identifier($0.id) }
        let head = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1" "#
                + #"xmlns:qual="http://www.sbml.org/sbml/level3/version1/qual/version1" qual:required="true">"#,
            #"  <model id="\#(escaped(graph.name ?? "pathway", prefix: "model_"))" name="\#(XMLText.escaped(graph.title ?? graph.name ?? "pathway"))">"#,
            "    <listOfCompartments>",
            #"      <compartment id="default" constant="true"/>"#,
            "    </listOfCompartments>",
            "    <qual:listOfQualitativeSpecies>",
        ]
        for line in head { output.writeLine(line) }
        for (index, node) in graph.nodes.enumerated() {
            output.writeLine(
                #"      <qual:qualitativeSpecies qual:id="\#(ids[index])" qual:name="\#(XMLText.escaped(node.displayName))" "#
                    + #"qual:compartment="default" qual:constant="false" qual:maxLevel="1"/>"#)
        }
        output.writeLine("    </qual:listOfQualitativeSpecies>")
        if graph.interactionCount > 0 {
            output.writeLine("    <qual:listOfTransitions>")
            for target in graph.nodes.indices {
                for line in transition(to: target, in: graph, ids: ids) ?? [] { output.writeLine(line) }
            }
            output.writeLine("    </qual:listOfTransitions>")
        }
        output.writeLine("  </model>")
        output.writeLine("</sbml>")
    }

    /// One input of a transition: a source node, the SBML-qual sign of its interactions, and whether it is needed.
    private struct Input {
        var source: Int
        var sign: String
        var isNecessary: Bool
    }

    /// The transition setting `target`'s level, or `nil` when nothing acts on it.
    private static func transition(to target: Int, in graph: PathwayGraph, ids: [String]) -> [String]? {
        var inputs: [Input] = []
        var position: [Int: Int] = [:]
        for edge in graph.incomingEdges(of: target) {
            let interaction = graph.interaction(at: Int(edge))
            let sign =
                switch interaction.sign {
                case .positive?: "positive"
                case .negative?: "negative"
                case nil: "unknown"
                }
            if let existing = position[interaction.source.rawValue] {
                // An unsigned interaction makes the input's sign unknown; two known signs that differ, dual.
                let current = inputs[existing].sign
                if current != sign {
                    inputs[existing].sign = current == "unknown" || sign == "unknown" ? "unknown" : "dual"
                }
                inputs[existing].isNecessary = inputs[existing].isNecessary || interaction.isNecessary
            } else {
                position[interaction.source.rawValue] = inputs.count
                inputs.append(
                    Input(source: interaction.source.rawValue, sign: sign, isNecessary: interaction.isNecessary))
            }
        }
        guard !inputs.isEmpty else { return nil }
        inputs.sort { ids[$0.source] < ids[$1.source] }
        let name = ids[target]
        var lines = [#"      <qual:transition qual:id="t_\#(name)">"#, "        <qual:listOfInputs>"]
        for input in inputs {
            lines.append(
                #"          <qual:input qual:id="i_\#(name)_\#(ids[input.source])" "#
                    + #"qual:qualitativeSpecies="\#(ids[input.source])" qual:transitionEffect="none" "#
                    + #"qual:sign="\#(input.sign)"/>"#)
        }
        lines += [
            "        </qual:listOfInputs>", "        <qual:listOfOutputs>",
            #"          <qual:output qual:id="o_\#(name)" qual:qualitativeSpecies="\#(name)" qual:transitionEffect="assignmentLevel"/>"#,
            "        </qual:listOfOutputs>", "        <qual:listOfFunctionTerms>",
            #"          <qual:defaultTerm qual:resultLevel="0"/>"#,
            #"          <qual:functionTerm qual:resultLevel="1">"#,
            #"            <math xmlns="http://www.w3.org/1998/Math/MathML">"#,
            "              " + rule(inputs, ids: ids),
            "            </math>", "          </qual:functionTerm>", "        </qual:listOfFunctionTerms>",
            "      </qual:transition>",
        ]
        return lines
    }

    /// The MathML of the rule: every necessary input on, no inhibitor on, and an activator on when there is one.
    private static func rule(_ inputs: [Input], ids: [String]) -> String {
        func level(_ input: Input, _ value: Int) -> String {
            "<apply><eq/><ci>\(ids[input.source])</ci><cn type=\"integer\">\(value)</cn></apply>"
        }
        func combine(_ operation: String, _ terms: [String]) -> String? {
            switch terms.count {
            case 0: nil
            case 1: terms[0]
            default: "<apply><\(operation)/>" + terms.joined() + "</apply>"
            }
        }
        let activators = inputs.filter { $0.sign == "positive" }
        let inhibitors = inputs.filter { $0.sign == "negative" }
        var terms = inputs.filter(\.isNecessary).map { level($0, 1) }
        terms += inhibitors.map { level($0, 0) }
        if let any = combine("or", activators.map { level($0, 1) }) { terms.append(any) }
        // Only dual or unknown inputs: the node stays on; written as a comparison that always holds.
        return combine("and", terms) ?? "<apply><eq/><cn type=\"integer\">1</cn><cn type=\"integer\">1</cn></apply>"
    }

    /// The SBML identifier written for the node `id`: letters and digits kept, every other character `_` and its code point in hex
    /// and `_`, so different ids never collide; a leading `s_` keeps it from starting with a digit.
    public static func identifier(_ id: String) -> String { escaped(id, prefix: "s_") }

    private static func escaped(_ id: String, prefix: String) -> String {
        var result = prefix
        for scalar in id.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return result
    }
}
