"""The embedded store: Oxigraph (RocksDB) on a directory, written by the one process that holds its lock."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from diplograph.errors import NotASelect, QueryError, StoreError, StoreLocked
from diplograph.ontology.terms import CATALOGUE

from ..rdf import document_iri, nquads
from .contract import PREFIXES, Store
from .terms import to_python
from .updates import DocumentWrite


def _delete_data(quads: list[ox.Quad]) -> str:
    """One DELETE DATA for these quads (one transaction, however many)."""
    lines = (f"  GRAPH {quad.graph_name} {{ {quad.subject} {quad.predicate} {quad.object} }}\n" for quad in quads)
    return "DELETE DATA {\n" + "".join(lines) + "}"


def _quads(text: str, graph: str) -> list[ox.Quad]:
    """N-Triples lines as quads of the named graph `graph`."""
    node = ox.NamedNode(graph)
    return [ox.Quad(t.subject, t.predicate, t.object, node) for t in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)]


class EmbeddedStore(Store):
    """Oxigraph (RocksDB) on a directory. The default graph of a query is the union of all graphs."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        """Open the store; read_only promises not to write, and also works while another process holds it.

        A reader still takes the lock when it is free: RocksDB's read-only mode is a snapshot that another
        process's compactions can pull files from under, so it is only the fallback.
        """
        self.path = Path(path)
        self.location = str(self.path)
        self.read_only = read_only
        self.shared = False  # True when opened read-only beside another process that holds the lock
        self._revision: str | None = None
        # Writes so far, counted before and after each: a revision read while a write ran is not remembered.
        self._writes = 0
        self._revision_lock = threading.Lock()
        # Uses of the engine in this process, and whether it is handed to an update's own process meanwhile.
        self._gate = threading.Condition()
        self._users = 0
        self._handed_over = False
        if read_only and not self.path.is_dir():
            raise StoreError(f"no store at {self.path}; ingest documents first (`diplograph ingest FILE...`)")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(self.path))
        except OSError as error:
            if not is_lock_error(error):
                raise StoreError(f"cannot open the store at {self.path}: {error}") from None
            if not read_only:
                raise StoreLocked(
                    f"the store at {self.path} is locked by another process (is `diplograph serve` "
                    "running?); stop that process to write to the store, or query through its HTTP API"
                ) from None
            self._open_shared()

    def _open_shared(self) -> None:
        try:
            self._store = ox.Store.read_only(str(self.path))
        except OSError as error:
            raise StoreError(f"cannot open the store at {self.path} read-only: {error}") from None
        self.shared = True

    # ------------------------------------------------------------------ reading

    def select(self, sparql: str, default_graphs: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Run a SELECT; each row maps variable names to Python values (unbound ones left out)."""
        with self._engine():
            results = self._query(sparql, default_graphs)
            if not isinstance(results, ox.QuerySolutions):
                raise NotASelect("only a SELECT query returns rows; ASK, CONSTRUCT and DESCRIBE do not")
            names = [variable.value for variable in results.variables]
            return [
                {name: to_python(term) for name, term in zip(names, solution, strict=True) if term is not None}
                for solution in results
            ]

    def query_serialized(
        self, sparql: str, media_types: Sequence[str] = (), default_graphs: Sequence[str] | None = None
    ) -> tuple[bytes, str]:
        """Run any query; its results in the first of these media types Oxigraph writes (else the default)."""
        with self._engine():
            results = self._query(sparql, default_graphs)
            if isinstance(results, ox.QueryTriples):
                graph_format = negotiate(media_types, ox.RdfFormat.from_media_type, ox.RdfFormat.TURTLE)
                return results.serialize(format=graph_format) or b"", graph_format.media_type
            results_format = negotiate(
                media_types, ox.QueryResultsFormat.from_media_type, ox.QueryResultsFormat.JSON)
            return results.serialize(format=results_format) or b"", results_format.media_type

    def graph_names(self) -> list[str]:
        """Oxigraph keeps a list of its named graphs: no need to scan every quad as the SPARQL version does.

        A graph emptied by DELETE (not DROP) stays on that list, so the empty ones are left out here.
        """
        with self._engine():
            return sorted(
                graph.value
                for graph in self._store.named_graphs()
                if isinstance(graph, ox.NamedNode)
                and next(self._store.quads_for_pattern(None, None, None, graph), None)
            )

    def graph_ntriples(self, graph_iri: str) -> bytes:
        try:
            with self._engine():
                data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph_iri)) or b""
        except OSError as error:
            raise StoreError(f"the store at {self.path} failed to read graph <{graph_iri}>: {error}") from None
        return data

    def triple_count(self) -> int:
        with self._engine():
            return len(self._store)

    def revision(self) -> str:
        """As SparqlStore.revision, remembered between this object's own writes.

        The process holding the directory's lock is its only writer, so what it read after its last
        write still holds; every request of the server asks, and digesting the whole catalogue each
        time cost seconds at 20,000 documents. A shared reader beside another writer asks each time.
        """
        if self.shared:
            return super().revision()
        remembered = self._revision
        if remembered is not None:
            return remembered
        writes = self._writes
        found = super().revision()
        with self._revision_lock:
            if self._writes == writes:  # no write began or ended meanwhile (a server reads while it ingests)
                self._revision = found
        return found

    def remembered_revision(self) -> str | None:
        """The revision without reading the store, when this object can know it (it holds the lock and has
        read it since its last write); else None."""
        return None if self.shared else self._revision

    def close(self) -> None:
        """Flush and release the store (and its lock); closing twice is harmless."""
        if not hasattr(self, "_store"):
            return
        if not self.shared:
            self._store.flush()
        del self._store

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ internals

    def _query(
        self, sparql: str, default_graphs: Sequence[str] | None = None
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        try:
            if default_graphs is not None:
                graphs: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [
                    ox.NamedNode(iri) for iri in default_graphs
                ]
                return self._store.query(sparql, prefixes=PREFIXES, default_graph=graphs)
            return self._store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise QueryError(f"malformed SPARQL query: {error}") from None
        except (OSError, RuntimeError) as error:
            if self.shared:
                raise StoreError(
                    f"the store at {self.path} changed under this read-only reader (another process holds "
                    "it: is `diplograph serve` running?); retry, or query through the server's HTTP API"
                ) from None
            raise StoreError(f"the store at {self.path} failed to answer a query: {error}") from None

    def _write(self, writes: list[DocumentWrite]) -> None:
        """Documents new to the store are loaded as N-Quads, which costs a fifth less CPU than the same quads
        in an UPDATE (measured on the bench corpus); only a document replacing another needs the UPDATE's
        DROP. One load, then one update: each is a transaction, so each document is still whole or absent."""
        new: list[DocumentWrite] = []
        replacing: list[DocumentWrite] = []
        for write in writes:
            fresh = not write.catalogued and not self._has_graph(write.document_id)
            (new if fresh else replacing).append(write)
        if new:
            quads = "".join(
                nquads(write.graph, str(document_iri(write.document_id))) + nquads(write.entry, str(CATALOGUE))
                for write in new
            )
            self._load_nquads(quads)
        if replacing:
            super()._write(replacing)  # after the load: a document twice in a batch ends as its last version

    def replace_graphs(self, graphs: dict[str, str], last: str | None = None) -> None:
        """As Store.replace_graphs, by difference: only the quads that changed are removed and added (a refresh
        after a few documents changes a few events; an UPDATE that drops and inserts the whole events graph
        took most of a minute for 20,000 events). Not one transaction: `last`, a line of one of the graphs (the
        knowledge graph's fingerprint), goes in after everything else and anything it replaces goes first, so a
        crash half-way leaves no fingerprint and the next refresh computes the graphs again."""
        self._require_writable()
        try:
            with self._engine(), self._writing():
                self._replace_by_difference(graphs, last)
        except OSError as error:
            raise StoreError(f"the store at {self.path} failed to write: {error}") from None

    def change_graphs(self, removed: dict[str, str], added: dict[str, str], last: str | None = None) -> None:
        """As Store.change_graphs: the removals in one transaction (the old fingerprint among them), the
        additions in bulk, `last` (the new fingerprint) after everything else, so a crash half-way leaves no
        fingerprint and the next refresh computes the graphs again."""
        self._require_writable()
        stale = [quad for name, text in removed.items() for quad in _quads(text, name)]
        try:
            with self._engine(), self._writing():
                if stale:
                    self._store.update(_delete_data(stale))
                final: list[ox.Quad] = []
                fresh: list[ox.Quad] = []
                for name, text in added.items():
                    if last is not None and last in text:
                        final.extend(_quads(last, name))
                        text = text.replace(last, "")
                    fresh.extend(_quads(text, name))
                if fresh:
                    self._store.bulk_extend(fresh)
                for quad in final:
                    self._store.add(quad)
                self._store.flush()
        except OSError as error:
            raise StoreError(f"the store at {self.path} failed to write: {error}") from None

    def _replace_by_difference(self, graphs: dict[str, str], last: str | None) -> None:
        wanted: set[ox.Quad] = set()
        final: list[ox.Quad] = []
        for name, text in graphs.items():
            graph = ox.NamedNode(name)
            for triple in ox.parse(text, format=ox.RdfFormat.N_TRIPLES):
                quad = ox.Quad(triple.subject, triple.predicate, triple.object, graph)
                wanted.add(quad)
            if last is not None and last in text:
                [marker] = ox.parse(last, format=ox.RdfFormat.N_TRIPLES)
                final.append(ox.Quad(marker.subject, marker.predicate, marker.object, graph))
        held: set[ox.Quad] = set()
        for name in graphs:
            held.update(self._store.quads_for_pattern(None, None, None, ox.NamedNode(name)))
        finals = set(final)
        keys = {(quad.subject, quad.predicate) for quad in final}
        markers = {quad for quad in held if (quad.subject, quad.predicate) in keys}
        for quad in markers:  # the old fingerprint first
            self._store.remove(quad)
        stale = [quad for quad in held - wanted if quad not in markers]
        if stale:
            self._store.update(_delete_data(stale))
        added = [quad for quad in wanted - held if quad not in finals]
        if added:
            self._store.bulk_extend(added)
        for quad in final:  # the new fingerprint last
            self._store.add(quad)
        self._store.flush()

    def _has_graph(self, document_id: str) -> bool:
        """Whether a graph of this name exists (a document whose catalogue entry an admin deleted, say)."""
        with self._engine():
            return bool(self._store.contains_named_graph(ox.NamedNode(str(document_iri(document_id)))))

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Forget the remembered revision for the length of a write, and after it."""
        with self._revision_lock:
            self._writes += 1
            self._revision = None
        try:
            yield
        finally:
            with self._revision_lock:
                self._writes += 1
                self._revision = None

    def _load_nquads(self, quads: str) -> None:
        try:
            with self._engine(), self._writing():
                self._store.load(quads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        except SyntaxError as error:  # pragma: no cover - our own N-Quads are well formed
            raise StoreError(f"internal error: {error}") from None
        except OSError as error:
            raise StoreError(f"the store at {self.path} failed to write: {error}") from None

    def _apply_update(self, sparql: str) -> None:
        try:
            with self._engine(), self._writing():
                self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as error:
            raise QueryError(f"malformed SPARQL update: {error}") from None
        except OSError as error:
            raise StoreError(f"the store at {self.path} failed to write: {error}") from None

    # ------------------------------------------------------------------ a caller's update, in its own process

    def update_in_own_process(self, sparql: str, timeout: float, memory_limit: int | None = None) -> None:
        """Run a caller's SPARQL update (an administrator's, through /sparql) in a process of its own, killed at
        `timeout` seconds and capped at `memory_limit` bytes like a query: this process lets go of the store
        for the length of it (the other uses here wait), so an update that runs away, or crashes the engine,
        costs that process and not the server. QueryTimeout, QueryError or StoreError as the update ended."""
        from .update_process import run_update

        self._require_writable()
        if self.shared:
            raise StoreError(f"the store at {self.path} is held by another process: send the update to it")
        with self._gate:
            while self._handed_over:
                self._gate.wait()
            self._handed_over = True  # no new use begins
            while self._users:
                self._gate.wait()
        try:
            with self._writing():
                self._store.flush()
                del self._store  # the last reference: the engine closes and the directory's lock is free
                try:
                    run_update(str(self.path), sparql, PREFIXES, timeout, memory_limit)
                finally:
                    self._store = self._reopen()
        finally:
            with self._gate:
                self._handed_over = False
                self._gate.notify_all()

    def _reopen(self) -> ox.Store:
        """The store again after an update's process let go of it (at once, or after its death freed the lock)."""
        for attempt in range(50):
            try:
                return ox.Store(str(self.path))
            except OSError as error:
                if not is_lock_error(error) or attempt == 49:
                    raise StoreError(f"cannot open the store at {self.path} again after an update: {error}") from None
                time.sleep(0.1)
        raise AssertionError("unreachable")

    @contextmanager
    def _engine(self) -> Iterator[None]:
        """One use of the engine by this process: waits while the store is handed to an update's process."""
        with self._gate:
            while self._handed_over:
                self._gate.wait()
            self._users += 1
        try:
            yield
        finally:
            with self._gate:
                self._users -= 1
                if not self._users:
                    self._gate.notify_all()


def is_lock_error(error: OSError) -> bool:
    return "lock" in str(error).lower()


def negotiate(media_types: Sequence[str], from_media_type: Any, default: Any) -> Any:
    """The format of the first of these media types Oxigraph can write, else the default."""
    for media_type in media_types:
        chosen = from_media_type(media_type)
        if chosen is not None:
            return chosen
    return default


