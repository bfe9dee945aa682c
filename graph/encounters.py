"""Who met whom: an actor's counterparts in meetings, calls, visits and hostings; and all between two actors.

A hub takes part in tens of thousands of events, so `encounters` reads them once per view and actor into an
index (counterparts ranked, each one's events in date order), kept with the view and dropped by networkx on
any change to it; a request then pays for the page it returns, not for every event of the actor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from diplograph.ontology.terms import relation_terms

from .actors import resolve_actor
from .filters import EventFilter, check_relations
from .view import ActorInfo, EdgeRef, EventInfo, actor_info, event_info
from .view.memo import ViewMemo

ENCOUNTER_RELATIONS = frozenset({"meet", "call", "visit", "host"})
_SYMMETRIC = {name: term.symmetric for name, term in relation_terms().items()}
# A meeting that did not or may not happen is no encounter; planned and reported ones are.
ENCOUNTER_MODALITIES = frozenset({"asserted", "planned", "reported"})


@dataclass(frozen=True)
class Counterpart:
    """Someone the actor met, how often, and the reports that say so (all, or the first few in date order).

    `count` counts events: the reports of one event of the knowledge graph (graph/event_identity.py) are one
    however many documents told it (without it, reports of the same relation between the two on the same day,
    either way round for a meeting or a call); `reports` counts every report, and `events` lists reports."""

    actor: ActorInfo
    events: tuple[EventInfo, ...]
    count: int  # every event with this counterpart, however many `events` lists
    reports: int = 0  # every report of those events

    @property
    def truncated(self) -> bool:
        return max(self.count, self.reports) > len(self.events)


@dataclass(frozen=True)
class Encounters:
    """One page of an actor's counterparts (most events first), with exact totals over all of them."""

    actor: ActorInfo
    counterparts: tuple[Counterpart, ...]
    counterparts_total: int
    events_total: int
    offset: int = 0
    limit: int | None = None  # most counterparts on a page (None: all)
    reports_total: int = 0

    @property
    def truncated(self) -> bool:
        """More counterparts follow this page."""
        return self.offset + len(self.counterparts) < self.counterparts_total


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


def encounters(
    view: nx.MultiDiGraph,
    actor: str,
    relations: Collection[str] = ENCOUNTER_RELATIONS,
    modalities: Collection[str] = ENCOUNTER_MODALITIES,
    since: dt.date | None = None,
    until: dt.date | None = None,
    place: str | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
    events_per_counterpart: int | None = None,
) -> Encounters:
    """The actor's counterparts in either direction of an edge, most events first (then by label).

    `offset` and `limit` page through the counterparts; `events_per_counterpart` lists only the first
    events of each in date order (undated last). Counts and totals are over everything the filters keep.
    """
    node = resolve_actor(view, actor)
    check_relations(relations)
    wanted_relations, wanted_modalities = frozenset(relations), frozenset(modalities)
    indexed = wanted_relations <= ENCOUNTER_RELATIONS and wanted_modalities <= ENCOUNTER_MODALITIES
    if indexed:
        grouped = _encounter_index(view, node)
    else:  # not only encounters: rare, so read on demand and not kept
        grouped = _group_incident(view, node, wanted_relations, wanted_modalities)
    narrower = EventFilter(
        relations=wanted_relations if indexed and wanted_relations != ENCOUNTER_RELATIONS else None,
        since=since,
        until=until,
        place=place,
    )
    fewer_modalities = wanted_modalities if indexed and wanted_modalities != ENCOUNTER_MODALITIES else None
    if not narrower.is_empty or fewer_modalities is not None:
        grouped = _grouped(view, _narrowed(view, grouped, narrower, fewer_modalities))
    ranked = grouped.ranked
    page = ranked[offset:] if limit is None else ranked[offset : offset + limit]
    counterparts = tuple(
        _counterpart(view, other, grouped.edges[start:stop], events, events_per_counterpart)
        for other, start, stop, events in page
    )
    return Encounters(
        actor=actor_info(view, node),
        counterparts=counterparts,
        counterparts_total=len(ranked),
        events_total=sum(events for _, _, _, events in ranked),
        offset=offset,
        limit=limit,
        reports_total=len(grouped.edges),
    )


def is_indexed(view: nx.MultiDiGraph, actor: str) -> bool:
    """Whether the actor's (given by id) encounters are indexed for this view (else the first lookup reads them)."""
    return _ENCOUNTERS.peek(view, actor) is not None


def who_met(
    view: nx.MultiDiGraph,
    actor: str,
    relations: Collection[str] = ENCOUNTER_RELATIONS,
    modalities: Collection[str] = ENCOUNTER_MODALITIES,
    since: dt.date | None = None,
    until: dt.date | None = None,
    place: str | None = None,
) -> list[Counterpart]:
    """Every counterpart of the actor, most events first, each with every event in date order."""
    found = encounters(view, actor, relations, modalities, since, until, place)
    return list(found.counterparts)


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


def chronological(event: EventInfo) -> tuple[str, str, int]:
    return (event.date or "9999", event.document, event.start)


def edge_chronological(edge: Edge) -> tuple[str, str, int, str]:
    """The order of `chronological` for an edge of the view, its IRI breaking ties."""
    source, target, key, data = edge
    return (data["date"] or "9999", data["document"], data["start"], key)


# ---------------------------------------------------------------------------- the index

Edge = tuple[str, str, str, dict[str, Any]]  # source, target, event IRI, the edge's data


@dataclass(frozen=True)
class _Grouped:
    """An actor's events grouped by counterpart, the busiest first (then by label), each group in date order.

    Flat, and without the edges' data (read from the view when listed): `ranked` gives each counterpart's
    slice of `edges` as (counterpart, start, stop, events: the occasions those reports tell of). Tuples of
    strings are dropped from the garbage collector's watch after its first pass, so the index adds almost
    nothing to the full collections that a process holding the view already pays hundreds of milliseconds
    for; a tuple holding a dict, or a list per counterpart, would be walked on every one.
    """

    edges: tuple[EdgeRef, ...]
    ranked: tuple[tuple[str, int, int, int], ...]


# Each actor's encounters, grouped by counterpart, once per view (index_encounters fills it at start-up).
_ENCOUNTERS: ViewMemo[str, _Grouped] = ViewMemo("diplograph.encounters")


def _encounter_index(view: nx.MultiDiGraph, node: str) -> _Grouped:
    return _ENCOUNTERS.get(
        view, node, lambda: _group_incident(view, node, ENCOUNTER_RELATIONS, ENCOUNTER_MODALITIES)
    )


def index_encounters(view: nx.MultiDiGraph) -> int:
    """Read every actor's encounters into the view's index now (a server does it after start-up), so that no
    request pays for the first lookup of a hub; one actor at a time, so requests in between are answered.
    Returns the number of actors indexed."""
    for node in list(view.nodes):
        _encounter_index(view, node)
    return len(view)


def _group_incident(
    view: nx.MultiDiGraph, node: str, relations: frozenset[str], modalities: frozenset[str]
) -> _Grouped:
    """The node's events of these relations and modalities, in either direction, grouped by counterpart."""
    grouped: dict[str, list[Edge]] = {}
    for neighbours, outgoing in ((view.succ[node], True), (view.pred[node], False)):
        for other, keyed in neighbours.items():
            if other == node:
                continue  # a self-loop: no counterpart
            edges = [
                (node, other, key, data) if outgoing else (other, node, key, data)
                for key, data in keyed.items()
                if data["relation"] in relations and data["modality"] in modalities
            ]
            if edges:
                grouped.setdefault(other, []).extend(edges)
    for edges in grouped.values():
        edges.sort(key=edge_chronological)
    return _grouped(view, grouped)


def _grouped(view: nx.MultiDiGraph, by_counterpart: dict[str, list[Edge]]) -> _Grouped:
    labels = view.nodes
    occasions = {other: occasions_of(group) for other, group in by_counterpart.items()}
    ranked = sorted(
        by_counterpart.items(),
        key=lambda item: (-occasions[item[0]], -len(item[1]), labels[item[0]]["label"].casefold(), item[0]),
    )
    edges: list[EdgeRef] = []
    slices = []
    for other, group in ranked:
        slices.append((other, len(edges), len(edges) + len(group), occasions[other]))
        edges.extend((source, target, key) for source, target, key, _ in group)
    return _Grouped(tuple(edges), tuple(slices))


def occasions_of(edges: Iterable[Edge]) -> int:
    """How many events these reports (edges of the view) tell of: the knowledge graph's events they are
    reports of (graph/view/identity.py: a month-precise report of a day-dated meeting is one more report of
    it); for a report without one (a stale knowledge graph), one per relation and day, the direction
    counting only for a relation that has one (a visit, a hosting); an undated report is its own event."""
    seen: set[tuple[str, ...]] = set()
    for source, target, key, data in edges:
        event = data.get("event")
        if event is not None:
            seen.add(("event", event))
            continue
        date = data["date"]
        if date is None:
            seen.add((key,))
        elif _SYMMETRIC.get(data["relation"], False):
            seen.add((data["relation"], date, *sorted((source, target))))
        else:
            seen.add((data["relation"], date, source, target))
    return len(seen)


def _counterpart(
    view: nx.MultiDiGraph, other: str, edges: tuple[EdgeRef, ...], occasions: int, listed: int | None
) -> Counterpart:
    shown = edges if listed is None else edges[:listed]
    events = tuple(event_info(*edge) for edge in _with_data(view, shown))
    return Counterpart(actor_info(view, other), events, count=occasions, reports=len(edges))


def _with_data(view: nx.MultiDiGraph, edges: Iterable[EdgeRef]) -> Iterator[Edge]:
    for source, target, key in edges:
        yield source, target, key, view.get_edge_data(source, target, key)


def _narrowed(
    view: nx.MultiDiGraph, grouped: _Grouped, event_filter: EventFilter, modalities: frozenset[str] | None
) -> dict[str, list[Edge]]:
    narrowed = {}
    for other, start, stop, _ in grouped.ranked:
        kept = [
            edge
            for edge in _with_data(view, grouped.edges[start:stop])
            if (modalities is None or edge[3]["modality"] in modalities)
            and event_filter.accepts(edge[0], edge[1], edge[3])
        ]
        if kept:
            narrowed[other] = kept
    return narrowed
