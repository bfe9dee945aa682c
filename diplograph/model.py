"""The domain model shared by every stage: plain frozen dataclasses, no spaCy, no RDF."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from enum import StrEnum

MAX_DOCUMENT_ID_LENGTH = 200


def document_id_problem(document_id: str) -> str | None:
    """Why this id cannot name a document, or None when it can.

    An id names the document's graph and its URL (/documents/{id}) and is printed in tables: it must be
    printable text (no control characters or line breaks), not a path step such as "." or "..", which
    HTTP clients collapse, and of reasonable length."""
    if not document_id.strip():
        return "the id is empty"
    if len(document_id) > MAX_DOCUMENT_ID_LENGTH:
        return f"the id is {len(document_id)} characters long; at most {MAX_DOCUMENT_ID_LENGTH} are allowed"
    if any(0xD800 <= ord(character) <= 0xDFFF for character in document_id):
        return f"the id {document_id!r} holds a lone surrogate, which is not text"
    if not document_id.isprintable():
        bad = next(character for character in document_id if not character.isprintable())
        return f"the id {document_id!r} holds the unprintable character U+{ord(bad):04X}; use printable text"
    if any(step in (".", "..") for step in document_id.split("/")):
        return f"the id {document_id!r} has a '.' or '..' step, which URLs cannot carry"
    return None


class ActorType(StrEnum):
    PERSON = "Person"
    COUNTRY = "Country"
    ORGANIZATION = "Organization"
    GROUP = "Group"  # a collective such as "the West"
    ROLE = "Role"  # an office-holder not named in the text: "Ukraine's foreign minister"


class Modality(StrEnum):
    ASSERTED = "asserted"
    PLANNED = "planned"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    REPORTED = "reported"

    @property
    def realised(self) -> bool:
        """Whether the text tells the event as one that happened, will happen or is said to have: a relation
        between its actors. A negated or hypothetical one is kept with its evidence, but relates no one."""
        return self not in (Modality.NEGATED, Modality.HYPOTHETICAL)


class DatePrecision(StrEnum):
    """How much of a date the text gave: "on Tuesday" a day, "in May" a month, "this year" a year."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


def format_date(date: dt.date, precision: DatePrecision) -> str:
    """'2024-05-17', '2024-05' or '2024': the date as far as it is known (xsd:date, gYearMonth, gYear)."""
    if precision is DatePrecision.YEAR:
        return f"{date.year:04d}"
    if precision is DatePrecision.MONTH:
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()


@dataclass(frozen=True)
class Document:
    """One article: its id names its named graph; its date anchors relative dates."""

    id: str
    text: str
    date: dt.date | None = None
    source: str | None = None
    title: str | None = None
    # Where it was read ("line 3 of news.jsonl", a file's path), for errors; not part of its content.
    origin: str | None = field(default=None, compare=False, repr=False)

    @property
    def where(self) -> str:
        """How an error names the document: where it was read, else its id."""
        return self.origin or f"document {self.id!r}"

    @property
    def content_hash(self) -> str:
        """What makes re-ingesting an unchanged document a no-op."""
        payload = "\x1f".join(
            [self.id, self.text, self.date.isoformat() if self.date else "", self.source or "", self.title or ""]
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Actor:
    """A resolved actor: canonical label, type, every surface form seen, the state it belongs to."""

    name: str
    type: ActorType
    aliases: frozenset[str] = field(default_factory=frozenset)
    country: str | None = None  # canonical name of the state the actor belongs to (None for states)
    roles: frozenset[str] = field(default_factory=frozenset)  # "chancellor", "foreign minister"


@dataclass(frozen=True)
class Evidence:
    """Where an event was said: the sentence and its character offsets in the document text."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    """A dated diplomatic event between two actors (n-ary: it carries its own attributes)."""

    relation: str  # a relation name of the ontology: meet, visit, host, demand ...
    source: str  # canonical actor name
    target: str  # canonical actor name
    modality: Modality
    evidence: Evidence
    date: dt.date | None = None  # the first day of the month or year when the precision is coarser
    place: str | None = None
    confidence: float = 0.5
    date_precision: DatePrecision = DatePrecision.DAY

    @property
    def date_text(self) -> str | None:
        """The date as far as the text gave it: '2024-05-17', '2024-05' or '2024'."""
        return format_date(self.date, self.date_precision) if self.date else None


@dataclass(frozen=True)
class ActorMention:
    """One place in the text where an actor is named or referred to ("he", "the Kremlin", "Lavrov")."""

    actor: str  # canonical actor name
    text: str
    start: int  # character offsets in the document text
    end: int
    via: str  # how it was resolved: name, surname, pronoun, role, metonymy, organ, description ...


@dataclass(frozen=True)
class Extraction:
    """What the ingest stage found in one document."""

    document: Document
    actors: tuple[Actor, ...]
    events: tuple[Event, ...]
    mentions: tuple[ActorMention, ...] = ()

    def actor(self, name: str) -> Actor:
        for actor in self.actors:
            if actor.name == name:
                return actor
        raise KeyError(name)
