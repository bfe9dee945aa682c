"""The view exported as GEXF for Gephi."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import networkx as nx

GEXF_VERSION = "1.3"
GRAPH_NAME = "diplograph"
ALIAS_SEPARATOR = "; "


def gexf_graph(view: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy GEXF can hold: no missing values, aliases joined into one string, edge ids = event IRIs."""
    exported = nx.MultiDiGraph(name=GRAPH_NAME)
    for node, data in view.nodes(data=True):
        attributes = {name: value for name, value in data.items() if value is not None and name != "aliases"}
        attributes["aliases"] = ALIAS_SEPARATOR.join(data.get("aliases", ()))
        exported.add_node(node, **attributes)
    for source, target, key, data in view.edges(keys=True, data=True):
        attributes = {name: value for name, value in data.items() if value is not None}
        # networkx writes the `id` attribute as the GEXF edge id and reads it back as the edge key
        exported.add_edge(source, target, key=key, id=key, **attributes)
    return exported


def write_gexf(view: nx.MultiDiGraph, path_or_file: str | Path | BinaryIO) -> None:
    nx.write_gexf(gexf_graph(view), path_or_file, version=GEXF_VERSION)
