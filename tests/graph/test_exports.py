"""Exports besides GEXF: GraphML with unique edge ids, Gephi's spreadsheet CSV; the filters they share."""

from __future__ import annotations

import csv
import datetime as dt
import io

import networkx as nx
import pytest

from diplograph.errors import UnknownRelation
from diplograph.graph.filters import EventFilter, filtered_view
from diplograph.graph.graphml import graphml_bytes
from diplograph.graph.spreadsheet import EDGE_COLUMNS, edges_csv, nodes_csv
from diplograph.graph.store import EmbeddedStore
from diplograph.graph.view import build_view


@pytest.fixture
def view(filled_store: EmbeddedStore) -> nx.MultiDiGraph:
    return build_view(filled_store)


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_nodes_table_has_gephis_id_and_label_columns(view: nx.MultiDiGraph) -> None:
    table = rows(nodes_csv(view))
    assert list(table[0])[:2] == ["Id", "Label"]
    scholz = next(row for row in table if row["Id"] == "olaf-scholz")
    assert (scholz["Label"], scholz["Type"], scholz["State"], scholz["Degree"]) == (
        "Olaf Scholz",
        "Person",
        "Germany",
        "1",
    )


def test_the_edges_table_has_gephis_columns_and_a_timeset(view: nx.MultiDiGraph) -> None:
    table = rows(edges_csv(view))
    assert list(table[0])[:7] == ["Source", "Target", "Type", "Kind", "Label", "Weight", "Timeset"]
    assert list(table[0]) == EDGE_COLUMNS
    meeting = next(row for row in table if row["Source"] == "olaf-scholz")
    assert meeting["Target"] == "vladimir-putin"
    assert (meeting["Type"], meeting["Kind"], meeting["Label"], meeting["Weight"]) == ("Directed", "meet", "meet", "1")
    assert meeting["Timeset"] == "<[2022-02-15, 2022-02-15]>"
    undated = next(row for row in table if row["Source"] == "sergey-lavrov")
    assert undated["Timeset"] == ""


def test_graphml_has_one_edge_per_event_with_unique_ids(view: nx.MultiDiGraph) -> None:
    back = nx.read_graphml(io.BytesIO(graphml_bytes(view)), force_multigraph=True)
    ids = [key for _, _, key in back.edges(keys=True)]
    assert len(ids) == len(set(ids)) == view.number_of_edges()
    assert set(ids) == {key for _, _, key in view.edges(keys=True)}
    assert back.nodes["russia"]["aliases"] == "Moscow; the Kremlin"


def test_asserted_only_drops_planned_and_negated_events(view: nx.MultiDiGraph) -> None:
    kept = filtered_view(view, EventFilter(asserted_only=True))
    assert sorted(kept.edges()) == [("sergey-lavrov", "vladimir-putin"), ("zbigniew-rau", "sergey-lavrov")]


def test_a_date_window_drops_undated_events(view: nx.MultiDiGraph) -> None:
    kept = filtered_view(view, EventFilter(since=dt.date(2022, 2, 15), until=dt.date(2022, 2, 15)))
    assert ("sergey-lavrov", "vladimir-putin") not in kept.edges()
    assert kept.number_of_edges() == 2
    assert filtered_view(view, EventFilter(until=dt.date(2022, 2, 14))).number_of_edges() == 0


def test_an_actor_subset_keeps_the_events_among_them(view: nx.MultiDiGraph) -> None:
    kept = filtered_view(view, EventFilter.build(view, actors=["Lavrov", "Putin", "Olaf Scholz"]))
    assert sorted(kept.edges()) == [("olaf-scholz", "vladimir-putin"), ("sergey-lavrov", "vladimir-putin")]


def test_relation_types_filter_and_unknown_ones_are_named(view: nx.MultiDiGraph) -> None:
    kept = filtered_view(view, EventFilter.build(view, relations=["attack"]))
    assert list(kept.edges()) == [("russia", "ukraine")]
    with pytest.raises(UnknownRelation, match="'greet'.*the relations are"):
        EventFilter.build(view, relations=["meet,greet"])


# ---------------------------------------------------------------- the CLI commands over the same library calls


def cli_run(store: EmbeddedStore, *args: str) -> tuple[int, str, str]:
    from click.testing import CliRunner

    from diplograph.cli import cli

    store.close()  # the CLI opens the store itself
    result = CliRunner().invoke(cli, ["--store", str(store.path), *args])
    return result.exit_code, result.stdout, result.stderr


def test_cli_export_writes_gephis_two_csv_tables(filled_store: EmbeddedStore, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli_run(filled_store, "export", "--format", "csv", "-o", str(tmp_path / "graph.csv"), "--asserted")
    assert code == 0, err
    assert rows((tmp_path / "graph-edges.csv").read_text())[0]["Kind"] == "meet"
    assert len(rows((tmp_path / "graph-edges.csv").read_text())) == 2
    assert list(rows((tmp_path / "graph-nodes.csv").read_text())[0])[:2] == ["Id", "Label"]


def test_cli_export_filters_gexf_by_relation_and_date(filled_store: EmbeddedStore, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "meetings.gexf"
    code, _, err = cli_run(filled_store, "export", "-o", str(target), "--relation", "meet", "--since", "2022-02-15")
    assert code == 0, err
    assert sorted(nx.read_gexf(target).edges()) == [
        ("olaf-scholz", "vladimir-putin"),
        ("zbigniew-rau", "sergey-lavrov"),
    ]


def test_cli_met_filters_and_counts(filled_store: EmbeddedStore) -> None:
    code, out, _ = cli_run(filled_store, "met", "Putin", "--since", "2022-02-15", "--relation", "meet")
    assert code == 0 and "Olaf Scholz (Person, Germany): 1 event" in out and "Lavrov" not in out


def test_cli_path_with_k_and_asserted(filled_store: EmbeddedStore) -> None:
    code, out, _ = cli_run(filled_store, "path", "Putin", "Rau", "-k", "3", "--asserted")
    assert code == 0 and "Vladimir Putin — Sergey Lavrov" in out
    code, _, err = cli_run(filled_store, "path", "Scholz", "Rau", "--asserted")
    assert code == 1 and "no path" in err
