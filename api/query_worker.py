"""What a query worker process does: answer one SPARQL query on a read-only store within the caps.

The worker serialises the results itself and sends bytes back; solutions are pulled only until one past
`max_rows` (triples: the first `max_rows + 1`), so a huge result costs no more than the cap. The pool that
starts, feeds and kills these workers is query_pool.py.
"""

from __future__ import annotations

import io
import itertools
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from diplograph.errors import QueryError, ResultTooLarge

from .media_types import negotiate
from .sparql_text import read_sparql

# Media types offered for each kind of result, the default first.
RESULTS_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/json": ox.RdfFormat.JSON_LD,
}
STORE_RETRIES = 5


@dataclass(frozen=True)
class QueryJob:
    """One query and everything a worker needs to answer it without asking back."""

    query: str
    accept: str | None = None
    default_graphs: Sequence[str] = ()
    named_graphs: Sequence[str] = ()
    max_rows: int = 10_000
    prefixes: dict[str, str] = field(default_factory=dict)
    # Whether the query has FROM clauses of its own; None: the worker reads the query to find out.
    names_its_dataset: bool | None = None


@dataclass(frozen=True)
class QueryAnswer:
    body: bytes
    media_type: str
    form: str  # select | ask | graph
    rows: int


# ---------------------------------------------------------------------------- answering (in a worker)


def answer(store: ox.Store, job: QueryJob) -> QueryAnswer:
    """Run the job on an open store; raises QueryError, ResultTooLarge, NotAcceptable or OSError."""
    try:
        results = store.query(job.query, prefixes=job.prefixes, **dataset_arguments(job))
    except SyntaxError as error:
        raise QueryError(f"malformed SPARQL query: {error}") from None
    if isinstance(results, ox.QueryBoolean):
        media_type, results_format = negotiate(job.accept, RESULTS_FORMATS)
        return QueryAnswer(results.serialize(format=results_format) or b"", media_type, "ask", 1)
    if isinstance(results, ox.QueryTriples):
        media_type, graph_format = negotiate(job.accept, GRAPH_FORMATS)
        triples = list(itertools.islice(results, job.max_rows + 1))
        if len(triples) > job.max_rows:
            raise too_large("triples", job.max_rows)
        body = ox.serialize(triples, format=graph_format, prefixes=job.prefixes)
        return QueryAnswer(body or b"", media_type, "graph", len(triples))
    media_type, results_format = negotiate(job.accept, RESULTS_FORMATS)
    rows, tsv = capped_tsv(results, job.max_rows)
    if results_format == ox.QueryResultsFormat.TSV:
        return QueryAnswer(tsv, media_type, "select", rows)
    # TSV writes every term as in N-Triples, so reading it back loses nothing; the engine converts
    # without a Python object per row (building SPARQL JSON in Python took twice as long).
    body = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(format=results_format)
    return QueryAnswer(body or b"", media_type, "select", rows)


class _TooManyRows(Exception):
    pass


class _RowCountingBuffer(io.BytesIO):
    """Collects the engine's TSV as it writes it and stops it one row past the cap.

    In TSV a row is a line (newlines inside literals are escaped), and the engine writes in chunks
    of a few KiB while it pulls solutions, so a huge result costs about the cap, not its size.
    """

    def __init__(self, max_rows: int) -> None:
        super().__init__()
        self.lines = 0
        self.max_lines = max_rows + 1  # the header line, then one line per row

    def write(self, chunk: Any) -> int:
        self.lines += bytes(chunk).count(b"\n")
        if self.lines > self.max_lines:
            raise _TooManyRows
        return super().write(chunk)


def capped_tsv(results: ox.QuerySolutions, max_rows: int) -> tuple[int, bytes]:
    """The solutions as SPARQL TSV, written by the engine, and how many rows; ResultTooLarge past max_rows."""
    buffer = _RowCountingBuffer(max_rows)
    try:
        results.serialize(buffer, format=ox.QueryResultsFormat.TSV)
    except _TooManyRows:
        raise too_large("rows", max_rows) from None
    return buffer.lines - 1, buffer.getvalue()


def check_iri(iri: str, parameter: str) -> None:
    """A dataset IRI the engine accepts, or QueryError naming the parameter."""
    try:
        ox.NamedNode(iri)
    except ValueError as error:
        raise QueryError(f"{parameter} {iri!r} is not an absolute IRI: {error}") from None


def dataset_arguments(job: QueryJob) -> dict[str, Any]:
    """The protocol's dataset wins; else the query's FROM clauses; else the union of every graph."""
    if job.default_graphs or job.named_graphs:
        return {
            "default_graph": [ox.NamedNode(iri) for iri in job.default_graphs],
            "named_graphs": [ox.NamedNode(iri) for iri in job.named_graphs],
        }
    names_its_dataset = job.names_its_dataset
    if names_its_dataset is None:
        names_its_dataset = read_sparql(job.query).names_its_dataset
    if names_its_dataset:
        return {}
    return {"use_default_graph_as_union": True}


def too_large(what: str, max_rows: int) -> ResultTooLarge:
    return ResultTooLarge(
        f"the query returns more than {max_rows} {what}, the most this endpoint sends; "
        f"add a LIMIT of at most {max_rows} (with ORDER BY and OFFSET to page through the rest) or narrow it"
    )


def worker_main(connection: Connection, store_path: str) -> None:
    """A worker's loop: (revision, job) in; ("ok", media type, form, rows) then the body's bytes out,
    or (error class name, message) alone."""
    store: ox.Store | None = None
    opened_at: str | None = None
    connection.send(("ready",))
    while True:
        try:
            message = connection.recv()
        except (EOFError, KeyboardInterrupt):
            return  # the server went away
        if message is None:
            return
        revision, job = message
        result: QueryAnswer | None = None
        try:
            for attempt in range(STORE_RETRIES):
                try:
                    if store is None or revision != opened_at:
                        store = ox.Store.read_only(store_path)
                        opened_at = revision
                    result = answer(store, job)
                    break
                except (OSError, RuntimeError):
                    # Opened while the server flushed or compacted: a file the snapshot names is gone.
                    # RocksDB reports that as corruption; a snapshot opened a moment later is whole.
                    store = None
                    if attempt == STORE_RETRIES - 1:
                        raise
                    time.sleep(0.05 * (attempt + 1))
        except QueryError as error:
            connection.send((type(error).__name__, str(error)))
        except (OSError, RuntimeError) as error:
            connection.send(("StoreError", f"the store at {store_path} failed to answer a query: {error}"))
        except Exception as error:  # noqa: BLE001 - a worker answers every job, whatever it raised
            connection.send(("StoreError", f"the query could not be answered: {type(error).__name__}: {error}"))
        if result is not None:
            connection.send(("ok", result.media_type, result.form, result.rows))
            connection.send_bytes(result.body)  # as is: pickling would copy it on both sides
