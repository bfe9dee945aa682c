"""Who met whom: an actor's counterparts in meetings, calls, visits and hostings, with the events."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import networkx as nx

from .actors import resolve_actor
from .view import ActorInfo, EventInfo, actor_info, event_info

ENCOUNTER_RELATIONS = frozenset({"meet", "call", "visit", "host"})
# A meeting that did not or may not happen is no encounter; planned and reported ones are.
ENCOUNTER_MODALITIES = frozenset({"asserted", "planned", "reported"})


@dataclass(frozen=True)
class Counterpart:
    """Someone the actor met, and the events that say so."""

    actor: ActorInfo
    events: tuple[EventInfo, ...]


def who_met(
    view: nx.MultiDiGraph,
    actor: str,
    relations: Collection[str] = ENCOUNTER_RELATIONS,
    modalities: Collection[str] = ENCOUNTER_MODALITIES,
) -> list[Counterpart]:
    """The actor's counterparts in either direction of an edge, most events first."""
    node = resolve_actor(view, actor)
    events: dict[str, list[EventInfo]] = {}
    edges = [*view.out_edges(node, keys=True, data=True), *view.in_edges(node, keys=True, data=True)]
    for source, target, key, data in edges:
        if data["relation"] not in relations or data["modality"] not in modalities:
            continue
        other = target if source == node else source
        if other == node:
            continue
        events.setdefault(other, []).append(event_info(source, target, key, data))
    counterparts = [
        Counterpart(actor=actor_info(view, other), events=tuple(sorted(found, key=_chronological)))
        for other, found in events.items()
    ]
    return sorted(counterparts, key=lambda c: (-len(c.events), c.actor.label.casefold()))


def _chronological(event: EventInfo) -> tuple[str, str, int]:
    return (event.date or "9999", event.document, event.start)
