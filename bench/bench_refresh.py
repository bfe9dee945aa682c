"""The knowledge graph's refresh (graph/identity_graphs.py) on the synthetic store: whole, and after one
document, the way a server holding the store sees it.

Anchor: the whole refresh, which is what every refresh cost before a refresh remembered what it read and
wrote (issue #13: a single document posted to a server holding a million events waited most of an hour).
Target: the refresh after one document takes at most a tenth of the whole one. The store is copied first,
so the synthetic one is left as generate.py wrote it.

    .venv/bin/python bench/bench_refresh.py [--events 20000] [--runs 3]

A benchmark prints; it never asserts.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Result, add_results_argument, load_manifest, store_dir, timed, write_results  # noqa: E402

from diplograph.graph.identity_graphs import IdentityRefresh, refresh_identity, remember_written  # noqa: E402
from diplograph.graph.rdf import document_iri  # noqa: E402
from diplograph.graph.store import EmbeddedStore  # noqa: E402
from diplograph.graph.stored_extractions import stored_documents  # noqa: E402

TARGET = 0.10


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def resident_mib() -> float:
    """This process's resident memory now (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def describe(seconds: float, found: IdentityRefresh) -> str:
    return (f"{seconds:8.2f} s  ({found.documents_read:,} documents read back, {found.events_written:,} events "
            f"written, {found.events:,} events in all)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=20_000, help="the synthetic store's size (generate.py)")
    parser.add_argument("--runs", type=int, default=3, help="documents added and taken away; medians reported")
    add_results_argument(parser)
    args = parser.parse_args()
    load_manifest(args.events)  # says how to make the store when it is missing

    with tempfile.TemporaryDirectory(prefix="bench-refresh-", dir=store_dir(args.events).parent) as directory:
        copy = Path(directory) / "store"
        shutil.copytree(store_dir(args.events), copy)
        print(f"{args.events:,}-event synthetic store, copied; load average {load_average()}")
        with EmbeddedStore(copy) as store:
            rss_before = resident_mib()
            whole_seconds, whole = timed(lambda: refresh_identity(store, force=True))
            print(f"whole refresh (read back every document)    {describe(whole_seconds, whole)}")
            gc.collect()
            print(f"resident memory {rss_before:,.0f} MiB before it, {resident_mib():,.0f} MiB after (what the process "
                  f"keeps of every document for the next refresh), peak {peak_rss_mib():,.0f} MiB")
            # a new document like the others: the first one's extraction under new ids, so its events are new
            [(graph, model)] = list(stored_documents(store, [str(document_iri(_first_id(store)))]).items())
            added, taken, remembered = [], [], []
            for run in range(args.runs):
                document = replace(model.document, id=f"bench-refresh-{run}")
                extraction = replace(model, document=document)
                store.put(extraction)
                seconds, found = timed(lambda: refresh_identity(store))
                added.append(seconds)
                print(f"after one new document, read back          {describe(seconds, found)}")
                store.delete(document.id)
                seconds, found = timed(lambda: refresh_identity(store))
                taken.append(seconds)
                print(f"after deleting it                          {describe(seconds, found)}")
                store.put(extraction)
                remember_written(store, extraction)  # what the front door's ingest does
                seconds, found = timed(lambda: refresh_identity(store))
                remembered.append(seconds)
                print(f"after one new document, handed over        {describe(seconds, found)}")
                store.delete(document.id)
                refresh_identity(store)
        print(f"load average {load_average()} after")
    one = statistics.median(added)
    ratio = one / whole_seconds
    print(f"ratio one document / whole {ratio:.3f} (target <= {TARGET:.2f}: {'met' if ratio <= TARGET else 'NOT met'})")
    write_results(args.results_json, [
        Result("refresh", f"whole refresh, {args.events:,} events", whole_seconds, "s"),
        Result("refresh", "after one new document (read back)", one, "s"),
        Result("refresh", "after one deleted document", statistics.median(taken), "s"),
        Result("refresh", "after one ingested document (handed over)", statistics.median(remembered), "s"),
        Result("refresh", "one document / whole", ratio, "x", f"<= {TARGET:.2f}", ratio <= TARGET),
    ])


def _first_id(store: EmbeddedStore) -> str:
    return min(info.id for info in store.documents())


if __name__ == "__main__":
    main()
