"""Events across reports: three articles on one phone call are one event with three reports.

Reports (one extracted event of one document, its actors resolved against the registry) are one
event when they have the same relation, the same actors (either way round for a symmetric relation
such as meet or call), both happened or both did not (an asserted and a negated meeting are not one
event), and compatible dates: the same day; or, for a report that only gives the month (or the year),
the one day-dated event of that month (year) when there is exactly one, else the other reports of that
month (year). An undated report is its own event: nothing says it is the same occasion as another.

The event IRI is minted from what the event is (relation, actors, the date it is anchored on), not from
a document, so it stays the same when more reports come in and when one of several goes away.
Pure: extractions and a registry in, events out; graph/event_rdf.py writes them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from diplograph.model import DatePrecision, Event, Extraction, Modality, format_date
from diplograph.ontology.terms import EVENT, relation_term

from .rdf import event_iri
from .registry import Registry

# How sure a report is that the event happened: the event takes its surest report's modality.
MODALITY_RANK = {Modality.ASSERTED: 4, Modality.REPORTED: 3, Modality.PLANNED: 2,
                 Modality.HYPOTHETICAL: 1, Modality.NEGATED: 0}
UNREALISED = frozenset(m for m in Modality if not m.realised)


@dataclass(frozen=True)
class Report:
    """One document's account of an event, its actors resolved against the registry."""

    document_id: str
    document_date: dt.date | None
    source_url: str | None
    event: Event
    source: str  # registry IRI
    target: str  # registry IRI

    @property
    def iri(self) -> str:
        """The report: one event as one sentence of one document tells it, the event node of that document's
        graph (graph/rdf.py)."""
        return str(event_iri(self.document_id, self.event))


@dataclass(frozen=True)
class CombinedEvent:
    """One event, however many documents reported it."""

    iri: str
    relation: str
    source: str  # registry IRIs
    target: str
    date: dt.date | None
    date_precision: DatePrecision
    reports: tuple[Report, ...]  # in report order (document date, then document, then offset)

    @property
    def date_text(self) -> str | None:
        return format_date(self.date, self.date_precision) if self.date else None

    @property
    def modality(self) -> Modality:
        return max((r.event.modality for r in self.reports), key=MODALITY_RANK.__getitem__)

    @property
    def confidence(self) -> float:
        return max(r.event.confidence for r in self.reports)

    @property
    def place(self) -> str | None:
        return next((r.event.place for r in self.reports if r.event.place), None)

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.document_id for r in self.reports))

    @property
    def first_reported(self) -> dt.date | None:
        return min((r.document_date for r in self.reports if r.document_date), default=None)

    @property
    def last_reported(self) -> dt.date | None:
        return max((r.document_date for r in self.reports if r.document_date), default=None)


def reports_of(extractions: Iterable[Extraction], registry: Registry) -> Iterator[Report]:
    for extraction in extractions:
        document = extraction.document
        for event in extraction.events:
            yield Report(document.id, document.date, document.source, event,
                         registry.iri_of(document.id, event.source), registry.iri_of(document.id, event.target))


def combine_reports(reports: Iterable[Report]) -> list[CombinedEvent]:
    """The events the reports tell of, in date order (undated last)."""
    groups: dict[tuple[str, str, str, bool], list[Report]] = defaultdict(list)
    undated: list[Report] = []
    for report in reports:
        if report.source == report.target:
            continue  # an actor that the registry joined with its counterpart: no event between two
        if report.event.date is None:
            undated.append(report)
            continue
        groups[_identity(report)].append(report)
    events: list[CombinedEvent] = []
    for reports_alike in groups.values():
        events.extend(_by_date(reports_alike))
    for report in undated:
        undated_iri = str(EVENT) + "undated-" + hashlib.sha256(report.iri.encode("utf-8")).hexdigest()[:24]
        events.append(_event(undated_iri, [report], None, DatePrecision.DAY))
    events.sort(key=lambda e: (e.date is None, e.date or dt.date.min, e.iri))
    return events


def _identity(report: Report) -> tuple[str, str, str, bool]:
    source, target = report.source, report.target
    if relation_term(report.event.relation).symmetric and target < source:
        source, target = target, source
    return report.event.relation, source, target, report.event.modality in UNREALISED


def _by_date(reports: list[Report]) -> Iterator[CombinedEvent]:
    """Day reports are one event per day; a coarser report joins the one finer event it can mean."""
    anchored: dict[tuple[dt.date, DatePrecision], list[Report]] = defaultdict(list)
    for precision in (DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR):
        for report in sorted((r for r in reports if r.event.date_precision is precision), key=_order):
            assert report.event.date is not None
            finer = [key for key in anchored if _within(key[0], report.event.date, precision)]
            key = finer[0] if len(finer) == 1 else (report.event.date, precision)
            anchored[key].append(report)
    for (date, precision), members in anchored.items():
        members.sort(key=_order)
        yield _event(_event_iri(members[0], date, precision), members, date, precision)


def _within(anchor: dt.date, date: dt.date, precision: DatePrecision) -> bool:
    if precision is DatePrecision.MONTH:
        return (anchor.year, anchor.month) == (date.year, date.month)
    if precision is DatePrecision.YEAR:
        return anchor.year == date.year
    return anchor == date


def _order(report: Report) -> tuple[dt.date, str, int]:
    return report.document_date or dt.date.max, report.document_id, report.event.evidence.start


def _event_iri(report: Report, date: dt.date, precision: DatePrecision) -> str:
    relation, source, target, unrealised = _identity(report)
    key = "\x1f".join([relation, source, target, format_date(date, precision), "unrealised" if unrealised else ""])
    return str(EVENT) + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _event(iri: str, reports: list[Report], date: dt.date | None, precision: DatePrecision) -> CombinedEvent:
    first = reports[0]
    return CombinedEvent(iri, first.event.relation, first.source, first.target, date, precision, tuple(reports))
