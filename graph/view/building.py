"""Building the view from the store in one pass: nodes from the actors' attributes, one edge per report.

Edges are added by writing NetworkX's adjacency dicts directly (`add_edge` copies each edge's data: seconds
on a million events); patching.py does the same on a copy-on-write view.
"""

from __future__ import annotations

from collections.abc import Collection
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..store import Store
from .allocation import bulk_allocation
from .identity import Identity, knowledge_fingerprint, registry_nodes
from .reading import actor_nodes, read_events
from .records import EdgeData, EdgeRef


def build_view(store: Store) -> nx.MultiDiGraph:
    """Actors keyed by slug ('olaf-scholz'); one edge per report, keyed by the report's IRI.

    When the knowledge graph is current, the nodes are its registry's actors and each edge carries its event
    (graph/view/identity.py); else the documents' own actors, and no edge an event."""
    view, _ = build_with_sources(store, fingerprint=knowledge_fingerprint(store))
    return view


@dataclass
class Built:
    """Which edges came from which document graph, and the document's own actors of every edge the
    registry moved (so that a later projection starts from what the document said)."""

    edges: dict[str, list[EdgeRef]] = field(default_factory=dict)
    renamed: dict[str, tuple[str, str]] = field(default_factory=dict)  # report IRI -> its document's actors


@bulk_allocation()
def build_with_sources(
    store: Store, catalogued: Collection[str] | None = None, fingerprint: str | None = None
) -> tuple[nx.MultiDiGraph, Built]:
    """The whole view, projected through the knowledge graph of this fingerprint when given (its registry's
    actors read while the documents' events are), and what it was built from."""
    view = nx.MultiDiGraph()
    with ThreadPoolExecutor(1, thread_name_prefix="view-actors") as pool:
        nodes_read = pool.submit(registry_nodes if fingerprint is not None else actor_nodes, store)
        rows = read_events(store, catalogued=catalogued, reports=fingerprint is not None)
        nodes = nodes_read.result()
    for node, attributes in sorted(nodes.items()):
        view.add_node(node, **attributes)
    built = Built()
    identity = Identity(fingerprint, {}, nodes) if fingerprint is not None else None
    # row by row, not as lists of a million pairs: the projection must not raise the build's peak memory
    ends = identity.ends_needed(store, ((row[0], row[1], row[3]["event"]) for row in rows)) if identity else {}
    for source, target, key, data, graph in rows:
        if identity is not None:
            projected = identity.project(source, target, data["event"], ends)
            if projected != (source, target):
                built.renamed[key] = (source, target)
                source, target = projected
        add_edge(view, source, target, key, data)
        built.edges.setdefault(graph, []).append((source, target, key))
    return view, built


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


