"""A flood of heavy SPARQL queries: does every answer come within query_timeout + 1 s, and a trivial one too?

`diplograph serve` over a small store (a few thousand quads: enough for a cartesian product that runs for
hours) with its defaults (query_timeout 10 s, 2 query workers, a queue of one per worker, one more worker
kept for bounded queries). 100 clients send a heavy query at once (an ORDER BY over a cartesian product:
memory grows until the worker's address-space cap or the timeout stops it); from one second in, a trivial
query is sent every two seconds while the flood lasts, `ASK {}` and a one-pattern lookup in turn. Every
answer's status and time are recorded: the heavy queries the workers run are stopped at the timeout (503),
the ones that cannot start in time are refused at once (503 with Retry-After), and none waits longer than
the timeout; the trivial ones are answered (200) by the worker kept for bounded queries.

Target (issue #15): every answer within query_timeout + 1 s, and every trivial query answered (200).
`--bounded-workers 0` shows the server without that worker (the trivial queries then get 503).
`--flood bounded` floods with bounded queries instead (each client asks for a page of 100 rows of one pattern
again and again for query_timeout seconds): they may use every worker, the lane's too, so the trivial
queries compete with them for a place, as any query does.

    .venv/bin/python bench/bench_flood.py [--clients 100] [--timeout 10] [--workers 2] [--bounded-workers 1]
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
BOUNDED = "SELECT ?s ?name WHERE { ?s <urn:name> ?name } LIMIT 100"
TRIVIAL = ["ASK {}", "SELECT ?name WHERE { <urn:p7> <urn:name> ?name }"]


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


Answer = tuple[float, int, str | None]


async def again_and_again(client: httpx.AsyncClient, query: str, seconds: float) -> list[Answer]:
    end = time.monotonic() + seconds
    answers = []
    while time.monotonic() < end:
        answers.append(await ask(client, query))
    return answers


async def flood(
    base: str, clients: int, bound: float, timeout: float, kind: str
) -> tuple[list[Answer], list[Answer]]:
    """The flood's answers, and the trivial queries' (sent at 1, 3, 5 ... s, while the flood lasts)."""
    limits = httpx.Limits(max_connections=clients + 10, max_keepalive_connections=clients + 10)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=bound * 5) as client:
        if kind == "heavy":
            heavy = [asyncio.ensure_future(ask(client, HEAVY)) for _ in range(clients)]
        else:
            loops = [asyncio.ensure_future(again_and_again(client, BOUNDED, timeout)) for _ in range(clients)]
        delays = [1.0 + 2.0 * index for index in range(int(timeout // 2))]
        trivial = [asyncio.ensure_future(ask(client, TRIVIAL[index % 2], delay)) for index, delay in enumerate(delays)]
        if kind == "heavy":
            return list(await asyncio.gather(*heavy)), list(await asyncio.gather(*trivial))
        answers = [answer for answers in await asyncio.gather(*loops) for answer in answers]
        return answers, list(await asyncio.gather(*trivial))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--timeout", type=float, default=10.0, help="the server's query_timeout")
    parser.add_argument("--workers", type=int, default=2, help="the server's query_workers")
    parser.add_argument("--bounded-workers", type=int, default=1, help="the server's query_bounded_workers")
    parser.add_argument("--quads", type=int, default=3000)
    parser.add_argument("--flood", choices=["heavy", "bounded"], default="heavy", help="what the clients send")
    add_results_argument(parser)
    args = parser.parse_args()
    bound = args.timeout + 1.0
    os.environ.update({"DIPLOGRAPH_QUERY_TIMEOUT": str(args.timeout), "DIPLOGRAPH_QUERY_WORKERS": str(args.workers),
                       "DIPLOGRAPH_QUERY_BOUNDED_WORKERS": str(args.bounded_workers)})
    with tempfile.TemporaryDirectory(prefix="bench-flood-") as directory:
        store = Path(directory) / "store"
        make_store(store, args.quads)
        load_before = os.getloadavg()[0]
        with running_server(store, log=Path(directory) / "server.log") as base:
            started = time.monotonic()
            answers, trivial = asyncio.run(flood(base, args.clients, bound, args.timeout, args.flood))
            wall = time.monotonic() - started
    seconds = sorted(answer[0] for answer in answers)
    statuses = Counter(answer[1] for answer in answers)
    kinds = Counter(answer[2] for answer in answers)
    refused_at_once = sum(1 for answer in answers if answer[1] == 503 and answer[0] < 1.0)
    print(f"{args.clients} clients sending {args.flood} queries ({len(answers)} in all), query_timeout "
          f"{args.timeout:g} s, {args.workers} workers + {args.bounded_workers} for bounded queries, "
          f"{args.quads} quads; load {load_before:.1f} before; the flood took {wall:.1f} s")
    print(f"statuses: {dict(sorted(statuses.items()))}; 503 within a second (refused at once): {refused_at_once}")
    print(f"problems: {dict(kinds.most_common())}")
    p95 = seconds[int(0.95 * (len(seconds) - 1))]
    print(f"answer times: median {statistics.median(seconds):.2f} s, p95 {p95:.2f} s, max {seconds[-1]:.2f} s")
    for index, (took, status, kind) in enumerate(trivial):
        print(f"trivial query at {1 + 2 * index} s ({TRIVIAL[index % 2]}): {status} in {took:.3f} s ({kind})")
    trivial_seconds = sorted(answer[0] for answer in trivial)
    answered = sum(1 for answer in trivial if answer[1] == 200)
    results = [
        Result("flood", f"slowest {args.flood} answer", seconds[-1], "s", f"<= {bound:g} s", seconds[-1] <= bound),
        Result("flood", f"median {args.flood} answer", statistics.median(seconds), "s"),
        Result("flood", "slowest trivial query during the flood", trivial_seconds[-1], "s", f"<= {bound:g} s",
               trivial_seconds[-1] <= bound),
        Result("flood", "median trivial query during the flood", statistics.median(trivial_seconds), "s"),
        Result("flood", "trivial queries answered (200)", answered, "requests", f"{len(trivial)}",
               answered == len(trivial)),
        Result("flood", "answers that were not HTTP answers", statuses.get(0, 0), "requests", "0",
               statuses.get(0, 0) == 0),
    ]
    print_table(results)
    write_results(args.results_json, results)


if __name__ == "__main__":
    main()
