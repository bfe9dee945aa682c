"""The NetworkX view of the synthetic store: build time and memory, and path queries against NetworkX alone.

- build: graph.view.build_view on the store, each run in a fresh subprocess so its peak resident
  memory (ru_maxrss) is the build's own; reported as the peak and as the growth over the process
  before the build (interpreter, imports and the open store). A build over --build-timeout is
  stopped and reported as such.
- paths, on one view built here, over pairs of actors drawn uniformly from the population:
  shortest path through diplograph (graph.paths.shortest_path: resolving both actors, the search,
  and every event of every hop as the API returns it) against nx.bidirectional_shortest_path on the
  same undirected view, which is the search alone; all shortest paths (nx.all_shortest_paths, at
  most --max-paths of them) and the first k simple paths (nx.shortest_simple_paths), through
  diplograph where graph.paths offers them, else NetworkX alone (and said so). shortest_simple_paths
  refuses multigraphs, so it runs on the simple undirected projection of the view, whose build is
  timed too.

Targets (issue #6): view build of 1M events under 60 s and under 2 GiB.

    .venv/bin/python bench/bench_graph.py [--events 1000000] [--build-runs 3] [--pairs 20] [--k 5]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    DEFAULT_EVENTS,
    Result,
    add_results_argument,
    current_rss_bytes,
    load_manifest,
    max_rss_bytes,
    store_dir,
    timed,
    write_results,
)

from diplograph.graph import paths  # noqa: E402
from diplograph.graph.store import open_store  # noqa: E402
from diplograph.graph.view import build_view  # noqa: E402
from diplograph.settings import Settings  # noqa: E402

BUILD_SECONDS_TARGET = 60.0
BUILD_GIB_TARGET = 2.0


def open_read_only(events: int) -> Any:
    return open_store(Settings(store=str(store_dir(events))), read_only=True)


def measure_build(events: int) -> dict[str, float]:
    """One build in this (fresh) process: seconds, resident memory before, peak after, size of the view."""
    store = open_read_only(events)
    before = current_rss_bytes()
    seconds, view = timed(lambda: build_view(store))
    return {"seconds": seconds, "rss_before": before, "peak": max_rss_bytes(),
            "nodes": view.number_of_nodes(), "edges": view.number_of_edges()}


def snapshot_path(events: int) -> Path:
    return store_dir(events).with_name("store.view")


def measure_snapshot(events: int) -> dict[str, float]:
    """Save the view as the server does after a full build, then restore it: seconds, bytes, peak memory.

    The restore is timed in this fresh process when the snapshot already exists (a second run)."""
    from diplograph.graph.view import ViewCache

    store = open_read_only(events)
    path = snapshot_path(events)
    before = current_rss_bytes()
    if not path.exists():
        cache = ViewCache(store, snapshot=path)
        seconds, _ = timed(cache.get)
        return {"built": seconds, "bytes": path.stat().st_size, "peak": max_rss_bytes(), "rss_before": before}
    cache = ViewCache(store, snapshot=path)
    seconds, view = timed(cache.get)
    assert cache.stats.restores == 1, "the snapshot was not restored"
    return {"seconds": seconds, "bytes": path.stat().st_size, "peak": max_rss_bytes(), "rss_before": before,
            "nodes": view.number_of_nodes(), "edges": view.number_of_edges()}


def build_in_subprocess(events: int, timeout: float, mode: str = "--measure-build") -> dict[str, float] | None:
    """The measurements of one build in a fresh process; None when it did not finish within timeout."""
    command = [sys.executable, __file__, "--events", str(events), mode]
    try:
        output = subprocess.run(command, check=True,
                                capture_output=True, text=True, timeout=timeout).stdout
    except subprocess.TimeoutExpired:
        return None  # subprocess.run kills the child on timeout
    measured: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return measured


def report_builds(name: str, builds: list[dict[str, float]], timeout: float, results: list[Result]) -> None:
    if not builds:
        print(f"{name}: did not finish within {timeout:.0f} s")
        results.append(Result("graph", f"{name} time", timeout, "s", f"< {BUILD_SECONDS_TARGET:.0f} s", False,
                              note=f"did not finish within {timeout:.0f} s (stopped)"))
        return
    seconds = statistics.median(b["seconds"] for b in builds)
    peak = statistics.median(b["peak"] for b in builds) / 2**30
    grown = statistics.median(b["peak"] - b["rss_before"] for b in builds) / 2**30
    each = ", ".join(f"{b['seconds']:.1f}" for b in builds)
    print(f"{name}: {builds[0]['nodes']:,} nodes, {builds[0]['edges']:,} edges; median of {len(builds)} "
          f"fresh processes: {seconds:.1f} s ({each}), "
          f"peak {peak:.2f} GiB resident, {grown:.2f} GiB over the process before the build")
    results.extend([
        Result("graph", f"{name} time", seconds, "s", f"< {BUILD_SECONDS_TARGET:.0f} s",
               seconds < BUILD_SECONDS_TARGET, note=f"{builds[0]['edges']:,} edges"),
        Result("graph", f"{name} peak memory", peak, "GiB", f"< {BUILD_GIB_TARGET:.0f} GiB",
               peak < BUILD_GIB_TARGET, note=f"{grown:.2f} GiB grown during the build"),
    ])


def median_per_call(calls: list[Callable[[], Any]], runs: int) -> float:
    """The median over calls (one per pair) of each call's median over runs."""
    per_call = []
    for call in calls:
        call()
        per_call.append(statistics.median(timed(call)[0] for _ in range(runs)))
    return statistics.median(per_call)


def first(iterator: Iterator[Any], count: int) -> int:
    return sum(1 for _ in itertools.islice(iterator, count))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=DEFAULT_EVENTS, help="the synthetic store")
    parser.add_argument("--build-runs", type=int, default=3, help="view builds, each in a fresh process")
    parser.add_argument("--pairs", type=int, default=20, help="actor pairs for the path queries")
    parser.add_argument("--runs", type=int, default=5, help="runs of each path query per pair")
    parser.add_argument("--k", type=int, default=5, help="simple paths for k-shortest")
    parser.add_argument("--max-paths", type=int, default=1000, help="most paths all-shortest enumerates")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--build-timeout", type=float, default=300.0, help="seconds one view build may take")
    parser.add_argument("--snapshot-runs", type=int, default=3,
                        help="restores of the view from its snapshot (the server's start), each in a fresh process")
    parser.add_argument("--measure-build", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--measure-snapshot", action="store_true", help=argparse.SUPPRESS)
    add_results_argument(parser)
    args = parser.parse_args()
    if args.measure_build:
        print(json.dumps(measure_build(args.events)))
        return
    if args.measure_snapshot:
        print(json.dumps(measure_snapshot(args.events)))
        return

    manifest = load_manifest(args.events)
    results: list[Result] = []
    print(f"store: {manifest['events']:,} events, {manifest['quads']:,} quads")

    builds: list[dict[str, float]] = []
    for _ in range(args.build_runs):
        measured = build_in_subprocess(args.events, args.build_timeout)
        if measured is None:
            break  # one run over the limit is enough to say so
        builds.append(measured)
    if args.build_runs:
        report_builds("view build (graph.view.build_view)", builds, args.build_timeout, results)
    if args.snapshot_runs:
        snapshot_path(args.events).unlink(missing_ok=True)
        saved = build_in_subprocess(args.events, args.build_timeout * 2, "--measure-snapshot")
        restores = [r for r in (build_in_subprocess(args.events, args.build_timeout, "--measure-snapshot")
                                for _ in range(args.snapshot_runs)) if r is not None]
        if saved is not None and restores:
            report_builds("view restore from its snapshot (a server's start)", restores, args.build_timeout, results)
            print(f"  snapshot: {saved['bytes'] / 2**20:,.0f} MiB, written after a full build through the view "
                  f"cache that took {saved['built']:.1f} s in all")

    store = open_read_only(args.events)
    if snapshot_path(args.events).exists():  # as a server starts: restored, and patched if the store moved on
        from diplograph.graph.view import ViewCache

        view = ViewCache(store, snapshot=snapshot_path(args.events)).get()
    else:
        view = build_view(store)
    undirected = view.to_undirected(as_view=True)
    projection_seconds, simple = timed(lambda: nx.Graph(undirected))
    rng = random.Random(args.seed)
    actors = sorted(manifest["degree"])
    pairs: list[tuple[str, str]] = []
    for _ in range(args.pairs * 100):  # pairs that are connected (a small store has islands); bounded
        a, b = rng.sample(actors, 2)
        if nx.has_path(undirected, a, b):
            pairs.append((a, b))
        if len(pairs) == args.pairs:
            break
    lengths = [len(nx.bidirectional_shortest_path(undirected, a, b)) - 1 for a, b in pairs]
    print(f"{len(pairs)} pairs of actors, path lengths {sorted(lengths)}; median over pairs of the median "
          f"of {args.runs} runs; simple projection ({simple.number_of_edges():,} edges) built in "
          f"{projection_seconds:.1f} s")

    def contrast(measure: str, ours: Callable[[str, str], Any] | None, theirs: Callable[[str, str], Any],
                 graph_note: str) -> None:
        nx_time = median_per_call([lambda a=a, b=b: theirs(a, b) for a, b in pairs], args.runs)
        results.append(Result("graph", f"{measure}: networkx", nx_time * 1e3, "ms", note=graph_note))
        if ours is None:
            print(f"{measure:<22} networkx {nx_time * 1e3:9.2f} ms   (graph.paths has no such function)")
            results[-1] = Result("graph", f"{measure}: networkx", nx_time * 1e3, "ms",
                                 note=f"{graph_note}; graph.paths has no such function")
            return
        our_time = median_per_call([lambda a=a, b=b: ours(a, b) for a, b in pairs], args.runs)
        ratio = our_time / nx_time
        print(f"{measure:<22} networkx {nx_time * 1e3:9.2f} ms   diplograph {our_time * 1e3:9.2f} ms   "
              f"ratio {ratio:.1f}x")
        results.extend([Result("graph", f"{measure}: diplograph", our_time * 1e3, "ms"),
                        Result("graph", f"{measure}: diplograph / networkx", ratio, "x")])

    contrast("shortest path", lambda a, b: paths.shortest_path(view, a, b),
             lambda a, b: nx.bidirectional_shortest_path(undirected, a, b), "undirected view of the multigraph")
    ours_all = ours_k = None
    if hasattr(paths, "find_paths"):  # graph.paths since the lookups of issue #5: one entry with a mode
        def ours_all(a: str, b: str) -> int:
            query = paths.PathQuery(mode=paths.PathMode.ALL_SHORTEST, max_work=args.max_paths)
            try:
                return len(paths.find_paths(view, a, b, query))
            except paths.TooMuchWork:
                return args.max_paths

        def ours_k(a: str, b: str) -> int:
            return len(paths.find_paths(view, a, b, paths.PathQuery(mode=paths.PathMode.K_SHORTEST, k=args.k)))
    contrast("all shortest paths", ours_all,
             lambda a, b: first(nx.all_shortest_paths(undirected, a, b), args.max_paths),
             f"undirected view, at most {args.max_paths} paths")
    contrast(f"{args.k} shortest paths", ours_k,
             lambda a, b: first(nx.shortest_simple_paths(simple, a, b), args.k),
             "simple undirected projection (shortest_simple_paths refuses multigraphs)")
    results.append(Result("graph", "simple projection of the view", projection_seconds, "s",
                          note=f"{simple.number_of_edges():,} edges"))
    store.close()
    write_results(args.results_json, results)


if __name__ == "__main__":
    main()
