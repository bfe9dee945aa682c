"""What a query worker process does: answer one SPARQL query on a read-only store within the caps.

The worker serialises the results itself and sends bytes back; solutions are pulled only until one past
`max_rows` (triples: the first `max_rows + 1`), so a huge result costs no more than the cap. The pool that
starts, feeds and kills these workers is query_pool.py.

A worker has no network (sandbox.py): SERVICE fails inside the engine and no request leaves. It may also
run under a cap on its address space, and it checks a query's nesting before the engine's parser sees it.
An administrator's update is tried here first (`try_update`), on an empty store in memory.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import os
import resource
import signal
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from diplograph.errors import QueryError, QueryRefused, ResultTooLarge
from diplograph.ontology.terms import KNOWLEDGE_GRAPHS

from .media_types import negotiate
from .sandbox import forbid_network
from .sparql_parse import fetching_operations
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
MAX_RESULT_BYTES = 64 * 2**20  # a result the server holds whole before it sends it
MAX_ROW_BYTES = 16 * 2**20 - 1024  # the engine's TSV reader refuses longer lines (16 MiB, its buffer's end included)
STORE_RETRIES = 5
NO_SERVICE = "federated queries (SERVICE) are not allowed: the server does not fetch other endpoints"
_PR_SET_PDEATHSIG = 1
NO_FETCH = "LOAD and SERVICE are not allowed: the server does not fetch documents or query other endpoints"


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
    # An update to try out before the server applies it: parsed and run on an empty store in memory,
    # without network, so that what could crash the engine or fetch a URL does so in a worker.
    trial_update: bool = False


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
    # The engine's TSV reader takes lines of at most 16 MiB (and takes seconds to find a longer one out).
    row_too_large = ResultTooLarge(
        "a row of this result is larger than 16 MiB; select less of it (SUBSTR, STRLEN) or ask for TSV"
    )
    if len(tsv) > MAX_ROW_BYTES and max(len(line) for line in tsv.split(b"\n")) > MAX_ROW_BYTES:
        raise row_too_large
    try:
        body = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(format=results_format)
    except MemoryError:
        raise row_too_large from None
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
        if self.lines > self.max_lines or self.tell() + len(chunk) > MAX_RESULT_BYTES:
            raise _TooManyRows
        return super().write(chunk)


def capped_tsv(results: ox.QuerySolutions, max_rows: int) -> tuple[int, bytes]:
    """The solutions as SPARQL TSV, written by the engine, and how many rows; ResultTooLarge past max_rows."""
    buffer = _RowCountingBuffer(max_rows)
    try:
        results.serialize(buffer, format=ox.QueryResultsFormat.TSV)
    except _TooManyRows:
        if buffer.lines <= buffer.max_lines:
            raise ResultTooLarge(
                f"the query's result is larger than {MAX_RESULT_BYTES // 2**20} MiB, the most this endpoint sends; "
                "select fewer or shorter values (LIMIT, SUBSTR)"
            ) from None
        raise too_large("rows", max_rows) from None
    return buffer.lines - 1, buffer.getvalue()


def check_iri(iri: str, parameter: str) -> None:
    """A dataset IRI the engine accepts, or QueryError naming the parameter."""
    try:
        ox.NamedNode(iri)
    except ValueError as error:
        raise QueryError(f"{parameter} {iri!r} is not an absolute IRI: {error}") from None


def dataset_arguments(job: QueryJob) -> dict[str, Any]:
    """The protocol's dataset wins; else the query's FROM clauses; else the knowledge graph (each actor and
    event once, the ontology, the catalogue) as the default graph, every named graph available."""
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
    # The knowledge graph as the default graph, every graph (the documents' too) reachable with GRAPH.
    return {"default_graph": [ox.NamedNode(iri) for iri in KNOWLEDGE_GRAPHS]}


def too_large(what: str, max_rows: int) -> ResultTooLarge:
    return ResultTooLarge(
        f"the query returns more than {max_rows} {what}, the most this endpoint sends; "
        f"add a LIMIT of at most {max_rows} (with ORDER BY and OFFSET to page through the rest) or narrow it"
    )


def worker_main(connection: Connection, store_path: str, memory_limit: int | None = None) -> None:
    """A worker's loop: (revision, job) in; ("ok", media type, form, rows) then the body's bytes out,
    or (error class name, message) alone. Before a job that needs the store opened afresh, ("opened",)
    says that the opening went well: a worker that dies after it died of the query, not of the opening.

    The worker has no network (api/sandbox.py): SERVICE fails inside the engine, and no request leaves.
    Where that cannot be arranged, a query with SERVICE, as the SPARQL parser reads it, is refused.
    """
    _die_with_the_server()
    sandboxed = forbid_network()
    if memory_limit is not None:
        # A query past it fails to allocate, and the engine aborts: the worker dies, not the machine.
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
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
            read_sparql(job.query).check_nesting()  # before the engine's parser, which a deep nesting crashes
            if job.trial_update:
                connection.send(try_update(job, sandboxed))
                continue
            if not sandboxed and fetching_operations(job.query, job.prefixes, update=False):
                raise QueryRefused(NO_SERVICE)
            fresh = store is None or revision != opened_at
            if fresh:
                store, opened_at = _open(store_path), revision
                connection.send(("opened",))
            assert store is not None
            for attempt in range(STORE_RETRIES):
                try:
                    result = answer(store, job)
                    break
                except (PermissionError, ConnectionError, TimeoutError):
                    raise  # the network (SERVICE): never tried again
                except (OSError, RuntimeError):
                    # A snapshot opened while the server flushed or compacted can miss a file it names;
                    # RocksDB reports that as corruption, and one opened a moment later is whole.
                    if not fresh or attempt == STORE_RETRIES - 1:
                        raise
                    time.sleep(0.05 * (attempt + 1))
                    store = _open(store_path)
        except PermissionError:  # the engine tried to open a socket: SERVICE
            connection.send(("QueryRefused", NO_SERVICE))
        except QueryError as error:
            connection.send((type(error).__name__, str(error)))
        except (OSError, RuntimeError) as error:
            store = None  # a snapshot that failed once is not trusted again
            connection.send(("StoreError", f"the store failed to answer a query: {error}"))
        except Exception as error:  # noqa: BLE001 - a worker answers every job, whatever it raised
            connection.send(("StoreError", f"the query could not be answered: {type(error).__name__}: {error}"))
        if result is not None:
            connection.send(("ok", result.media_type, result.form, result.rows))
            connection.send_bytes(result.body)  # as is: pickling would copy it on both sides


def _die_with_the_server() -> None:
    """Make this worker die when the server does, even in the middle of a query.

    The fork server that forks the workers lives while any process holds its "alive" pipe, and it hands
    every child a copy: a server killed with SIGKILL (no shutdown, no kill of its workers) left a worker
    running its query for hours. Closing this worker's copy lets the fork server exit when the server dies,
    and the kernel then sends this worker SIGKILL (PR_SET_PDEATHSIG), whatever the engine is doing.
    Linux only, and only for workers forked by a fork server (a spawned worker's parent is a server
    thread, which may end while the server lives on)."""
    from multiprocessing import forkserver

    alive = getattr(getattr(forkserver, "_forkserver", None), "_forkserver_alive_fd", None)
    if not sys.platform.startswith("linux") or alive is None:
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return
    except (OSError, AttributeError):
        return
    # The fork server cannot have exited before this: the pipe is still held here.
    os.close(alive)
    forkserver._forkserver._forkserver_alive_fd = None  # type: ignore[attr-defined]


def try_update(job: QueryJob, sandboxed: bool) -> tuple[str, ...]:
    """An update run on an empty store in memory: ("tried",) when the engine read it and fetched nothing.

    Only its syntax and its reach are tested here: an operation that fails on an empty store (DROP GRAPH of
    a graph it lacks) may well succeed on the real one, so that is no reason to refuse it."""
    if not sandboxed and fetching_operations(job.query, job.prefixes, update=True):
        return ("QueryRefused", NO_FETCH)
    try:
        ox.Store().update(job.query, prefixes=job.prefixes)
    except SyntaxError as error:
        return ("QueryError", f"malformed SPARQL update: {error}")
    except PermissionError:  # LOAD, or SERVICE, reached for a socket
        return ("QueryRefused", NO_FETCH)
    except Exception:  # noqa: BLE001, S110 - what fails on an empty store is for the real one to say
        pass
    return ("tried",)


def _open(store_path: str) -> ox.Store:
    """The store's current state, read-only; the opening is retried a few times."""
    for attempt in range(STORE_RETRIES):
        try:
            return ox.Store.read_only(store_path)
        except (OSError, RuntimeError):
            # Opened while the server flushed or compacted: a file the snapshot names is gone.
            # RocksDB reports that as corruption; a snapshot opened a moment later is whole.
            if attempt == STORE_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover
