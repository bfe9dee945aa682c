"""Paths between actors: the shortest, all the shortest, or the k shortest simple ones, each hop with its events.

Bounded work: all shortest paths can number in the millions on a dense graph, so enumeration stops at
`max_work` paths and raises TooMuchWork naming what to narrow; k and the length cutoff are capped too.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

import networkx as nx

from diplograph.errors import NoPath, PathTooLong, TooMuchWork

from .actors import resolve_actor
from .encounters import Edge, edge_chronological, occasions_of
from .filters import EventFilter, filtered_view
from .view import ActorInfo, EventInfo, actor_info, event_info
from .view.memo import ViewMemo

MAX_K = 50


class PathMode(StrEnum):
    SHORTEST = "shortest"
    ALL_SHORTEST = "all_shortest"
    K_SHORTEST = "k_shortest"


@dataclass(frozen=True)
class Hop:
    """One step of a path and the events that connect its two actors (in either direction unless directed).

    `events` are in date order (undated last): all of them, or the first `PathQuery.events_per_hop`.
    """

    source: ActorInfo
    target: ActorInfo
    events: tuple[EventInfo, ...]  # reports, each with its sentence
    count: int  # every event linking the two, however many `events` lists (reports of one day's event: one)
    reports: int = 0  # every report of those events

    @property
    def truncated(self) -> bool:
        return max(self.count, self.reports) > len(self.events)


@dataclass(frozen=True)
class PathQuery:
    mode: PathMode = PathMode.SHORTEST
    k: int = 5
    max_length: int = 6
    directed: bool = False
    event_filter: EventFilter = EventFilter()
    max_work: int = 20_000
    events_per_hop: int | None = None  # None: every event of every hop (two hubs share thousands)


def find_paths(view: nx.MultiDiGraph, source: str, target: str, query: PathQuery = PathQuery()) -> list[list[Hop]]:
    """The paths the query asks for, shortest first; NoPath (or PathTooLong) when there are none."""
    start, end = resolve_actor(view, source), resolve_actor(view, target)
    if not 1 <= query.k <= MAX_K:
        raise TooMuchWork(f"k must be between 1 and {MAX_K}; ask for fewer paths")
    kept, simple = projection(view, query.event_filter, query.directed)
    if start not in simple or end not in simple:
        raise NoPath(source, target)
    try:
        nodes_lists = list(_paths(simple, start, end, query))
    except nx.NetworkXNoPath:
        raise NoPath(source, target) from None
    if not nodes_lists:
        raise PathTooLong(source, target, query.max_length)
    return [[_hop(kept, u, v, query) for u, v in zip(nodes, nodes[1:], strict=False)] for nodes in nodes_lists]


# A view from ViewCache is never changed once handed out (updates make a new one), so the simple graph
# a search runs on is projected once per view and filter, not on every request: projecting reads every
# edge (0.6 s on a 200k-event view, and a filter copies the events it keeps) while the search itself takes
# microseconds. The projections are kept per view (graph/view/memo.py): a view changed by hand is projected
# again, and nothing is recounted per request (view.number_of_edges() walks every node's degree: 0.2 s on a
# 200k-event view).
MAX_PROJECTIONS_PER_VIEW = 16
Projection = tuple[nx.MultiDiGraph, nx.Graph]
_PROJECTIONS: ViewMemo[tuple[EventFilter, bool], Projection] = ViewMemo(
    "diplograph.paths.projections", max_entries=MAX_PROJECTIONS_PER_VIEW
)


def is_projected(view: nx.MultiDiGraph, event_filter: EventFilter, directed: bool = False) -> bool:
    """Whether a search with this filter finds its projection ready (else the first search makes it)."""
    return _PROJECTIONS.peek(view, (event_filter, directed)) is not None


def projection(view: nx.MultiDiGraph, event_filter: EventFilter, directed: bool = False) -> Projection:
    """The events the filter keeps, and the simple graph of who is linked to whom that a search walks."""

    def project() -> Projection:
        kept = filtered_view(view, event_filter)
        return kept, _topology(kept, directed)

    return _PROJECTIONS.get(view, (event_filter, directed), project)


def _topology(view: nx.MultiDiGraph, directed: bool) -> nx.Graph:
    """Who is linked to whom, and nothing else: the searches count hops and never read an edge's data.

    Without the events on its edges the simple graph is built from the distinct pairs only (a fraction
    of the events), holds no reference to them, and is cheap for the garbage collector to walk: copying
    the events' dicts made every full collection of a serving process take hundreds of milliseconds.
    """
    simple = nx.DiGraph() if directed else nx.Graph()
    simple.add_nodes_from(view)
    simple.add_edges_from((source, target) for source, targets in view.adj.items() for target in targets)
    return simple


def _paths(graph: nx.Graph, start: str, end: str, query: PathQuery) -> Iterator[list[str]]:
    if start == end:
        yield [start]
        return
    if query.mode == PathMode.SHORTEST:
        nodes = nx.bidirectional_shortest_path(graph, start, end)
        if len(nodes) - 1 <= query.max_length:
            yield nodes
        return
    if query.mode == PathMode.ALL_SHORTEST:
        found = itertools.islice(nx.all_shortest_paths(graph, start, end), query.max_work + 1)
        paths = []
        for nodes in found:
            if len(nodes) - 1 > query.max_length:
                return
            paths.append(nodes)
        if len(paths) > query.max_work:
            raise TooMuchWork(
                f"more than {query.max_work} shortest paths link the actors; narrow the search (relation=, "
                "since= and until=, asserted=true, directed=true) or ask for mode=k_shortest with a small k"
            )
        yield from paths
        return
    # Yen's algorithm yields simple paths by increasing length: stop at k or past the cutoff.
    for count, nodes in enumerate(nx.shortest_simple_paths(graph, start, end)):
        if count >= query.k or len(nodes) - 1 > query.max_length:
            return
        yield nodes


def _hop(view: nx.MultiDiGraph, u: str, v: str, query: PathQuery) -> Hop:
    directions = ((u, v),) if query.directed else ((u, v), (v, u))
    edges: list[Edge] = [
        (a, b, key, data) for a, b in directions if view.has_edge(a, b) for key, data in view[a][b].items()
    ]
    limit = query.events_per_hop
    first = (
        sorted(edges, key=edge_chronological)
        if limit is None or limit >= len(edges)
        else heapq.nsmallest(limit, edges, key=edge_chronological)
    )
    return Hop(
        source=actor_info(view, u),
        target=actor_info(view, v),
        events=tuple(event_info(*edge) for edge in first),
        count=occasions_of(edges),
        reports=len(edges),
    )


def shortest_path(view: nx.MultiDiGraph, source: str, target: str, max_length: int = 6) -> list[Hop]:
    """The fewest hops from source to target, ignoring edge direction; NoPath beyond max_length."""
    return find_paths(view, source, target, PathQuery(max_length=max_length))[0]
