"""The triple store: the `Store` contract, the SPARQL it is written in, and the embedded Oxigraph store.

Both backends (this embedded one and `diplograph.graph.remote.RemoteStore`) share `SparqlStore`:
the contract is written once in SPARQL 1.1, and a backend only says how to run a query and an update.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import pyoxigraph as ox
from rdflib import Graph

from diplograph.batching import batches
from diplograph.errors import DocumentNotFound, NotASelect, QueryError, StoreError, StoreLocked
from diplograph.model import Extraction
from diplograph.ontology.terms import CATALOGUE, DIPL
from diplograph.settings import Settings

from .rdf import Triple, catalogue_triples, document_iri, document_triples, nquads, ntriples

XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = {
    "dipl": str(DIPL),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": XSD,
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
}
SPARQL_PREFIXES = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())


SELECT_MEDIA_TYPE = "application/sparql-results+json"
GRAPH_MEDIA_TYPE = "text/turtle"


@dataclass(frozen=True)
class DocumentInfo:
    """One catalogue entry: what was ingested under which id, when, and how many events it gave."""

    id: str
    content_hash: str
    events: int
    title: str | None = None
    source: str | None = None
    date: dt.date | None = None
    ingested_at: dt.datetime | None = None
    graph: str | None = None  # the IRI of the document and of its named graph


@runtime_checkable
class Store(Protocol):
    """What the view, the API and the CLI need from a store, embedded or remote."""

    def put(self, extraction: Extraction) -> bool: ...
    def put_many(self, extractions: Sequence[Extraction]) -> list[bool]: ...
    def put_all(self, extractions: Iterable[Extraction], batch_size: int = ...) -> Iterator[list[bool]]: ...
    def update(self, sparql: str) -> None: ...
    def replace(self, document_id: str, graph: Graph, entry: Graph) -> None: ...
    def delete(self, document_id: str) -> bool: ...
    def documents(self) -> list[DocumentInfo]: ...
    def document(self, document_id: str) -> DocumentInfo: ...
    def graph_names(self) -> list[str]: ...
    def graph_ntriples(self, graph_iri: str) -> bytes: ...
    def select(self, sparql: str) -> list[dict[str, Any]]: ...
    def query_serialized(self, sparql: str, accept: str | None = None) -> tuple[bytes, str]: ...
    def triple_count(self) -> int: ...
    def revision(self) -> str: ...
    def remembered_revision(self) -> str | None: ...
    def close(self) -> None: ...


def catalogue_query(document: str | None = None) -> str:
    """The catalogue (or one document's entry) with the number of events each document gave."""
    only = f"FILTER(?doc = <{document}>)" if document else ""
    return f"""
SELECT ?doc ?id ?hash ?title ?source ?date ?ingested (COALESCE(?counted, 0) AS ?events) WHERE {{
  GRAPH <{CATALOGUE}> {{
    ?doc dipl:documentId ?id ; dipl:contentHash ?hash .
    {only}
    OPTIONAL {{ ?doc dcterms:title ?title }}
    OPTIONAL {{ ?doc dcterms:source ?source }}
    OPTIONAL {{ ?doc dcterms:date ?date }}
    OPTIONAL {{ ?doc dipl:ingestedAt ?ingested }}
  }}
  OPTIONAL {{
    SELECT ?doc (COUNT(?event) AS ?counted) WHERE {{
      GRAPH ?doc {{ ?event dipl:relation ?relation }}
    }} GROUP BY ?doc
  }}
}} ORDER BY ?id
"""


@dataclass(frozen=True)
class DocumentWrite:
    """A document's new named graph and catalogue entry, and whether the store has catalogued it before."""

    document_id: str
    graph: list[Triple]
    entry: list[Triple]
    catalogued: bool


def replace_document_update(document_id: str, graph: Graph, entry: Graph) -> str:
    """One SPARQL UPDATE request that swaps a document's named graph and catalogue entry for new ones.

    A store runs one update request as one transaction (Oxigraph, Fuseki, GraphDB, Neptune all do), so a
    reader, or a process killed half-way, sees the old document or the new one, never a mixture.
    """
    return replace_operations(document_id, graph.serialize(format="nt"), entry.serialize(format="nt"))


def replace_operations(document_id: str, graph_ntriples: str, entry_ntriples: str) -> str:
    """The operations that swap in one document's graph and catalogue entry, given as N-Triples.

    Several documents' operations joined with " ;" make one request, and so one transaction.
    """
    iri = document_iri(document_id)
    # A document that gave no triples has no graph at all (an empty GRAPH block would create an empty one).
    inserted = "".join(
        f"  GRAPH <{name}> {{\n{triples}  }}\n"
        for name, triples in ((iri, graph_ntriples), (CATALOGUE, entry_ntriples))
        if triples.strip()
    )
    return (
        f"DROP SILENT GRAPH <{iri}> ;\n"
        f"DELETE WHERE {{ GRAPH <{CATALOGUE}> {{ <{iri}> ?p ?o }} }} ;\n"
        f"INSERT DATA {{\n{inserted}}}"
    )


def delete_document_update(document_id: str) -> str:
    iri = document_iri(document_id)
    return f"DROP SILENT GRAPH <{iri}> ;\nDELETE WHERE {{ GRAPH <{CATALOGUE}> {{ <{iri}> ?p ?o }} }}"


class SparqlStore(ABC):
    """The store contract written once in SPARQL 1.1; a backend runs the queries and the updates.

    The default graph of every query is the union of all named graphs (one per document, plus the catalogue).
    """

    read_only: bool
    location: str  # named in error messages: a directory or a URL

    # ------------------------------------------------------------------ what a backend provides

    @abstractmethod
    def select(self, sparql: str) -> list[dict[str, Any]]:
        """Run a SELECT; each row maps variable names to Python values (unbound ones left out)."""

    @abstractmethod
    def query_serialized(self, sparql: str, accept: str | None = None) -> tuple[bytes, str]:
        """Run any query and serialise its results in the best format the Accept header allows."""

    @abstractmethod
    def graph_ntriples(self, graph_iri: str) -> bytes:
        """The triples of one named graph as N-Triples (empty when the graph does not exist)."""

    @abstractmethod
    def triple_count(self) -> int:
        """Every quad in every graph, the catalogue included."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def _apply_update(self, sparql: str) -> None:
        """Run one SPARQL UPDATE request as one transaction; QueryError when it is malformed."""

    def _update(self, sparql: str) -> None:
        """Run one of diplograph's own updates: a malformed one is a bug here, not the caller's error."""
        try:
            self._apply_update(sparql)
        except QueryError as error:  # pragma: no cover - our own updates are well formed
            raise StoreError(f"internal error: {error}") from None

    # ------------------------------------------------------------------ writing

    def put(self, extraction: Extraction) -> bool:
        """Replace the document's named graph and catalogue entry at once; False if unchanged (by hash)."""
        return self.put_many([extraction])[0]

    def put_many(self, extractions: Sequence[Extraction]) -> list[bool]:
        """Put several documents in one transaction (one UPDATE request); for each, False if unchanged.

        Each document is still replaced whole: a reader, or a process killed half-way, sees each of the
        batch's documents old or new, never a mixture (the embedded store loads the new ones and updates
        the replaced ones: two transactions). One request per batch instead of per document, and one
        query for the stored hashes of the batch instead of one per document.
        """
        self._require_writable()
        stored = self._stored_hashes([extraction.document.id for extraction in extractions])
        ingested_at = dt.datetime.now(dt.UTC)
        writes: list[DocumentWrite] = []
        written: list[bool] = []
        for extraction in extractions:
            document = extraction.document
            if stored.get(document.id) == document.content_hash:
                written.append(False)
                continue
            writes.append(DocumentWrite(document.id, document_triples(extraction),
                                        catalogue_triples(document, ingested_at), document.id in stored))
            stored[document.id] = document.content_hash  # the same document twice in a batch is put once
            written.append(True)
        if writes:
            self._write(writes)
        return written

    def _write(self, writes: list[DocumentWrite]) -> None:
        """Swap in these documents' graphs and catalogue entries, in this order, in one transaction."""
        self._update(" ;\n".join(
            replace_operations(write.document_id, ntriples(write.graph), ntriples(write.entry)) for write in writes
        ))

    def put_all(self, extractions: Iterable[Extraction], batch_size: int = 16) -> Iterator[list[bool]]:
        """Put documents as they arrive, batch_size to a transaction; yields each batch's `put_many` result
        once it is committed, so a progress bar never counts a document that a crash could still lose.

        Each batch is written on a thread while the caller makes the next one (extracting it with spaCy):
        Oxigraph writes, and the HTTP client waits, without holding the GIL, so where a core is free the
        write costs the ingest nothing.
        """
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer") as writer:
            pending: Future[list[bool]] | None = None
            for batch in batches(extractions, batch_size):
                if pending is not None:
                    yield pending.result()
                pending = writer.submit(self.put_many, batch)
            if pending is not None:
                yield pending.result()

    def replace(self, document_id: str, graph: Graph, entry: Graph) -> None:
        """Swap in a document's graph and catalogue entry in one transaction (used by put and by load)."""
        self._require_writable()
        self._update(replace_document_update(document_id, graph, entry))

    def update(self, sparql: str) -> None:
        """Run a caller's SPARQL 1.1 Update (an administrator's, through /sparql) as one transaction.

        It can break the one-graph-per-document layout that `put` keeps; `diplograph validate` will say so.
        """
        self._require_writable()
        self._apply_update(sparql)

    def delete(self, document_id: str) -> bool:
        """Remove a document's named graph and catalogue entry; False if it was not stored."""
        self._require_writable()
        if self._stored_hash(document_id) is None:
            return False
        self._update(delete_document_update(document_id))
        return True

    # ------------------------------------------------------------------ reading

    def documents(self) -> list[DocumentInfo]:
        """The catalogue, ordered by document id, with the number of events each document gave."""
        return [_document_info(row) for row in self.select(catalogue_query())]

    def document(self, document_id: str) -> DocumentInfo:
        """One catalogue entry; DocumentNotFound when no document has this id."""
        rows = self.select(catalogue_query(document_iri(document_id)))
        if not rows:
            raise DocumentNotFound(document_id)
        return _document_info(rows[0])

    def graph_names(self) -> list[str]:
        """The IRIs of every non-empty named graph (the documents' and the catalogue), sorted."""
        rows = self.select("SELECT DISTINCT ?graph WHERE { GRAPH ?graph { ?s ?p ?o } } ORDER BY ?graph")
        return [row["graph"] for row in rows]

    def revision(self) -> str:
        """Changes whenever a document is put or deleted: a digest of the catalogue's hashes."""
        # Sorted here, not by ORDER BY: Oxigraph decodes both terms at every comparison (28 s of 31 s for
        # 100,000 documents, against 3 s for the rows alone).
        rows = self.select(f"SELECT ?doc ?hash WHERE {{ GRAPH <{CATALOGUE}> {{ ?doc dipl:contentHash ?hash }} }}")
        digest = hashlib.sha256()
        for doc, content_hash in sorted((row["doc"], row["hash"]) for row in rows):
            digest.update(f"{doc}\x1f{content_hash}\x1e".encode())
        return digest.hexdigest()


    def remembered_revision(self) -> str | None:
        """The revision if known without reading the store (so without blocking), else None.

        None here: another client may write to a shared store at any time. The embedded store, the only
        writer of its directory, remembers what it read since its last write."""
        return None

    # ------------------------------------------------------------------ internals

    def _stored_hashes(self, document_ids: Sequence[str]) -> dict[str, str]:
        """The catalogued content hash of each of these documents that is stored, in one query."""
        if not document_ids:
            return {}
        ids = {str(document_iri(document_id)): document_id for document_id in document_ids}
        values = " ".join(f"<{iri}>" for iri in ids)
        rows = self.select(
            f"SELECT ?doc ?hash WHERE {{ VALUES ?doc {{ {values} }} "
            f"GRAPH <{CATALOGUE}> {{ ?doc dipl:contentHash ?hash }} }}"
        )
        return {ids[row["doc"]]: row["hash"] for row in rows}

    def _stored_hash(self, document_id: str) -> str | None:
        document = document_iri(document_id)
        rows = self.select(
            f"SELECT ?hash WHERE {{ GRAPH <{CATALOGUE}> {{ <{document}> dipl:contentHash ?hash }} }}"
        )
        return rows[0]["hash"] if rows else None

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.location} is open read-only; reopen it to write")


def _document_info(row: dict[str, Any]) -> DocumentInfo:
    return DocumentInfo(
        id=row["id"],
        content_hash=row["hash"],
        events=int(row["events"]),
        title=row.get("title"),
        source=row.get("source"),
        date=row.get("date"),
        ingested_at=row.get("ingested"),
        graph=row["doc"],
    )


class EmbeddedStore(SparqlStore):
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
        if read_only and not self.path.is_dir():
            raise StoreError(f"no store at {self.path}; ingest documents first (`diplograph ingest FILE...`)")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(self.path))
        except OSError as error:
            if not _is_lock_error(error):
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

    def select(self, sparql: str) -> list[dict[str, Any]]:
        """Run a SELECT; each row maps variable names to Python values (unbound ones left out)."""
        results = self._query(sparql)
        if not isinstance(results, ox.QuerySolutions):
            raise NotASelect("only a SELECT query returns rows; ASK, CONSTRUCT and DESCRIBE do not")
        names = [variable.value for variable in results.variables]
        return [
            {name: to_python(term) for name, term in zip(names, solution, strict=True) if term is not None}
            for solution in results
        ]

    def query_serialized(self, sparql: str, accept: str | None = None) -> tuple[bytes, str]:
        """Run any query and serialise its results in the best format the Accept header allows."""
        results = self._query(sparql)
        if isinstance(results, ox.QueryTriples):
            graph_format = _negotiate(accept, ox.RdfFormat.from_media_type, ox.RdfFormat.TURTLE)
            return results.serialize(format=graph_format), graph_format.media_type
        results_format = _negotiate(accept, ox.QueryResultsFormat.from_media_type, ox.QueryResultsFormat.JSON)
        return results.serialize(format=results_format), results_format.media_type

    def graph_names(self) -> list[str]:
        """Oxigraph keeps a list of its named graphs: no need to scan every quad as the SPARQL version does.

        A graph emptied by DELETE (not DROP) stays on that list, so the empty ones are left out here.
        """
        return sorted(
            graph.value
            for graph in self._store.named_graphs()
            if isinstance(graph, ox.NamedNode) and next(self._store.quads_for_pattern(None, None, None, graph), None)
        )

    def graph_ntriples(self, graph_iri: str) -> bytes:
        try:
            data: bytes = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph_iri))
        except OSError as error:
            raise StoreError(f"the store at {self.path} failed to read graph <{graph_iri}>: {error}") from None
        return data

    def triple_count(self) -> int:
        return len(self._store)

    def revision(self) -> str:
        """As SparqlStore.revision, remembered between this object's own writes.

        The process holding the directory's lock is its only writer, so what it read after its last
        write still holds; every request of the server asks, and digesting the whole catalogue each
        time cost seconds at 20,000 documents. A shared reader beside another writer asks each time.
        """
        if self.shared:
            return super().revision()
        if self._revision is None:
            self._revision = super().revision()
        return self._revision

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

    def _query(self, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        try:
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

    def _has_graph(self, document_id: str) -> bool:
        """Whether a graph of this name exists (a document whose catalogue entry an admin deleted, say)."""
        return bool(self._store.contains_named_graph(ox.NamedNode(str(document_iri(document_id)))))

    def _load_nquads(self, quads: str) -> None:
        self._revision = None
        try:
            self._store.load(quads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        except SyntaxError as error:  # pragma: no cover - our own N-Quads are well formed
            raise StoreError(f"internal error: {error}") from None
        except OSError as error:
            raise StoreError(f"the store at {self.path} failed to write: {error}") from None

    def _apply_update(self, sparql: str) -> None:
        self._revision = None
        try:
            self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as error:
            raise QueryError(f"malformed SPARQL update: {error}") from None
        except OSError as error:
            raise StoreError(f"the store at {self.path} failed to write: {error}") from None


def _is_lock_error(error: OSError) -> bool:
    return "lock" in str(error).lower()


def open_store(settings: Settings, *, read_only: bool = False) -> Store:
    """The store the settings point at: a directory opens the embedded Oxigraph store, an http(s) URL a
    remote SPARQL 1.1 store (Oxigraph server, Fuseki, GraphDB, Neptune ...)."""
    if settings.store_is_remote:
        from .remote import RemoteStore

        return RemoteStore.from_settings(settings, read_only=read_only)
    return EmbeddedStore(settings.store, read_only=read_only)


def to_python(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Any:
    """An RDF term as the Python value a caller expects: IRIs as str, typed literals as int, date ..."""
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        converter = _LITERAL_CONVERTERS.get(datatype)
        if converter is not None:
            try:
                return converter(term.value)
            except ValueError:
                return term.value
        return term.value
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return term.value
    return str(term)


_LITERAL_CONVERTERS: dict[str, Any] = {
    XSD + "integer": int,
    XSD + "int": int,
    XSD + "long": int,
    XSD + "decimal": Decimal,
    XSD + "double": float,
    XSD + "float": float,
    XSD + "boolean": lambda value: value in ("true", "1"),
    XSD + "date": dt.date.fromisoformat,
    XSD + "dateTime": dt.datetime.fromisoformat,
}


def _negotiate(accept: str | None, from_media_type: Any, default: Any) -> Any:
    """The first media type of the Accept header Oxigraph can write, else the default."""
    for media_type in accepted_media_types(accept):
        chosen = from_media_type(media_type)
        if chosen is not None:
            return chosen
    return default


def accepted_media_types(accept: str | None) -> Sequence[str]:
    """The media types of an Accept header, best first (by q, then by order); q=0 ones left out."""
    if not accept:
        return []
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media_type, *params = [piece.strip() for piece in part.split(";")]
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, media_type))
    return [media_type for _, _, media_type in sorted(ranked)]
