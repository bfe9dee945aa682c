"""Namespaces, IRI minting and the relation vocabulary, read from diplo.ttl (the one list to keep)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import quote, unquote

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF

BASE = "https://w3id.org/diplograph/"
DIPL = Namespace(BASE + "ontology#")
ACTOR = Namespace(BASE + "actor/")
PLACE = Namespace(BASE + "place/")
DOC = Namespace(BASE + "doc/")
EVENT = Namespace(BASE + "event/")
CATALOGUE = URIRef(BASE + "catalogue")
ONTOLOGY_GRAPH = URIRef(BASE + "ontology")  # diplo.ttl, kept current in every store the front door opens
# Computed from every document's graph (graph/identity_graphs.py): each actor once, each event once.
ACTORS_GRAPH = BASE + "actors"
EVENTS_GRAPH = BASE + "events"
CORRECTIONS_GRAPH = BASE + "corrections"  # an analyst's merges and splits of actors
# What a SPARQL query sees when it names no graph: each actor and event once, the ontology, the catalogue.
# The documents' graphs (what each document said) stay named graphs, reachable with GRAPH.
KNOWLEDGE_GRAPHS = (ACTORS_GRAPH, EVENTS_GRAPH, str(ONTOLOGY_GRAPH), str(CATALOGUE))


def slugify(name: str) -> str:
    """'Olaf Scholz' -> 'olaf-scholz'; accents folded so 'Niinistö' and 'Niinisto' meet."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug or "unnamed"


@lru_cache(maxsize=65536)
def actor_iri(name: str) -> URIRef:
    """Cached: the registry and the events across reports mint one for every mention of every document."""
    return ACTOR[slugify(name)]


def actor_slug(iri: str) -> str:
    """The slug an actor IRI was minted with (`actor_iri`): the view's node id."""
    return iri[len(ACTOR):]


def place_iri(name: str) -> URIRef:
    return PLACE[slugify(name)]


def document_graph_iri(document_id: str) -> URIRef:
    return DOC[quote(document_id, safe="")]


def document_id_of_graph(iri: str) -> str:
    """The document id a graph IRI was minted from (`document_graph_iri` quotes it); another IRI as it is."""
    return unquote(iri[len(DOC):]) if iri.startswith(DOC) else iri


def local_name(iri: str) -> str:
    """The name after the '#' of an ontology term (dipl:planned -> 'planned')."""
    return iri.rpartition("#")[2]


@dataclass(frozen=True)
class RelationTerm:
    """One relation of the vocabulary: its event class, direct property, PLOVER class and CAMEO code."""

    name: str
    event_class: URIRef
    direct_property: URIRef
    plover_class: str
    cameo_code: str
    symmetric: bool


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    source = resources.files("diplograph.ontology").joinpath("diplo.ttl")
    return Graph().parse(data=source.read_text(encoding="utf-8"), format="turtle")


@lru_cache(maxsize=1)
def relation_terms() -> dict[str, RelationTerm]:
    graph = ontology_graph()
    terms: dict[str, RelationTerm] = {}
    for event_class, name in graph.subject_objects(DIPL.relationName):
        prop = graph.value(event_class, DIPL.directProperty)
        terms[str(name)] = RelationTerm(
            name=str(name),
            event_class=URIRef(str(event_class)),
            direct_property=URIRef(str(prop)),
            plover_class=str(graph.value(event_class, DIPL.ploverClass)),
            cameo_code=str(graph.value(event_class, DIPL.cameoCode)),
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
        )
    return terms


def relation_names() -> frozenset[str]:
    return frozenset(relation_terms())


def relation_term(name: str) -> RelationTerm:
    try:
        return relation_terms()[name]
    except KeyError:
        known = ", ".join(sorted(relation_terms()))
        raise ValueError(f"unknown relation {name!r}; the ontology knows: {known}") from None
