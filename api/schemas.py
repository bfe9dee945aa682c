"""The JSON shapes of the HTTP API (pydantic models, shown in the OpenAPI docs)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


class Actor(BaseModel):
    id: str = Field(description="slug of the canonical name; also the last segment of the actor's IRI")
    label: str
    type: str | None = Field(description="Person, Country, Organization, Group or Role")
    country: str | None
    aliases: list[str]


class Event(BaseModel):
    id: str = Field(description="the event's IRI")
    relation: str
    source: str = Field(description="actor id")
    target: str = Field(description="actor id")
    date: str | None = Field(description="ISO date, or null when the text gives none")
    place: str | None
    modality: str
    document: str
    sentence: str
    start: int
    end: int
    confidence: float


class ActorDetail(Actor):
    events: list[Event] = Field(description="every event the actor takes part in")


class Counterpart(BaseModel):
    actor: Actor
    events: list[Event]


class Hop(BaseModel):
    source: Actor
    target: Actor
    events: list[Event]


class Path(BaseModel):
    source: str
    target: str
    length: int
    hops: list[Hop]


class Document(BaseModel):
    id: str
    title: str | None
    source: str | None = Field(description="where the document came from: its URL, or a source name")
    date: dt.date | None
    content_hash: str = Field(description="SHA-256 of id, text, date, source and title")
    events: int
    ingested_at: dt.datetime | None = Field(default=None, description="when its graph was last written (UTC)")
    graph: str | None = Field(default=None, description="the IRI of the document and of its named graph")


class Stats(BaseModel):
    triples: int = Field(description="quads in every graph, the catalogue included")
    actors: int
    events: int
    documents: int
    revision: str
