"""The knowledge graph's events as RDF: each event once, however many documents report it.

Oxigraph's union default graph repeats a triple once per named graph that holds it, so what a query counts
is written once: actors in the registry graph (`…/actors`, graph/registry.py), events with their codes,
dates, report count, the first report's sentence and the direct actor-to-actor triples in the events graph
(`…/events`), the ontology in its own graph (`…/ontology`). A document's graph keeps what that document
said (graph/rdf.py): its own event nodes, each one a report that the combined event names with `dipl:report`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from rdflib.namespace import RDF, RDFS

from diplograph.ontology.codes import event_codes
from diplograph.ontology.terms import (
    DIPL,
    ONTOLOGY_GRAPH,
    document_graph_iri,
    ontology_graph,
    place_iri,
    relation_term,
)

from .event_identity import CombinedEvent
from .rdf import SENTENCE_MARK, UNREALISED, Text, Triple, ntriples

_D = str(DIPL)
_TYPE, _LABEL = str(RDF.type), str(RDFS.label)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_DATE, _DECIMAL, _INTEGER, _BOOLEAN = _XSD + "date", _XSD + "decimal", _XSD + "integer", _XSD + "boolean"


def _decimal(value: float) -> Text:
    """An xsd:decimal in the canonical form the store keeps ("7", "0.95"): a refresh that changed nothing
    finds nothing to rewrite (graph/store/embedded.py compares quads)."""
    text = format(Decimal(str(round(value, 4))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Text("0" if text in ("", "-0") else text, _DECIMAL)


def event_triples(events: Iterable[CombinedEvent]) -> list[Triple]:
    """The events graph: one node per event with its codes, dates, report count and direct triple."""
    triples: list[Triple] = []
    add = triples.append
    graph_of = _graph_of
    for event in events:
        term = relation_term(event.relation)
        codes = _codes(event.relation)
        subject = event.iri
        add((subject, _TYPE, codes.event_class))
        add((subject, _D + "relation", Text(event.relation)))
        add((subject, _D + "source", event.source))
        add((subject, _D + "target", event.target))
        if event.date is not None:
            # the first day of a month or year, with its precision beside it, so date filters stay xsd:date
            add((subject, _D + "date", Text(event.date.isoformat(), _DATE)))
            add((subject, _D + "datePrecision", Text(event.date_precision.value)))
        else:
            add((subject, _D + "dateUnknown", Text("true", _BOOLEAN)))
        place = event.place
        if place:
            node = _place(place)
            add((subject, _D + "place", node))
            add((node, _TYPE, _D + "Place"))
            add((node, _LABEL, Text(place)))
        add((subject, _D + "modality", _D + event.modality.value))
        add((subject, _D + "confidence", _decimal(event.confidence)))
        add((subject, _D + "cameoCode", codes.cameo))
        add((subject, _D + "ploverClass", codes.plover))
        add((subject, _D + "quadClass", codes.quad_class))
        add((subject, _D + "goldstein", codes.goldstein))
        add((subject, _D + "reportCount", Text(str(len(event.reports)), _INTEGER)))
        first_reported, last_reported = event.first_reported, event.last_reported
        if first_reported is not None and last_reported is not None:
            add((subject, _D + "firstReported", Text(first_reported.isoformat(), _DATE)))
            add((subject, _D + "lastReported", Text(last_reported.isoformat(), _DATE)))
        first = event.reports[0]
        # the first report's sentence (with its text) and document, so one row per event carries its evidence
        evidence = first.event.evidence
        first_sentence = f"{graph_of(first.document_id)}{SENTENCE_MARK}{evidence.start}-{evidence.end}"
        add((subject, _D + "sentence", first_sentence))
        add((first_sentence, _D + "text", Text(evidence.sentence)))
        add((subject, _D + "document", graph_of(first.document_id)))
        for document_id in event.documents:
            add((subject, _D + "reportedIn", graph_of(document_id)))
        for report in event.reports:
            add((subject, _D + "report", report.iri))
        if event.modality not in UNREALISED:
            add((event.source, str(term.direct_property), event.target))
    return triples


@dataclass(frozen=True)
class _RelationCodes:
    """A relation's class and codes as the literals the events graph writes, made once per relation."""

    event_class: str
    cameo: Text
    plover: Text
    quad_class: Text
    goldstein: Text


@lru_cache(maxsize=64)
def _codes(relation: str) -> _RelationCodes:
    codes = event_codes(relation)
    return _RelationCodes(str(relation_term(relation).event_class), Text(codes.cameo.code), Text(codes.plover),
                          Text(str(int(codes.quad_class)), _INTEGER), _decimal(codes.goldstein))


def event_lines(event: CombinedEvent) -> list[str]:
    """One event's lines of the events graph, as N-Triples."""
    return ntriples(event_triples((event,))).splitlines(keepends=True)


@lru_cache(maxsize=65536)
def _graph_of(document_id: str) -> str:
    """A document's graph IRI, minted once (quoting it is most of the cost of the events graph)."""
    return str(document_graph_iri(document_id))


@lru_cache(maxsize=65536)
def _place(name: str) -> str:
    return str(place_iri(name))


def ontology_ntriples() -> str:
    """diplo.ttl as N-Triples."""
    return "".join(line + "\n" for line in ontology_graph().serialize(format="nt").splitlines() if line.strip())


def ontology_nquads() -> str:
    """diplo.ttl as N-Quads in the ontology graph, to load (or replace) on every start."""
    lines = ontology_graph().serialize(format="nt").splitlines()
    return "".join(f"{line[:-1].rstrip()} <{ONTOLOGY_GRAPH}> .\n" for line in lines if line.strip())
