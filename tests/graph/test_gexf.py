"""The GEXF export: valid GEXF 1.3 (checked by jing against the grammar), a timeline Gephi can play."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from conftest import REPO, make_extraction

from diplograph.graph.filters import EventFilter, filtered_view
from diplograph.graph.gexf import write_gexf
from diplograph.graph.store import EmbeddedStore
from diplograph.graph.view import build_view

# A copy of the public GEXF 1.3 RELAX NG grammar (gephi/gexf, specs/1.3), so the test needs nothing outside the repo.
GRAMMAR = REPO / "tests" / "data" / "gexf-1.3" / "gexf.rnc"
JING = shutil.which("jing")
needs_jing = pytest.mark.skipif(
    JING is None,
    reason="jing is not installed (Debian package `jing`: apt-get install jing); GEXF is not validated",
)


def validate(path: Path) -> None:
    assert JING is not None
    result = subprocess.run([JING, "-c", str(GRAMMAR), str(path)], capture_output=True, text=True, timeout=60)
    errors = [line for line in (result.stdout + result.stderr).splitlines() if "[warning]" not in line]
    assert result.returncode == 0 and not errors, "\n".join(errors)


@pytest.fixture
def two_days(store: EmbeddedStore) -> nx.MultiDiGraph:
    """Scholz meets Putin in two documents, the second dated a day later: two spells on one edge."""
    store.put(make_extraction("monday"))
    later = make_extraction("wednesday")
    events = tuple(
        event if event.date is None else type(event)(**{**event.__dict__, "date": dt.date(2022, 2, 16)})
        for event in later.events
    )
    store.put(type(later)(document=later.document, actors=later.actors, events=events))
    return build_view(store)


@needs_jing
def test_the_export_is_valid_gexf_1_3(two_days: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_gexf(two_days, tmp_path / "graph.gexf")
    validate(tmp_path / "graph.gexf")


@needs_jing
def test_a_filtered_and_an_empty_export_are_valid_too(two_days: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_gexf(filtered_view(two_days, EventFilter(asserted_only=True)), tmp_path / "asserted.gexf")
    write_gexf(nx.MultiDiGraph(), tmp_path / "empty.gexf")
    validate(tmp_path / "asserted.gexf")
    validate(tmp_path / "empty.gexf")


def test_the_export_reads_back_with_one_edge_per_relation_and_its_spells(
    two_days: nx.MultiDiGraph, tmp_path: Path
) -> None:
    write_gexf(two_days, tmp_path / "graph.gexf")
    back = nx.read_gexf(tmp_path / "graph.gexf")
    assert set(back.nodes) == set(two_days.nodes)
    edge = back["olaf-scholz"]["vladimir-putin"]
    assert (edge["label"], edge["weight"], edge["relation"]) == ("meet", 2.0, "meet")
    assert edge["spells"] == [("2022-02-15", "2022-02-15"), ("2022-02-16", "2022-02-16")]
    assert (edge["first"], edge["last"]) == ("2022-02-15", "2022-02-16")
    assert back.number_of_edges() == 3  # scholz-meet-putin, rau-meet-lavrov, russia-attack-ukraine


def test_the_graph_is_dynamic_with_dates_kinds_colours_and_node_attributes(two_days: nx.MultiDiGraph) -> None:
    buffer = io.BytesIO()
    write_gexf(two_days, buffer)
    text = buffer.getvalue().decode("utf-8")
    assert 'version="1.3"' in text and 'xmlns="http://gexf.net/1.3"' in text
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    assert 'kind="meet"' in text and "<viz:color" in text
    assert ' name=""' not in text and "None" not in text
    back = nx.read_gexf(io.BytesIO(buffer.getvalue()))
    scholz = back.nodes["olaf-scholz"]
    assert (scholz["type"], scholz["state"], scholz["degree"]) == ("Person", "Germany", 1)
    assert scholz["viz"]["color"] == {"r": 66, "g": 133, "b": 244, "a": 1.0}
    assert back.nodes["russia"]["aliases"] == "Moscow; the Kremlin"


def test_an_undated_event_gives_an_edge_without_spells(filled_store: EmbeddedStore, tmp_path: Path) -> None:
    write_gexf(build_view(filled_store), tmp_path / "graph.gexf")
    back = nx.read_gexf(tmp_path / "graph.gexf")
    assert "spells" not in back["sergey-lavrov"]["vladimir-putin"]


def test_an_empty_store_exports_an_empty_graph(store: EmbeddedStore, tmp_path: Path) -> None:
    write_gexf(build_view(store), tmp_path / "empty.gexf")
    assert nx.read_gexf(tmp_path / "empty.gexf").number_of_nodes() == 0


def test_one_event_told_twice_weighs_one(store: EmbeddedStore, tmp_path: Path) -> None:
    """The same article filed twice: one meeting, two reports, weight 1 and one spell (networkx reads it)."""
    store.put(make_extraction("filed"))
    store.put(make_extraction("filed-again"))
    write_gexf(build_view(store), tmp_path / "graph.gexf")
    edge = nx.read_gexf(tmp_path / "graph.gexf")["olaf-scholz"]["vladimir-putin"]
    assert (edge["weight"], edge["spells"]) == (1.0, [("2022-02-15", "2022-02-15")])
