"""The registry's RDF model: each actor once, each event once, each document's reports in its own graph.

Oxigraph's union default graph repeats a triple once per named graph that holds it, so whatever a query
counts must be written once: actors in the registry graph (`…/actors`, graph/registry.py), events with
their codes, dates and direct actor-to-actor triples in the events graph (`…/events`), the ontology in
its own graph (`…/ontology`). A document's graph keeps only what that document said: its reports of
events (`dipl:reportOf` the event), the sentences and the surface form of each actor mention.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib.namespace import RDF, RDFS

from diplograph.model import Extraction
from diplograph.ontology.codes import event_codes
from diplograph.ontology.terms import (
    BASE,
    DIPL,
    ONTOLOGY_GRAPH,
    document_graph_iri,
    ontology_graph,
    place_iri,
    relation_term,
)

from .event_identity import CombinedEvent, Report
from .rdf import SENTENCE_MARK, UNREALISED, Text, Triple
from .registry import Registry

EVENTS_GRAPH = BASE + "events"

_D = str(DIPL)
_TYPE, _LABEL = str(RDF.type), str(RDFS.label)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_DATE, _DECIMAL, _INTEGER, _BOOLEAN = _XSD + "date", _XSD + "decimal", _XSD + "integer", _XSD + "boolean"


def _decimal(value: float) -> Text:
    return Text(str(Decimal(str(round(value, 4)))), _DECIMAL)


def event_triples(events: Iterable[CombinedEvent]) -> list[Triple]:
    """The events graph: one node per event with its codes, dates, report count and direct triple."""
    triples: list[Triple] = []
    add = triples.append
    for event in events:
        term = relation_term(event.relation)
        codes = event_codes(event.relation)
        subject = event.iri
        add((subject, _TYPE, str(term.event_class)))
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
            add((subject, _D + "place", str(place_iri(place))))
            add((str(place_iri(place)), _TYPE, _D + "Place"))
            add((str(place_iri(place)), _LABEL, Text(place)))
        add((subject, _D + "modality", _D + event.modality.value))
        add((subject, _D + "confidence", _decimal(event.confidence)))
        add((subject, _D + "cameoCode", Text(codes.cameo.code)))
        add((subject, _D + "ploverClass", Text(codes.plover)))
        add((subject, _D + "quadClass", Text(str(int(codes.quad_class)), _INTEGER)))
        add((subject, _D + "goldstein", _decimal(codes.goldstein)))
        add((subject, _D + "reportCount", Text(str(len(event.reports)), _INTEGER)))
        if event.first_reported is not None and event.last_reported is not None:
            add((subject, _D + "firstReported", Text(event.first_reported.isoformat(), _DATE)))
            add((subject, _D + "lastReported", Text(event.last_reported.isoformat(), _DATE)))
        first = event.reports[0]
        # the first report's sentence and document, so one row per event carries its evidence
        add((subject, _D + "sentence", _sentence_iri(first)))
        add((subject, _D + "document", str(document_graph_iri(first.document_id))))
        for document_id in event.documents:
            add((subject, _D + "reportedIn", str(document_graph_iri(document_id))))
        for report in event.reports:
            add((subject, _D + "report", report.iri))
        if event.modality not in UNREALISED:
            add((event.source, str(term.direct_property), event.target))
    return triples


def _sentence_iri(report: Report) -> str:
    evidence = report.event.evidence
    return f"{document_graph_iri(report.document_id)}{SENTENCE_MARK}{evidence.start}-{evidence.end}"


def report_triples(extraction: Extraction, registry: Registry, events: Iterable[CombinedEvent]) -> list[Triple]:
    """A document's graph: its reports (each `dipl:reportOf` its event), sentences and actor mentions."""
    document_id = extraction.document.id
    document = str(document_graph_iri(document_id))
    triples: list[Triple] = []
    add = triples.append
    for event in events:
        for report in event.reports:
            if report.document_id != document_id:
                continue
            subject = report.iri
            add((subject, _TYPE, _D + "Report"))
            add((subject, _D + "reportOf", event.iri))
            add((subject, _D + "document", document))
            add((subject, _D + "modality", _D + report.event.modality.value))
            add((subject, _D + "confidence", _decimal(report.event.confidence)))
            if report.event.date is not None:
                add((subject, _D + "reportedDate", Text(report.event.date.isoformat(), _DATE)))
                add((subject, _D + "datePrecision", Text(report.event.date_precision.value)))
            add((subject, _D + "sourceMention", Text(report.event.source)))
            add((subject, _D + "targetMention", Text(report.event.target)))
            sentence = _sentence_iri(report)
            evidence = report.event.evidence
            add((subject, _D + "sentence", sentence))
            add((sentence, _TYPE, _D + "Sentence"))
            add((sentence, _D + "text", Text(evidence.sentence)))
            add((sentence, _D + "start", Text(str(evidence.start), _INTEGER)))
            add((sentence, _D + "end", Text(str(evidence.end), _INTEGER)))
            add((sentence, _D + "document", document))
    for mention in extraction.mentions:
        node = f"{document}/mention/{mention.start}-{mention.end}"
        add((node, _TYPE, _D + "Mention"))
        add((node, _D + "actor", registry.iri_of(document_id, mention.actor)))
        add((node, _D + "surfaceForm", Text(mention.text)))
        add((node, _D + "start", Text(str(mention.start), _INTEGER)))
        add((node, _D + "end", Text(str(mention.end), _INTEGER)))
    return triples


def ontology_ntriples() -> str:
    """diplo.ttl as N-Triples."""
    return "".join(line + "\n" for line in ontology_graph().serialize(format="nt").splitlines() if line.strip())


def ontology_nquads() -> str:
    """diplo.ttl as N-Quads in the ontology graph, to load (or replace) on every start."""
    lines = ontology_graph().serialize(format="nt").splitlines()
    return "".join(f"{line[:-1].rstrip()} <{ONTOLOGY_GRAPH}> .\n" for line in lines if line.strip())
