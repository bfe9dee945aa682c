"""Paths between actors over the undirected view: who is connected to whom, and through what."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from diplograph.errors import NoPath, PathTooLong

from .actors import resolve_actor
from .view import ActorInfo, EventInfo, actor_info, event_info


@dataclass(frozen=True)
class Hop:
    """One step of a path and the events (in either direction) that connect its two actors."""

    source: ActorInfo
    target: ActorInfo
    events: tuple[EventInfo, ...]


def shortest_path(view: nx.MultiDiGraph, source: str, target: str, max_length: int = 6) -> list[Hop]:
    """The fewest hops from source to target, ignoring edge direction; NoPath beyond max_length."""
    start, end = resolve_actor(view, source), resolve_actor(view, target)
    try:
        nodes = nx.bidirectional_shortest_path(view.to_undirected(as_view=True), start, end)
    except nx.NetworkXNoPath:
        raise NoPath(source, target) from None
    if len(nodes) - 1 > max_length:
        raise PathTooLong(source, target, max_length)
    return [_hop(view, u, v) for u, v in zip(nodes, nodes[1:], strict=False)]


def _hop(view: nx.MultiDiGraph, u: str, v: str) -> Hop:
    events = [
        event_info(a, b, key, data)
        for a, b in ((u, v), (v, u))
        if view.has_edge(a, b)
        for key, data in view[a][b].items()
    ]
    return Hop(source=actor_info(view, u), target=actor_info(view, v), events=tuple(events))
