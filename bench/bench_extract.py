"""Throughput of extraction against spaCy alone: words/s of raw `nlp.pipe` and of full extraction.

Both runs parse the same bodies with the same pipeline, batch size and processes, so the ratio
(full / raw) is what the rules cost on top of spaCy; the target is a ratio of at least 0.80.
The corpus is the seed article and the dev set's documents, repeated to about --words words.

    .venv/bin/python bench/bench_extract.py [--words 50000] [--n-process 1] [--runs 3]

A benchmark prints; it never asserts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Result, add_results_argument, write_results  # noqa: E402

from diplograph.core import Diplograph  # noqa: E402
from diplograph.ingest.extract import Extractor, body_start  # noqa: E402
from diplograph.model import Document  # noqa: E402
from diplograph.settings import Settings  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
DEV_DOCS = REPO.parent / "shared" / "eval" / "dev" / "docs.jsonl"
TARGET_RATIO = 0.80


def source_texts() -> list[tuple[str, dt.date | None]]:
    """The seed article(s) and, when ../shared is there, the dev set's documents."""
    texts: list[tuple[str, dt.date | None]] = [
        (path.read_text(encoding="utf-8"), None) for path in sorted(SEEDS.glob("*.txt"))
    ]
    if DEV_DOCS.is_file():
        for line in DEV_DOCS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                date = dt.date.fromisoformat(record["date"]) if record.get("date") else None
                texts.append((record["text"], date))
    return texts


def build_corpus(min_words: int) -> list[Document]:
    """The source texts repeated, each copy its own document, until the bodies hold at least min_words words."""
    texts = source_texts()
    documents: list[Document] = []
    words = 0
    while words < min_words:
        for text, date in texts:
            documents.append(Document(id=f"bench-{len(documents)}", text=text, date=date))
            words += len(text[body_start(text):].split())
    return documents


def words_in(documents: list[Document]) -> int:
    return sum(len(document.text[body_start(document.text):].split()) for document in documents)


def timed(run: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    count = run()
    return time.perf_counter() - start, count


def cpu_seconds() -> float:
    """CPU time of this process and of its finished child processes (spaCy's or our workers)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=50_000, help="corpus size in words (at least)")
    parser.add_argument("--n-process", type=int, default=1, help="spaCy worker processes")
    parser.add_argument("--batch-size", type=int, default=None, help="documents per nlp.pipe batch")
    parser.add_argument("--runs", type=int, default=3, help="runs of each; the median is reported")
    add_results_argument(parser)
    args = parser.parse_args()

    overrides: dict[str, int] = {"n_process": args.n_process}
    if args.batch_size is not None:
        overrides["batch_size"] = args.batch_size
    settings = Settings(**overrides)  # type: ignore[arg-type]
    extractor = Extractor(settings)
    nlp = extractor.nlp
    documents = build_corpus(args.words)
    bodies = [document.text[body_start(document.text):] for document in documents]
    words = words_in(documents)

    def raw() -> int:
        return sum(1 for _ in nlp.pipe(bodies, batch_size=settings.batch_size, n_process=settings.n_process))

    def full() -> int:
        return sum(len(extraction.events) for extraction in extractor.extract_all(documents))

    def ingest() -> int:
        """What `diplograph ingest` does, through the front door: extraction, the documents' graphs put into a
        fresh store in batches, and the knowledge graph computed from them at the end (graph/identity_graphs.py)."""
        with tempfile.TemporaryDirectory(prefix="bench-ingest-") as directory:
            # the model loaded once for all three contenders
            front_door = Diplograph(settings.model_copy(update={"store": str(Path(directory) / "store")}),
                                    extractor=extractor)
            try:
                return front_door.ingest(documents).ingested
            finally:
                front_door.close()

    list(nlp.pipe(bodies[:8]))  # warm-up: lazy loading is not throughput
    load_before = load_average()
    raw_times, full_times, ingest_times, events = [], [], [], 0
    cpu: dict[str, list[float]] = {"raw": [], "full": [], "ingest": []}
    for _ in range(args.runs):  # interleaved, so drift in the machine's load hits all alike
        for name, run, times in (("raw", raw, raw_times), ("full", full, full_times), ("ingest", ingest, ingest_times)):
            cpu_start = cpu_seconds()
            seconds, count = timed(run)
            cpu[name].append(cpu_seconds() - cpu_start)
            times.append(seconds)
            if name == "full":
                events = count
    raw_rate = words / statistics.median(raw_times)
    full_rate = words / statistics.median(full_times)
    ingest_rate = words / statistics.median(ingest_times)
    ratio = full_rate / raw_rate
    ingest_ratio = ingest_rate / raw_rate

    print(f"model {settings.model}, {len(documents)} documents, {words} words, "
          f"batch size {settings.batch_size}, {settings.n_process} process(es), median of {args.runs} runs")
    print(f"load average (1, 5, 15 min) {load_before} before, {load_average()} after")
    print(f"raw nlp.pipe        {raw_rate:>10,.0f} words/s   ({', '.join(f'{t:.2f}' for t in raw_times)} s)")
    print(f"full extraction     {full_rate:>10,.0f} words/s   ({', '.join(f'{t:.2f}' for t in full_times)} s), "
          f"{events} events")
    print(f"ratio full / raw    {ratio:>10.2f}        (target >= {TARGET_RATIO:.2f}: "
          f"{'met' if ratio >= TARGET_RATIO else 'NOT met'})")
    print(f"ingest into store   {ingest_rate:>10,.0f} words/s   ({', '.join(f'{t:.2f}' for t in ingest_times)} s)")
    print(f"ratio ingest / raw  {ingest_ratio:>10.2f}        (target >= {TARGET_RATIO:.2f}: "
          f"{'met' if ingest_ratio >= TARGET_RATIO else 'NOT met'})")
    # On a shared machine the wall clock also measures the neighbours; CPU seconds (workers included) do not.
    print("paired ratios per run (ingest / raw): "
          + ", ".join(f"{r / i:.2f}" for r, i in zip(raw_times, ingest_times, strict=True)))
    medians = ", ".join(f"{name} {statistics.median(values):.1f}" for name, values in cpu.items())
    print(f"CPU seconds, median: {medians}")
    processes = f"{settings.n_process} process{'es' if settings.n_process > 1 else ''}"
    write_results(args.results_json, [
        Result("ingest", f"raw nlp.pipe, {processes}", raw_rate, "words/s", note=f"{words:,} words"),
        Result("ingest", f"full extraction, {processes}", full_rate, "words/s", note=f"{events:,} events"),
        Result("ingest", f"full / raw, {processes}", ratio, "x", f">= {TARGET_RATIO:.2f}", ratio >= TARGET_RATIO),
        Result("ingest", f"ingest into the store, {processes}", ingest_rate, "words/s"),
        Result("ingest", f"ingest / raw, {processes}", ingest_ratio, "x", f">= {TARGET_RATIO:.2f}",
               ingest_ratio >= TARGET_RATIO),
    ])


if __name__ == "__main__":
    main()
