import NeuroPath

/// Shell completion of node names: the ids of the graph named by `--graph` on the line being completed (the
/// bundled ketamine graph when there is none).
enum NodeCompletion {
    @Sendable static func complete(_ arguments: [String], _ index: Int, _ prefix: String) -> [String] {
        var graphArgument = "ketamine"
        if let flag = arguments.firstIndex(of: "--graph"), flag + 1 < arguments.count {
            graphArgument = arguments[flag + 1]
        }
        guard let graph = try? GraphLoader.commandLine.load(GraphSource(argument: graphArgument)) else { return [] }
        return graph.nodes.map(\.id).filter { $0.hasPrefix(prefix) }.sorted()
    }
}
