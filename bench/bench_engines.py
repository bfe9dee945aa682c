"""The same synthetic corpus into each tested store engine: writing it and building the view from it.

For each engine (the embedded store on a directory, `oxigraph serve`, Virtuoso Open Source 7, each fresh
on a throw-away directory and started here), the extractions of bench/generate.py (`--events` events, ten
per document) are put with `Store.put_all` in batches of `--batch-size` documents, as `diplograph ingest`
puts them after spaCy, and then `build_view` reads the whole view back. Extraction is left out: it is the
same for every engine (bench_extract.py measures it). Servers run on this machine and share its cores with
this client. Virtuoso is skipped when `virtuoso-t` is not installed.

    .venv/bin/python bench/bench_engines.py [--events 20000] [--batch-size 16] [--engines embedded,oxigraph,virtuoso]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]  # the tests' server starters: one way to run each

from generate import extractions  # noqa: E402
from oxigraph_server import running_oxigraph  # noqa: E402
from virtuoso_server import running_virtuoso, virtuoso_command, virtuoso_settings  # noqa: E402

from diplograph.graph.store import Store, open_store  # noqa: E402
from diplograph.graph.view import build_view  # noqa: E402
from diplograph.settings import Settings  # noqa: E402


@contextmanager
def engine(name: str, directory: Path, timeout: float) -> Iterator[Store]:
    if name == "embedded":
        store = open_store(Settings(store=str(directory / "store")))
        try:
            yield store
        finally:
            store.close()
    elif name == "oxigraph":
        with running_oxigraph(directory) as url:
            store = open_store(Settings(store=url, query_timeout=timeout))
            try:
                yield store
            finally:
                store.close()
    else:
        with running_virtuoso(directory) as url:
            store = open_store(virtuoso_settings(url, query_timeout=timeout))
            try:
                yield store
            finally:
                store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--engines", default="embedded,oxigraph,virtuoso")
    parser.add_argument("--query-timeout", type=float, default=600.0,
                        help="seconds a remote query may take (the setting's default, 10, is for requests)")
    args = parser.parse_args()
    corpus = argparse.Namespace(seed=6, actors=2000, places=300, zipf=1.0, events=args.events,
                                events_per_document=10)
    documents = list(extractions(corpus))
    print(f"{args.events:,} events in {len(documents):,} documents, batches of {args.batch_size}; "
          f"load average {os.getloadavg()[0]:.1f} at the start")
    print("| engine | put (wall) | documents/s | quads | view build | edges | load avg |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in args.engines.split(","):
        if name == "virtuoso" and virtuoso_command() is None:
            print(f"| {name} | not installed | | | | | |")
            continue
        with tempfile.TemporaryDirectory(prefix=f"bench-{name}-") as directory, engine(name, Path(directory),
                                                                                 args.query_timeout) as store:
            start = time.perf_counter()
            for _ in store.put_all(documents, args.batch_size):
                pass
            put = time.perf_counter() - start
            quads = store.triple_count()
            start = time.perf_counter()
            view = build_view(store)
            build = time.perf_counter() - start
            print(f"| {name} | {put:.1f} s | {len(documents) / put:,.0f} | {quads:,} | {build:.1f} s | "
                  f"{view.number_of_edges():,} | {os.getloadavg()[0]:.1f} |", flush=True)


if __name__ == "__main__":
    main()
