"""Who met whom: an actor's counterparts in meetings, calls, visits and hostings; and all between two actors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

import networkx as nx

from .actors import resolve_actor
from .filters import EventFilter, check_relations
from .view import ActorInfo, EventInfo, actor_info, event_info

ENCOUNTER_RELATIONS = frozenset({"meet", "call", "visit", "host"})
# A meeting that did not or may not happen is no encounter; planned and reported ones are.
ENCOUNTER_MODALITIES = frozenset({"asserted", "planned", "reported"})


@dataclass(frozen=True)
class Counterpart:
    """Someone the actor met, and the events that say so."""

    actor: ActorInfo
    events: tuple[EventInfo, ...]

    @property
    def count(self) -> int:
        return len(self.events)


@dataclass(frozen=True)
class Relations:
    """Everything between two actors, in either direction, in date order (undated events last)."""

    a: ActorInfo
    b: ActorInfo
    events: tuple[EventInfo, ...]

    @property
    def by_relation(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for event in self.events:
            counts[event.relation] = counts.get(event.relation, 0) + 1
        return dict(sorted(counts.items()))


def who_met(
    view: nx.MultiDiGraph,
    actor: str,
    relations: Collection[str] = ENCOUNTER_RELATIONS,
    modalities: Collection[str] = ENCOUNTER_MODALITIES,
    since: dt.date | None = None,
    until: dt.date | None = None,
    place: str | None = None,
) -> list[Counterpart]:
    """The actor's counterparts in either direction of an edge, most events first."""
    node = resolve_actor(view, actor)
    check_relations(relations)
    window = EventFilter(relations=frozenset(relations), since=since, until=until, place=place)
    events: dict[str, list[EventInfo]] = {}
    for source, target, key, data in _incident(view, node):
        if data["modality"] not in modalities or not window.accepts(source, target, data):
            continue
        other = target if source == node else source
        if other == node:
            continue
        events.setdefault(other, []).append(event_info(source, target, key, data))
    counterparts = [
        Counterpart(actor=actor_info(view, other), events=tuple(sorted(found, key=chronological)))
        for other, found in events.items()
    ]
    return sorted(counterparts, key=lambda c: (-len(c.events), c.actor.label.casefold()))


def relations_between(view: nx.MultiDiGraph, a: str, b: str, event_filter: EventFilter | None = None) -> Relations:
    """Every event between a and b (all relations and modalities unless the filter narrows them)."""
    first, second = resolve_actor(view, a), resolve_actor(view, b)
    keep = event_filter or EventFilter()
    events = [
        event_info(source, target, key, data)
        for source, target in ((first, second), (second, first))
        if view.has_edge(source, target)
        for key, data in view[source][target].items()
        if keep.accepts(source, target, data)
    ]
    if first == second:
        events = events[: len(events) // 2]  # a self-loop was listed once per direction
    return Relations(actor_info(view, first), actor_info(view, second), tuple(sorted(events, key=chronological)))


def _incident(view: nx.MultiDiGraph, node: str) -> list[tuple[str, str, str, dict[str, object]]]:
    return [*view.out_edges(node, keys=True, data=True), *view.in_edges(node, keys=True, data=True)]


def chronological(event: EventInfo) -> tuple[str, str, int]:
    return (event.date or "9999", event.document, event.start)
