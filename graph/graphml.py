"""The view as GraphML: one edge per event, its id the event's IRI (unique), every attribute typed."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

import networkx as nx

ALIAS_SEPARATOR = "; "


def graphml_graph(view: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy GraphML can hold: no missing values (a key per attribute, absent where unknown), lists joined."""
    exported = nx.MultiDiGraph()
    for node, data in view.nodes(data=True):
        attributes = {
            name: value for name, value in data.items() if value is not None and name not in ("aliases", "roles")
        }
        attributes["aliases"] = ALIAS_SEPARATOR.join(data.get("aliases", ()))
        attributes["roles"] = ALIAS_SEPARATOR.join(data.get("roles", ()))
        exported.add_node(node, **attributes)
    for source, target, key, data in view.edges(keys=True, data=True):
        exported.add_edge(source, target, key=key, **{name: value for name, value in data.items() if value is not None})
    return exported


def write_graphml(view: nx.MultiDiGraph, path_or_file: str | Path | BinaryIO) -> None:
    # networkx writes a multigraph edge's key as its id: the event IRI, unique across the graph.
    nx.write_graphml(graphml_graph(view), path_or_file, named_key_ids=True)


def graphml_bytes(view: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    write_graphml(view, buffer)
    return buffer.getvalue()
