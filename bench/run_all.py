"""Every benchmark, each in its own process against its anchor, and one table of figures and ratios at the end.

    .venv/bin/python bench/run_all.py [--events 1000000] [--rdflib-events 20000] [--skip ingest,http] [--quick]

Makes the synthetic stores first when they are missing (bench/generate.py; the big one takes minutes
and several GiB under bench/.data/). --quick is a smaller, faster pass (200k events, fewer runs) for a
busy machine. Benchmarks print; they never assert timings, and this exits 0 whatever they measure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import BENCH, DEFAULT_EVENTS, Result, print_table, store_root  # noqa: E402

BENCHMARKS = ("ingest", "sparql", "graph", "refresh", "http")


def ensure_store(events: int, keep_nquads: bool = False) -> None:
    manifest = store_root(events) / "manifest.json"
    has_nquads = (store_root(events) / "data.nq").is_file()
    if manifest.is_file() and (has_nquads or not keep_nquads):
        return
    command = [sys.executable, str(BENCH / "generate.py"), "--events", str(events), "--force", "--verify"]
    subprocess.run(command + (["--keep-nquads"] if keep_nquads else []), check=True)


def run(name: str, command: list[str], results: list[Result]) -> None:
    print(f"\n=== {name}: {' '.join(Path(part).name if part.endswith('.py') else part for part in command[1:])}",
          flush=True)
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        finished = subprocess.run(command + ["--results-json", out.name])
        if finished.returncode != 0:
            results.append(Result(name, "benchmark failed", finished.returncode, "exit status"))
            return
        results.extend(Result(**row) for row in json.loads(Path(out.name).read_text(encoding="utf-8") or "[]"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=DEFAULT_EVENTS, help="the synthetic store's size")
    parser.add_argument("--rdflib-events", type=int, default=20_000, help="the store rdflib loads")
    parser.add_argument("--skip", default="", help=f"comma-separated, of {', '.join(BENCHMARKS)}")
    parser.add_argument("--quick", action="store_true", help="200k events and fewer runs")
    args = parser.parse_args()
    if args.quick and args.events == DEFAULT_EVENTS:
        args.events = 200_000
    skip = {name.strip() for name in args.skip.split(",") if name.strip()}
    python = sys.executable
    results: list[Result] = []

    if "ingest" not in skip:
        for processes in (1, 2):
            run(f"ingest ({processes} process{'es' if processes > 1 else ''})",
                [python, str(BENCH / "bench_extract.py"), "--n-process", str(processes),
                 "--words", "50000" if args.quick else "200000", "--runs", "1" if args.quick else "3"], results)
    if skip != {"ingest"} and not skip >= {"sparql", "graph", "refresh", "http"}:
        ensure_store(args.events)
    if "sparql" not in skip:
        if args.rdflib_events:
            ensure_store(args.rdflib_events, keep_nquads=True)
        run("sparql", [python, str(BENCH / "bench_sparql.py"), "--events", str(args.events),
                       "--rdflib-events", str(args.rdflib_events), "--runs", "5" if args.quick else "7"], results)
    if "graph" not in skip:
        run("graph", [python, str(BENCH / "bench_graph.py"), "--events", str(args.events),
                      "--build-runs", "1" if args.quick else "3", "--build-timeout", "300" if args.quick else "900",
                      "--pairs", "10" if args.quick else "20", "--runs", "3" if args.quick else "5"], results)
    if "refresh" not in skip:
        run("refresh", [python, str(BENCH / "bench_refresh.py"), "--events", str(args.events),
                        "--runs", "1" if args.quick else "3"], results)
    if "http" not in skip:
        run("http", [python, str(BENCH / "bench_http.py"), "--events", str(args.events),
                     "--duration", "10" if args.quick else "20",
                     "--warm-timeout", "300" if args.quick else "900"], results)

    print("\n=== all benchmarks (medians; ratios against the anchors of issue #6)\n")
    print_table(results)


if __name__ == "__main__":
    main()
