"""Extraction -> RDF: the document's named graph and its catalogue entry (rdflib, no store I/O)."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from urllib.parse import urlsplit

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from diplograph.model import Actor, ActorType, Document, Event, Extraction, Modality
from diplograph.ontology.terms import (
    CATALOGUE,
    DIPL,
    EVENT,
    actor_iri,
    document_graph_iri,
    place_iri,
    relation_term,
)

ACTOR_CLASSES: dict[ActorType, URIRef] = {
    ActorType.PERSON: DIPL.Person,
    ActorType.COUNTRY: DIPL.State,
    ActorType.ORGANIZATION: DIPL.Organization,
    ActorType.GROUP: DIPL.Group,
    ActorType.ROLE: DIPL.Role,
}

# An event that did not or may not happen keeps its event node but gets no direct triple:
# `:olaf-scholz dipl:meets :vladimir-putin` must only be read as "they met (or will)".
UNREALISED = frozenset({Modality.NEGATED, Modality.HYPOTHETICAL})


def document_iri(document_id: str) -> URIRef:
    """The document and its named graph share one IRI."""
    return document_graph_iri(document_id)


def event_iri(document_id: str, event: Event) -> URIRef:
    """Deterministic, so re-ingesting a document mints the same event IRIs."""
    key = "\x1f".join([document_id, event.relation, event.source, event.target, str(event.evidence.start)])
    return EVENT[hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]]


def sentence_iri(document_id: str, start: int, end: int) -> URIRef:
    return URIRef(f"{document_iri(document_id)}/sentence/{start}-{end}")


def extraction_to_graph(extraction: Extraction) -> Graph:
    """The document's named graph: only what was extracted (actors, places, sentences, events)."""
    document = extraction.document
    graph = Graph(identifier=document_graph_iri(document.id))
    graph.bind("dipl", DIPL)
    graph.bind("skos", SKOS)
    known = {actor.name for actor in extraction.actors}
    for actor in extraction.actors:
        _add_actor(graph, actor, known)
    for event in extraction.events:
        for name in (event.source, event.target):
            if name not in known:
                # An endpoint the extractor did not list as an actor still needs a label to be found.
                graph.add((actor_iri(name), RDF.type, DIPL.Actor))
                graph.add((actor_iri(name), RDFS.label, Literal(name)))
                known.add(name)
        _add_event(graph, document, event)
    return graph


def catalogue_entry(document: Document, ingested_at: dt.datetime | None = None) -> Graph:
    """The document's metadata, kept in the catalogue graph so its named graph holds only extractions.

    ``ingested_at`` (UTC) is left out when None, so the entry of an unchanged document is reproducible.
    """
    graph = Graph(identifier=CATALOGUE)
    subject = document_iri(document.id)
    graph.add((subject, RDF.type, DIPL.Document))
    graph.add((subject, DIPL.documentId, Literal(document.id)))
    graph.add((subject, DIPL.contentHash, Literal(document.content_hash)))
    if document.title:
        graph.add((subject, DCTERMS.title, Literal(document.title)))
    if document.source:
        graph.add((subject, DCTERMS.source, source_term(document.source)))
    if document.date:
        graph.add((subject, DCTERMS.date, Literal(document.date.isoformat(), datatype=XSD.date)))
    if ingested_at is not None:
        stamp = ingested_at.astimezone(dt.UTC).replace(microsecond=0)
        graph.add((subject, DIPL.ingestedAt, Literal(stamp.isoformat(), datatype=XSD.dateTime)))
    return graph


def source_term(source: str) -> URIRef | Literal:
    """A source that is a web address becomes a link (an IRI); any other source name stays text."""
    parts = urlsplit(source)
    if parts.scheme in ("http", "https") and parts.netloc and not any(c in source for c in ' <>"{}|\\^`'):
        return URIRef(source)
    return Literal(source)


def _add_actor(graph: Graph, actor: Actor, known: set[str]) -> None:
    subject = actor_iri(actor.name)
    graph.add((subject, RDF.type, ACTOR_CLASSES[actor.type]))
    graph.add((subject, RDFS.label, Literal(actor.name)))
    for alias in actor.aliases:
        if alias != actor.name:
            graph.add((subject, SKOS.altLabel, Literal(alias)))
    for role in actor.roles:
        graph.add((subject, DIPL.role, Literal(role)))
    if actor.country:
        state = actor_iri(actor.country)
        graph.add((subject, DIPL.state, state))
        if actor.country not in known:
            # The state an actor belongs to is named in the text too: give it a type and a label.
            graph.add((state, RDF.type, DIPL.State))
            graph.add((state, RDFS.label, Literal(actor.country)))


def _add_event(graph: Graph, document: Document, event: Event) -> None:
    term = relation_term(event.relation)
    subject = event_iri(document.id, event)
    source, target = actor_iri(event.source), actor_iri(event.target)
    graph.add((subject, RDF.type, term.event_class))
    graph.add((subject, DIPL.relation, Literal(event.relation)))
    graph.add((subject, DIPL.source, source))
    graph.add((subject, DIPL.target, target))
    if event.date:
        graph.add((subject, DIPL.date, Literal(event.date.isoformat(), datatype=XSD.date)))
    else:
        graph.add((subject, DIPL.dateUnknown, Literal(True)))
    if event.place:
        place = place_iri(event.place)
        graph.add((subject, DIPL.place, place))
        graph.add((place, RDF.type, DIPL.Place))
        graph.add((place, RDFS.label, Literal(event.place)))
    graph.add((subject, DIPL.modality, DIPL[event.modality.value]))
    confidence = Decimal(str(round(event.confidence, 4)))
    graph.add((subject, DIPL.confidence, Literal(confidence, datatype=XSD.decimal)))

    evidence = event.evidence
    sentence = sentence_iri(document.id, evidence.start, evidence.end)
    graph.add((sentence, RDF.type, DIPL.Sentence))
    graph.add((sentence, DIPL.text, Literal(evidence.sentence)))
    graph.add((sentence, DIPL.start, Literal(evidence.start)))
    graph.add((sentence, DIPL.end, Literal(evidence.end)))
    graph.add((sentence, DIPL.document, document_iri(document.id)))
    graph.add((subject, DIPL.sentence, sentence))
    graph.add((subject, DIPL.document, document_iri(document.id)))

    if event.modality not in UNREALISED:
        graph.add((source, term.direct_property, target))
