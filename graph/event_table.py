"""The event table: one row per event, in the layout GDELT, ICEWS and POLECAT users work from.

Columns: event id, date and its precision, source and target (label, IRI, ISO3, sector), relation,
CAMEO code, PLOVER class, quad class, Goldstein intensity, modality, place, report count, the first and
last report dates, the first report's source URL and sentence. Written as CSV (`write_csv`) or Parquet
(`write_parquet`, with pyarrow). `event_table_query` reads the same rows from a store in one SPARQL
query over the events and actors graphs.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import Any

from diplograph.model import Extraction
from diplograph.ontology.codes import event_codes
from diplograph.ontology.terms import ACTORS_GRAPH, EVENTS_GRAPH, actor_slug

from .event_identity import CombinedEvent, combine_reports, reports_of
from .filters import EventFilter
from .registry import Corrections, Registry, build_registry
from .store import Store


@dataclass(frozen=True)
class EventRow:
    event_id: str
    date: str | None  # ISO date; the first day of the month or year when the precision is coarser
    date_precision: str | None  # day | month | year
    source_label: str
    source_iri: str
    source_iso3: str | None
    source_sector: str | None
    target_label: str
    target_iri: str
    target_iso3: str | None
    target_sector: str | None
    relation: str
    cameo_code: str
    plover_class: str
    quad_class: int  # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    goldstein: float
    modality: str
    place: str | None
    report_count: int
    first_reported: str | None
    last_reported: str | None
    source_url: str | None
    sentence: str


COLUMNS = tuple(f.name for f in fields(EventRow))


def event_rows(events: Iterable[CombinedEvent], registry: Registry) -> list[EventRow]:
    rows = []
    for event in events:
        source, target = registry.actors.get(event.source), registry.actors.get(event.target)
        codes = event_codes(event.relation)
        first = event.reports[0]
        rows.append(EventRow(
            event_id=event.iri,
            date=event.date.isoformat() if event.date else None,
            date_precision=event.date_precision.value if event.date else None,
            source_label=source.label if source else first.event.source, source_iri=event.source,
            source_iso3=source.iso3 if source else None, source_sector=source.sector if source else None,
            target_label=target.label if target else first.event.target, target_iri=event.target,
            target_iso3=target.iso3 if target else None, target_sector=target.sector if target else None,
            relation=event.relation, cameo_code=codes.cameo.code, plover_class=codes.plover,
            quad_class=int(codes.quad_class), goldstein=codes.goldstein, modality=event.modality.value,
            place=event.place, report_count=len(event.reports),
            first_reported=event.first_reported.isoformat() if event.first_reported else None,
            last_reported=event.last_reported.isoformat() if event.last_reported else None,
            source_url=next((r.source_url for r in event.reports if r.source_url), None),
            sentence=first.event.evidence.sentence,
        ))
    return rows


def event_table(extractions: Sequence[Extraction], event_filter: EventFilter | None = None,
                corrections: Corrections | None = None) -> list[EventRow]:
    """The corpus's events, each once however many documents reported it, with the filter's rows kept."""
    registry = build_registry(extractions, corrections)
    return filtered(event_rows(combine_reports(reports_of(extractions, registry)), registry), event_filter)


def stored_event_table(store: Store, event_filter: EventFilter | None = None) -> list[EventRow]:
    """The event table read from the store's knowledge graph (graph/identity_graphs.py), when it is current:
    one query, not the registry and the events computed again."""
    rows = [row_from_bindings(binding) for binding in store.select(event_table_query())]
    rows.sort(key=lambda row: (row.date is None, row.date or "", row.event_id))
    return filtered(rows, event_filter)


def filtered(rows: list[EventRow], event_filter: EventFilter | None) -> list[EventRow]:
    if event_filter is None or event_filter.is_empty:
        return rows
    return [row for row in rows if event_filter.accepts(actor_slug(row.source_iri), actor_slug(row.target_iri), {
        "relation": row.relation, "modality": row.modality, "place": row.place,
        "date": row.date})]


def csv_text(rows: Iterable[EventRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(["" if value is None else value for value in astuple(row)])
    return out.getvalue()


def write_csv(rows: Iterable[EventRow], path: Path) -> None:
    path.write_text(csv_text(rows), encoding="utf-8")


def parquet_bytes(rows: Iterable[EventRow]) -> bytes:
    """The table as Parquet, with typed columns (quad_class and report_count integers, goldstein a float)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:  # pragma: no cover - pyarrow is a dependency
        raise RuntimeError("Parquet needs pyarrow: pip install pyarrow (or export events-csv)") from error
    materialised = list(rows)
    columns: dict[str, list[Any]] = {name: [getattr(row, name) for row in materialised] for name in COLUMNS}
    types = {"quad_class": pa.int8(), "report_count": pa.int32(), "goldstein": pa.float64()}
    table = pa.table({name: pa.array(values, type=types.get(name, pa.string())) for name, values in columns.items()})
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def write_parquet(rows: Iterable[EventRow], path: Path) -> None:
    path.write_bytes(parquet_bytes(rows))


def event_table_query() -> str:
    """The event table's rows from a store: the events graph joined with the registry, one row per event."""
    return f"""
PREFIX dipl: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?event_id ?date ?date_precision ?source_label ?source_iri ?source_iso3 ?source_sector
       ?target_label ?target_iri ?target_iso3 ?target_sector ?relation ?cameo_code ?plover_class ?quad_class
       ?goldstein ?modality ?place ?report_count ?first_reported ?last_reported ?source_url ?sentence
WHERE {{
  GRAPH <{EVENTS_GRAPH}> {{
    ?event_id dipl:relation ?relation ; dipl:source ?source_iri ; dipl:target ?target_iri ;
              dipl:cameoCode ?cameo_code ; dipl:ploverClass ?plover_class ; dipl:quadClass ?quad_class ;
              dipl:goldstein ?goldstein ; dipl:modality ?modality_iri ; dipl:reportCount ?report_count ;
              dipl:sentence ?sentence_node ; dipl:document ?document .
    OPTIONAL {{ ?event_id dipl:date ?date ; dipl:datePrecision ?date_precision }}
    OPTIONAL {{ ?event_id dipl:place/rdfs:label ?place }}
    OPTIONAL {{ ?event_id dipl:firstReported ?first_reported ; dipl:lastReported ?last_reported }}
  }}
  GRAPH <{ACTORS_GRAPH}> {{
    ?source_iri rdfs:label ?source_label . ?target_iri rdfs:label ?target_label .
    OPTIONAL {{ ?source_iri dipl:iso3 ?source_iso3 }} OPTIONAL {{ ?source_iri dipl:sector ?source_sector }}
    OPTIONAL {{ ?target_iri dipl:iso3 ?target_iso3 }} OPTIONAL {{ ?target_iri dipl:sector ?target_sector }}
  }}
  GRAPH ?document {{ ?sentence_node dipl:text ?sentence }}
  OPTIONAL {{ GRAPH <https://w3id.org/diplograph/catalogue> {{ ?document dcterms:source ?source_url }} }}
  BIND(STRAFTER(STR(?modality_iri), "#") AS ?modality)
}}
ORDER BY ?date ?event_id
"""


def row_from_bindings(binding: Mapping[str, Any]) -> EventRow:
    """A row of `event_table_query`'s answer (values as plain Python strings and numbers) as an EventRow."""

    def text(name: str) -> str | None:
        value = binding.get(name)
        return None if value is None else str(value)

    return EventRow(
        event_id=str(binding["event_id"]), date=text("date"), date_precision=text("date_precision"),
        source_label=str(binding["source_label"]), source_iri=str(binding["source_iri"]),
        source_iso3=text("source_iso3"), source_sector=text("source_sector"),
        target_label=str(binding["target_label"]), target_iri=str(binding["target_iri"]),
        target_iso3=text("target_iso3"), target_sector=text("target_sector"),
        relation=str(binding["relation"]), cameo_code=str(binding["cameo_code"]),
        plover_class=str(binding["plover_class"]), quad_class=int(binding["quad_class"]),
        goldstein=float(binding["goldstein"]), modality=str(binding["modality"]), place=text("place"),
        report_count=int(binding["report_count"]), first_reported=text("first_reported"),
        last_reported=text("last_reported"), source_url=text("source_url"), sentence=str(binding["sentence"]),
    )
