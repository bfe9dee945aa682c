"""Building the view from the store in one pass: nodes from the actors' attributes, one edge per event.

Edges are added by writing NetworkX's adjacency dicts directly (`add_edge` copies each edge's data: seconds
on a million events); patching.py does the same on a copy-on-write view.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import networkx as nx

from ..store import Store
from .allocation import bulk_allocation
from .reading import actor_nodes, read_events
from .records import EdgeData, EdgeRef


def build_view(store: Store) -> nx.MultiDiGraph:
    """Actors keyed by slug ('olaf-scholz'); one edge per event, keyed by the event's IRI."""
    view, _ = build_with_sources(store)
    return view


@bulk_allocation()
def build_with_sources(
    store: Store, catalogued: Collection[str] | None = None
) -> tuple[nx.MultiDiGraph, dict[str, list[EdgeRef]]]:
    """The whole view, and which edges came from which document graph."""
    view = nx.MultiDiGraph()
    for node, attributes in sorted(actor_nodes(store).items()):
        view.add_node(node, **attributes)
    edges: dict[str, list[EdgeRef]] = {}
    for source, target, key, data, graph in read_events(store, catalogued=catalogued):
        add_edge(view, source, target, key, data)
        edges.setdefault(graph, []).append((source, target, key))
    return view, edges


def add_edge(view: nx.MultiDiGraph, source: str, target: str, key: str, data: EdgeData) -> None:
    """What `add_edge` does on a view being built, without copying the data of each of a million edges."""
    for endpoint in (source, target):
        if endpoint not in view._node:  # an actor without a label: keep the edge, name it by its slug
            view.add_node(endpoint, **unlabelled(endpoint))
    keys = view._succ[source].get(target)
    if keys is None:
        keys = view._succ[source][target] = view._pred[target][source] = {}
    keys[key] = data


def unlabelled(node: str) -> dict[str, Any]:
    return {"label": node, "type": None, "country": None, "aliases": [], "roles": []}


