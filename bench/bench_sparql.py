"""SPARQL three ways: Oxigraph called directly, diplograph's /sparql over HTTP, rdflib's in-memory engine.

Four queries on the synthetic store (bench/generate.py): a point lookup (one event's triples), a
join with a date filter (an actor's meetings in half a year), a GROUP BY count (events per
relation, a scan of every event) and who-met-whom (an actor's counterparts in encounters, counted).

- direct: pyoxigraph on the store directory (opened read-only beside the server), the same
  options the store uses (union default graph); timed twice: iterating the solutions, and
  serialising them as SPARQL JSON, which is what the server has to do too.
- http: GET /sparql of `diplograph --store DIR serve` on 127.0.0.1 (a subprocess), whole body read,
  over one kept-alive connection of the standard library's http.client (a thin client: what the
  server costs, not the client). The ratio is taken on this figure.
- httpx: the same request through an httpx.Client (also kept alive), as earlier figures were taken;
  httpx itself adds about a millisecond per request here.
- floor: the same client against a bare Starlette endpoint under the same uvicorn (HTTP/1.1 by h11,
  asyncio, access log on, as `diplograph serve` runs it) that returns as many bytes as /sparql
  answered without doing anything: the least any route of this HTTP stack can cost on this machine.
  http minus floor is what diplograph adds (FastAPI routing, the query pool's round trip to a
  worker process, and the query).
- rdflib: an rdflib Dataset (union default graph) loaded from the N-Quads of a smaller store
  (--rdflib-events, generated with --keep-nquads): rdflib holds every triple as Python objects, so
  a million events do not fit in sensible time and memory. Its ratio is taken against Oxigraph on
  that same smaller store, so both engines answer over the same data.

All contenders of a query run in turn, run after run, so that the load of a shared machine hits
them alike; the load average is printed with each row.

Targets (issue #6): http within 1.5x of direct (median, small results); Oxigraph >= 20x faster than
rdflib on the GROUP BY.

    .venv/bin/python bench/bench_sparql.py [--events 1000000] [--rdflib-events 20000] [--runs 7]
        [--store COPY]   # e.g. a Store.backup() of the store while another benchmark serves it
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import signal
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    DEFAULT_EVENTS,
    Result,
    add_results_argument,
    current_rss_bytes,
    free_port,
    interleaved_medians,
    load_manifest,
    running_server,
    store_dir,
    store_root,
    write_results,
)

from diplograph.ontology.terms import EVENTS_GRAPH, KNOWLEDGE_GRAPHS  # noqa: E402

PREFIXES = """PREFIX dipl: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
ACTOR = "https://w3id.org/diplograph/actor/"
DIPL = "https://w3id.org/diplograph/ontology#"
# What /sparql answers a query that names no graph over (ontology/terms.py's KNOWLEDGE_GRAPHS).
KNOWLEDGE: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [ox.NamedNode(iri) for iri in KNOWLEDGE_GRAPHS]
HTTP_TARGET = 1.5
RDFLIB_TARGET = 20.0


def knowledge_event(store: ox.Store, report: str) -> str:
    """The event of the knowledge graph that a document's event node (the manifest's sample) reports."""
    found = store.query(f"SELECT ?e WHERE {{ GRAPH <{EVENTS_GRAPH}> {{ ?e <{DIPL}report> <{report}> }} }}")
    assert isinstance(found, ox.QuerySolutions)
    for solution in found:
        return str(solution["e"].value)
    raise SystemExit("the store has no knowledge graph: generate it again with bench/generate.py --force")


def queries(manifest: dict, actor_rank: int, event: str) -> dict[str, str]:
    """The four queries; the actor is the one at actor_rank by number of events (0 is the busiest)."""
    actor = ACTOR + manifest["actors_by_degree"][min(actor_rank, len(manifest["actors_by_degree"]) - 1)]
    return {
        "point lookup": PREFIXES + f"SELECT ?p ?o WHERE {{ <{event}> ?p ?o }}",
        "join + date filter": PREFIXES + f"""
SELECT ?event ?other ?date WHERE {{
  ?event a dipl:Meeting ; dipl:source <{actor}> ; dipl:target ?other ; dipl:date ?date .
  FILTER(?date >= "2019-01-01"^^xsd:date && ?date < "2019-07-01"^^xsd:date)
}}""",
        "GROUP BY count": PREFIXES + """
SELECT ?relation (COUNT(?event) AS ?events) WHERE { ?event dipl:relation ?relation }
GROUP BY ?relation ORDER BY DESC(?events)""",
        "who met whom": PREFIXES + f"""
SELECT ?other (COUNT(?event) AS ?events) WHERE {{
  {{ ?event dipl:source <{actor}> ; dipl:target ?other }} UNION {{ ?event dipl:target <{actor}> ; dipl:source ?other }}
  ?event dipl:relation ?relation ; dipl:modality ?modality .
  FILTER(?relation IN ("meet", "call", "visit", "host"))
  FILTER(?modality IN (dipl:asserted, dipl:planned, dipl:reported))
}} GROUP BY ?other ORDER BY DESC(?events)""",
    }


def oxigraph_runs(store: ox.Store, query: str, union: bool = False) -> tuple:
    """The query on Oxigraph over the knowledge graph, as /sparql runs it, or over the union of every graph
    (what rdflib is given: the documents' N-Quads)."""
    dataset: dict[str, object] = {"use_default_graph_as_union": True} if union else {"default_graph": KNOWLEDGE}

    def iterate() -> int:
        return sum(1 for _ in store.query(query, **dataset))  # type: ignore[arg-type]

    def to_json() -> int:
        return len(store.query(query, **dataset).serialize(format=ox.QueryResultsFormat.JSON))  # type: ignore

    return iterate, to_json


# ---------------------------------------------------------------- the HTTP floor


async def _echo(request: Request) -> Response:
    """As many bytes as asked for, and nothing else: the cheapest route the stack can serve."""
    size = int(request.query_params.get("bytes", "0"))
    return Response(b"x" * size, media_type="application/sparql-results+json")


floor_app = Starlette(routes=[Route("/echo", _echo)])


@contextlib.contextmanager
def running_floor() -> Iterator[int]:
    """floor_app under uvicorn's defaults (those `diplograph serve` uses) on a free port; yields the port."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "bench_sparql:floor_app", "--app-dir", str(Path(__file__).parent),
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                KeptAlive(port).get("/echo")
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the bare uvicorn endpoint (the HTTP floor) did not start") from None
                time.sleep(0.1)
        yield port
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class KeptAlive:
    """One HTTP/1.1 connection of the standard library, reused for every request (reopened if the
    server closed it while idle, e.g. during a long run of another contender)."""

    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def get(self, target: str, accept: str = "application/sparql-results+json") -> bytes:
        for attempt in (1, 2):
            try:
                self.connection.request("GET", target, headers={"Accept": accept})
                response = self.connection.getresponse()
                body = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionError):
                self.connection.close()
                if attempt == 2:
                    raise
        if response.status != 200:
            raise RuntimeError(f"GET {target[:80]}... answered {response.status}: {body[:300]!r}")
        return body


def http_runs(base: str, floor_port: int, client: httpx.Client, query: str) -> dict[str, Callable[[], int]]:
    """The query over HTTP by both clients, and the floor returning as many bytes as the query's answer."""
    server = KeptAlive(int(base.rsplit(":", 1)[1]))
    floor = KeptAlive(floor_port)
    target = "/sparql?" + urllib.parse.urlencode({"query": query})
    size = len(server.get(target))

    def over_httpx() -> int:
        response = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
        response.raise_for_status()
        return len(response.content)

    return {
        "http": lambda: len(server.get(target)),
        "httpx": over_httpx,
        "floor": lambda: len(floor.get(f"/echo?bytes={size}")),
    }


def rdflib_dataset(nquads: Path) -> object:
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(str(nquads), format="nquads")
    return dataset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=DEFAULT_EVENTS, help="the synthetic store to query")
    parser.add_argument("--store", type=Path,
                        help="serve and query this copy of that store instead (the manifest still comes from "
                             "--events): a server locks its store, so a copy lets this run beside another")
    parser.add_argument("--rdflib-events", type=int, default=20_000,
                        help="the smaller store whose N-Quads rdflib loads (0: skip rdflib)")
    parser.add_argument("--runs", type=int, default=7, help="runs of each query; the median is reported")
    parser.add_argument("--rdflib-runs", type=int, default=3, help="runs of each query on rdflib")
    parser.add_argument("--actor-rank", type=int, default=200,
                        help="which actor the join and who-met-whom ask about, by rank of events (0: the busiest)")
    add_results_argument(parser)
    args = parser.parse_args()

    manifest = load_manifest(args.events)
    served = args.store or store_dir(args.events)
    probe = ox.Store.read_only(str(served))
    event = knowledge_event(probe, manifest["sample_events"][0])
    del probe
    chosen = queries(manifest, args.actor_rank, event)
    results: list[Result] = []
    print(f"store: {manifest['events']:,} events, {manifest['quads']:,} quads; median of {args.runs} runs; "
          f"actor of rank {args.actor_rank} ({manifest['actors_by_degree'][args.actor_rank]}, "
          f"{manifest['degree'][manifest['actors_by_degree'][args.actor_rank]]:,} events)")

    # ---- direct against HTTP, interleaved, on the big store (the same dataset: the knowledge graph)
    print(f"\n{'query':<20}{'rows':>7}{'direct':>10}{'+JSON':>10}{'http':>10}{'floor':>10}{'httpx':>10}"
          f"{'http/+JSON':>12}{'http/direct':>12}{'load':>7}")
    log = (args.store.parent if args.store else store_root(args.events)) / "serve.log"
    # The server reads (or restores) the actor graph at start-up in a thread of the same interpreter:
    # a view route answers once that is done, and only then are the timings /sparql's alone.
    with running_server(served, warm_path="/actors?limit=1", log=log) as base, running_floor() as floor_port, \
            httpx.Client(base_url=base, timeout=120.0) as client:
        store = ox.Store.read_only(str(served))
        for name, query in chosen.items():
            iterate, to_json = oxigraph_runs(store, query)
            medians = interleaved_medians(
                args.runs, {"direct": iterate, "json": to_json, **http_runs(base, floor_port, client, query)}
            )
            rows = iterate()
            load = os.getloadavg()[0]
            ratio, ratio_iterate = medians["http"] / medians["json"], medians["http"] / medians["direct"]
            print(f"{name:<20}{rows:>7,}" + "".join(f"{medians[key] * 1e3:>8.2f}ms" for key in
                                                    ("direct", "json", "http", "floor", "httpx"))
                  + f"{ratio:>11.2f}x{ratio_iterate:>11.2f}x{load:>7.2f}")
            results += [
                Result("sparql", f"{name}: direct (iterate)", medians["direct"] * 1e3, "ms", note=f"{rows} rows"),
                Result("sparql", f"{name}: direct (+JSON)", medians["json"] * 1e3, "ms"),
                Result("sparql", f"{name}: /sparql over HTTP", medians["http"] * 1e3, "ms",
                       note=f"httpx client {medians['httpx'] * 1e3:.2f} ms; load {load:.2f}"),
                Result("sparql", f"{name}: HTTP floor (bare uvicorn, same bytes)", medians["floor"] * 1e3, "ms"),
                Result("sparql", f"{name}: http / direct+JSON", ratio, "x", f"<= {HTTP_TARGET}x",
                       ratio <= HTTP_TARGET, note=f"http / direct iterate {ratio_iterate:.2f}x"),
            ]
        del store

    # ---- rdflib against Oxigraph on the same smaller data
    if args.rdflib_events:
        small = load_manifest(args.rdflib_events)
        nquads = store_root(args.rdflib_events) / "data.nq"
        if not nquads.is_file():
            sys.exit(f"no N-Quads for rdflib at {nquads}; run "
                     f"`bench/generate.py --events {args.rdflib_events} --keep-nquads --force`")
        before = current_rss_bytes()
        start = time.perf_counter()
        dataset = rdflib_dataset(nquads)
        loaded = time.perf_counter() - start
        grown = (current_rss_bytes() - before) / 2**20
        print(f"\nrdflib: {small['events']:,} events, {small['quads']:,} quads loaded in {loaded:.1f} s "
              f"(+{grown:,.0f} MiB); Oxigraph on the same store; median of {args.rdflib_runs} runs")
        print(f"{'query':<20}{'rows':>7}{'oxigraph':>11}{'rdflib':>12}{'rdflib/oxigraph':>17}")
        results.append(Result("sparql", f"rdflib load of {small['quads']:,} quads", loaded, "s",
                              note=f"+{grown:,.0f} MiB resident"))
        small_store = ox.Store.read_only(str(store_dir(args.rdflib_events)))
        # The same queries, IRIs and all: both stores come from the same seed, so the same population
        # and the same first documents.
        # over the documents' graphs, which is what the N-Quads rdflib loads hold
        for name, query in queries(manifest, args.actor_rank, manifest["sample_events"][0]).items():
            iterate, _ = oxigraph_runs(small_store, query, union=True)

            def with_rdflib(query: str = query) -> int:
                return sum(1 for _ in dataset.query(query))  # type: ignore[attr-defined]

            medians = interleaved_medians(args.rdflib_runs, {"oxigraph": iterate, "rdflib": with_rdflib})
            rows_ox, rows_rdflib = iterate(), with_rdflib()
            speedup = medians["rdflib"] / medians["oxigraph"]
            agree = "" if rows_ox == rows_rdflib else f"  (rows differ: rdflib {rows_rdflib})"
            print(f"{name:<20}{rows_ox:>7,}{medians['oxigraph'] * 1e3:>9.2f}ms{medians['rdflib'] * 1e3:>10.1f}ms"
                  f"{speedup:>16.1f}x{agree}")
            target = name == "GROUP BY count"
            results.append(Result(
                "sparql", f"{name}: rdflib / oxigraph ({small['events'] // 1000}k events)", speedup, "x",
                f">= {RDFLIB_TARGET:.0f}x" if target else "", (speedup >= RDFLIB_TARGET) if target else None,
                note=f"rdflib {medians['rdflib'] * 1e3:.1f} ms, oxigraph {medians['oxigraph'] * 1e3:.2f} ms",
            ))
        del small_store
    write_results(args.results_json, results)


if __name__ == "__main__":
    main()
