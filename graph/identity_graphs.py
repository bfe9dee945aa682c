"""The store's knowledge graphs: each actor once (`…/actors`), each event once (`…/events`), kept current.

A document's graph keeps what that document said (its reports of events, the names it used); the registry
(graph/registry.py) and events across reports (graph/event_identity.py) are computed from all of them at
once and written to two graphs of their own, so that a query over the knowledge graph counts each actor and
each event once, whatever the number of reports. They are recomputed from the documents after every write
the front door makes (ingest, delete, load, an update, an analyst's correction), in one transaction, and
carry a fingerprint of what they were computed from (the store's revision, the corrections, this code's
version), so a store written by anything else is seen to be stale and recomputed by `refresh_identity`.

The registry and the events are computed from all the documents each time (a surname in one document may
join a full name in another), but in memory: what this process read and wrote last time is remembered
(`_Memo`), so a refresh reads back only the documents whose hash moved (none after the front door's ingest,
which hands over what it stored) and writes only the lines of the events that changed.

An analyst's corrections (merge two actors, split a surface form off one) live in their own graph
(`…/corrections`), apart from the documents, so they survive re-ingest and are applied on every refresh.
"""

from __future__ import annotations

import hashlib
import sys
import threading
import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from diplograph.model import Actor, Extraction
from diplograph.ontology.terms import ACTORS_GRAPH, CATALOGUE, CORRECTIONS_GRAPH, DIPL, EVENTS_GRAPH

from .event_identity import CombinedEvent, combine_reports, reports_of
from .identity_rdf import event_lines
from .rdf import document_iri, ntriples
from .registry import Corrections, Registry, build_registry, registry_triples
from .store import Store
from .stored_extractions import as_stored, stored_documents, stored_extractions

# Raised whenever what the graphs hold changes for the same documents, so stores computed before are redone.
IDENTITY_VERSION = "2"

_D = str(DIPL)
_MERGED_INTO, _SPLIT_SURFACE, _SPLIT_FROM = _D + "mergedInto", _D + "splitSurface", _D + "splitFrom"
_FINGERPRINT = _D + "computedFrom"

FINGERPRINT_QUERY = f"SELECT ?value WHERE {{ GRAPH <{EVENTS_GRAPH}> {{ <{EVENTS_GRAPH}> <{_FINGERPRINT}> ?value }} }}"
ANY_DOCUMENT_QUERY = f"SELECT ?d WHERE {{ GRAPH <{CATALOGUE}> {{ ?d <{_D}documentId> ?id }} }} LIMIT 1"
CATALOGUE_HASHES_QUERY = f"SELECT ?graph ?hash WHERE {{ GRAPH <{CATALOGUE}> {{ ?graph <{_D}contentHash> ?hash }} }}"
MERGES_QUERY = f"SELECT ?absorbed ?kept WHERE {{ GRAPH <{CORRECTIONS_GRAPH}> {{ ?absorbed <{_MERGED_INTO}> ?kept }} }}"
SPLITS_QUERY = (f"SELECT ?surface ?actor WHERE {{ GRAPH <{CORRECTIONS_GRAPH}> "
                f"{{ ?split <{_SPLIT_SURFACE}> ?surface ; <{_SPLIT_FROM}> ?actor }} }}")


@dataclass(frozen=True)
class IdentityRefresh:
    """What a refresh found: whether it recomputed, and the counts the knowledge graph now holds."""

    recomputed: bool
    actors: int = 0
    events: int = 0
    reports: int = 0
    ambiguous: int = 0
    documents_read: int = 0  # read back from the store for it (the others this process knew already)
    events_written: int = 0  # events whose lines were written or taken away (all of them when rewritten whole)


def read_corrections(store: Store) -> Corrections:
    merges = {str(row["absorbed"]): str(row["kept"]) for row in store.select(MERGES_QUERY)}
    splits = frozenset((str(row["surface"]), str(row["actor"])) for row in store.select(SPLITS_QUERY))
    return Corrections(merges, splits)


def write_corrections(store: Store, corrections: Corrections) -> None:
    """Replace the corrections graph with these corrections (one transaction)."""
    lines = [f"<{absorbed}> <{_MERGED_INTO}> <{kept}> .\n" for absorbed, kept in sorted(corrections.merges.items())]
    for surface, actor in sorted(corrections.splits):
        key = "\x1f".join((surface, actor)).encode("utf-8")
        node = f"{CORRECTIONS_GRAPH}/split/{hashlib.sha256(key).hexdigest()[:16]}"
        lines.append(f"<{node}> <{_SPLIT_SURFACE}> {_literal(surface)} .\n")
        lines.append(f"<{node}> <{_SPLIT_FROM}> <{actor}> .\n")
    store.replace_graphs({CORRECTIONS_GRAPH: "".join(lines)})


def fingerprint(store: Store, corrections: Corrections) -> str:
    """What the knowledge graphs are computed from: the documents (the store's revision), the corrections
    and this code's version."""
    digest = hashlib.sha256(f"{IDENTITY_VERSION}\x1e{store.revision()}\x1e".encode())
    for absorbed, kept in sorted(corrections.merges.items()):
        digest.update(f"m\x1f{absorbed}\x1f{kept}\x1e".encode())
    for surface, actor in sorted(corrections.splits):
        digest.update(f"s\x1f{surface}\x1f{actor}\x1e".encode())
    return digest.hexdigest()


def stored_fingerprint(store: Store) -> str | None:
    rows = store.select(FINGERPRINT_QUERY)
    return str(rows[0]["value"]) if rows else None


def is_current(store: Store) -> bool:
    """Whether the knowledge graphs were computed from the store's documents and corrections as they are (a
    store without documents has nothing to compute)."""
    stored = stored_fingerprint(store)
    if stored is None and not store.select(ANY_DOCUMENT_QUERY):
        return True
    return stored == fingerprint(store, read_corrections(store))


def remember_written(store: Store, extraction: Extraction) -> None:
    """An extraction the store has just taken (an ingest's): the next refresh need not read it back."""
    memo = _memo_of(store)
    stored = as_stored(extraction)
    with memo.lock:
        memo.keep(str(document_iri(extraction.document.id)), extraction.document.content_hash, stored)


def refresh_identity(store: Store, *, force: bool = False) -> IdentityRefresh:
    """Recompute the actors and events graphs from every document when they are stale (or `force`).

    What this process computed for the store last time (`_Memo`) spares reading the documents that did not
    change and rewriting the events that did not change; without it (a new process, another writer, a
    forced refresh), one scan per kind of fact over the documents (graph/stored_extractions.py) and the graphs
    rewritten by difference with what the store holds. Never a round trip per mention or per document.
    """
    memo = _memo_of(store)
    with memo.lock:
        if force:
            memo.forget()
        corrections = read_corrections(store)
        current = fingerprint(store, corrections)
        stored = stored_fingerprint(store)
        if not force and stored == current:
            return IdentityRefresh(recomputed=False)
        try:
            extractions, read = memo.extractions(store)
            registry = build_registry(extractions, corrections)
            events = combine_reports(reports_of(extractions, registry))
            if memo.written_from is not None and memo.written_from == stored:
                written = memo.write_changes(store, registry, events, stored, current)
            else:
                written = memo.write_whole(store, registry, events, current)
        except BaseException:
            memo.written_from = None  # what the store holds is unknown now: the next refresh reads it
            raise
    return IdentityRefresh(True, len(registry.actors), len(events), sum(len(e.reports) for e in events),
                           len(registry.ambiguous), read, written)


def write_knowledge_graph(store: Store, extractions: Sequence[Extraction], corrections: Corrections,
                          computed_from: str) -> IdentityRefresh:
    """The actors and events graphs of these extractions (all the store's documents), swapped in whole and
    marked with the fingerprint they were computed from; for a caller that has the extractions already
    (bench/generate.py), `refresh_identity` for one that reads them from the store."""
    registry = build_registry(extractions, corrections)
    events = combine_reports(reports_of(extractions, registry))
    memo = _memo_of(store)
    with memo.lock:
        written = memo.write_whole(store, registry, events, computed_from)
    return IdentityRefresh(True, len(registry.actors), len(events), sum(len(e.reports) for e in events),
                           len(registry.ambiguous), len(extractions), written)


def _own_and_shared(event: CombinedEvent) -> tuple[list[str], list[str]]:
    """An event's lines: those about the event itself, and those other events may write too (the direct
    actor-to-actor triple, a place, a sentence's text)."""
    own = f"<{event.iri}> "
    lines = event_lines(event)
    return [line for line in lines if line.startswith(own)], [line for line in lines if not line.startswith(own)]


def _marker(computed_from: str) -> str:
    return f'<{EVENTS_GRAPH}> <{_FINGERPRINT}> "{computed_from}" .\n'


@dataclass
class _Memo:
    """What this process last read and wrote of one store's knowledge graph: each document's extraction as
    stored (by graph, with the content hash it was read at) and the graphs as written under a fingerprint.

    Trusted only while the store carries that fingerprint: a refresh then reads the documents whose hash
    changed and writes the lines of the events that changed. Lines that several events write (the direct
    actor-to-actor triple, a place, a sentence's text) are counted, so one event going does not take them
    from another. Kept inside this module: callers see `refresh_identity` only.
    """

    lock: threading.Lock = field(default_factory=threading.Lock)
    documents: dict[str, tuple[str, Extraction]] = field(default_factory=dict)
    written_from: str | None = None
    actor_lines: frozenset[str] = frozenset()
    events: dict[str, CombinedEvent] = field(default_factory=dict)
    shared: Counter[str] = field(default_factory=Counter)
    actors: dict[Actor, Actor] = field(default_factory=dict)  # one object for each actor as documents give it

    def forget(self) -> None:
        self.documents.clear()
        self.actors = {}
        self.written_from = None
        self.events = {}
        self.shared = Counter()

    def extractions(self, store: Store) -> tuple[list[Extraction], int]:
        """Every document's extraction, read from the store only where this memo lacks it or its hash moved;
        and how many were read."""
        hashes = {str(row["graph"]): str(row["hash"]) for row in store.select(CATALOGUE_HASHES_QUERY)}
        for graph in [graph for graph, (known, _) in self.documents.items() if hashes.get(graph) != known]:
            del self.documents[graph]
        missing = [graph for graph in hashes if graph not in self.documents]
        if missing:
            read = stored_documents(store, missing)
            for graph in missing:
                if graph in read:
                    self.keep(graph, hashes[graph], read[graph])
        every = sorted((extraction for _, extraction in self.documents.values()), key=lambda e: e.document.id)
        return every, len(missing)

    def keep(self, graph: str, content_hash: str, extraction: Extraction) -> None:
        """Remember a document's extraction, its actors and names shared with the other documents' (one
        object each, not one per document: most of what a big store would cost this memory)."""
        actors = self.actors
        events = tuple(replace(event, relation=sys.intern(event.relation), source=sys.intern(event.source),
                               target=sys.intern(event.target)) for event in extraction.events)
        self.documents[graph] = (content_hash, replace(
            extraction, actors=tuple(actors.setdefault(actor, actor) for actor in extraction.actors), events=events))

    def write_whole(self, store: Store, registry: Registry, events: Sequence[CombinedEvent], current: str) -> int:
        """Rewrite both graphs against what the store holds (it reads them), and remember what they hold."""
        self.written_from = None
        shared: Counter[str] = Counter()
        chunks: list[str] = []
        for event in events:
            own, others = _own_and_shared(event)
            chunks.extend(own)
            chunks.extend(others)
            shared.update(others)
        actor_text = ntriples(registry_triples(registry))
        marker = _marker(current)
        store.replace_graphs({ACTORS_GRAPH: actor_text, EVENTS_GRAPH: "".join(chunks) + marker}, marker)
        self._remember(actor_text, events, shared, current)
        return len(events)

    def write_changes(self, store: Store, registry: Registry, events: Sequence[CombinedEvent], stored: str | None,
                      current: str) -> int:
        """Write only the difference between what this memo wrote (the store holds it: its fingerprint says
        so) and these graphs."""
        self.written_from = None
        fresh = {event.iri: event for event in events}
        removed: list[str] = [] if stored is None else [_marker(stored)]
        added: list[str] = []
        shared = self.shared
        changed: set[str] = set()
        for iri, event in self.events.items():
            if fresh.get(iri) != event:
                changed.add(iri)
                own, others = _own_and_shared(event)
                removed.extend(own)
                for line in others:
                    shared[line] -= 1
                    if shared[line] <= 0:
                        del shared[line]
                        removed.append(line)
        for iri, event in fresh.items():
            if self.events.get(iri) != event:
                changed.add(iri)
                own, others = _own_and_shared(event)
                added.extend(own)
                for line in others:
                    if line not in shared:
                        added.append(line)
                    shared[line] += 1
        actor_text = ntriples(registry_triples(registry))
        actor_lines = frozenset(actor_text.splitlines(keepends=True))
        both = set(removed) & set(added)  # an event whose report count moved keeps most of its lines
        marker = _marker(current)
        store.change_graphs(
            {ACTORS_GRAPH: "".join(sorted(self.actor_lines - actor_lines)),
             EVENTS_GRAPH: "".join(line for line in removed if line not in both)},
            {ACTORS_GRAPH: "".join(sorted(actor_lines - self.actor_lines)),
             EVENTS_GRAPH: "".join(line for line in added if line not in both) + marker},
            marker)
        self._remember(actor_text, events, shared, current)
        return len(changed)

    def _remember(self, actor_text: str, events: Sequence[CombinedEvent], shared: Counter[str], current: str) -> None:
        self.actor_lines = frozenset(actor_text.splitlines(keepends=True))
        self.events = {event.iri: event for event in events}
        self.shared = shared
        self.written_from = current


_MEMOS: weakref.WeakKeyDictionary[Store, _Memo] = weakref.WeakKeyDictionary()
_MEMOS_LOCK = threading.Lock()


def _memo_of(store: Store) -> _Memo:
    with _MEMOS_LOCK:
        memo = _MEMOS.get(store)
        if memo is None:
            memo = _MEMOS[store] = _Memo()
        return memo


def registry_of(store: Store) -> Registry:
    """The registry as the store's documents and corrections make it now (computed, not read back)."""
    return build_registry(stored_extractions(store), read_corrections(store))


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'
