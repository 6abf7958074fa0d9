"""Runs NeuroPath and every peer on the same networks and queries, checks the answers agree, prints one table.

Usage: python compare.py [--peers networkx,igraph,rustworkx,graph-tool] [--timeout SECONDS]
Writes the table to Benchmarks/results/latest.md too.
"""
import argparse
import json
import os
import statistics
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "..", "shared", "data", "networks")
BENCH = os.path.join(ROOT, ".build", "release", "neuropath-bench")
RENDER_BENCH = os.path.join(ROOT, ".build", "release", "neuropath-render-bench")
CLI = os.path.join(ROOT, ".build", "release", "neuropath")

NETWORKS = [
    ("pathlinker", "pathlinker-2018-human-interactome.txt.gz", "Q13224", "P16220", "GRIN2B → CREB1",
     ["load", "load_snapshot", "reach", "shortest", "k_shortest", "count_4", "count_5", "count_6"]),
    ("cosmos", "cosmos-meta-network.tsv", "NTRK2", "CREB1", "NTRK2 → CREB1",
     ["load", "load_snapshot", "reach", "shortest", "count_4", "count_5", "count_4_increases", "count_4_decreases",
      "count_5_increases", "count_5_decreases", "effect_all", "perturb"]),
    ("omnipath", "omnipath-signed.tsv", "AKT1", "MAPK1", "AKT1 → MAPK1",
     ["load", "load_snapshot", "reach", "effect_all", "perturb"]),
]
# Questions no peer library answers (net effect over signed simple paths, perturbation): their answers are
# checked against the brute-force oracle and networkx in the tests (PathQueryOracleTests, NetworkXOracleTests).
OURS_ONLY = {"effect_all", "perturb"}
# Deeper counts the peers are not run on: their time is projected from their count one step shallower, scaled
# by the number of paths (the work of enumeration grows with the paths found).
PROJECTED = {"count_6": "count_5"}
LABELS = {
    "load": "load the network", "reach": "nodes reachable from the source", "shortest": "a shortest path (hops)",
    "k_shortest": "first 10 shortest simple paths", "count_4": "count paths ≤ 4", "count_5": "count paths ≤ 5",
    "count_4_increases": "count increasing paths ≤ 4", "count_4_decreases": "count decreasing paths ≤ 4",
    "count_5_increases": "count increasing paths ≤ 5", "count_5_decreases": "count decreasing paths ≤ 5",
    "load_snapshot": "load from a binary snapshot (peers: pickle; graph-tool: .gt)", "count_6": "count paths ≤ 6",
    "effect_all": "net effect on every reachable node (depth 8)", "perturb": "block the source: every change (depth 8)",
}


def shown_answer(answer):
    if isinstance(answer, dict) and "nodes" in answer:
        return f"{answer['nodes']:,} nodes, {answer['interactions']:,} interactions"
    if isinstance(answer, dict):
        settled = ", ".join(f"{value:,} {key}" for key, value in sorted(answer.items()) if key != "truncated")
        return settled + (" (truncated)" if answer.get("truncated") else ", none truncated")
    return f"{answer:,}" if isinstance(answer, int) else answer


def peer_run(peer, network, path, source, target, query, timeout, repeats):
    runs = []
    for _ in range(repeats):
        try:
            output = subprocess.run(
                [sys.executable, os.path.join(HERE, "peers.py"), peer, network, path, source, target, query],
                capture_output=True, text=True, timeout=timeout, check=True)
            runs.append(json.loads(output.stdout.strip().splitlines()[-1]))
        except subprocess.TimeoutExpired:
            return {"answer": "timeout", "seconds": None, "peak_rss_bytes": None}
        except subprocess.CalledProcessError as error:
            return {"answer": "error: " + error.stderr.strip().splitlines()[-1][:80], "seconds": None,
                    "peak_rss_bytes": None}
        if runs[-1]["answer"] == "cannot":
            break
    seconds = statistics.median(r["seconds"] for r in runs)
    return {"answer": runs[-1]["answer"], "seconds": seconds, "peak_rss_bytes": max(r["peak_rss_bytes"] for r in runs)}


def fmt_seconds(value):
    if value is None:
        return "—"
    if value < 0.001:
        return f"{value * 1e6:.0f} µs"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def median_process_seconds(command, runs=21):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def render_rows():
    """The ketamine diagram: NeuroPath in a warm process and as a whole process, against `dot -Tsvg`."""
    ours = json.loads(subprocess.run([RENDER_BENCH, "ketamine", "--repeat", "50"], capture_output=True, text=True,
                                     check=True).stdout)["results"]
    lines = ["\n### Rendering the ketamine diagram (64 nodes, 94 interactions)\n",
             "| what | NeuroPath | `dot -Tsvg` subprocess |", "|---|---|---|"]
    with tempfile.TemporaryDirectory() as folder:
        dot_file, svg_file = os.path.join(folder, "k.dot"), os.path.join(folder, "k.svg")
        subprocess.run([CLI, "render", "-o", dot_file], check=True)
        whole = median_process_seconds([CLI, "render", "-o", svg_file])
        dot = shutil.which("dot")
        graphviz = median_process_seconds([dot, "-Tsvg", dot_file, "-o", svg_file]) if dot else None
    lines.append(f"| DOT text of the whole graph, in process | {fmt_seconds(ours['dot_text'])} | — |")
    lines.append(f"| whole diagram laid out, in process | {fmt_seconds(ours['cold_svg'])} | — |")
    lines.append(f"| a highlighted diagram on the cached layout, in process ({ours['highlighted_diagrams']} "
                 f"different paths; same bytes as laying out afresh: {ours['warm_equals_cold']}) | "
                 f"{fmt_seconds(ours['warm_highlighted_svg'])} | {fmt_seconds(graphviz)} |")
    lines.append(f"| the first request for a view: laid out, drawn plain, faded and highlighted, in process | "
                 f"{fmt_seconds(ours['first_request_of_a_view'])} | — |")
    lines.append(f"| a whole process: `neuropath render -o k.svg` | {fmt_seconds(whole)} | {fmt_seconds(graphviz)} "
                 "(on the DOT NeuroPath wrote) |")
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--peers", default="networkx,igraph,rustworkx,graph-tool")
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()
    peers = []
    for peer in args.peers.split(","):
        module = {"graph-tool": "graph_tool"}.get(peer, peer)
        try:
            __import__(module)
            peers.append(peer)
        except ImportError:
            print(f"note: {peer} is not installed here; it is left out", file=sys.stderr)

    lines = []
    mismatches = []
    for network, file, source, target, title, queries in NETWORKS:
        path = os.path.normpath(os.path.join(DATA, file))
        if not os.path.exists(path):
            print(f"note: {path} is absent; {network} is skipped", file=sys.stderr)
            continue
        options = ["--signed"] if network != "pathlinker" else ["--count-depth", "6"]
        ours = json.loads(subprocess.run([BENCH, path, source, target, *options], capture_output=True, text=True,
                                         check=True).stdout)["results"]
        peer_results = {}
        memory = ours["memory"]
        lines.append(f"\n### {file} ({title})\n")
        lines.append("| query | answer | NeuroPath | " + " | ".join(peers) + " | fastest peer | NeuroPath vs fastest |")
        lines.append("|---|---|---|" + "---|" * len(peers) + "---|---|")
        peak = {}
        for query in queries:
            mine = ours[query]
            cells = []
            best = None
            for peer in peers:
                repeats = 3 if query in ("load", "load_snapshot", "reach", "shortest", "k_shortest") else 1
                if query in OURS_ONLY:
                    cells.append("cannot")
                    continue
                if query in PROJECTED:
                    base = peer_results.get((peer, PROJECTED[query]))
                    if base is None or base["seconds"] is None or not isinstance(base["answer"], int):
                        cells.append("not run (did not answer the shallower count)")
                        continue
                    projected = base["seconds"] * mine["answer"] / max(1, base["answer"])
                    cells.append(f"≈ {fmt_seconds(projected)} (projected)")
                    if best is None or projected < best[1]:
                        best = (peer + " (projected)", projected)
                    continue
                result = peer_run(peer, network, path, source, target, query, args.timeout, repeats)
                peer_results[(peer, query)] = result
                peak[peer] = max(peak.get(peer) or 0, result["peak_rss_bytes"] or 0)
                answer = result["answer"]
                if answer in ("cannot", "timeout") or str(answer).startswith("error"):
                    cells.append("cannot" if answer == "cannot" else f"{answer} (> {args.timeout:.0f} s)" if answer == "timeout" else answer)
                    continue
                if answer != mine["answer"]:
                    mismatches.append(f"{network} {query}: {peer} says {answer}, NeuroPath {mine['answer']}")
                    cells.append(f"{fmt_seconds(result['seconds'])} ≠")
                    continue
                cells.append(fmt_seconds(result["seconds"]))
                if best is None or result["seconds"] < best[1]:
                    best = (peer, result["seconds"])
            if best is None:
                ratio = "no peer answers"
            elif best[1] >= mine["seconds"]:
                ratio = f"{best[1] / mine['seconds']:.1f}× faster"
            else:
                ratio = f"{mine['seconds'] / best[1]:.1f}× slower"
            shown = shown_answer(mine["answer"])
            lines.append(f"| {LABELS[query]} | {shown} | {fmt_seconds(mine['seconds'])} | " + " | ".join(cells)
                         + f" | {best[0] if best else '—'} | {ratio} |")
        interactions = ours["load"]["answer"]["interactions"]
        lines.append("")
        lines.append(f"Peak memory: NeuroPath {memory['peak_rss_bytes'] / 2**20:.0f} MiB for the whole benchmark run "
                     f"(the loaded graph holds {memory['graph_storage_bytes'] / 2**20:.1f} MiB of arrays, "
                     f"{memory['storage_bytes_per_interaction']:.1f} bytes per interaction plus the id strings); "
                     + ", ".join(f"{peer} {peak[peer] / 2**20:.0f} MiB" for peer in peers if peak.get(peer)) + ".")
    lines += render_rows()
    text = "\n".join(lines)
    print(text)
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", "latest.md"), "w") as handle:
        handle.write(text + "\n")
    if mismatches:
        print("\nANSWERS DIFFER:\n" + "\n".join(mismatches))
        sys.exit(1)
    print("\nEvery answer a peer gave equals NeuroPath's.")


if __name__ == "__main__":
    main()
