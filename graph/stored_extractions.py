"""What the documents said, read back from the store as Extractions: the input of the registry and of
events across reports (graph/registry.py, graph/event_identity.py) for a store already filled.

Four scans over the document graphs (events with their sentences, actors, aliases and roles, the
catalogue), all of them or only some, not one query per document or per mention. `as_stored` is the same
reading done on an extraction's own triples, before or without the store: what a refresh right after an
ingest needs of the documents it has just written, without reading them back.

Both give actors and events in one canonical order (and a label that several actor records share one of
them, chosen the same way), so what is read back equals what was written, whichever order the engine
returns rows in.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar

from diplograph.model import Actor, ActorType, DatePrecision, Document, Event, Evidence, Extraction, Modality
from diplograph.ontology.terms import CATALOGUE, DIPL, actor_iri, local_name

from .rdf import ACTOR_CLASSES, Text, document_triples
from .store import Store

T = TypeVar("T")
_TYPES = {str(iri): kind for kind, iri in ACTOR_CLASSES.items()}
_TYPE_ORDER = {kind: rank for rank, kind in enumerate(ACTOR_CLASSES)}
_D = str(DIPL)
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"

EVENTS_QUERY = """
SELECT ?graph ?relation ?source ?target ?modality ?confidence ?date ?precision ?place ?text ?start ?end WHERE {
  %s GRAPH ?graph {
    ?event dipl:relation ?relation ; dipl:source/rdfs:label ?source ; dipl:target/rdfs:label ?target ;
           dipl:modality ?modality ; dipl:confidence ?confidence ; dipl:sentence ?sentence .
    ?sentence dipl:text ?text ; dipl:start ?start ; dipl:end ?end .
    OPTIONAL { ?event dipl:date ?date } OPTIONAL { ?event dipl:datePrecision ?precision }
    OPTIONAL { ?event dipl:place/rdfs:label ?place }
  }
}"""

ACTORS_QUERY = f"""
SELECT ?graph ?label ?type ?state WHERE {{
  %s GRAPH ?graph {{
    ?actor rdfs:label ?label ; a ?type . FILTER(?type IN ({", ".join(f"<{iri}>" for iri in _TYPES)}))
    OPTIONAL {{ ?actor dipl:state/rdfs:label ?state }}
  }}
}}"""

NAMES_QUERY = """
SELECT ?graph ?label ?alias ?role WHERE {
  %s GRAPH ?graph {
    { ?actor rdfs:label ?label ; skos:altLabel ?alias } UNION { ?actor rdfs:label ?label ; dipl:role ?role }
  }
}"""

DOCUMENTS_QUERY = f"""
SELECT ?graph ?id ?date ?source WHERE {{
  %s GRAPH <{CATALOGUE}> {{
    ?graph dipl:documentId ?id . OPTIONAL {{ ?graph dcterms:date ?date }} OPTIONAL {{ ?graph dcterms:source ?source }}
  }}
}}"""


def stored_extractions(store: Store) -> list[Extraction]:
    """Every catalogued document's actors and events as the extractor gave them (without the text), by id."""
    return sorted(stored_documents(store).values(), key=lambda extraction: extraction.document.id)


def stored_documents(store: Store, graphs: Collection[str] | None = None) -> dict[str, Extraction]:
    """The catalogued documents' extractions by graph IRI: all of them, or those of these graphs.

    A few graphs are read one by one, each named in the queries (the engine then reads that graph's quads
    only; a VALUES over ?graph still scanned every graph: 2.4 s for one document among 2,000)."""
    if graphs is not None and len(graphs) <= _ONE_BY_ONE:
        found: dict[str, Extraction] = {}
        for graph in graphs:
            found.update(_read(store, f"VALUES ?graph {{ <{graph}> }}", f"BIND(<{graph}> AS ?graph)", f"<{graph}>"))
        return found
    if graphs is not None and len(graphs) > _BY_VALUES:  # a new process, a big load: one scan of all is quicker
        wanted = set(graphs)
        return {graph: extraction for graph, extraction in _read(store, "", "").items() if graph in wanted}
    scope = "" if graphs is None else "VALUES ?graph { " + " ".join(f"<{g}>" for g in graphs) + " }"
    return _read(store, scope, scope)


# Up to this many documents are read one by one (each query costs a round trip), up to the next by naming
# them in one VALUES (which still scans every graph), more in one scan of all.
_ONE_BY_ONE = 64
_BY_VALUES = 2000


def _read(store: Store, documents_scope: str, scope: str, graph: str = "?graph") -> dict[str, Extraction]:
    """The four scans: the catalogue's entries (as `documents_scope` binds ?graph), then the documents' graphs,
    every one (`graph` the variable ?graph, `scope` what binds it) or one (`graph` its IRI)."""

    def scoped(query: str) -> str:
        return query.replace("%s GRAPH ?graph", f"{scope} GRAPH {graph}")

    documents: dict[str, Document] = {}
    for row in store.select(DOCUMENTS_QUERY.replace("%s", documents_scope)):
        date = row.get("date")
        documents[row["graph"]] = Document(row["id"], "", date if isinstance(date, dt.date) else None,
                                           str(row["source"]) if row.get("source") else None)
    if not documents:
        return {}
    names: dict[tuple[str, str], tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for row in store.select(scoped(NAMES_QUERY)):
        aliases, roles = names[(row["graph"], row["label"])]
        if "alias" in row:
            aliases.add(row["alias"])
        if "role" in row:
            roles.add(row["role"])
    records: dict[str, list[tuple[str, ActorType, str | None]]] = defaultdict(list)
    for row in store.select(scoped(ACTORS_QUERY)):
        records[row["graph"]].append((row["label"], _TYPES[row["type"]], row.get("state")))
    events: dict[str, list[Event]] = defaultdict(list)
    for row in store.select(scoped(EVENTS_QUERY)):
        events[row["graph"]].append(_event(row))
    return {graph: _extraction(document, records[graph], names, graph, events[graph])
            for graph, document in documents.items()}


def as_stored(extraction: Extraction) -> Extraction:
    """The extraction as `stored_documents` reads it back once it is stored, without the store.

    Read straight off the extraction when each name has an actor node of its own; where two names share
    one (names that fold to one IRI, a name listed with two types), by the same four readings done on the
    triples its graph is written with (graph/rdf.py), which is slower."""
    names = [actor.name for actor in extraction.actors]
    countries = [actor.country for actor in extraction.actors if actor.country and actor.country not in names]
    endpoints = [name for event in extraction.events for name in (event.source, event.target)]
    every = set(names) | set(countries) | set(endpoints)
    if len(names) != len(set(names)) or len({_node_of(name) for name in every}) != len(every):
        return _as_stored_by_triples(extraction)
    records: list[tuple[str, ActorType, str | None]] = [(a.name, a.type, a.country) for a in extraction.actors]
    records.extend((country, ActorType.COUNTRY, None) for country in countries)
    readings = {("", a.name): ({alias for alias in a.aliases if alias != a.name}, set(a.roles))
                for a in extraction.actors}
    events = [event if round(event.confidence, 4) == event.confidence and (event.date or event.date_precision
                                                                           is DatePrecision.DAY)
              else replace(event, confidence=float(Decimal(str(round(event.confidence, 4)))),
                           date_precision=event.date_precision if event.date else DatePrecision.DAY)
              for event in extraction.events]
    document = extraction.document
    # what graph/rdf.py's event IRI is minted from: two events alike in it are one node
    if len({(e.relation, e.source, e.target, e.evidence.start) for e in events}) != len(set(events)):
        return _as_stored_by_triples(extraction)  # one event node written with two dates, say
    return _extraction(Document(document.id, "", document.date, document.source), records, readings, "", events)


def _as_stored_by_triples(extraction: Extraction) -> Extraction:
    document = extraction.document
    values: dict[tuple[str, str], list[str | Text]] = defaultdict(list)
    subjects: dict[str, None] = {}
    for subject, predicate, value in dict.fromkeys(document_triples(extraction)):  # a graph is a set
        values[(subject, predicate)].append(value)
        subjects.setdefault(subject)

    def texts(subject: str, predicate: str) -> list[str]:
        return [value.lexical for value in values.get((subject, predicate), ()) if isinstance(value, Text)]

    def nodes(subject: str, predicate: str) -> list[str]:
        return [value for value in values.get((subject, predicate), ()) if not isinstance(value, Text)]

    names: dict[tuple[str, str], tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    records: list[tuple[str, ActorType, str | None]] = []
    events: list[Event] = []
    for subject in subjects:
        labels = texts(subject, _LABEL)
        for label in labels:
            aliases, roles = names[("", label)]
            aliases.update(texts(subject, _ALT_LABEL))
            roles.update(texts(subject, _D + "role"))
            states: list[str | None] = [state for node in nodes(subject, _D + "state")
                                        for state in texts(node, _LABEL)] or [None]
            for kind in nodes(subject, _RDF_TYPE):
                if kind in _TYPES:
                    records.extend((label, _TYPES[kind], state) for state in states)
        sentences = [(text, start, end) for sentence in nodes(subject, _D + "sentence")
                     for text in texts(sentence, _D + "text") for start in texts(sentence, _D + "start")
                     for end in texts(sentence, _D + "end")]
        for relation, source, target, modality, confidence, (text, start, end), date, precision, place in (
            itertools.product(
                texts(subject, _D + "relation"),
                [label for node in nodes(subject, _D + "source") for label in texts(node, _LABEL)],
                [label for node in nodes(subject, _D + "target") for label in texts(node, _LABEL)],
                nodes(subject, _D + "modality"), texts(subject, _D + "confidence"), sentences,
                _or_none([dt.date.fromisoformat(value) for value in texts(subject, _D + "date")]),
                _or_none(texts(subject, _D + "datePrecision")),
                _or_none([label for node in nodes(subject, _D + "place") for label in texts(node, _LABEL)]))):
            events.append(_event({"relation": relation, "source": source, "target": target, "modality": modality,
                                  "confidence": Decimal(confidence), "text": text, "start": start, "end": end,
                                  **({"date": date} if date else {}), **({"precision": precision} if precision else {}),
                                  **({"place": place} if place else {})}))
    stored_document = Document(document.id, "", document.date, document.source)
    return _extraction(stored_document, records, names, "", events)


@lru_cache(maxsize=65536)
def _node_of(name: str) -> str:
    """The IRI of the actor node a name is written as (graph/rdf.py)."""
    return str(actor_iri(name))


def _or_none(values: Sequence[T]) -> list[T | None]:
    """An OPTIONAL's bindings: its values, else one unbound."""
    bindings: list[T | None] = [*values]
    return bindings or [None]


def _extraction(document: Document, records: Iterable[tuple[str, ActorType, str | None]],
                names: dict[tuple[str, str], tuple[set[str], set[str]]], graph: str, events: list[Event]) -> Extraction:
    """One document's extraction in the canonical order: actors by label, one record per label (the first
    by type, then state, when the graph gives a label several), events by where they were said."""
    chosen: dict[str, tuple[str, ActorType, str | None]] = {}
    for record in sorted(set(records), key=lambda r: (r[0], _TYPE_ORDER[r[1]], r[2] or "")):
        chosen.setdefault(record[0], record)
    empty: tuple[set[str], set[str]] = (set(), set())
    actors = []
    for label, kind, state in chosen.values():
        aliases, roles = names.get((graph, label), empty)
        actors.append(Actor(label, kind, frozenset(aliases), state, frozenset(roles)))
    return Extraction(document, tuple(actors), tuple(sorted(set(events), key=_event_order)))


def _event_order(event: Event) -> tuple[Any, ...]:
    return (event.evidence.start, event.evidence.end, event.relation, event.source, event.target,
            event.date or dt.date.min, event.date_precision.value, event.place or "", event.modality.value,
            event.confidence, event.evidence.sentence)


def _event(row: dict[str, Any]) -> Event:
    date = row.get("date")
    confidence = row["confidence"]
    return Event(
        relation=row["relation"], source=row["source"], target=row["target"],
        modality=Modality(local_name(row["modality"])),
        evidence=Evidence(row["text"], int(row["start"]), int(row["end"])),
        date=date if isinstance(date, dt.date) else None, place=row.get("place"),
        confidence=float(confidence) if isinstance(confidence, Decimal | float | int) else 0.5,
        date_precision=DatePrecision(row.get("precision", "day")),
    )
