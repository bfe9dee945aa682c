"""Ingest on a Dask cluster: documents go out to the workers in batches; each worker extracts its batches
with its own spaCy pipeline (loaded once per worker process) and writes the graphs into the shared store.

The store must be a remote SPARQL 1.1 store (`store = "http://host:7878"`): every worker writes to it over
HTTP, each task's documents in one UPDATE request, as a plain ingest writes each batch. An embedded store
cannot be shared, since one process owns its RocksDB directory. See docs/scaling.md for deployments and measurements.

Like the CLI, this sits on top of ingest and graph: ingest never imports it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from diplograph.batching import batches
from diplograph.errors import ConfigurationError, DiplographError
from diplograph.model import Document
from diplograph.settings import Settings

if TYPE_CHECKING:
    from distributed import Client, Future

    from diplograph.graph.store import Store
    from diplograph.ingest.extract import Extractor

LOCAL = "local"
DEFAULT_DOCUMENTS_PER_TASK = 32
INSTALL_HINT = "pip install 'diplograph[dask]'"


@dataclass
class BatchReport:
    """What one task did with its documents; errors name each document that failed and why."""

    ingested: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.ingested + self.unchanged + len(self.errors)

    def add(self, other: BatchReport) -> None:
        self.ingested += other.ingested
        self.unchanged += other.unchanged
        self.errors.extend(other.errors)


def require_remote_store(settings: Settings) -> None:
    if not settings.store_is_remote:
        raise ConfigurationError(
            f"--dask needs a remote store that every worker can write to, and the store is the directory "
            f"{settings.store!r}: an embedded store is owned by the one process that holds its RocksDB "
            "directory's lock. Serve a SPARQL 1.1 store (`oxigraph serve --location DIR --bind HOST:7878 "
            "--union-default-graph`) and point DIPLOGRAPH_STORE (or --store) at its URL."
        )


def ingest_on_dask(
    settings: Settings,
    documents: Iterable[Document],
    address: str,
    *,
    workers: int | None = None,
    documents_per_task: int = DEFAULT_DOCUMENTS_PER_TASK,
    on_progress: Callable[[BatchReport], None] | None = None,
) -> BatchReport:
    """Extract and store documents on the Dask cluster at `address` ("tcp://host:8786"), or on a local
    cluster of `workers` processes when `address` is "local". With a remote scheduler, `workers` is how many
    workers to wait for before starting. `on_progress` is called with each finished batch's report.
    """
    require_remote_store(settings)
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ConfigurationError(f"--dask needs Dask distributed, which is not installed: {INSTALL_HINT}") from None
    from diplograph.graph.store import open_store

    store = open_store(settings)  # an unreachable or misconfigured store is reported before any work starts
    try:
        store.keep_ontology_current()  # as the front door does whenever it opens a store to write
    finally:
        store.close()
    with ExitStack() as stack:
        if address == LOCAL:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers or 2,
                    threads_per_worker=1,  # one spaCy pipeline per process does the work; threads would queue
                    processes=True,
                    memory_limit=0,
                    dashboard_address=None,
                )
            )
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(address, timeout=30))
            except OSError as error:
                raise ConfigurationError(f"cannot reach the Dask scheduler at {address}: {error}") from None
            if workers:
                client.wait_for_workers(workers, timeout=120)
        return _run(client, settings, documents, documents_per_task, on_progress)


def _run(
    client: Client,
    settings: Settings,
    documents: Iterable[Document],
    documents_per_task: int,
    on_progress: Callable[[BatchReport], None] | None,
) -> BatchReport:
    """Submits batches as they are read, with a bounded number in flight, so a large corpus never sits whole
    in the scheduler's memory, and gathers the reports as they finish."""
    from distributed import as_completed

    total = BatchReport()
    in_flight_limit = 2 * max(sum(client.nthreads().values()), 1)
    pending = as_completed()
    submitted: dict[Any, list[Document]] = {}  # by the future's key

    def collect(future: Future[BatchReport]) -> None:
        batch = submitted.pop(future.key)
        try:
            report: BatchReport = future.result()
        except Exception as error:  # the task itself failed: a worker died, or the batch could not be sent
            report = BatchReport(errors=[f"{_name(document)}: not ingested: {error}" for document in batch])
        total.add(report)
        if on_progress is not None:
            on_progress(report)

    for batch in batches(documents, documents_per_task):
        future = client.submit(ingest_batch, batch, settings, pure=False)
        submitted[future.key] = batch
        pending.add(future)
        while pending.count() >= in_flight_limit:
            collect(next(pending))
    for future in pending:
        collect(future)
    return total


# ---------------------------------------------------------------- on the workers

_worker_lock = threading.Lock()
_worker_state: dict[str, tuple[Extractor, Store]] = {}


def _extractor_and_store(settings: Settings) -> tuple[Extractor, Store]:
    """One spaCy pipeline and one store connection per worker process (and per settings), loaded at its
    first batch and kept for the next ones."""
    from diplograph.graph.store import open_store
    from diplograph.ingest.extract import Extractor

    key = settings.model_dump_json()
    with _worker_lock:
        if key not in _worker_state:
            _worker_state[key] = (Extractor(settings), open_store(settings))
        return _worker_state[key]


def ingest_batch(documents: list[Document], settings: Settings) -> BatchReport:
    """A task: extract the batch with nlp.pipe and put the documents' graphs into the store in one request.

    A document that fails (in extraction or in the store) is reported and the others still go in.
    """
    report = BatchReport()
    extractor, store = _extractor_and_store(settings)
    with _worker_lock:  # spaCy's pipeline is not for concurrent use by the threads of one worker
        extractions = _extract_each(extractor, documents, report)
    # The batch in one UPDATE request; if the store refuses it, one by one to find the culprit.
    written = []
    for result in store.put_each(extractions):
        if isinstance(result, DiplographError):
            report.errors.append(str(result))
        else:
            written.append(result)
    report.ingested += sum(written)
    report.unchanged += len(written) - sum(written)
    return report


def _extract_each(extractor: Extractor, documents: list[Document], report: BatchReport) -> list[Any]:
    """The batch's extractions; a document that fails is reported and only it is lost (Extractor.extract_here)."""
    extractions = []
    for result in extractor.extract_here(documents):  # a Dask worker is already one of many processes
        if isinstance(result, DiplographError):
            report.errors.append(str(result))
        else:
            extractions.append(result)
    return extractions


def _name(document: Document) -> str:
    where = f" from {document.source}" if document.source else ""
    return f"document {document.id!r}{where}"
