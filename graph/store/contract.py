"""The store contract: what the view, the API and the CLI need from a store, written once in SPARQL 1.1.

`Store` is an abstract base class: a backend (embedded.py, remote.py) says how to run a query and an
update, and everything else (putting documents in batches, deleting, the catalogue, the revision) is
written here over them. The default graph of every query is the union of all named graphs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from rdflib import Graph

from diplograph.batching import batches
from diplograph.errors import DocumentFailed, DocumentNotFound, QueryError, StoreError
from diplograph.model import Extraction
from diplograph.ontology.terms import CATALOGUE, DIPL, ONTOLOGY_GRAPH

from ..rdf import catalogue_triples, document_iri, document_triples, ntriples
from .catalogue import DocumentInfo, catalogue_query, document_info
from .updates import (
    DocumentWrite,
    change_graphs_update,
    delete_document_update,
    replace_document_update,
    replace_graphs_update,
    replace_operations,
)

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


class Store(ABC):
    """The store contract written once in SPARQL 1.1; a backend runs the queries and the updates.

    The default graph of every query is the union of all named graphs (one per document, plus the catalogue).
    """

    read_only: bool
    location: str  # named in error messages: a directory or a URL
    max_triples_per_insert: int | None = None  # a server's parser limit (see profiles.py); None: no limit

    # ------------------------------------------------------------------ what a backend provides

    @abstractmethod
    def select(self, sparql: str, default_graphs: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Run a SELECT; each row maps variable names to Python values (unbound ones left out). The default
        graph is the union of every graph, or the union of `default_graphs` (every named graph stays
        reachable with GRAPH)."""

    @abstractmethod
    def query_serialized(
        self, sparql: str, media_types: Sequence[str] = (), default_graphs: Sequence[str] | None = None
    ) -> tuple[bytes, str]:
        """Run any query; its results in the first of these media types the store writes (best first), else as
        SPARQL JSON (SELECT, ASK) or Turtle (CONSTRUCT, DESCRIBE). Returns the body and its media type.
        `default_graphs` as for `select`."""

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
        """Put several documents in one UPDATE request (one transaction where the server runs a request as
        one: not Virtuoso, see profiles.py); for each, False if unchanged.

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
            replace_operations(write.document_id, ntriples(write.graph), ntriples(write.entry),
                               self.max_triples_per_insert)
            for write in writes
        ))

    def put_all(
        self, extractions: Iterable[Extraction], batch_size: int = 16
    ) -> Iterator[list[bool | DocumentFailed]]:
        """Put documents as they arrive, batch_size to a transaction; yields each batch's results once it is
        committed, so a progress bar never counts a document that a crash could still lose: for each
        document True (stored), False (unchanged) or the DocumentFailed that says why it is not stored.

        Each batch is written on a thread while the caller makes the next one (extracting it with spaCy):
        Oxigraph writes, and the HTTP client waits, without holding the GIL, so where a core is free the
        write costs the ingest nothing.
        """
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer") as writer:
            pending: Future[list[bool | DocumentFailed]] | None = None
            for batch in batches(extractions, batch_size):
                if pending is not None:
                    yield pending.result()
                pending = writer.submit(self.put_each, batch)
            if pending is not None:
                yield pending.result()

    def put_each(self, extractions: Sequence[Extraction]) -> list[bool | DocumentFailed]:
        """As put_many, but a batch the store refuses is put again one document at a time, so that only the
        documents at fault fail (each with a DocumentFailed naming it) and the others are stored."""
        try:
            return list(self.put_many(extractions))
        except Exception:  # noqa: BLE001 - which document failed is found below
            pass
        results: list[bool | DocumentFailed] = []
        for extraction in extractions:
            document = extraction.document
            try:
                results.append(self.put_many([extraction])[0])
            except Exception as error:  # noqa: BLE001 - one document's failure, reported as such
                results.append(DocumentFailed.because(document.where, document.id, "stored", error))
        return results

    def replace(self, document_id: str, graph: Graph, entry: Graph) -> None:
        """Swap in a document's graph and catalogue entry in one transaction (used by put and by load)."""
        self._require_writable()
        self._update(replace_document_update(document_id, graph, entry, self.max_triples_per_insert))

    def update(self, sparql: str) -> None:
        """Run a caller's SPARQL 1.1 Update (an administrator's, through /sparql) as one transaction.

        It can break the one-graph-per-document layout that `put` keeps; `diplograph validate` will say so.
        """
        self._require_writable()
        self._apply_update(sparql)

    def replace_graphs(self, graphs: dict[str, str], last: str | None = None) -> None:
        """Empty each named graph and fill it with its N-Triples, all in one request (one transaction where the
        server runs a request as one): the computed graphs (actors, events, corrections) are swapped whole.
        `last`, one of the lines, is written after the others where the writes are not one transaction."""
        self._require_writable()
        self._update(replace_graphs_update(graphs, self.max_triples_per_insert))

    def change_graphs(self, removed: dict[str, str], added: dict[str, str], last: str | None = None) -> None:
        """Remove and add these N-Triples lines in these named graphs: a difference its caller computed from
        what it knows the graphs hold (the knowledge graph's refresh after a few documents changed), so the
        store writes only what changed and reads nothing. In one request, removals first; `last`, one of the
        added lines, is written after the others where the writes are not one transaction."""
        self._require_writable()
        update = change_graphs_update(removed, added, last, self.max_triples_per_insert)
        if update:
            self._update(update)

    def keep_ontology_current(self) -> bool:
        """Load diplo.ttl into the ontology graph unless the graph already holds this version of it (by hash),
        so class hierarchy, CAMEO and PLOVER queries work over the union of graphs; True when it was loaded."""
        from ..identity_rdf import ontology_ntriples

        self._require_writable()
        triples = ontology_ntriples()
        digest = hashlib.sha256(triples.encode("utf-8")).hexdigest()
        graph = str(ONTOLOGY_GRAPH)
        stored = self.select(f"SELECT ?hash WHERE {{ GRAPH <{graph}> {{ <{graph}> dipl:ontologyHash ?hash }} }}")
        if [row["hash"] for row in stored] == [digest]:
            return False
        # A template with an empty WHERE, not INSERT DATA: diplo.ttl's OWL lists are blank nodes, which
        # Virtuoso refuses in INSERT DATA ("not allowed in a constant clause") and takes in a template.
        self._update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT {{ GRAPH <{graph}> {{\n{triples}"
                     f'<{graph}> <{DIPL}ontologyHash> "{digest}" .\n}} }} WHERE {{}}')
        return True

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
        return [document_info(row) for row in self.select(catalogue_query())]

    def document(self, document_id: str) -> DocumentInfo:
        """One catalogue entry; DocumentNotFound when no document has this id."""
        rows = self.select(catalogue_query(document_iri(document_id)))
        if not rows:
            raise DocumentNotFound(document_id)
        return document_info(rows[0])

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




SparqlStore = Store  # the name the contract had while a Protocol repeated it
