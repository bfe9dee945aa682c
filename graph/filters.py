"""Which events a lookup or an export keeps: relation types, a date window, an actor subset, asserted only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from diplograph.errors import UnknownRelation
from diplograph.ontology.terms import relation_names

from .actors import resolve_actor


@dataclass(frozen=True)
class EventFilter:
    """All criteria must hold. A date window leaves out undated events: they cannot be placed in it."""

    relations: frozenset[str] | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    actors: frozenset[str] | None = None  # node ids; an event is kept when both its actors are in the set
    asserted_only: bool = False
    place: str | None = None  # case-insensitive equality with the event's place

    @classmethod
    def build(
        cls,
        view: nx.MultiDiGraph,
        relations: Iterable[str] | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        actors: Iterable[str] | None = None,
        asserted_only: bool = False,
        place: str | None = None,
    ) -> EventFilter:
        """Checks the relation names and resolves actor names, ids or aliases to node ids."""
        wanted = _relations(relations)
        nodes = frozenset(resolve_actor(view, actor) for actor in actors) if actors else None
        return cls(wanted, since, until, nodes, asserted_only, place)

    @property
    def is_empty(self) -> bool:
        return self == EventFilter()

    def accepts(self, source: str, target: str, data: dict[str, Any]) -> bool:
        if self.relations is not None and data["relation"] not in self.relations:
            return False
        if self.asserted_only and data["modality"] != "asserted":
            return False
        if self.actors is not None and (source not in self.actors or target not in self.actors):
            return False
        if self.place is not None and (data.get("place") or "").casefold() != self.place.casefold():
            return False
        if self.since is not None or self.until is not None:
            date = data.get("date")
            if date is None:
                return False
            day = dt.date.fromisoformat(date)
            if self.since is not None and day < self.since:
                return False
            if self.until is not None and day > self.until:
                return False
        return True


def filtered_view(view: nx.MultiDiGraph, event_filter: EventFilter) -> nx.MultiDiGraph:
    """The events the filter keeps and their actors (the whole view for an empty filter).

    Named actors stay even without events, so a subset export shows who is unconnected.
    """
    if event_filter.is_empty:
        return view
    kept = nx.MultiDiGraph()
    for node in event_filter.actors or ():
        kept.add_node(node, **view.nodes[node])
    for source, target, key, data in view.edges(keys=True, data=True):
        if event_filter.accepts(source, target, data):
            for node in (source, target):
                if node not in kept:
                    kept.add_node(node, **view.nodes[node])
            kept.add_edge(source, target, key=key, **data)
    return kept


def _relations(relations: Iterable[str] | None) -> frozenset[str] | None:
    if relations is None:
        return None
    wanted = frozenset(name.strip() for value in relations for name in value.split(",") if name.strip())
    if not wanted:
        return None
    check_relations(wanted)
    return wanted


def check_relations(relations: Collection[str]) -> None:
    known = relation_names()
    unknown = sorted(set(relations) - known)
    if unknown:
        raise UnknownRelation(
            f"unknown relation {', '.join(map(repr, unknown))}; the relations are: {', '.join(sorted(known))}"
        )
