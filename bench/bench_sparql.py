"""SPARQL three ways: Oxigraph called directly, diplograph's /sparql over HTTP, rdflib's in-memory engine.

Four queries on the synthetic store (bench/generate.py): a point lookup (one event's triples), a
join with a date filter (an actor's meetings in half a year), a GROUP BY count (events per
relation, a scan of every event) and who-met-whom (an actor's counterparts in encounters, counted).

- direct: pyoxigraph on the store directory (opened read-only beside the server), the same
  options the store uses (union default graph); timed twice: iterating the solutions, and
  serialising them as SPARQL JSON, which is what the server has to do too.
- http: GET /sparql of `diplograph --store DIR serve` on 127.0.0.1 (a subprocess), whole body read.
- rdflib: an rdflib Dataset (union default graph) loaded from the N-Quads of a smaller store
  (--rdflib-events, generated with --keep-nquads): rdflib holds every triple as Python objects, so
  a million events do not fit in sensible time and memory. Its ratio is taken against Oxigraph on
  that same smaller store, so both engines answer over the same data.

Targets (issue #6): http within 1.5x of direct (median, small results); Oxigraph >= 20x faster than
rdflib on the GROUP BY.

    .venv/bin/python bench/bench_sparql.py [--events 1000000] [--rdflib-events 20000] [--runs 7]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    DEFAULT_EVENTS,
    Result,
    add_results_argument,
    current_rss_bytes,
    interleaved_medians,
    load_manifest,
    running_server,
    store_dir,
    store_root,
    write_results,
)

PREFIXES = """PREFIX dipl: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
ACTOR = "https://w3id.org/diplograph/actor/"
HTTP_TARGET = 1.5
RDFLIB_TARGET = 20.0


def queries(manifest: dict, actor_rank: int) -> dict[str, str]:
    """The four queries; the actor is the one at actor_rank by number of events (0 is the busiest)."""
    event = manifest["sample_events"][0]
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


def oxigraph_runs(store: ox.Store, query: str) -> tuple:
    def iterate() -> int:
        return sum(1 for _ in store.query(query, use_default_graph_as_union=True))

    def to_json() -> int:
        return len(store.query(query, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.JSON))

    return iterate, to_json


def rdflib_dataset(nquads: Path) -> object:
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(str(nquads), format="nquads")
    return dataset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=DEFAULT_EVENTS, help="the synthetic store to query")
    parser.add_argument("--rdflib-events", type=int, default=20_000,
                        help="the smaller store whose N-Quads rdflib loads (0: skip rdflib)")
    parser.add_argument("--runs", type=int, default=7, help="runs of each query; the median is reported")
    parser.add_argument("--rdflib-runs", type=int, default=3, help="runs of each query on rdflib")
    parser.add_argument("--actor-rank", type=int, default=200,
                        help="which actor the join and who-met-whom ask about, by rank of events (0: the busiest)")
    add_results_argument(parser)
    args = parser.parse_args()

    manifest = load_manifest(args.events)
    chosen = queries(manifest, args.actor_rank)
    results: list[Result] = []
    print(f"store: {manifest['events']:,} events, {manifest['quads']:,} quads; median of {args.runs} runs; "
          f"actor of rank {args.actor_rank} ({manifest['actors_by_degree'][args.actor_rank]}, "
          f"{manifest['degree'][manifest['actors_by_degree'][args.actor_rank]]:,} events)")

    # ---- direct against HTTP, interleaved, on the big store
    print(f"\n{'query':<20}{'rows':>7}{'direct':>11}{'+JSON':>11}{'http':>11}{'http/+JSON':>12}{'http/direct':>12}")
    with running_server(store_dir(args.events), log=store_root(args.events) / "serve.log") as base, \
            httpx.Client(base_url=base, timeout=120.0) as client:
        store = ox.Store.read_only(str(store_dir(args.events)))
        for name, query in chosen.items():
            iterate, to_json = oxigraph_runs(store, query)

            def over_http(query: str = query) -> int:
                response = client.get("/sparql", params={"query": query},
                                      headers={"Accept": "application/sparql-results+json"})
                response.raise_for_status()
                return len(response.content)

            medians = interleaved_medians(args.runs, {"direct": iterate, "json": to_json, "http": over_http})
            rows = iterate()
            ratio, ratio_iterate = medians["http"] / medians["json"], medians["http"] / medians["direct"]
            print(f"{name:<20}{rows:>7,}{medians['direct'] * 1e3:>9.2f}ms{medians['json'] * 1e3:>9.2f}ms"
                  f"{medians['http'] * 1e3:>9.2f}ms{ratio:>11.2f}x{ratio_iterate:>11.2f}x")
            results += [
                Result("sparql", f"{name}: direct (iterate)", medians["direct"] * 1e3, "ms", note=f"{rows} rows"),
                Result("sparql", f"{name}: direct (+JSON)", medians["json"] * 1e3, "ms"),
                Result("sparql", f"{name}: /sparql over HTTP", medians["http"] * 1e3, "ms"),
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
        for name, query in chosen.items():
            iterate, _ = oxigraph_runs(small_store, query)

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
