"""Extraction on several processes: each worker runs all of it (spaCy and the rules) on batches of documents
and sends back plain Extractions, in order.

spaCy's own ``nlp.pipe(n_process=N)`` parses in its workers but hands whole Docs back to the parent (and
tokenises there, to carry each document's context), so the rules ran in the parent, one process doing
a fifth of the work on top of its share: 0.75x the words/s of raw nlp.pipe on two cores. Here the parent
only hands out documents and takes the results.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import Protocol

from diplograph.batching import batches
from diplograph.errors import DocumentFailed
from diplograph.model import Document, Extraction
from diplograph.settings import Settings


class Extractor(Protocol):
    """What a worker needs of ingest.extract.Extractor (not imported: extract imports this module)."""

    settings: Settings

    def __init__(self, settings: Settings) -> None: ...

    def extract_here(self, documents: Iterable[Document]) -> Iterator[Extraction | DocumentFailed]: ...


# The worker process's extractor: inherited from the parent where processes are forked (Linux), so the
# pipeline is not loaded again; loaded once from the settings where they are spawned (macOS, Windows).
_extractor: Extractor | None = None


def extract_in_processes(
    extractor: Extractor, documents: Iterable[Document], processes: int, batch_size: int
) -> Iterator[Extraction | DocumentFailed]:
    """Extract on `processes` worker processes, batch_size documents to a task, keeping the input's order.

    At most two tasks per worker are in flight, so a corpus of any size is read as it is extracted.
    """
    global _extractor
    _extractor = extractor  # for the workers forked now; a spawned worker loads its own (_start_worker)
    try:
        pool = multiprocessing.get_context().Pool(
            processes, initializer=_start_worker, initargs=(type(extractor), extractor.settings)
        )
    finally:
        _extractor = None
    with pool:
        pending: deque[AsyncResult[list[Extraction | DocumentFailed]]] = deque()
        for batch in batches(documents, batch_size):
            pending.append(pool.apply_async(_extract_batch, (batch,)))
            if len(pending) >= 2 * processes:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _start_worker(kind: type[Extractor], settings: Settings) -> None:
    global _extractor
    if _extractor is None:
        _extractor = kind(settings)


def _extract_batch(documents: list[Document]) -> list[Extraction | DocumentFailed]:
    assert _extractor is not None, "a worker extracts only after _start_worker"
    return list(_extractor.extract_here(documents))
