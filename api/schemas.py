"""The JSON shapes of the HTTP API (pydantic models, shown in the OpenAPI docs)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

SCHOLZ: dict[str, JsonValue] = {
    "id": "olaf-scholz",
    "label": "Olaf Scholz",
    "type": "Person",
    "country": "Germany",
    "aliases": ["Scholz"],
    "roles": ["chancellor"],
}
MEETING: dict[str, JsonValue] = {
    "id": "https://w3id.org/diplograph/event/5b1c0e6f2d9a4e3b8c7d6e5f",
    "relation": "meet",
    "source": "olaf-scholz",
    "target": "vladimir-putin",
    "date": "2022-02-15",
    "date_precision": "day",
    "place": "Moscow",
    "modality": "planned",
    "document": "seed-2022-02-15",
    "sentence": "German Chancellor Olaf Scholz planned to meet with Russian President Vladimir Putin in Moscow.",
    "start": 0,
    "end": 93,
    "confidence": 0.87,
}


# from_attributes: a response is validated straight from the graph's frozen dataclasses (ActorInfo, EventInfo,
# Counterpart, Hop ...) in one pass of pydantic's core, instead of through dataclasses.asdict, which deep-copies
# every event and cost most of a hub's /met.


class Actor(BaseModel):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [SCHOLZ]})

    id: str = Field(description="slug of the canonical name; also the last segment of the actor's IRI")
    label: str
    type: str | None = Field(description="Person, Country, Organization, Group or Role")
    country: str | None = Field(description="the state the actor belongs to (null for states)")
    aliases: list[str]
    roles: list[str] = Field(default_factory=list, description="offices held: 'chancellor', 'foreign minister'")


class ActorMatch(Actor):
    score: float = Field(description="100 for a substring of the label or an alias; the fuzzy score (80-100) otherwise")
    matched: str = Field(description="the label or alias that matched")


class Event(BaseModel):
    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [MEETING]})

    id: str = Field(description="the report's IRI: this event as one document tells it")
    relation: str = Field(description="a relation of the ontology: meet, visit, host, call, demand ...")
    source: str = Field(description="actor id")
    target: str = Field(description="actor id")
    date: str | None = Field(description="ISO date, or null when the text gives none; the first day of the "
                             "month or year when date_precision says the text gave no more")
    date_precision: str | None = Field(default=None, description="day, month or year: how much of the date "
                                       "the text gave; null when undated")
    place: str | None
    modality: str = Field(description="asserted, planned, negated, hypothetical or reported")
    document: str = Field(description="id of the source document")
    sentence: str = Field(description="the evidence: the sentence that states the event")
    start: int = Field(description="character offset of the sentence in the document")
    end: int
    confidence: float
    event: str | None = Field(default=None, description="the event (its IRI in the knowledge graph) this is one "
                              "report of; null while the knowledge graph is stale")


class ActorDetail(Actor):
    events_count: int = Field(description="events the actor takes part in, either side")
    by_relation: dict[str, int] = Field(description="those events counted by relation")
    counterparts: int = Field(description="distinct actors on the other side of those events")
    documents: int = Field(description="documents those events come from")
    events: list[Event] = Field(description="every event the actor takes part in, in date order")


class Counterpart(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    actor: Actor
    count: int = Field(description="how many events, all of them, however many are listed: reports of the same "
                       "relation between the two on the same day are one event however many documents told it")
    reports: int = Field(description="how many reports of those events, each listed as an event below")
    truncated: bool = Field(description="true when `events` lists fewer than `reports` (see events_per_counterpart)")
    events: list[Event] = Field(
        description="the first events_per_counterpart reports in date order (undated last), each with its "
        "document and sentence; /relations?a=&b= lists every one"
    )


class Encounters(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    actor: Actor
    counterparts_total: int = Field(description="every counterpart the filters keep, on this page or not")
    events_total: int = Field(description="every encounter the filters keep, with any counterpart")
    reports_total: int = Field(description="every report of those encounters")
    offset: int = Field(description="counterparts skipped before this page")
    limit: int = Field(description="most counterparts on a page")
    truncated: bool = Field(description="true when more counterparts follow: ask again with offset + limit")
    counterparts: list[Counterpart] = Field(description="most events first, then by label")


class Relations(BaseModel):
    a: Actor
    b: Actor
    count: int
    by_relation: dict[str, int]
    events: list[Event] = Field(description="everything between the two actors, either direction, in date order")


class Hop(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    source: Actor
    target: Actor
    count: int = Field(description="every event linking the two actors of this step, however many are listed "
                       "(reports of the same relation on the same day are one event)")
    reports: int = Field(description="every report of those events")
    truncated: bool = Field(description="true when `events` lists fewer than `reports` (see events_per_hop)")
    events: list[Event] = Field(
        description="the first events_per_hop reports in date order (undated last); "
        "/relations?a=&b= lists every one"
    )


class PathHops(BaseModel):
    length: int = Field(description="number of hops")
    hops: list[Hop]


class Path(BaseModel):
    source: str
    target: str
    mode: str = Field(description="shortest, all_shortest or k_shortest")
    directed: bool
    length: int = Field(description="hops of the shortest path found")
    hops: list[Hop] = Field(description="the first (shortest) path")
    paths: list[PathHops] = Field(description="every path found, shortest first")


class EgoNetwork(BaseModel):
    center: str
    depth: int
    actors: list[Actor]
    events: list[Event]


class Document(BaseModel):
    id: str
    title: str | None
    source: str | None = Field(description="where the document came from: its URL, or a source name")
    date: dt.date | None
    content_hash: str = Field(description="SHA-256 of id, text, date, source and title")
    events: int
    ingested_at: dt.datetime | None = Field(default=None, description="when its graph was last written (UTC)")
    graph: str | None = Field(default=None, description="the IRI of the document and of its named graph")


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    view: Literal["warming", "ready", "failed"] = Field(
        description="the actor graph and its who-met-whom index: being read at start-up, ready, or failed "
        "(routes that need it then answer with the error)"
    )


class Stats(BaseModel):
    triples: int = Field(description="quads in every graph, the catalogue included")
    actors: int
    events: int
    documents: int
    revision: str
