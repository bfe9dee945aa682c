"""Reading the view's contents from the store: the SPARQL it asks, and the decoding of the answers.

One scan per event property, answered as TSV (decoded by tsv.py; the IRIs taken apart by the functions of
ontology/terms.py and graph/rdf.py that mint them), and the actors' attributes in one query; from the
knowledge graph, one scan of the events graph's reports (`dipl:report`) and the registry's actors.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from diplograph.ontology.terms import (
    ACTOR,
    CATALOGUE,
    DIPL,
    EVENTS_GRAPH,
    actor_slug,
    document_id_of_graph,
    local_name,
)

from ..rdf import sentence_location
from ..store import Store
from .allocation import bulk_allocation
from .records import EdgeData, compact_event_term
from .tsv import pairs, select_tsv, term

ACTOR_PREFIX = str(ACTOR)

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


def _in_graph(graph: str | None, pattern: str) -> str:
    return pattern if graph is None else f"GRAPH <{graph}> {{ {pattern} }}"


def actor_attributes_query(actors: Sequence[str] | None = None, graph: str | None = None) -> str:
    """Each attribute of every actor (or of the given actor IRIs), one DISTINCT pass per predicate.

    Not one joined pattern: every document that names an actor repeats its label, types, aliases, roles and
    state in its own graph, and the union default graph keeps the copies, so a join of the five multiplies
    them (an actor named in d documents gives about d^5 rows before GROUP BY folds them). Each pass is
    DISTINCT before anything else looks at it: the store folds the copies on its internal ids, and only
    the distinct rows are decoded to text (filtering on the IRI first would decode every copy). Subjects
    that are not actors (events, sentences, places share rdfs:label and rdf:type) are left out by the caller.
    `graph` reads one graph only (the registry's, `…/actors`), else the union of all.
    """
    restriction = _values("actor", actors) if actors is not None else ""
    branches = [
        ("label", "?actor rdfs:label ?value"),
        ("alias", "?actor skos:altLabel ?value"),
        ("role", "?actor dipl:role ?value"),
        ("state", "?actor dipl:state ?value"),
    ]
    selects = [
        f'{{ {{ SELECT DISTINCT ?actor ?value WHERE {{ {restriction} {_in_graph(graph, pattern)} }} }} '
        f'BIND("{name}" AS ?attribute) }}'
        for name, pattern in branches
    ] + [
        f'{{ {{ SELECT DISTINCT ?actor WHERE {{ {restriction} {_in_graph(graph, f"?actor a <{iri}>")} }} }} '
        f'BIND("type" AS ?attribute) BIND(<{iri}> AS ?value) }}'
        for iri in ACTOR_TYPES
    ]
    union = "\n  UNION ".join(selects)
    return f"SELECT ?actor ?attribute ?value WHERE {{\n  {union}\n}}"


def actor_labels_query(actors: Sequence[str], graph: str | None = None) -> str:
    pattern = _in_graph(graph, "?actor rdfs:label ?value")
    return f"SELECT DISTINCT ?actor ?value WHERE {{ {_values('actor', actors)} {pattern} }}"


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


# One scan per property, joined here by event IRI. Oxigraph joins patterns one index lookup per row
# (~17 µs per pattern and row on a 200k-event store) and decodes every IRI it returns (~7 µs); the
# single joined query took 24 s on 200k events where these scans take 8, two at a time (the store
# answers outside the GIL) while this thread folds the rows already read.
EVENT_PROPERTIES = ("relation", "source", "target", "modality", "confidence", "sentence", "date", "place")
# What read_events gathers per event, each in its place in a list: a dict of these eleven entries takes 464
# bytes where the list takes 152 (a build of 1M events held 0.3 GiB more while its dicts were all full).
_FIELDS = ("relation", "source", "target", "modality", "confidence", "date", "place", "graph", "start", "end",
           "sentence", "precision", "event")
_AT = {name: index for index, name in enumerate(_FIELDS)}
_REQUIRED = tuple(_AT[name] for name in ("relation", "source", "target", "modality", "confidence", "graph"))
_RELATION, _GRAPH, _START, _END, _SENTENCE, _PRECISION, _EVENT = (
    _AT[name] for name in ("relation", "graph", "start", "end", "sentence", "precision", "event"))


SCAN_THREADS = 2

EventRow = tuple[str, str, str, "EdgeData", str]  # source, target, event IRI, edge data, document graph


def _scoped(graphs: Sequence[str] | None, pattern: str) -> str:
    """A pattern over the union of the documents' graphs, or over the given graphs only.

    Not over the events graph, which says each event once more, combined from its reports: the view's edges
    are the documents' reports (graph/identity_graphs.py). The filter compares the store's ids of the graphs,
    before any term is decoded."""
    if graphs is None:
        return f"GRAPH ?graph {{ {pattern} }} FILTER(?graph != <{EVENTS_GRAPH}>)"
    return f"{_values('graph', graphs)} GRAPH ?graph {{ {pattern} }}"


def event_property_query(name: str, graphs: Sequence[str] | None = None) -> str:
    return f"SELECT ?event ?value WHERE {{ {_scoped(graphs, f'?event dipl:{name} ?value')} }}"


def coarse_dates_query(graphs: Sequence[str] | None = None) -> str:
    """The events dated to a month or a year only (few: most reports give the day)."""
    pattern = '?event dipl:datePrecision ?value FILTER(?value != "day")'
    return f"SELECT ?event ?value WHERE {{ {_scoped(graphs, pattern)} }}"


def sentence_texts_query(graphs: Sequence[str] | None = None) -> str:
    return f"SELECT ?sentence ?value WHERE {{ {_scoped(graphs, '?sentence dipl:text ?value')} }}"


REPORT_EVENTS_QUERY = f"SELECT ?event ?report WHERE {{ GRAPH <{EVENTS_GRAPH}> {{ ?event dipl:report ?report }} }}"


def actor_term(raw: bytes) -> str:
    """An actor IRI's raw term as its slug, the view's node id."""
    return _slug(raw)


CATALOGUED_GRAPHS_QUERY = f"SELECT ?graph ?id WHERE {{ GRAPH <{CATALOGUE}> {{ ?graph dipl:documentId ?id }} }}"


def place_labels_query(places: Sequence[str]) -> str:
    return f"SELECT DISTINCT ?place ?value WHERE {{ {_values('place', places)} ?place rdfs:label ?value }}"


@bulk_allocation()
def read_events(
    store: Store, graphs: Sequence[str] | None = None, catalogued: Collection[str] | None = None,
    reports: Mapping[bytes, bytes] | bool = False,
) -> list[EventRow]:
    """Every event (or those of the given document graphs) as an edge, by date, document and offset.

    The edges are the documents' reports, between the actors as each document named them; `reports` (the
    knowledge graph's report -> event, `read_report_events`) gives each the event it is one report of, and
    True reads them here, in a scan beside the others.

    Left out, as the joined query of old left them out: an event without one of the required properties,
    whose sentence IRI is not `<document graph>/sentence/<start>-<end>`, or whose document is not in the
    catalogue (graphs not written by us: the view cache follows the catalogue). `catalogued`, the
    catalogue's document graphs, saves reading them again when the caller has (the given graphs are).
    """
    scans = [(name, event_property_query(name, graphs)) for name in EVENT_PROPERTIES]
    if reports is True:
        scans.insert(1, ("report", REPORT_EVENTS_QUERY))
    scans.append(("precision", coarse_dates_query(graphs)))
    scans.append(("text", sentence_texts_query(graphs)))
    # a caller's report -> event mapping (a patch), or None: the report scan puts each event on its edge directly
    report_events: Mapping[bytes, bytes] | None = reports if isinstance(reports, Mapping) and reports else None
    known = set(graphs) if graphs is not None else set(catalogued) if catalogued is not None else None
    if known is None:
        scans.append(("catalogue", CATALOGUED_GRAPHS_QUERY))
        known = set()
    events: dict[bytes, list[Any]] = {}  # raw event IRI -> its fields (`_FIELDS`), filled one scan at a time
    by_sentence: dict[bytes, list[list[Any]]] = {}
    graph_iris: dict[str, str] = {}  # one string per document graph, shared by its events
    places: set[str] = set()
    for name, rows in _scan_all(store, scans):
        if name == "sentence":  # the sentence IRI says the document graph and the offsets
            for event, sentence in rows:
                data = events.get(event)
                located = sentence_location(term(sentence)) if data is not None else None
                if data is not None and located is not None:
                    graph, data[_START], data[_END] = located
                    data[_GRAPH] = graph_iris.setdefault(graph, graph)
                    by_sentence.setdefault(sentence, []).append(data)
        elif name == "text":
            for sentence, value in rows:
                text = term(value)
                for data in by_sentence.pop(sentence, ()):
                    data[_SENTENCE] = text
        elif name == "report":  # after "relation": the documents' events are known (no million-entry mapping)
            for event, report in rows:
                if (data := events.get(report)) is not None:
                    data[_EVENT] = compact_event_term(event)
        elif name == "catalogue":
            known.update(term(graph) for graph, _ in rows)
        else:
            convert, at = _CONVERTERS[name], _AT[name]
            converted: dict[bytes, Any] = {}  # few distinct values (actors, dates, places): each made once
            for event, value in rows:
                if at == _RELATION:
                    data = events[event] = [None] * len(_FIELDS)
                elif (found := events.get(event)) is not None:
                    data = found
                else:
                    continue
                value_made = converted.get(value)
                if value_made is None:
                    value_made = converted[value] = convert(value)
                data[at] = value_made
            if name == "place":
                places.update(converted.values())
    del by_sentence
    labels = _place_labels(store, places)
    document_ids = {graph: document_id_of_graph(graph) for graph in graph_iris}
    found_rows: list[EventRow] = []
    for event, data in events.items():
        graph = data[_GRAPH]
        if any(data[at] is None for at in _REQUIRED) or graph not in known:
            continue
        relation, source, target, modality, confidence, date, place = data[:_GRAPH]
        compact = data[_EVENT]
        if compact is None and report_events is not None and (raw := report_events.get(event)) is not None:
            compact = compact_event_term(raw)
        edge = EdgeData(
            relation=relation,
            date=date,
            place=labels.get(place) if place is not None else None,
            modality=modality,
            document=document_ids[graph],
            sentence=data[_SENTENCE] or "",
            start=data[_START],
            end=data[_END],
            confidence=confidence,
            precision=data[_PRECISION] if date is not None else None,
            event=compact,
        )
        found_rows.append((source, target, term(event), edge, graph))
    events.clear()
    found_rows.sort(key=lambda row: (row[3]["date"] or "", row[3]["document"], row[3]["start"], row[2]))
    return found_rows


def _slug(raw: bytes) -> str:
    return actor_slug(term(raw))


def _modality(raw: bytes) -> str:
    return local_name(term(raw))


def _number(raw: bytes) -> float:
    return float(term(raw))


def _place_labels(store: Store, places: Collection[str]) -> dict[str, str]:
    """Each place's label (the smallest, should documents disagree)."""
    labels: dict[str, str] = {}
    for chunk in chunks(sorted(places)):
        for place, label in pairs(select_tsv(store, place_labels_query(chunk))):
            iri, text = term(place), term(label)
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
                    pending.append((name, pool.submit(select_tsv, store, query)))
                if not pending:
                    return
                name, future = pending.popleft()
                yield name, pairs(future.result())
        finally:
            for _, future in pending:
                future.cancel()


# How each scanned property's raw term becomes the edge's value.
_CONVERTERS: dict[str, Callable[[bytes], Any]] = {
    "relation": term, "source": _slug, "target": _slug, "modality": _modality, "confidence": _number,
    "date": term, "place": term, "precision": term,
}


def actor_nodes(
    store: Store, actors: Collection[str] | None = None, graph: str | None = None
) -> dict[str, dict[str, Any]]:
    """Node attributes keyed by slug: of every labelled actor, or of the given actor IRIs that have a label;
    as one graph says (the registry's) or as all of them do.

    Where the store holds several values (a label, a type or a state that documents disagree on), the
    smallest is taken, so that a view patched document by document equals one built at once.
    """
    found: dict[str, dict[str, set[Any]]] = {}
    queries = [actor_attributes_query(graph=graph)] if actors is None else [
        actor_attributes_query(chunk, graph) for chunk in chunks(sorted(actors))
    ]
    for query in queries:
        for row in store.select(query):
            if row["actor"].startswith(ACTOR_PREFIX):
                found.setdefault(row["actor"], {}).setdefault(row["attribute"], set()).add(row["value"])
    labels = {iri: values["label"] for iri, values in found.items() if "label" in values}
    states = {state for values in found.values() for state in values.get("state", ())}
    for chunk in chunks(sorted(states - labels.keys())):  # states named but not among the actors asked for
        for row in store.select(actor_labels_query(chunk, graph)):
            labels.setdefault(row["actor"], set()).add(row["value"])
    nodes = {}
    for iri, values in found.items():
        if "label" not in values:
            continue
        types = values.get("type")
        country = next((min(labels[state]) for state in sorted(values.get("state", ())) if state in labels), None)
        nodes[actor_slug(iri)] = {
            "label": min(values["label"]),
            "type": ACTOR_TYPES.get(min(types)) if types else None,
            "country": country,
            "aliases": sorted(values.get("alias", ())),
            "roles": sorted(values.get("role", ())),
        }
    return nodes


def chunks(items: Sequence[str], size: int = VALUES_CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


