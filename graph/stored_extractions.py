"""What the documents said, read back from the store as Extractions: the input of the registry and of
events across reports (graph/registry.py, graph/event_identity.py) for a store already filled.

Four scans over all document graphs (events with their sentences, actors, aliases and roles, the
catalogue), not one query per document or per mention.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

from diplograph.model import Actor, DatePrecision, Document, Event, Evidence, Extraction, Modality
from diplograph.ontology.terms import CATALOGUE, local_name

from .rdf import ACTOR_CLASSES
from .store import Store

_TYPES = {str(iri): kind for kind, iri in ACTOR_CLASSES.items()}

EVENTS_QUERY = """
SELECT ?graph ?relation ?source ?target ?modality ?confidence ?date ?precision ?place ?text ?start ?end WHERE {
  GRAPH ?graph {
    ?event dipl:relation ?relation ; dipl:source/rdfs:label ?source ; dipl:target/rdfs:label ?target ;
           dipl:modality ?modality ; dipl:confidence ?confidence ; dipl:sentence ?sentence .
    ?sentence dipl:text ?text ; dipl:start ?start ; dipl:end ?end .
    OPTIONAL { ?event dipl:date ?date } OPTIONAL { ?event dipl:datePrecision ?precision }
    OPTIONAL { ?event dipl:place/rdfs:label ?place }
  }
}"""

ACTORS_QUERY = f"""
SELECT ?graph ?label ?type ?state WHERE {{
  GRAPH ?graph {{
    ?actor rdfs:label ?label ; a ?type . FILTER(?type IN ({", ".join(f"<{iri}>" for iri in _TYPES)}))
    OPTIONAL {{ ?actor dipl:state/rdfs:label ?state }}
  }}
}}"""

NAMES_QUERY = """
SELECT ?graph ?label ?alias ?role WHERE {
  GRAPH ?graph {
    { ?actor rdfs:label ?label ; skos:altLabel ?alias } UNION { ?actor rdfs:label ?label ; dipl:role ?role }
  }
}"""

DOCUMENTS_QUERY = f"""
SELECT ?graph ?id ?date ?source WHERE {{
  GRAPH <{CATALOGUE}> {{
    ?graph dipl:documentId ?id . OPTIONAL {{ ?graph dcterms:date ?date }} OPTIONAL {{ ?graph dcterms:source ?source }}
  }}
}}"""


def stored_extractions(store: Store) -> list[Extraction]:
    """Every catalogued document's actors and events as the extractor gave them (without the text)."""
    documents: dict[str, Document] = {}
    for row in store.select(DOCUMENTS_QUERY):
        date = row.get("date")
        documents[row["graph"]] = Document(row["id"], "", date if isinstance(date, dt.date) else None,
                                           str(row["source"]) if row.get("source") else None)
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.select(NAMES_QUERY):
        if "alias" in row:
            aliases[(row["graph"], row["label"])].add(row["alias"])
        if "role" in row:
            roles[(row["graph"], row["label"])].add(row["role"])
    actors: dict[str, dict[str, Actor]] = defaultdict(dict)
    for row in store.select(ACTORS_QUERY):
        key = (row["graph"], row["label"])
        actors[row["graph"]][row["label"]] = Actor(row["label"], _TYPES[row["type"]], frozenset(aliases[key]),
                                                   row.get("state"), frozenset(roles[key]))
    events: dict[str, list[Event]] = defaultdict(list)
    for row in store.select(EVENTS_QUERY):
        events[row["graph"]].append(_event(row))
    return [Extraction(document, tuple(actors[graph].values()), tuple(events[graph]))
            for graph, document in sorted(documents.items(), key=lambda item: item[1].id)]


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
