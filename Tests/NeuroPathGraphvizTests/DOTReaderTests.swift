import CGraphviz
import CGraphvizDOT
import Testing

@testable import NeuroPathGraphviz

/// The C DOT reader's id discipline (CGraphvizDOT): named subgraphs are numbered in order of first appearance,
/// whatever the allocator does, and each graph keeps its own numbering. Graphviz's parser is process-wide state,
/// so every test holds the renderer's lock, as the renderer does.
@Suite(.serialized) struct DOTReaderTests {
    /// Runs `body` holding the lock that serialises every use of Graphviz in the process.
    func withGraphviz(_ body: () throws -> Void) rethrows {
        GraphvizSession.lock.lock()
        defer { GraphvizSession.lock.unlock() }
        try body()
    }

    static let clusters = """
        digraph g {
          subgraph cluster_zeta { a }
          subgraph cluster_alpha { b }
          subgraph cluster_mid { c; subgraph cluster_inner { d } }
          { e }
          a -> b -> c -> d -> e
        }
        """

    /// The names of `graph`'s subgraphs, depth first, in cgraph's order (by id).
    func subgraphNames(_ graph: UnsafeMutablePointer<Agraph_t>) -> [String] {
        var names: [String] = []
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            if let name = agnameof(UnsafeMutableRawPointer(current)) { names.append(String(cString: name)) }
            names += subgraphNames(current)
            subgraph = agnxtsubg(current)
        }
        return names
    }

    @Test func namedSubgraphsKeepTheOrderTheyWereWrittenIn() throws {
        try withGraphviz { try namedSubgraphsInOrder() }
    }

    func namedSubgraphsInOrder() throws {
        for _ in 0..<20 {
            let graph = try #require(neuropath_read_dot(Self.clusters))
            defer { agclose(graph) }
            // The anonymous subgraph `{ e }` has the first odd id, 1, so it sorts first ("%1" is cgraph's name for it).
            #expect(subgraphNames(graph) == ["%1", "cluster_zeta", "cluster_alpha", "cluster_mid", "cluster_inner"])
            #expect(agnnodes(graph) == 5 && agnedges(graph) == 4)
        }
    }

    @Test func subgraphIdsAreEvenAndCountFromTwoInEachGraph() throws {
        try withGraphviz { try subgraphIds() }
    }

    func subgraphIds() throws {
        let first = try #require(neuropath_read_dot(Self.clusters))
        defer { agclose(first) }
        let second = try #require(neuropath_read_dot("digraph { subgraph cluster_only { x } }"))
        defer { agclose(second) }
        // The root graph `g` is the first named graph, then the clusters in the order they were written.
        #expect(neuropath_subgraph_name(first, 2).map { String(cString: $0) } == "g")
        #expect(neuropath_subgraph_name(first, 4).map { String(cString: $0) } == "cluster_zeta")
        #expect(neuropath_subgraph_name(first, 10).map { String(cString: $0) } == "cluster_inner")
        #expect(neuropath_subgraph_name(first, 12) == nil, "five named graphs in all")
        #expect(neuropath_subgraph_name(first, 3) == nil, "odd ids are anonymous")
        // An anonymous root takes an odd id, so the second graph's first named subgraph is 2 again.
        #expect(neuropath_subgraph_name(second, 2).map { String(cString: $0) } == "cluster_only")
    }

    @Test func aSyntaxErrorIsNilNotACrash() {
        withGraphviz {
            neuropath_reset_errors()
            defer { neuropath_reset_errors() }
            syntaxErrors()
        }
    }

    func syntaxErrors() {
        for text in ["digraph {", "graph { a -- }", "", "\u{0}", "digraph { subgraph { subgraph { } "] {
            if let graph = neuropath_read_dot(text) { agclose(graph) } else { #expect(Bool(true)) }
        }
        #expect(neuropath_read_dot("digraph {") == nil)
    }
}
