"""An actor's ego network: everyone within one or two hops, and the events among them."""

from __future__ import annotations

import networkx as nx

from diplograph.errors import TooMuchWork

from .actors import resolve_actor
from .filters import EventFilter, filtered_view

MAX_DEPTH = 2


def ego_network(
    view: nx.MultiDiGraph,
    actor: str,
    depth: int = 1,
    event_filter: EventFilter | None = None,
    max_nodes: int = 2_000,
) -> nx.MultiDiGraph:
    """The actors within `depth` hops (either direction) and every kept event between any two of them."""
    if not 1 <= depth <= MAX_DEPTH:
        raise TooMuchWork(f"depth must be 1 or {MAX_DEPTH}")
    center = resolve_actor(view, actor)
    kept = filtered_view(view, event_filter or EventFilter())
    if center not in kept:
        kept = kept.copy()
        kept.add_node(center, **view.nodes[center])
    reach = nx.single_source_shortest_path_length(kept.to_undirected(as_view=True), center, cutoff=depth)
    if len(reach) > max_nodes:
        raise TooMuchWork(
            f"the ego network of {actor!r} at depth {depth} has {len(reach)} actors, more than {max_nodes}; "
            "use depth=1 or narrow it (relation=, since= and until=, asserted=true)"
        )
    return nx.MultiDiGraph(kept.subgraph(reach))
