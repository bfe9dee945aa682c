"""Extraction -> RDF: the document's named graph and its catalogue entry (no store I/O).

The RDF model is written once, as plain triples: `document_triples` (what was extracted) and
`catalogue_triples` (the document's metadata). Two writers read them: `extraction_to_graph` and
`catalogue_entry` make rdflib graphs (for tests, validation and exports), and `ntriples` writes the
N-Triples the store is updated with, without rdflib's per-triple overhead (building an rdflib graph
cost about a tenth of parsing the text with spaCy).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple
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
    relation_terms,
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
UNREALISED = frozenset(m for m in Modality if not m.realised)


class Text(NamedTuple):
    """A literal of a triple: its lexical form and its datatype IRI (None for a plain string)."""

    lexical: str
    datatype: str | None = None


# An IRI is a str (URIRef is one too); an object is an IRI or a Text.
Triple = tuple[str, str, "str | Text"]

_D = str(DIPL)
_TYPE, _LABEL, _ALT_LABEL = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
_ROLE, _STATE, _STATE_CLASS, _PLACE_CLASS = _D + "role", _D + "state", _D + "State", _D + "Place"
_RELATION, _SOURCE, _TARGET, _DATE, _DATE_UNKNOWN = (
    _D + name for name in ("relation", "source", "target", "date", "dateUnknown")
)
_DATE_PRECISION = _D + "datePrecision"
_PLACE, _MODALITY, _CONFIDENCE, _SENTENCE = _D + "place", _D + "modality", _D + "confidence", _D + "sentence"
_SENTENCE_CLASS, _TEXT, _START, _END, _DOCUMENT = (
    _D + name for name in ("Sentence", "text", "start", "end", "document")
)
_XSD_DATE, _XSD_DATETIME, _XSD_BOOLEAN = str(XSD.date), str(XSD.dateTime), str(XSD.boolean)
_XSD_DECIMAL, _XSD_INTEGER = str(XSD.decimal), str(XSD.integer)
_TRUE = Text("true", _XSD_BOOLEAN)


def document_iri(document_id: str) -> URIRef:
    """The document and its named graph share one IRI."""
    return document_graph_iri(document_id)


def event_iri(document_id: str, event: Event) -> URIRef:
    """Deterministic, so re-ingesting a document mints the same event IRIs."""
    key = "\x1f".join([document_id, event.relation, event.source, event.target, str(event.evidence.start)])
    return EVENT[hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]]


SENTENCE_MARK = "/sentence/"


def sentence_iri(document_id: str, start: int, end: int) -> URIRef:
    return URIRef(f"{document_iri(document_id)}{SENTENCE_MARK}{start}-{end}")


def sentence_location(iri: str) -> tuple[str, int, int] | None:
    """The document graph and the offsets a sentence IRI was minted from; None for another IRI."""
    graph, _, span = iri.rpartition(SENTENCE_MARK)
    start, _, end = span.partition("-")
    if not (graph and start.isdigit() and end.isdigit()):
        return None
    return graph, int(start), int(end)


# ---------------------------------------------------------------- the model, as plain triples


def document_triples(extraction: Extraction) -> list[Triple]:
    """The document's named graph: only what was extracted (actors, places, sentences, events)."""
    document = extraction.document
    triples: list[Triple] = []
    known = {actor.name for actor in extraction.actors}
    for actor in extraction.actors:
        _add_actor(triples, actor, known)
    document_node = str(document_iri(document.id))
    for event in extraction.events:
        for name in (event.source, event.target):
            if name not in known:
                # An endpoint the extractor did not list as an actor still needs a label to be found.
                triples.append((_actor(name), _TYPE, _D + "Actor"))
                triples.append((_actor(name), _LABEL, Text(name)))
                known.add(name)
        _add_event(triples, document.id, document_node, event)
    return triples


def catalogue_triples(document: Document, ingested_at: dt.datetime | None = None) -> list[Triple]:
    """The document's metadata, kept in the catalogue graph so its named graph holds only extractions.

    ``ingested_at`` (UTC) is left out when None, so the entry of an unchanged document is reproducible.
    """
    subject = str(document_iri(document.id))
    triples: list[Triple] = [
        (subject, _TYPE, _D + "Document"),
        (subject, _D + "documentId", Text(document.id)),
        (subject, _D + "contentHash", Text(document.content_hash)),
    ]
    if document.title:
        triples.append((subject, str(DCTERMS.title), Text(document.title)))
    if document.source:
        source = source_term(document.source)
        triples.append((subject, str(DCTERMS.source), str(source) if isinstance(source, URIRef) else Text(source)))
    if document.date:
        triples.append((subject, str(DCTERMS.date), Text(document.date.isoformat(), _XSD_DATE)))
    if ingested_at is not None:
        stamp = ingested_at.astimezone(dt.UTC).replace(microsecond=0)
        triples.append((subject, _D + "ingestedAt", Text(stamp.isoformat(), _XSD_DATETIME)))
    return triples


def source_term(source: str) -> URIRef | Literal:
    """A source that is a web address becomes a link (an IRI); any other source name stays text."""
    parts = urlsplit(source)
    if parts.scheme in ("http", "https") and parts.netloc and not any(c in source for c in ' <>"{}|\\^`'):
        return URIRef(source)
    return Literal(source)


@lru_cache(maxsize=65536)
def _actor(name: str) -> str:
    return str(actor_iri(name))


@lru_cache(maxsize=65536)
def _place(name: str) -> str:
    return str(place_iri(name))


@lru_cache(maxsize=1)
def _relation_iris() -> dict[str, tuple[str, str]]:
    """Each relation's event class and direct property."""
    return {name: (str(term.event_class), str(term.direct_property)) for name, term in relation_terms().items()}


def _relation(name: str) -> tuple[str, str]:
    try:
        return _relation_iris()[name]
    except KeyError:
        known = ", ".join(sorted(_relation_iris()))
        raise ValueError(f"unknown relation {name!r}; the ontology knows: {known}") from None


def _add_actor(triples: list[Triple], actor: Actor, known: set[str]) -> None:
    subject = _actor(actor.name)
    triples.append((subject, _TYPE, str(ACTOR_CLASSES[actor.type])))
    triples.append((subject, _LABEL, Text(actor.name)))
    for alias in actor.aliases:
        if alias != actor.name:
            triples.append((subject, _ALT_LABEL, Text(alias)))
    for role in actor.roles:
        triples.append((subject, _ROLE, Text(role)))
    if actor.country:
        state = _actor(actor.country)
        triples.append((subject, _STATE, state))
        if actor.country not in known:
            # The state an actor belongs to is named in the text too: give it a type and a label.
            triples.append((state, _TYPE, _STATE_CLASS))
            triples.append((state, _LABEL, Text(actor.country)))


def _add_event(triples: list[Triple], document_id: str, document_node: str, event: Event) -> None:
    event_class, direct_property = _relation(event.relation)
    subject = str(event_iri(document_id, event))
    source, target = _actor(event.source), _actor(event.target)
    add = triples.append
    add((subject, _TYPE, event_class))
    add((subject, _RELATION, Text(event.relation)))
    add((subject, _SOURCE, source))
    add((subject, _TARGET, target))
    if event.date:
        # a month or a year is its first day, with its precision beside it: date filters stay on xsd:date
        add((subject, _DATE, Text(event.date.isoformat(), _XSD_DATE)))
        add((subject, _DATE_PRECISION, Text(event.date_precision.value)))
    else:
        add((subject, _DATE_UNKNOWN, _TRUE))
    if event.place:
        place = _place(event.place)
        add((subject, _PLACE, place))
        add((place, _TYPE, _PLACE_CLASS))
        add((place, _LABEL, Text(event.place)))
    add((subject, _MODALITY, _D + event.modality.value))
    add((subject, _CONFIDENCE, Text(str(Decimal(str(round(event.confidence, 4)))), _XSD_DECIMAL)))

    evidence = event.evidence
    sentence = f"{document_node}{SENTENCE_MARK}{evidence.start}-{evidence.end}"
    add((sentence, _TYPE, _SENTENCE_CLASS))
    add((sentence, _TEXT, Text(evidence.sentence)))
    add((sentence, _START, Text(str(evidence.start), _XSD_INTEGER)))
    add((sentence, _END, Text(str(evidence.end), _XSD_INTEGER)))
    add((sentence, _DOCUMENT, document_node))
    add((subject, _SENTENCE, sentence))
    add((subject, _DOCUMENT, document_node))

    if event.modality not in UNREALISED:
        add((source, direct_property, target))


# ---------------------------------------------------------------- the two writers


def extraction_to_graph(extraction: Extraction) -> Graph:
    """The document's named graph as an rdflib graph."""
    graph = to_graph(document_triples(extraction), document_graph_iri(extraction.document.id))
    graph.bind("dipl", DIPL)
    graph.bind("skos", SKOS)
    return graph


def catalogue_entry(document: Document, ingested_at: dt.datetime | None = None) -> Graph:
    """The document's catalogue entry as an rdflib graph (see catalogue_triples)."""
    return to_graph(catalogue_triples(document, ingested_at), CATALOGUE)


def to_graph(triples: Iterable[Triple], identifier: URIRef) -> Graph:
    graph = Graph(identifier=identifier)
    for subject, predicate, value in triples:
        graph.add((URIRef(subject), URIRef(predicate), _rdflib_object(value)))
    return graph


def _rdflib_object(value: str | Text) -> URIRef | Literal:
    if not isinstance(value, Text):
        return URIRef(value)
    if value.datatype is None:
        return Literal(value.lexical)
    return Literal(value.lexical, datatype=URIRef(value.datatype))


def ntriples(triples: Iterable[Triple]) -> str:
    """The triples as N-Triples, one line each (the IRIs minted above need no escaping)."""
    return "".join(f"<{subject}> <{predicate}> {_ntriples_object(value)} .\n" for subject, predicate, value in triples)


def nquads(triples: Iterable[Triple], graph: str) -> str:
    """The triples as N-Quads in the named graph `graph`."""
    end = f" <{graph}> .\n"
    return "".join(f"<{subject}> <{predicate}> {_ntriples_object(value)}{end}" for subject, predicate, value in triples)


def _ntriples_object(value: str | Text) -> str:
    if not isinstance(value, Text):
        return f"<{value}>"
    lexical = value.lexical
    if "\\" in lexical or '"' in lexical or "\n" in lexical or "\r" in lexical:
        lexical = lexical.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if value.datatype is None:
        return f'"{lexical}"'
    return f'"{lexical}"^^<{value.datatype}>'
