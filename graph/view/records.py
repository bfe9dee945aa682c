"""The view's records: an actor (node) and an event (edge) as callers see them, and the slotted edge data
the view keeps a million of."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

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
    # the knowledge graph's event this report is one report of (graph/identity_graphs.py); None when the
    # knowledge graph is stale or does not list the report
    event: str | None = None


EDGE_FIELDS = (
    "relation", "date", "place", "modality", "document", "sentence", "start", "end", "confidence", "event",
)
EDGE_FIELD_SET = frozenset(EDGE_FIELDS)


class EdgeData(Mapping[str, Any]):
    """An edge's data: an event's fields in slots, read as a mapping (`data["relation"]`, `**data`).

    A view holds one per report, a million on a big store: slots take ~100 bytes where a dict of the same
    ten entries takes ~360, and the view is never changed in place (a new one is made instead).
    """

    __slots__ = EDGE_FIELDS

    def __init__(
        self, relation: str, date: str | None, place: str | None, modality: str, document: str, sentence: str,
        start: int, end: int, confidence: float, event: str | None = None,
    ) -> None:
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
        set_field(self, "event", event)

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
    return EventInfo(id=key, source=source, target=target, **data)
