"""The graph as files for other tools: GEXF (Gephi, with a timeline), GraphML, Gephi's spreadsheet CSV."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from diplograph.graph.filters import EventFilter
from diplograph.ontology.terms import relation_names

from .dependencies import FrontDoor
from .problems import problem_responses

router = APIRouter(tags=["exports"])
# The ontology's relation names, so the OpenAPI schema lists the values a `relation` parameter takes.
RelationName = StrEnum("RelationName", {name: name for name in sorted(relation_names())})  # type: ignore[misc]
GEXF_MEDIA_TYPE = "application/gexf+xml"
GRAPHML_MEDIA_TYPE = "application/graphml+xml"
CSV_MEDIA_TYPE = "text/csv"


def event_filter(
    app: FrontDoor,
    relation: Annotated[
        list[RelationName] | None,
        Query(description="relation types to keep (repeatable)", examples=[["meet", "visit"]]),
    ] = None,
    since: Annotated[dt.date | None, Query(description="first day of the window (undated events drop out)")] = None,
    until: Annotated[dt.date | None, Query(description="last day of the window (undated events drop out)")] = None,
    actor: Annotated[
        list[str] | None,
        Query(description="actor ids, names or aliases: keep only events between them (repeatable)"),
    ] = None,
    asserted: Annotated[bool, Query(description="only events the text asserts happened")] = False,
) -> EventFilter:
    return app.event_filter([name.value for name in relation or ()] or None, since, until, actor, asserted)


Filter = Annotated[EventFilter, Depends(event_filter)]
ERRORS = problem_responses(404, 422)


def _file(body: bytes, media_type: str, filename: str) -> Response:
    return Response(body, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get(
    "/export/graph.gexf",
    response_class=Response,
    responses={
        200: {"content": {GEXF_MEDIA_TYPE: {"schema": {"type": "string"}}}, "description": "GEXF 1.3"},
        **ERRORS,
    },
    summary="The actor graph as GEXF 1.3 for Gephi: one edge per (source, target, relation), events as spells",
)
def export_gexf(app: FrontDoor, selection: Filter) -> Response:
    return _file(app.export_gexf(selection), GEXF_MEDIA_TYPE, "graph.gexf")


@router.get(
    "/export/graph.graphml",
    response_class=Response,
    responses={
        200: {"content": {GRAPHML_MEDIA_TYPE: {"schema": {"type": "string"}}}, "description": "GraphML"},
        **ERRORS,
    },
    summary="The actor graph as GraphML: one edge per event, its id the event IRI",
)
def export_graphml(app: FrontDoor, selection: Filter) -> Response:
    return _file(app.export_graphml(selection), GRAPHML_MEDIA_TYPE, "graph.graphml")


@router.get(
    "/export/nodes.csv",
    response_class=Response,
    responses={
        200: {
            "content": {
                CSV_MEDIA_TYPE: {"schema": {"type": "string"}, "example": "Id,Label,Type,State,Degree,Aliases\n"}
            },
            "description": "Gephi spreadsheet nodes table",
        },
        **ERRORS,
    },
    summary="Gephi's spreadsheet import, nodes table (Id, Label, Type, State, Degree, Aliases)",
)
def export_nodes_csv(app: FrontDoor, selection: Filter) -> Response:
    return _file(app.export_nodes_csv(selection).encode("utf-8"), CSV_MEDIA_TYPE, "nodes.csv")


@router.get(
    "/export/edges.csv",
    response_class=Response,
    responses={
        200: {
            "content": {
                CSV_MEDIA_TYPE: {
                    "schema": {"type": "string"},
                    "example": "Source,Target,Type,Kind,Label,Weight,Timeset,Modalities,Places\n",
                }
            },
            "description": "Gephi spreadsheet edges table",
        },
        **ERRORS,
    },
    summary="Gephi's spreadsheet import, edges table (Source, Target, Type, Kind, Label, Weight, Timeset, ...)",
)
def export_edges_csv(app: FrontDoor, selection: Filter) -> Response:
    return _file(app.export_edges_csv(selection).encode("utf-8"), CSV_MEDIA_TYPE, "edges.csv")


EVENT_TABLE_EXAMPLE = "event_id,date,date_precision,source_label,source_iri,source_iso3,source_sector,...\n"
PARQUET_MEDIA_TYPE = "application/vnd.apache.parquet"


@router.get(
    "/export/events.csv",
    response_class=Response,
    responses={
        200: {
            "content": {CSV_MEDIA_TYPE: {"schema": {"type": "string"}, "example": EVENT_TABLE_EXAMPLE}},
            "description": "the event table, one row per event",
        },
        **ERRORS,
    },
    summary="The event table: one row per event however many documents reported it, with CAMEO, PLOVER, "
    "quad class, Goldstein intensity, ISO3 codes and sectors, report count, first source URL and sentence",
)
def export_events_csv(app: FrontDoor, selection: Filter) -> Response:
    return _file(app.export_events_csv(selection).encode("utf-8"), CSV_MEDIA_TYPE, "events.csv")


@router.get(
    "/export/events.parquet",
    response_class=Response,
    responses={
        200: {
            "content": {PARQUET_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
            "description": "the event table as Parquet",
        },
        **ERRORS,
    },
    summary="The event table as Parquet (the columns of /export/events.csv, typed)",
)
def export_events_parquet(app: FrontDoor, selection: Filter) -> Response:
    return _file(app.export_events_parquet(selection), PARQUET_MEDIA_TYPE, "events.parquet")
