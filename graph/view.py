"""The NetworkX view of the store: actors as nodes, one edge per event; cached per store revision."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import networkx as nx

from diplograph.ontology.terms import ACTOR, CATALOGUE, DIPL

from .store import Store

ALIAS_SEPARATOR = "\x1f"

# Type IRIs -> the extractor's type names (dipl:State is the extractor's Country).
ACTOR_TYPES = {
    str(DIPL.Person): "Person",
    str(DIPL.State): "Country",
    str(DIPL.Organization): "Organization",
    str(DIPL.Group): "Group",
    str(DIPL.Role): "Role",
}

ACTORS_QUERY = f"""
SELECT ?id (SAMPLE(?label) AS ?name) (SAMPLE(?type) AS ?kind) (SAMPLE(?countryLabel) AS ?country)
       (GROUP_CONCAT(DISTINCT ?alias; separator="{ALIAS_SEPARATOR}") AS ?aliases)
       (GROUP_CONCAT(DISTINCT ?role; separator="{ALIAS_SEPARATOR}") AS ?roles)
WHERE {{
  ?actor rdfs:label ?label .
  FILTER(STRSTARTS(STR(?actor), "{ACTOR}"))
  BIND(STRAFTER(STR(?actor), "{ACTOR}") AS ?id)
  OPTIONAL {{
    ?actor a ?type .
    FILTER(?type IN (dipl:Person, dipl:State, dipl:Organization, dipl:Group, dipl:Role))
  }}
  OPTIONAL {{ ?actor skos:altLabel ?alias }}
  OPTIONAL {{ ?actor dipl:role ?role }}
  OPTIONAL {{ ?actor dipl:state ?state . ?state rdfs:label ?countryLabel }}
}}
GROUP BY ?id
"""

EVENTS_QUERY = f"""
SELECT ?event ?relation ?source ?target ?date ?place ?modality ?document ?sentence ?start ?end ?confidence
WHERE {{
  GRAPH ?graph {{
    ?event dipl:relation ?relation ;
           dipl:source ?sourceActor ;
           dipl:target ?targetActor ;
           dipl:modality ?modalityTerm ;
           dipl:confidence ?confidence ;
           dipl:sentence ?sentenceNode .
    ?sentenceNode dipl:text ?sentence ; dipl:start ?start ; dipl:end ?end .
    OPTIONAL {{ ?event dipl:date ?date }}
    OPTIONAL {{ ?event dipl:place ?placeNode . ?placeNode rdfs:label ?place }}
  }}
  GRAPH <{CATALOGUE}> {{ ?graph dipl:documentId ?document }}
  BIND(STRAFTER(STR(?sourceActor), "{ACTOR}") AS ?source)
  BIND(STRAFTER(STR(?targetActor), "{ACTOR}") AS ?target)
  BIND(STRAFTER(STR(?modalityTerm), "#") AS ?modality)
}}
ORDER BY ?date ?document ?start ?event
"""


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


def build_view(store: Store) -> nx.MultiDiGraph:
    """Actors keyed by slug ('olaf-scholz'); one edge per event, keyed by the event's IRI."""
    view = nx.MultiDiGraph()
    for row in store.select(ACTORS_QUERY):
        aliases = sorted(alias for alias in row.get("aliases", "").split(ALIAS_SEPARATOR) if alias)
        roles = sorted(role for role in row.get("roles", "").split(ALIAS_SEPARATOR) if role)
        view.add_node(
            row["id"],
            label=row["name"],
            type=ACTOR_TYPES.get(row.get("kind", ""), None),
            country=row.get("country"),
            aliases=aliases,
            roles=roles,
        )
    for row in store.select(EVENTS_QUERY):
        for endpoint in (row["source"], row["target"]):
            if endpoint not in view:  # an actor without a label: keep the edge, name it by its slug
                view.add_node(endpoint, label=endpoint, type=None, country=None, aliases=[], roles=[])
        date = row.get("date")
        view.add_edge(
            row["source"],
            row["target"],
            key=row["event"],
            relation=row["relation"],
            date=date.isoformat() if date is not None else None,
            place=row.get("place"),
            modality=row["modality"],
            document=row["document"],
            sentence=row["sentence"],
            start=int(row["start"]),
            end=int(row["end"]),
            confidence=float(row["confidence"]),
        )
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


def event_info(source: str, target: str, key: str, data: dict[str, Any]) -> EventInfo:
    return EventInfo(id=key, source=source, target=target, **data)


class ViewCache:
    """Rebuilds the view only when the store's revision changed since the last build."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._revision: str | None = None
        self._view: nx.MultiDiGraph | None = None

    def invalidate(self) -> None:
        """Forget the view: the store changed in a way its revision does not show (a SPARQL update)."""
        with self._lock:
            self._view = None

    def get(self) -> nx.MultiDiGraph:
        with self._lock:
            revision = self.store.revision()
            if self._view is None or revision != self._revision:
                self._view = build_view(self.store)
                self._revision = revision
            return self._view
