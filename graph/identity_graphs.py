"""The store's knowledge graphs: each actor once (`…/actors`), each event once (`…/events`), kept current.

A document's graph keeps what that document said (its reports of events, the names it used); the registry
(graph/registry.py) and events across reports (graph/event_identity.py) are computed from all of them at
once and written to two graphs of their own, so that a query over the knowledge graph counts each actor and
each event once, whatever the number of reports. They are recomputed from the documents after every write
the front door makes (ingest, delete, load, an update, an analyst's correction), in one transaction, and
carry a fingerprint of what they were computed from (the store's revision, the corrections, this code's
version), so a store written by anything else is seen to be stale and recomputed by `refresh_identity`.

An analyst's corrections (merge two actors, split a surface form off one) live in their own graph
(`…/corrections`), apart from the documents, so they survive re-ingest and are applied on every refresh.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from diplograph.model import Extraction
from diplograph.ontology.terms import ACTORS_GRAPH, CATALOGUE, CORRECTIONS_GRAPH, DIPL, EVENTS_GRAPH

from .event_identity import combine_reports, reports_of
from .identity_rdf import event_triples
from .rdf import ntriples
from .registry import Corrections, Registry, build_registry, registry_triples
from .store import Store
from .stored_extractions import stored_extractions

# Raised whenever what the graphs hold changes for the same documents, so stores computed before are redone.
IDENTITY_VERSION = "2"

_D = str(DIPL)
_MERGED_INTO, _SPLIT_SURFACE, _SPLIT_FROM = _D + "mergedInto", _D + "splitSurface", _D + "splitFrom"
_FINGERPRINT = _D + "computedFrom"

FINGERPRINT_QUERY = f"SELECT ?value WHERE {{ GRAPH <{EVENTS_GRAPH}> {{ <{EVENTS_GRAPH}> <{_FINGERPRINT}> ?value }} }}"
ANY_DOCUMENT_QUERY = f"SELECT ?d WHERE {{ GRAPH <{CATALOGUE}> {{ ?d <{_D}documentId> ?id }} }} LIMIT 1"
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


def refresh_identity(store: Store, *, force: bool = False) -> IdentityRefresh:
    """Recompute the actors and events graphs from every document when they are stale (or `force`).

    One scan per kind of fact over the documents (graph/stored_extractions.py), the registry and the events
    in memory, and the two graphs swapped in one update: no round trip per mention or per document.
    """
    corrections = read_corrections(store)
    current = fingerprint(store, corrections)
    if not force and stored_fingerprint(store) == current:
        return IdentityRefresh(recomputed=False)
    return write_knowledge_graph(store, stored_extractions(store), corrections, current)


def write_knowledge_graph(store: Store, extractions: Sequence[Extraction], corrections: Corrections,
                          computed_from: str) -> IdentityRefresh:
    """The actors and events graphs of these extractions (all the store's documents), swapped in whole and
    marked with the fingerprint they were computed from; for a caller that has the extractions already
    (bench/generate.py), `refresh_identity` for one that reads them from the store."""
    registry = build_registry(extractions, corrections)
    events = combine_reports(reports_of(extractions, registry))
    marker = f'<{EVENTS_GRAPH}> <{_FINGERPRINT}> "{computed_from}" .\n'
    events_text = ntriples(event_triples(events)) + marker
    store.replace_graphs({ACTORS_GRAPH: ntriples(registry_triples(registry)), EVENTS_GRAPH: events_text}, marker)
    return IdentityRefresh(True, len(registry.actors), len(events), sum(len(e.reports) for e in events),
                           len(registry.ambiguous))


def registry_of(store: Store) -> Registry:
    """The registry as the store's documents and corrections make it now (computed, not read back)."""
    return build_registry(stored_extractions(store), read_corrections(store))


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'
