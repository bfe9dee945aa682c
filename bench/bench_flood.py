"""A flood of heavy SPARQL queries: does every answer come within query_timeout + 1 s, and a trivial one too?

`diplograph serve` over a small store (a few thousand quads: enough for a cartesian product that runs for
hours) with its defaults (query_timeout 10 s, 2 query workers, a queue of one per worker). 100 clients
send a heavy query at once (an ORDER BY over a cartesian product: memory grows until the worker's
address-space cap or the timeout stops it); one second in, a trivial ASK is sent. Every answer's status
and time are recorded: the queries the workers run are stopped at the timeout (503), the ones that cannot
start in time are refused at once (503 with Retry-After), and none waits longer than the timeout.

Target (issue #15): every answer, the trivial one included, within query_timeout + 1 s.

    .venv/bin/python bench/bench_flood.py [--clients 100] [--timeout 10] [--workers 2] [--quads 3000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Result, add_results_argument, print_table, running_server, write_results  # noqa: E402

HEAVY = "SELECT ?a ?b ?c ?d WHERE { ?a ?p ?b . ?c ?q ?d } ORDER BY ?b ?d LIMIT 1"
TRIVIAL = "ASK {}"


def make_store(path: Path, quads: int) -> None:
    store = ox.Store(str(path))
    graph = ox.NamedNode("urn:bench:flood")
    store.extend(ox.Quad(ox.NamedNode(f"urn:p{index}"), ox.NamedNode("urn:name"), ox.Literal(f"person {index}"),
                         graph) for index in range(quads))
    store.flush()
    del store


async def ask(client: httpx.AsyncClient, query: str, delay: float = 0.0) -> tuple[float, int, str | None]:
    await asyncio.sleep(delay)
    started = time.monotonic()
    try:
        answer = await client.get("/sparql", params={"query": query})
        seconds = time.monotonic() - started
        kind = answer.json().get("type", "").rsplit("/", 1)[-1] if answer.status_code >= 400 else "answered"
        return seconds, answer.status_code, f"{kind}, Retry-After {answer.headers.get('retry-after')}"
    except httpx.HTTPError as error:
        return time.monotonic() - started, 0, type(error).__name__


async def flood(base: str, clients: int, bound: float) -> tuple[list[tuple[float, int, str | None]], tuple]:
    limits = httpx.Limits(max_connections=clients + 10, max_keepalive_connections=clients + 10)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=bound * 5) as client:
        heavy = [asyncio.ensure_future(ask(client, HEAVY)) for _ in range(clients)]
        trivial = asyncio.ensure_future(ask(client, TRIVIAL, delay=1.0))
        return list(await asyncio.gather(*heavy)), await trivial


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--timeout", type=float, default=10.0, help="the server's query_timeout")
    parser.add_argument("--workers", type=int, default=2, help="the server's query_workers")
    parser.add_argument("--quads", type=int, default=3000)
    add_results_argument(parser)
    args = parser.parse_args()
    bound = args.timeout + 1.0
    os.environ.update({"DIPLOGRAPH_QUERY_TIMEOUT": str(args.timeout), "DIPLOGRAPH_QUERY_WORKERS": str(args.workers)})
    with tempfile.TemporaryDirectory(prefix="bench-flood-") as directory:
        store = Path(directory) / "store"
        make_store(store, args.quads)
        load_before = os.getloadavg()[0]
        with running_server(store, log=Path(directory) / "server.log") as base:
            started = time.monotonic()
            answers, trivial = asyncio.run(flood(base, args.clients, bound))
            wall = time.monotonic() - started
    seconds = sorted(answer[0] for answer in answers)
    statuses = Counter(answer[1] for answer in answers)
    kinds = Counter(answer[2] for answer in answers)
    refused_at_once = sum(1 for answer in answers if answer[1] == 503 and answer[0] < 1.0)
    print(f"{args.clients} heavy queries, query_timeout {args.timeout:g} s, {args.workers} workers, "
          f"{args.quads} quads; load {load_before:.1f} before; the flood took {wall:.1f} s")
    print(f"statuses: {dict(sorted(statuses.items()))}; 503 within a second (refused at once): {refused_at_once}")
    print(f"problems: {dict(kinds.most_common())}")
    p95 = seconds[int(0.95 * (len(seconds) - 1))]
    print(f"answer times: median {statistics.median(seconds):.2f} s, p95 {p95:.2f} s, "
          f"max {seconds[-1]:.2f} s; trivial ASK: {trivial[1]} in {trivial[0]:.2f} s ({trivial[2]})")
    results = [
        Result("flood", "slowest heavy answer", seconds[-1], "s", f"<= {bound:g} s", seconds[-1] <= bound),
        Result("flood", "median heavy answer", statistics.median(seconds), "s"),
        Result("flood", "trivial ASK during the flood", trivial[0], "s", f"<= {bound:g} s",
               trivial[0] <= bound and trivial[1] in (200, 503), note=f"status {trivial[1]}"),
        Result("flood", "answers that were not HTTP answers", statuses.get(0, 0), "requests", "0",
               statuses.get(0, 0) == 0),
    ]
    print_table(results)
    write_results(args.results_json, results)


if __name__ == "__main__":
    main()
