"""The view's records: an actor (node) and an event (edge) as callers see them, and the slotted edge data
the view keeps a million of."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from diplograph.ontology.terms import EVENT

EdgeRef = tuple[str, str, str]  # source, target, event IRI: an edge of the view (its key), without its data


@dataclass(frozen=True)
class ActorInfo:
    """A node of the view."""

    id: str
    label: str
    type: str | None
    country: str | None
    aliases: tuple[str, ...]
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventInfo:
    """An edge of the view: one report of an event (its IRI is `id`), with the sentence that states it."""

    id: str
    relation: str
    source: str
    target: str
    date: str | None
    place: str | None
    modality: str
    document: str
    sentence: str
    start: int
    end: int
    confidence: float
    # "month" or "year" when the text gave no more (`date` is then the month's or year's first day), "day"
    # when it gave the day, None when undated
    date_precision: str | None = None
    # the knowledge graph's event this report is one report of (graph/identity_graphs.py); None when the
    # knowledge graph is stale or does not list the report
    event: str | None = None


EDGE_FIELDS = (
    "relation", "date", "place", "modality", "document", "sentence", "start", "end", "confidence", "precision",
    "event",
)
EDGE_FIELD_SET = frozenset(EDGE_FIELDS)


_EVENT_PREFIX = str(EVENT)
_UNDATED_PREFIX = _EVENT_PREFIX + "undated-"
_EVENT_DIGITS = 24  # graph/event_identity.py mints an event's IRI as the prefix and 24 hex digits
_HEX_DIGITS = re.compile(f"[0-9a-f]{{{_EVENT_DIGITS}}}")
CompactEvent = int | str | None


def compact_event(event: str | None) -> CompactEvent:
    """An event IRI as the view keeps it: its 24 hex digits as a number (40 bytes, where the IRI's string
    takes 107: 60 MB on a million reports), negative for an undated event; any other IRI as it is."""
    if event is None or not event.startswith(_EVENT_PREFIX):
        return event
    digits = event[len(_EVENT_PREFIX):]
    undated = digits.startswith("undated-")
    if undated:
        digits = digits[len("undated-"):]
    if _HEX_DIGITS.fullmatch(digits) is None:
        return event
    number = int(digits, 16)
    return -number - 1 if undated else number


def compact_event_term(raw: bytes) -> CompactEvent:
    """`compact_event` of an IRI as the store's TSV writes it (`<iri>`), without decoding it first."""
    return compact_event(raw[1:-1].decode())


def event_iri(compact: CompactEvent) -> str | None:
    """The IRI `compact_event` made this from."""
    if compact is None or isinstance(compact, str):
        return compact
    if compact < 0:
        return f"{_UNDATED_PREFIX}{-compact - 1:0{_EVENT_DIGITS}x}"
    return f"{_EVENT_PREFIX}{compact:0{_EVENT_DIGITS}x}"


class EdgeData(Mapping[str, Any]):
    """An edge's data: an event's fields in slots, read as a mapping (`data["relation"]`, `**data`).

    A view holds one per report, a million on a big store: slots take ~100 bytes where a dict of the same
    ten entries takes ~360, and the view is never changed in place (a new one is made instead). The event
    is kept compact (`compact_event`) and made an IRI when asked for.
    """

    __slots__ = (*EDGE_FIELDS[:-1], "_event")
    _event: CompactEvent

    def __init__(
        self, relation: str, date: str | None, place: str | None, modality: str, document: str, sentence: str,
        start: int, end: int, confidence: float, precision: str | None = None, event: str | int | None = None,
    ) -> None:
        """`precision` is "month" or "year" for a date the text gave no more of, else None (a day, or no
        date); `event` the event's IRI, or the compact form `compact_event` gives (kept as it is)."""
        set_field = object.__setattr__
        set_field(self, "relation", relation)
        set_field(self, "date", date)
        set_field(self, "place", place)
        set_field(self, "modality", modality)
        set_field(self, "document", document)
        set_field(self, "sentence", sentence)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "confidence", confidence)
        set_field(self, "precision", precision)
        set_field(self, "_event", compact_event(event) if isinstance(event, str) else event)

    @property
    def event(self) -> str | None:
        return event_iri(self._event)

    def __getitem__(self, name: str) -> Any:
        if name not in EDGE_FIELD_SET:
            raise KeyError(name)
        return getattr(self, name)

    def __iter__(self) -> Iterator[str]:
        return iter(EDGE_FIELDS)

    def __len__(self) -> int:
        return len(EDGE_FIELDS)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"an edge's data is read-only ({name})")

    def with_event(self, event: str | None) -> EdgeData:
        """The same report, counted as one report of another event (a new object: views are never changed)."""
        fields: dict[str, Any] = {name: getattr(self, name) for name in EDGE_FIELDS}
        fields["event"] = event
        return EdgeData(**fields)

    def record(self) -> tuple[Any, ...]:
        """The fields in EDGE_FIELDS order, the event compact: what `EdgeData(*record)` takes back (a snapshot
        keeps this)."""
        return (*(getattr(self, name) for name in EDGE_FIELDS[:-1]), self._event)

    def copy(self) -> dict[str, Any]:
        """A mutable copy, as a dict: what `graph.copy()` and other networkx functions that copy expect."""
        return {name: getattr(self, name) for name in EDGE_FIELDS}

    def __repr__(self) -> str:
        return f"EdgeData({', '.join(f'{name}={getattr(self, name)!r}' for name in EDGE_FIELDS)})"


def actor_info(view: nx.MultiDiGraph, node: str) -> ActorInfo:
    data = view.nodes[node]
    return ActorInfo(
        id=node,
        label=data["label"],
        type=data.get("type"),
        country=data.get("country"),
        aliases=tuple(data.get("aliases", ())),
        roles=tuple(data.get("roles", ())),
    )


def event_info(source: str, target: str, key: str, data: Mapping[str, Any]) -> EventInfo:
    fields = dict(data)
    precision = fields.pop("precision", None)
    date_precision = None if fields["date"] is None else precision or "day"
    return EventInfo(id=key, source=source, target=target, date_precision=date_precision, **fields)
