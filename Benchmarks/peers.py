"""Runs one query on one network in one graph library, for Benchmarks/compare.py.

Usage: peers.py PEER NETWORK FILE FROM TO QUERY
Prints one JSON object: load and query times (seconds), the answer, and the process's peak memory.
A peer that cannot answer a query says so ("cannot") instead of guessing.
"""
import csv
import gzip
import itertools
import json
import os
import pickle
import resource
import sys
import tempfile
import time


def rows(path, network):
    """(source, target, value) per interaction: PathLinker weight, or COSMOS sign."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt") as handle:
        reader = csv.reader(handle, delimiter="\t")
        next(reader)
        if network == "pathlinker":
            return [(row[0], row[1], float(row[2])) for row in reader]
        return [(row[0], row[2], int(row[1])) for row in reader]


def load_networkx(path, network):
    import networkx as nx
    graph = nx.DiGraph() if network == "pathlinker" else nx.MultiDiGraph()
    key = "weight" if network == "pathlinker" else "sign"
    graph.add_edges_from((s, t, {key: v}) for s, t, v in rows(path, network))
    return graph


def load_igraph(path, network):
    import igraph as ig
    return ig.Graph.TupleList(rows(path, network), directed=True, edge_attrs=["value"])


def load_rustworkx(path, network):
    import rustworkx as rx
    data = rows(path, network)
    graph = rx.PyDiGraph(multigraph=network != "pathlinker")
    index = {}
    for s, t, _ in data:
        for name in (s, t):
            if name not in index:
                index[name] = None
    ids = graph.add_nodes_from(list(index))
    index = dict(zip(index, ids))
    graph.add_edges_from([(index[s], index[t], v) for s, t, v in data])
    graph.attrs = index
    return graph


def load_graphtool(path, network):
    import graph_tool.all as gt
    graph = gt.Graph(directed=True)
    value = graph.new_edge_property("double")
    names = graph.add_edge_list(rows(path, network), hashed=True, eprops=[value])
    graph.vertex_properties["name"] = names
    graph.index = {names[v]: int(v) for v in graph.vertices()}
    return graph


def load_saved(peer, graph):
    """Saves the loaded graph in the peer's own binary form and times loading it back (NeuroPath's snapshot)."""
    with tempfile.TemporaryDirectory() as folder:
        if peer == "graph-tool":
            import graph_tool.all as gt
            file = os.path.join(folder, "graph.gt")
            graph.save(file)
            start = time.perf_counter()
            loaded = gt.load_graph(file)
            seconds = time.perf_counter() - start
            return seconds, {"nodes": loaded.num_vertices(), "interactions": loaded.num_edges()}
        file = os.path.join(folder, "graph.pickle")
        with open(file, "wb") as handle:
            pickle.dump(graph, handle, protocol=pickle.HIGHEST_PROTOCOL)
        start = time.perf_counter()
        with open(file, "rb") as handle:
            loaded = pickle.load(handle)
        seconds = time.perf_counter() - start
        if peer == "networkx":
            return seconds, {"nodes": loaded.number_of_nodes(), "interactions": loaded.number_of_edges()}
        if peer == "igraph":
            return seconds, {"nodes": loaded.vcount(), "interactions": loaded.ecount()}
        return seconds, {"nodes": loaded.num_nodes(), "interactions": loaded.num_edges()}


def run(peer, network, path, source, target, query):
    start = time.perf_counter()
    graph = {"networkx": load_networkx, "igraph": load_igraph, "rustworkx": load_rustworkx,
             "graph-tool": load_graphtool}[peer](path, network)
    load_seconds = time.perf_counter() - start
    answer = "cannot"
    if query == "load_snapshot":
        seconds, answer = load_saved(peer, graph)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(json.dumps({"peer": peer, "query": query, "load_seconds": load_seconds, "seconds": seconds,
                          "answer": answer, "peak_rss_bytes": peak}))
        return
    start = time.perf_counter()
    if peer == "networkx":
        import networkx as nx
        if query == "load":
            answer = {"nodes": graph.number_of_nodes(), "interactions": graph.number_of_edges()}
        elif query == "reach":
            answer = len(nx.descendants(graph, source))
        elif query == "shortest":
            answer = len(nx.shortest_path(graph, source, target)) - 1
        elif query == "k_shortest":
            answer = [len(p) - 1 for p in itertools.islice(nx.shortest_simple_paths(graph, source, target), 10)]
        elif query.startswith("count_"):
            depth = int(query.split("_")[1])
            wanted = None if query.count("_") == 1 else (1 if query.endswith("increases") else -1)
            if network == "pathlinker":
                answer = sum(1 for _ in nx.all_simple_paths(graph, source, target, cutoff=depth))
            else:
                answer = 0
                for path_edges in nx.all_simple_edge_paths(graph, source, target, cutoff=depth):
                    sign = 1
                    for u, v, k in path_edges:
                        sign *= graph.edges[u, v, k]["sign"]
                    if wanted is None or sign == wanted:
                        answer += 1
    elif peer == "igraph":
        vertex = {name: i for i, name in enumerate(graph.vs["name"])}
        s, t = vertex[source], vertex[target]
        if query == "load":
            answer = {"nodes": graph.vcount(), "interactions": graph.ecount()}
        elif query == "reach":
            answer = len(graph.subcomponent(s, mode="out")) - 1
        elif query == "shortest":
            answer = len(graph.get_shortest_paths(s, to=t, mode="out")[0]) - 1
        elif query == "k_shortest":
            answer = [len(p) - 1 for p in graph.get_k_shortest_paths(s, to=t, k=10, mode="out")]
        elif query.count("_") == 1 and query.startswith("count_") and network == "pathlinker":
            answer = len(graph.get_all_simple_paths(s, to=t, maxlen=int(query.split("_")[1]), mode="out"))
    elif peer == "rustworkx":
        import rustworkx as rx
        s, t = graph.attrs[source], graph.attrs[target]
        if query == "load":
            answer = {"nodes": graph.num_nodes(), "interactions": graph.num_edges()}
        elif query == "reach":
            answer = len(rx.descendants(graph, s))
        elif query == "shortest":
            answer = len(rx.digraph_dijkstra_shortest_paths(graph, s, target=t)[t]) - 1
        elif query.count("_") == 1 and query.startswith("count_") and network == "pathlinker":
            # rustworkx's cutoff counts nodes, not interactions.
            answer = len(rx.digraph_all_simple_paths(graph, s, t, cutoff=int(query.split("_")[1]) + 1))
    elif peer == "graph-tool":
        import graph_tool.all as gt
        s, t = graph.index[source], graph.index[target]
        if query == "load":
            answer = {"nodes": graph.num_vertices(), "interactions": graph.num_edges()}
        elif query == "reach":
            answer = int(gt.label_out_component(graph, graph.vertex(s)).a.sum()) - 1
        elif query == "shortest":
            answer = len(gt.shortest_path(graph, graph.vertex(s), graph.vertex(t))[1])
        elif query.count("_") == 1 and query.startswith("count_") and network == "pathlinker":
            depth = int(query.split("_")[1])
            answer = sum(1 for _ in gt.all_paths(graph, s, t, cutoff=depth))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"peer": peer, "query": query, "load_seconds": load_seconds,
                      "seconds": load_seconds if query == "load" else seconds,
                      "answer": answer, "peak_rss_bytes": peak}))


if __name__ == "__main__":
    run(*sys.argv[1:7])
