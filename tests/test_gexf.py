"""The GEXF export: what Gephi gets, read back with networkx."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
from conftest import make_extraction

from diplograph.graph.gexf import write_gexf
from diplograph.graph.store import EmbeddedStore
from diplograph.graph.view import build_view


def test_the_gexf_export_reads_back_with_the_same_nodes_and_edges(
    filled_store: EmbeddedStore, tmp_path: Path
) -> None:
    view = build_view(filled_store)
    path = tmp_path / "graph.gexf"
    write_gexf(view, path)
    back = nx.read_gexf(path)
    assert set(back.nodes) == set(view.nodes)
    assert edges_with_ids(back) == sorted(view.edges(keys=True))
    assert back.nodes["olaf-scholz"]["label"] == "Olaf Scholz"
    assert back.nodes["russia"]["aliases"] == "Moscow; the Kremlin"
    (data,) = edge_data(back, "olaf-scholz", "vladimir-putin")
    assert (data["relation"], data["date"], data["place"]) == ("meet", "2022-02-15", "Moscow")


def test_parallel_events_stay_parallel_edges(store: EmbeddedStore, tmp_path: Path) -> None:
    store.put(make_extraction("monday"))
    store.put(make_extraction("tuesday"))
    view = build_view(store)
    write_gexf(view, tmp_path / "graph.gexf")
    back = nx.read_gexf(tmp_path / "graph.gexf")
    assert back.number_of_edges("olaf-scholz", "vladimir-putin") == 2
    assert edges_with_ids(back) == sorted(view.edges(keys=True))


def test_the_gexf_export_names_the_graph_and_writes_version_1_3(filled_store: EmbeddedStore) -> None:
    buffer = io.BytesIO()
    write_gexf(build_view(filled_store), buffer)
    text = buffer.getvalue().decode("utf-8")
    assert 'version="1.3"' in text
    assert "diplograph" in text


def test_an_empty_store_exports_an_empty_graph(store: EmbeddedStore, tmp_path: Path) -> None:
    write_gexf(build_view(store), tmp_path / "empty.gexf")
    assert nx.read_gexf(tmp_path / "empty.gexf").number_of_nodes() == 0


def edges_with_ids(graph: nx.Graph) -> list[tuple[str, str, str]]:
    """(source, target, event id): networkx reads GEXF edge ids as keys, or as `id` without parallel edges."""
    if graph.is_multigraph():
        return sorted(graph.edges(keys=True))
    return sorted((source, target, data["id"]) for source, target, data in graph.edges(data=True))


def edge_data(graph: nx.Graph, source: str, target: str) -> list[dict[str, object]]:
    if graph.is_multigraph():
        return list(graph[source][target].values())
    return [graph[source][target]]
