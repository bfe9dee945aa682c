"""The view follows the knowledge graph: the registry's actors as nodes, each report counted as one report of
its event; through the front door, the real model and a real store, on the hand-written identity corpus."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import lavrov_meets_putin
from fastapi.testclient import TestClient

from diplograph import Diplograph, Settings
from diplograph.api import create_app
from diplograph.cli import cli
from diplograph.graph.view import build_view

CORPUS = Path(__file__).parent.parent / "data" / "identity" / "corpus.jsonl"
LINES = {json.loads(line)["id"]: line for line in CORPUS.read_text(encoding="utf-8").splitlines()}
GEXF = "{http://gexf.net/1.3}"


def documents(path: Path, *ids: str) -> Path:
    """A JSON lines file of these documents of the corpus, in this order."""
    path.write_text("".join(LINES[document_id] + "\n" for document_id in ids), encoding="utf-8")
    return path


def nodes_and_edges(view: nx.MultiDiGraph) -> tuple[dict[str, Any], dict[tuple[str, str, str], Any]]:
    nodes = {node: dict(data) for node, data in view.nodes(data=True)}
    edges = {(source, target, key): dict(data) for source, target, key, data in view.edges(keys=True, data=True)}
    return nodes, edges


def assert_built_alike(dg: Diplograph) -> None:
    """The view the cache patched is the view a build from the store gives."""
    assert nodes_and_edges(dg.view()) == nodes_and_edges(build_view(dg.store))


def gexf_weights(gexf: bytes) -> dict[str, float]:
    edges = ET.fromstring(gexf).iter(f"{GEXF}edge")
    return {edge.attrib["id"]: float(edge.attrib["weight"]) for edge in edges}


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("identity-view") / "store"
    with Diplograph.open(Settings(store=str(path), view_snapshot="none")) as dg:
        assert dg.ingest(dg.read([CORPUS])).ingested == 16
    return path


@pytest.fixture
def corpus(corpus_store: Path, tmp_path: Path) -> Iterator[Diplograph]:
    """The corpus's store (a copy, to correct), opened to write, its view read once."""
    copy = tmp_path / "store"
    shutil.copytree(corpus_store, copy)
    with Diplograph.open(Settings(store=str(copy), view_snapshot=str(tmp_path / "store.view"))) as dg:
        dg.view()
        yield dg


def test_after_a_merge_met_of_the_kept_actor_lists_the_absorbed_actors_encounters(corpus: Diplograph) -> None:
    assert {c.actor.label for c in corpus.met("Anna Kowalczyk")} == {"Andrzej Duda"}
    corpus.merge_actors("Piotr Kowalczyk", "Anna Kowalczyk")
    met = {c.actor.label: (c.count, c.reports) for c in corpus.met("Anna Kowalczyk")}
    assert met == {"Andrzej Duda": (1, 1), "Viktor Orban": (1, 1), "Hungary": (1, 1)}  # (his visit to Hungary)
    assert "piotr-kowalczyk" not in corpus.view()  # no node of its own any more
    assert corpus.resolve("Piotr Kowalczyk") == "anna-kowalczyk"  # its name is an alias of the one kept
    stats = corpus.views.stats
    assert (stats.full_builds, stats.incremental_updates) == (1, 1)  # projected again, not rebuilt
    assert_built_alike(corpus)
    with TestClient(create_app(corpus)) as client:
        met = client.get("/actors/anna-kowalczyk/met").json()
        absorbed = client.get("/actors/piotr-kowalczyk/met")
    assert {c["actor"]["id"]: c["count"] for c in met["counterparts"]} == {
        "andrzej-duda": 1, "viktor-orban": 1, "hungary": 1}
    assert absorbed.status_code == 404


def test_a_path_goes_through_the_merged_actor(corpus: Diplograph) -> None:
    corpus.merge_actors("Piotr Kowalczyk", "Anna Kowalczyk")
    [path] = corpus.paths("Andrzej Duda", "Viktor Orban")
    assert [(hop.source.id, hop.target.id) for hop in path] == [
        ("andrzej-duda", "anna-kowalczyk"), ("anna-kowalczyk", "viktor-orban"),
    ]


def test_a_split_after_a_merge_gives_the_actor_its_node_back(corpus: Diplograph) -> None:
    before = {c.actor.label for c in corpus.met("Viktor Orban")}
    corpus.merge_actors("Piotr Kowalczyk", "Anna Kowalczyk")
    corpus.split_actor("Piotr Kowalczyk", "Anna Kowalczyk")
    assert {c.actor.label for c in corpus.met("Viktor Orban")} == before == {"Piotr Kowalczyk"}
    assert_built_alike(corpus)


def test_a_month_precise_report_of_a_day_dated_meeting_is_one_more_report_of_it(tmp_path: Path) -> None:
    told = documents(tmp_path / "astana.jsonl", "astana-2024-07-03", "astana-month-2024-07-20")
    with Diplograph.open(Settings(store=str(tmp_path / "store"), view_snapshot="none")) as dg:
        dg.ingest(dg.read([told]))
        [lavrov] = dg.met("Wang Yi")
        assert (lavrov.actor.label, lavrov.count, lavrov.reports) == ("Sergey Lavrov", 1, 2)
        assert {event.date for event in lavrov.events} == {"2024-07-03", "2024-07-01"}  # "in July": its first day
        assert {event.date: event.date_precision for event in lavrov.events} == {
            "2024-07-03": "day", "2024-07-01": "month"}  # and says the text gave no more than the month
        assert len({event.event for event in lavrov.events}) == 1  # both reports of the one meeting
        weights = gexf_weights(dg.export_gexf())
        assert weights == {"wang-yi|meet|sergey-lavrov": 1.0}
        assert "wang-yi,sergey-lavrov,Directed,meet,meet,1," in dg.export_edges_csv()
        with TestClient(create_app(dg)) as client:
            met = client.get("/actors/wang-yi/met").json()
        [counterpart] = met["counterparts"]
        assert {(event["date"], event["date_precision"]) for event in counterpart["events"]} == {
            ("2024-07-03", "day"), ("2024-07-01", "month")}
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), "met", "Wang Yi"])
    assert "Sergey Lavrov (Person, Russia): 1 event (2 reports)" in result.output, result.output
    assert "  2024-07 wang-yi meet sergey-lavrov" in result.output  # the month, not a day the text never gave


def test_a_surname_ingested_before_its_full_name_ends_as_one_node(tmp_path: Path) -> None:
    recap = documents(tmp_path / "recap.jsonl", "peskov-recap-2024-03-12")  # says only "Peskov"
    full = documents(tmp_path / "full.jsonl", "peskov-2024-03-10")
    with Diplograph.open(Settings(store=str(tmp_path / "store"), view_snapshot="none")) as dg:
        dg.ingest(dg.read([recap]))
        assert "peskov" in dg.view()
        dg.ingest(dg.read([full]))  # the full name comes second: ingest could not join them, the registry does
        view = dg.view()
        assert "peskov" not in view
        assert dg.resolve("Peskov") == "dmitry-peskov"
        relations = dg.relations("Dmitry Peskov", "NATO")
        assert {event.document for event in relations.events} == {"peskov-recap-2024-03-12", "peskov-2024-03-10"}
        assert len({event.event for event in relations.events}) == 1  # one criticism, two reports
        assert gexf_weights(dg.export_gexf()) == {"dmitry-peskov|criticize|nato": 1.0}
        assert dg.views.stats.full_builds == 1  # one build in the first ingest, patched since
        assert_built_alike(dg)


def test_the_view_follows_the_documents_while_the_knowledge_graph_is_stale(corpus: Diplograph) -> None:
    corpus.store.put(lavrov_meets_putin())  # written by other means, not computed: the knowledge graph is stale
    assert not corpus.identity_is_current()
    view = corpus.view()
    assert all(data["event"] is None for *_, data in view.edges(data=True))
    [lavrov] = [c for c in corpus.met("Wang Yi") if c.actor.label == "Sergey Lavrov"]
    assert (lavrov.count, lavrov.reports) == (2, 3)  # by relation, pair and day: the month's report apart
    assert_built_alike(corpus)
    corpus.refresh_identity()
    [lavrov] = [c for c in corpus.met("Wang Yi") if c.actor.label == "Sergey Lavrov"]
    assert (lavrov.count, lavrov.reports) == (1, 3)
    assert_built_alike(corpus)
    assert corpus.views.stats.full_builds == 1  # from the registry's actors to the documents' and back: patched


def test_a_snapshot_projected_with_an_older_registry_is_projected_again(corpus: Diplograph, tmp_path: Path) -> None:
    settings = corpus.settings
    corpus.close()  # saves the view, projected with the registry as it is
    assert settings.view_snapshot_path is not None and settings.view_snapshot_path.exists()
    with Diplograph.open(settings.model_copy(update={"view_snapshot": "none"})) as other:
        other.merge_actors("Piotr Kowalczyk", "Anna Kowalczyk")  # no document changes: the same revision
    with Diplograph.open(settings) as again:
        view = again.view()
        assert again.views.stats.restores == 1
        assert "piotr-kowalczyk" not in view
        assert {c.actor.label for c in again.met("Anna Kowalczyk")} == {"Andrzej Duda", "Viktor Orban", "Hungary"}
        assert_built_alike(again)
