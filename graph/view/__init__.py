"""The NetworkX view of the store: actors as nodes, one edge per event; cached, and patched per document.

`build_view` reads the whole store. `ViewCache` keeps one view and, when the store changes, compares the
catalogue's content hashes with those the view was built from: it drops the edges (and the nodes left
orphaned) of the documents deleted or replaced, and reads the events and actors of the documents added or
replaced only, restricted to their named graphs. When most of the store changed it rebuilds instead.
"""

from __future__ import annotations

import contextlib
import gc
import io
import itertools
import logging
import re
import threading
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote

import networkx as nx

from diplograph.errors import StoreError
from diplograph.ontology.terms import ACTOR, CATALOGUE, DIPL, DOC

from .. import snapshot as snapshots
from ..store import Store

ACTOR_PREFIX = str(ACTOR)
DOCUMENT_PREFIX = str(DOC)

# Type IRIs -> the extractor's type names (dipl:State is the extractor's Country).
ACTOR_TYPES = {
    str(DIPL.Person): "Person",
    str(DIPL.State): "Country",
    str(DIPL.Organization): "Organization",
    str(DIPL.Group): "Group",
    str(DIPL.Role): "Role",
}

# IRIs per VALUES block: keeps a query that names many documents or actors a reasonable size.
VALUES_CHUNK = 500


def _values(variable: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{variable} {{ {' '.join(f'<{iri}>' for iri in iris)} }}"


def actor_attributes_query(actors: Sequence[str] | None = None) -> str:
    """Each attribute of every actor (or of the given actor IRIs), one DISTINCT pass per predicate.

    Not one joined pattern: every document that names an actor repeats its label, types, aliases, roles and
    state in its own graph, and the union default graph keeps the copies, so a join of the five multiplies
    them (an actor named in d documents gives about d^5 rows before GROUP BY folds them). Each pass is
    DISTINCT before anything else looks at it: the store folds the copies on its internal ids, and only
    the distinct rows are decoded to text (filtering on the IRI first would decode every copy). Subjects
    that are not actors (events, sentences, places share rdfs:label and rdf:type) are left out by the caller.
    """
    restriction = _values("actor", actors) if actors is not None else ""
    branches = [
        ("label", "?actor rdfs:label ?value"),
        ("alias", "?actor skos:altLabel ?value"),
        ("role", "?actor dipl:role ?value"),
        ("state", "?actor dipl:state ?value"),
    ]
    selects = [
        f'{{ {{ SELECT DISTINCT ?actor ?value WHERE {{ {restriction} {pattern} }} }} BIND("{name}" AS ?attribute) }}'
        for name, pattern in branches
    ] + [
        f'{{ {{ SELECT DISTINCT ?actor WHERE {{ {restriction} ?actor a <{iri}> }} }} '
        f'BIND("type" AS ?attribute) BIND(<{iri}> AS ?value) }}'
        for iri in ACTOR_TYPES
    ]
    union = "\n  UNION ".join(selects)
    return f"SELECT ?actor ?attribute ?value WHERE {{\n  {union}\n}}"


def actor_labels_query(actors: Sequence[str]) -> str:
    return f"SELECT DISTINCT ?actor ?value WHERE {{ {_values('actor', actors)} ?actor rdfs:label ?value }}"


def documents_actors_query(graphs: Sequence[str]) -> str:
    """Which actors these documents' graphs name (labels): what to recompute when one of them goes."""
    return f"""
SELECT DISTINCT ?graph ?actor WHERE {{
  {_values("graph", graphs)}
  GRAPH ?graph {{ ?actor rdfs:label ?label }}
  FILTER(STRSTARTS(STR(?actor), "{ACTOR_PREFIX}"))
}}
"""


CATALOGUE_HASHES_QUERY = f"SELECT ?graph ?hash WHERE {{ GRAPH <{CATALOGUE}> {{ ?graph dipl:contentHash ?hash }} }}"


@dataclass(frozen=True)
class ActorInfo:
    """A node of the view."""

    id: str
    label: str
    type: str | None
    country: str | None
    aliases: tuple[str, ...]
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventInfo:
    """An edge of the view: one event, with the sentence that states it."""

    id: str
    relation: str
    source: str
    target: str
    date: str | None
    place: str | None
    modality: str
    document: str
    sentence: str
    start: int
    end: int
    confidence: float


EDGE_FIELDS = ("relation", "date", "place", "modality", "document", "sentence", "start", "end", "confidence")
_EDGE_FIELD_SET = frozenset(EDGE_FIELDS)


class EdgeData(Mapping[str, Any]):
    """An edge's data: an event's fields in slots, read as a mapping (`data["relation"]`, `**data`).

    A view holds one per event, a million on a big store: slots take ~90 bytes where a dict of the same
    nine entries takes ~360, and the view is never changed in place (a new one is made instead).
    """

    __slots__ = EDGE_FIELDS

    def __init__(
        self, relation: str, date: str | None, place: str | None, modality: str, document: str, sentence: str,
        start: int, end: int, confidence: float,
    ) -> None:
        set_field = object.__setattr__
        set_field(self, "relation", relation)
        set_field(self, "date", date)
        set_field(self, "place", place)
        set_field(self, "modality", modality)
        set_field(self, "document", document)
        set_field(self, "sentence", sentence)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "confidence", confidence)

    def __getitem__(self, name: str) -> Any:
        if name not in _EDGE_FIELD_SET:
            raise KeyError(name)
        return getattr(self, name)

    def __iter__(self) -> Iterator[str]:
        return iter(EDGE_FIELDS)

    def __len__(self) -> int:
        return len(EDGE_FIELDS)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"an edge's data is read-only ({name})")

    def copy(self) -> dict[str, Any]:
        """A mutable copy, as a dict: what `graph.copy()` and other networkx functions that copy expect."""
        return {name: getattr(self, name) for name in EDGE_FIELDS}

    def __repr__(self) -> str:
        return f"EdgeData({', '.join(f'{name}={getattr(self, name)!r}' for name in EDGE_FIELDS)})"


def build_view(store: Store) -> nx.MultiDiGraph:
    """Actors keyed by slug ('olaf-scholz'); one edge per event, keyed by the event's IRI."""
    view, _ = _build(store)
    return view


def actor_info(view: nx.MultiDiGraph, node: str) -> ActorInfo:
    data = view.nodes[node]
    return ActorInfo(
        id=node,
        label=data["label"],
        type=data.get("type"),
        country=data.get("country"),
        aliases=tuple(data.get("aliases", ())),
        roles=tuple(data.get("roles", ())),
    )


def event_info(source: str, target: str, key: str, data: Mapping[str, Any]) -> EventInfo:
    return EventInfo(id=key, source=source, target=target, **data)


# ---------------------------------------------------------------------------- reading the events

# One scan per property, joined here by event IRI. Oxigraph joins patterns one index lookup per row
# (~17 µs per pattern and row on a 200k-event store) and decodes every IRI it returns (~7 µs); the
# single joined query took 24 s on 200k events where these scans take 8, two at a time (the store
# answers outside the GIL) while this thread folds the rows already read.
EVENT_PROPERTIES = ("relation", "source", "target", "modality", "confidence", "sentence", "date", "place")
REQUIRED_PROPERTIES = frozenset({"relation", "source", "target", "modality", "confidence", "graph"})
TSV = "text/tab-separated-values"
SCAN_THREADS = 2
SENTENCE_MARK = "/sentence/"
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}

EventRow = tuple[str, str, str, "EdgeData", str]  # source, target, event IRI, edge data, document graph


def _scoped(graphs: Sequence[str] | None, pattern: str) -> str:
    """A pattern over the union of the documents' graphs, or over the given graphs only."""
    if graphs is None:
        return pattern
    return f"{_values('graph', graphs)} GRAPH ?graph {{ {pattern} }}"


def event_property_query(name: str, graphs: Sequence[str] | None = None) -> str:
    return f"SELECT ?event ?value WHERE {{ {_scoped(graphs, f'?event dipl:{name} ?value')} }}"


def sentence_texts_query(graphs: Sequence[str] | None = None) -> str:
    return f"SELECT ?sentence ?value WHERE {{ {_scoped(graphs, '?sentence dipl:text ?value')} }}"


CATALOGUED_GRAPHS_QUERY = f"SELECT ?graph ?id WHERE {{ GRAPH <{CATALOGUE}> {{ ?graph dipl:documentId ?id }} }}"


def place_labels_query(places: Sequence[str]) -> str:
    return f"SELECT DISTINCT ?place ?value WHERE {{ {_values('place', places)} ?place rdfs:label ?value }}"


@contextlib.contextmanager
def _bulk_allocation() -> Iterator[None]:
    """No cyclic garbage collection while a view is read, and what was read is frozen out of later ones.

    A view is millions of objects allocated at once and kept: each collection during the read walks all
    those already made (restoring 1M events: 27 s of object creation with collections, 4 s without), and
    after it the first young collection would walk them all again (3 s), then every full one, in the middle
    of requests. Frozen objects are still freed by reference counting when a newer view replaces them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@_bulk_allocation()
def read_events(
    store: Store, graphs: Sequence[str] | None = None, catalogued: Collection[str] | None = None
) -> list[EventRow]:
    """Every event (or those of the given document graphs) as an edge, by date, document and offset.

    Left out, as the joined query of old left them out: an event without one of the required properties,
    whose sentence IRI is not `<document graph>/sentence/<start>-<end>`, or whose document is not in the
    catalogue (graphs not written by us: the view cache follows the catalogue). `catalogued`, the
    catalogue's document graphs, saves reading them again when the caller has (the given graphs are).
    """
    scans = [(name, event_property_query(name, graphs)) for name in EVENT_PROPERTIES]
    scans.append(("text", sentence_texts_query(graphs)))
    known = set(graphs) if graphs is not None else set(catalogued) if catalogued is not None else None
    if known is None:
        scans.append(("catalogue", CATALOGUED_GRAPHS_QUERY))
        known = set()
    events: dict[bytes, dict[str, Any]] = {}  # raw event IRI -> the edge's data, filled one scan at a time
    by_sentence: dict[bytes, list[dict[str, Any]]] = {}
    graph_iris: dict[str, str] = {}  # one string per document graph, shared by its events
    places: set[str] = set()
    for name, rows in _scan_all(store, scans):
        if name == "sentence":  # the sentence IRI says the document graph and the offsets
            for event, sentence in rows:
                data = events.get(event)
                located = _sentence_location(sentence) if data is not None else None
                if data is not None and located is not None:
                    graph, data["start"], data["end"] = located
                    data["graph"] = graph_iris.setdefault(graph, graph)
                    by_sentence.setdefault(sentence, []).append(data)
        elif name == "text":
            for sentence, value in rows:
                text = _term(value)
                for data in by_sentence.pop(sentence, ()):
                    data["sentence"] = text
        elif name == "catalogue":
            known.update(_term(graph) for graph, _ in rows)
        else:
            convert = _CONVERTERS[name]
            converted: dict[bytes, Any] = {}  # few distinct values (actors, dates, places): each made once
            for event, value in rows:
                if name == "relation":
                    data = events[event] = {}
                elif (found := events.get(event)) is not None:
                    data = found
                else:
                    continue
                value_made = converted.get(value)
                if value_made is None:
                    value_made = converted[value] = convert(value)
                data[name] = value_made
            if name == "place":
                places.update(converted.values())
    del by_sentence
    labels = _place_labels(store, places)
    document_ids = {graph: _document_id(graph) for graph in graph_iris}
    found_rows: list[EventRow] = []
    for event, data in events.items():
        if not REQUIRED_PROPERTIES <= data.keys() or data["graph"] not in known:
            continue
        graph = data["graph"]
        edge = EdgeData(
            relation=data["relation"],
            date=data.get("date"),
            place=labels.get(data["place"]) if "place" in data else None,
            modality=data["modality"],
            document=document_ids[graph],
            sentence=data.get("sentence", ""),
            start=data["start"],
            end=data["end"],
            confidence=data["confidence"],
        )
        found_rows.append((data["source"], data["target"], _term(event), edge, graph))
    events.clear()
    found_rows.sort(key=lambda row: (row[3]["date"] or "", row[3]["document"], row[3]["start"], row[2]))
    return found_rows


def _slug(raw: bytes) -> str:
    return _term(raw)[len(ACTOR_PREFIX):]


def _modality(raw: bytes) -> str:
    return _term(raw).rpartition("#")[2]


def _number(raw: bytes) -> float:
    return float(_term(raw))


def _sentence_location(raw: bytes) -> tuple[str, int, int] | None:
    """The document graph and the offsets a sentence IRI is minted from (graph.rdf.sentence_iri)."""
    graph, _, span = _term(raw).rpartition(SENTENCE_MARK)
    start, _, end = span.partition("-")
    if not (graph and start.isdigit() and end.isdigit()):
        return None
    return graph, int(start), int(end)


def _document_id(graph: str) -> str:
    """The document id a graph IRI was minted from (ontology.terms.document_graph_iri quotes it)."""
    return unquote(graph[len(DOCUMENT_PREFIX):]) if graph.startswith(DOCUMENT_PREFIX) else graph


def _place_labels(store: Store, places: Collection[str]) -> dict[str, str]:
    """Each place's label (the smallest, should documents disagree)."""
    labels: dict[str, str] = {}
    for chunk in _chunks(sorted(places)):
        for place, label in _pairs(_select_tsv(store, place_labels_query(chunk))):
            iri, text = _term(place), _term(label)
            if iri not in labels or text < labels[iri]:
                labels[iri] = text
    return labels


def _scan_all(store: Store, scans: Sequence[tuple[str, str]]) -> Iterator[tuple[str, Iterator[list[bytes]]]]:
    """Each scan's name and rows, in order. Two run at a time in threads (the store answers outside the GIL)
    while the caller folds the rows already read; at most one more waits, to bound the memory held."""
    with ThreadPoolExecutor(SCAN_THREADS, thread_name_prefix="view-scan") as pool:
        pending: deque[tuple[str, Future[bytes]]] = deque()
        upcoming = iter(scans)
        try:
            while True:
                for name, query in itertools.islice(upcoming, SCAN_THREADS + 1 - len(pending)):
                    pending.append((name, pool.submit(_select_tsv, store, query)))
                if not pending:
                    return
                name, future = pending.popleft()
                yield name, _pairs(future.result())
        finally:
            for _, future in pending:
                future.cancel()


def _select_tsv(store: Store, sparql: str) -> bytes:
    data, media_type = store.query_serialized(sparql, [TSV])
    if not media_type.startswith(TSV):
        raise StoreError(f"the store answered a SELECT with {media_type}, not {TSV}")
    return data


def _pairs(data: bytes) -> Iterator[list[bytes]]:
    """The rows of a two-variable SELECT in TSV as raw terms (`<iri>` or a quoted literal), header skipped."""
    lines = io.BytesIO(data)
    next(lines, None)
    for line in lines:
        if len(line) > 1:
            yield line.rstrip(b"\r\n").split(b"\t", 1)


def _term(raw: bytes) -> str:
    """One TSV term as text: an IRI without brackets, a literal's lexical form, a bare number as written."""
    if raw[:1] == b"<":
        return raw[1:-1].decode()
    if raw[:1] == b'"':
        text = raw[1:raw.rindex(b'"')].decode()
        return _unescape(text) if "\\" in text else text
    return raw.decode()


def _unescape(text: str) -> str:
    """N-Triples string escapes (\\t, \\", \\u00e9 ...) as the characters they stand for."""

    def replace(match: re.Match[str]) -> str:
        code = match.group(1) or match.group(2)
        return chr(int(code, 16)) if code else _ECHARS.get(match.group(3), match.group(0))

    return _ESCAPE.sub(replace, text)


# How each scanned property's raw term becomes the edge's value.
_CONVERTERS: dict[str, Callable[[bytes], Any]] = {
    "relation": _term, "source": _slug, "target": _slug, "modality": _modality, "confidence": _number,
    "date": _term, "place": _term,
}


# ---------------------------------------------------------------------------- building


EdgeRef = tuple[str, str, str]  # source, target, event IRI (the edge's key)


@_bulk_allocation()
def _build(
    store: Store, catalogued: Collection[str] | None = None
) -> tuple[nx.MultiDiGraph, dict[str, list[EdgeRef]]]:
    """The whole view, and which edges came from which document graph."""
    view = nx.MultiDiGraph()
    for node, attributes in sorted(actor_nodes(store).items()):
        view.add_node(node, **attributes)
    edges: dict[str, list[EdgeRef]] = {}
    for source, target, key, data, graph in read_events(store, catalogued=catalogued):
        _add_edge(view, source, target, key, data)
        edges.setdefault(graph, []).append((source, target, key))
    return view, edges


def _add_edge(view: nx.MultiDiGraph, source: str, target: str, key: str, data: EdgeData) -> None:
    """What `add_edge` does on a view being built, without copying the data of each of a million edges."""
    for endpoint in (source, target):
        if endpoint not in view._node:  # an actor without a label: keep the edge, name it by its slug
            view.add_node(endpoint, **_unlabelled(endpoint))
    keys = view._succ[source].get(target)
    if keys is None:
        keys = view._succ[source][target] = view._pred[target][source] = {}
    keys[key] = data


def actor_nodes(store: Store, actors: Collection[str] | None = None) -> dict[str, dict[str, Any]]:
    """Node attributes keyed by slug: of every labelled actor, or of the given actor IRIs that have a label.

    Where the store holds several values (a label, a type or a state that documents disagree on), the
    smallest is taken, so that a view patched document by document equals one built at once.
    """
    found: dict[str, dict[str, set[Any]]] = {}
    queries = [actor_attributes_query()] if actors is None else [
        actor_attributes_query(chunk) for chunk in _chunks(sorted(actors))
    ]
    for query in queries:
        for row in store.select(query):
            if row["actor"].startswith(ACTOR_PREFIX):
                found.setdefault(row["actor"], {}).setdefault(row["attribute"], set()).add(row["value"])
    labels = {iri: values["label"] for iri, values in found.items() if "label" in values}
    states = {state for values in found.values() for state in values.get("state", ())}
    for chunk in _chunks(sorted(states - labels.keys())):  # states named but not among the actors asked for
        for row in store.select(actor_labels_query(chunk)):
            labels.setdefault(row["actor"], set()).add(row["value"])
    nodes = {}
    for iri, values in found.items():
        if "label" not in values:
            continue
        types = values.get("type")
        country = next((min(labels[state]) for state in sorted(values.get("state", ())) if state in labels), None)
        nodes[iri[len(ACTOR_PREFIX):]] = {
            "label": min(values["label"]),
            "type": ACTOR_TYPES.get(min(types)) if types else None,
            "country": country,
            "aliases": sorted(values.get("alias", ())),
            "roles": sorted(values.get("role", ())),
        }
    return nodes


def _unlabelled(node: str) -> dict[str, Any]:
    return {"label": node, "type": None, "country": None, "aliases": [], "roles": []}


def _chunks(items: Sequence[str], size: int = VALUES_CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _CopyOnWrite:
    """A new view sharing every part of an old one that it does not change.

    Readers keep using the view they were handed without a lock, so a view once returned is never changed:
    the outer dicts are copied (cheap: one entry per actor), and an actor's adjacency or a pair's edge dict
    only when an edge of theirs is added or removed. Node attribute dicts are replaced, not updated.
    """

    def __init__(self, old: nx.MultiDiGraph) -> None:
        view = nx.MultiDiGraph()
        view.graph.update(old.graph)
        view._node = dict(old._node)
        view._adj = dict(old._succ)  # also sets view._succ
        view._pred = dict(old._pred)
        self.view = view
        self._own_successors: set[str] = set()
        self._own_predecessors: set[str] = set()
        self._own_pairs: set[tuple[str, str]] = set()

    def _successors(self, node: str) -> dict[str, dict[str, Any]]:
        if node not in self._own_successors:
            self.view._succ[node] = dict(self.view._succ[node])
            self._own_successors.add(node)
        return self.view._succ[node]

    def _predecessors(self, node: str) -> dict[str, dict[str, Any]]:
        if node not in self._own_predecessors:
            self.view._pred[node] = dict(self.view._pred[node])
            self._own_predecessors.add(node)
        return self.view._pred[node]

    def _edges_between(self, source: str, target: str) -> dict[str, Any]:
        """The dict of edges source -> target (keyed by event), made this view's own; one pair shares it
        between the successors of source and the predecessors of target, as NetworkX does."""
        successors, predecessors = self._successors(source), self._predecessors(target)
        keys = successors.get(target)
        if keys is None:
            keys = {}
        elif (source, target) in self._own_pairs:
            return keys
        else:
            keys = dict(keys)
        successors[target] = predecessors[source] = keys
        self._own_pairs.add((source, target))
        return keys

    def add_edge(self, source: str, target: str, key: str, data: EdgeData) -> None:
        for endpoint in (source, target):
            if endpoint not in self.view._node:
                self.set_node(endpoint, _unlabelled(endpoint))
        self._edges_between(source, target)[key] = data

    def remove_edge(self, source: str, target: str, key: str) -> None:
        if key not in self.view._succ.get(source, {}).get(target, {}):
            return
        keys = self._edges_between(source, target)
        del keys[key]
        if not keys:
            del self._successors(source)[target]
            del self._predecessors(target)[source]
            self._own_pairs.discard((source, target))

    def set_node(self, node: str, attributes: dict[str, Any]) -> None:
        self.view._node[node] = attributes
        if node not in self.view._succ:
            self.view._succ[node] = {}
            self.view._pred[node] = {}
            self._own_successors.add(node)
            self._own_predecessors.add(node)

    def has_edges(self, node: str) -> bool:
        return bool(self.view._succ.get(node)) or bool(self.view._pred.get(node))

    def remove_node(self, node: str) -> None:
        """Only for a node without edges (an actor no document names any more)."""
        for table in (self.view._node, self.view._succ, self.view._pred):
            table.pop(node, None)


# ---------------------------------------------------------------------------- the cache


@dataclass
class ViewCacheStats:
    """What the cache did: how often it rebuilt, patched or reused the view, and what the last `get` did."""

    full_builds: int = 0
    restores: int = 0  # views read back from the snapshot
    incremental_updates: int = 0
    reuses: int = 0
    last_mode: Literal["full", "incremental", "reuse"] | None = None
    last_documents_changed: int = 0  # added, replaced or deleted, as the last full build or patch found


@dataclass
class _Source:
    """What the cached view was built from: each document's content hash, edges and actors."""

    revision: str
    hashes: dict[str, str]  # document graph IRI -> content hash
    edges: dict[str, list[EdgeRef]] = field(default_factory=dict)
    # Document graph IRI -> the actor slugs it labels; known only for the documents patched in. Reading it for
    # every document at a full build costs as much as the build (every copy of every label, decoded), so
    # a change to a document without an entry here refreshes every actor's attributes instead.
    actors: dict[str, set[str]] = field(default_factory=dict)


class ViewCache:
    """One view per store, brought up to date on `get` when the store's revision changed.

    A change to at most `rebuild_fraction` of the documents is patched into a new view that shares the
    unchanged parts of the old one; more, the first build, and `invalidate` rebuild the whole view. Every
    view handed out stays as it was (readers hold no lock), so `get` returns a new object after a change.
    """

    def __init__(
        self,
        store: Store,
        *,
        rebuild_fraction: float = 0.5,
        snapshot: Path | None = None,
        remembered: Callable[[], str | None] | None = None,
    ) -> None:
        """remembered tells the store's revision without I/O when it can (the embedded store, as the only
        writer of its directory, remembers what it read since its last write), else None; without it
        `current` never vouches for the view and callers use `get`."""
        self.store = store
        self.remembered = remembered
        self.rebuild_fraction = rebuild_fraction
        self.snapshot = snapshot  # where the view is saved between runs (graph/snapshot.py); None: nowhere
        self._restorable = snapshot is not None
        self._saved: str | None = None  # the revision the snapshot holds
        self._lock = threading.Lock()
        self._view: nx.MultiDiGraph | None = None
        self._source: _Source | None = None
        self._stats = ViewCacheStats()

    @property
    def stats(self) -> ViewCacheStats:
        with self._lock:
            return replace(self._stats)

    def invalidate(self) -> None:
        """Forget the view: the store changed in a way its revision does not show (a SPARQL update).

        The snapshot goes too: it would restore the view as it was before the change.
        """
        with self._lock:
            self._view = None
            self._source = None
            self._restorable = False
            if self.snapshot is not None:
                self.snapshot.unlink(missing_ok=True)

    def close(self) -> None:
        """Save the view for the next start, if it changed since it was last saved or restored.

        Not while another thread builds or patches it: a server stopped during its start-up build stops
        at once (the build saves its own snapshot if it finishes first)."""
        if not self._lock.acquire(blocking=False):
            return
        try:
            if self._view is not None and self._source is not None and self._source.revision != self._saved:
                self._save()
        finally:
            self._lock.release()

    def current(self) -> nx.MultiDiGraph | None:
        """The view if it is up to date and that is known without asking the store or waiting; else None.

        Only a store that remembers its own revision (the embedded one, as the only writer) can say so
        without I/O; for any other, and while another thread builds or patches, the caller uses `get`.
        """
        if not self._lock.acquire(blocking=False):
            return None
        try:
            revision = self.remembered() if self.remembered is not None else None
            if revision is None or self._view is None or self._source is None or revision != self._source.revision:
                return None
            self._record("reuse", 0)
            return self._view
        finally:
            self._lock.release()

    def get(self) -> nx.MultiDiGraph:
        with self._lock:
            revision = self.store.revision()
            if self._view is None and self._restorable:
                self._restorable = False  # once: a snapshot that fails to restore is not tried again
                self._restore()
            if self._view is not None and self._source is not None:
                if revision == self._source.revision:
                    self._record("reuse", 0)
                    return self._view
                hashes = self._catalogue_hashes()
                changed = _changed_documents(self._source.hashes, hashes)
                if len(changed) <= self.rebuild_fraction * max(len(self._source.hashes), len(hashes), 1):
                    try:
                        self._view = self._patch(self._view, self._source, hashes, changed)
                    except BaseException:  # the bookkeeping may be half-updated: start afresh next time
                        self._view = self._source = None
                        raise
                    self._source.revision = revision
                    self._record("incremental", len(changed))
                    return self._view
            self._view, self._source = self._full_build(revision)
            self._save()
            return self._view

    def warm(self, prepare: Callable[[nx.MultiDiGraph], object] | None = None) -> nx.MultiDiGraph:
        """Read (or restore) the view now, let prepare fill the caches it keeps for its life (an index of
        encounters), then take all of it out of the cyclic garbage collector's walks: a server's start-up."""
        view = self.get()
        if prepare is not None:
            prepare(view)
        gc.freeze()
        return view

    # ------------------------------------------------------------------ internals

    def _save(self) -> None:
        if self.snapshot is None or self._view is None or self._source is None:
            return
        view, source = self._view, self._source

        def records() -> Iterator[tuple[Any, ...]]:
            for graph, references in source.edges.items():
                for edge_source, target, key in references:
                    data = view._succ[edge_source][target][key]
                    yield (edge_source, target, key, graph, *(data[name] for name in EDGE_FIELDS))

        snapshots.save(self.snapshot, snapshots.Snapshot(
            revision=source.revision,
            hashes=source.hashes,
            actors={graph: sorted(actors) for graph, actors in source.actors.items()},
            nodes={node: dict(attributes) for node, attributes in view.nodes(data=True)},
            edges=records(),
        ))
        self._saved = source.revision

    @_bulk_allocation()
    def _restore(self) -> None:
        """The view and its bookkeeping as the snapshot has them; nothing when there is no usable snapshot."""
        assert self.snapshot is not None
        found = snapshots.load(self.snapshot)
        if found is None:
            return
        view = nx.MultiDiGraph()
        for node, attributes in sorted(found.nodes.items()):
            view.add_node(node, **attributes)
        edges: dict[str, list[EdgeRef]] = {}
        try:
            for edge_source, target, key, graph, *fields in found.edges:
                _add_edge(view, edge_source, target, key, EdgeData(*fields))
                edges.setdefault(graph, []).append((edge_source, target, key))
        except (snapshots.SnapshotError, KeyError, TypeError, ValueError) as error:
            logging.getLogger(__name__).warning("ignoring the view snapshot %s: %s", self.snapshot, error)
            return
        actors = {graph: set(slugs) for graph, slugs in found.actors.items()}
        self._view, self._source = view, _Source(found.revision, found.hashes, edges, actors)
        self._saved = found.revision
        self._stats.restores += 1

    def _record(self, mode: Literal["full", "incremental", "reuse"], changed: int) -> None:
        counters = {"full": "full_builds", "incremental": "incremental_updates", "reuse": "reuses"}
        setattr(self._stats, counters[mode], getattr(self._stats, counters[mode]) + 1)
        self._stats.last_mode = mode
        if mode != "reuse":
            self._stats.last_documents_changed = changed

    def _catalogue_hashes(self) -> dict[str, str]:
        return {row["graph"]: row["hash"] for row in self.store.select(CATALOGUE_HASHES_QUERY)}

    def _full_build(self, revision: str) -> tuple[nx.MultiDiGraph, _Source]:
        # The hashes are read first: a document changed during the build is then patched again next time.
        hashes = self._catalogue_hashes()
        view, edges = _build(self.store, catalogued=hashes.keys())
        source = _Source(revision, hashes, edges)
        self._record("full", len(hashes))
        return view, source

    def _patch(
        self, old: nx.MultiDiGraph, source: _Source, hashes: dict[str, str], changed: set[str]
    ) -> nx.MultiDiGraph:
        patch = _CopyOnWrite(old)
        touched: set[str] = set()  # actors whose attributes, or existence, may have changed
        every_actor = False  # a document whose actors are unknown changed: any actor may have changed
        for graph in changed:
            for edge_source, target, key in source.edges.pop(graph, ()):
                patch.remove_edge(edge_source, target, key)
                touched.update((edge_source, target))
            if graph in source.hashes:
                named = source.actors.pop(graph, None)
                every_actor = every_actor or named is None
                touched.update(named or ())
        fresh = sorted(graph for graph in changed if graph in hashes)
        for chunk in _chunks(fresh):
            for edge_source, target, key, data, graph in read_events(self.store, chunk):
                patch.add_edge(edge_source, target, key, data)
                source.edges.setdefault(graph, []).append((edge_source, target, key))
                touched.update((edge_source, target))
            for row in self.store.select(documents_actors_query(chunk)):
                actor = row["actor"][len(ACTOR_PREFIX):]
                source.actors.setdefault(row["graph"], set()).add(actor)
                touched.add(actor)
        if every_actor:
            nodes = actor_nodes(self.store)
            touched.update(nodes.keys(), patch.view._node.keys())
        else:
            nodes = actor_nodes(self.store, [ACTOR_PREFIX + actor for actor in touched])
        for actor in sorted(touched):
            if actor in nodes:
                patch.set_node(actor, nodes[actor])
            elif patch.has_edges(actor):
                patch.set_node(actor, _unlabelled(actor))
            else:
                patch.remove_node(actor)
        source.hashes = hashes
        return patch.view


def _changed_documents(before: dict[str, str], after: dict[str, str]) -> set[str]:
    """Document graphs added, deleted or whose content hash changed."""
    return {graph for graph in before.keys() | after.keys() if before.get(graph) != after.get(graph)}
