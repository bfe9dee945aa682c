"""The `diplograph` command on a real store (the ingest commands are tested on the seed in test_seed.py)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import fill

from diplograph.cli import cli


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return fill(tmp_path / "store")


def run(store_path: Path, *args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--store", str(store_path), *args], input=input)
    return result.exit_code, result.stdout, result.stderr


def test_stats_counts_triples_actors_events_and_documents(store_path: Path) -> None:
    code, out, _ = run(store_path, "stats")
    assert code == 0
    assert "actors:    8" in out and "events:    4" in out and "documents: 2" in out


def test_met_lists_counterparts_with_their_sentences(store_path: Path) -> None:
    code, out, _ = run(store_path, "met", "Lavrov")
    assert code == 0
    assert "Zbigniew Rau (Person, Poland)" in out
    assert "2022-02-15 zbigniew-rau meet sergey-lavrov in Moscow [asserted]" in out


def test_an_unknown_actor_is_one_line_on_stderr_and_exit_code_1(store_path: Path) -> None:
    code, out, err = run(store_path, "met", "Boris Johnson")
    assert code == 1
    assert "no actor matches 'Boris Johnson'" in err
    assert "Traceback" not in out + err


def test_path_prints_one_line_per_hop(store_path: Path) -> None:
    code, out, _ = run(store_path, "path", "Olaf Scholz", "Zbigniew Rau")
    assert code == 0
    hops = [line for line in out.splitlines() if not line.startswith(" ")]
    assert hops == [
        "Olaf Scholz — Vladimir Putin",
        "Vladimir Putin — Sergey Lavrov",
        "Sergey Lavrov — Zbigniew Rau",
    ]


def test_actors_searches_by_alias(store_path: Path) -> None:
    code, out, _ = run(store_path, "actors", "kremlin")
    assert code == 0 and out.startswith("russia  Russia (Country)")


def test_query_prints_a_table(store_path: Path) -> None:
    query = "SELECT DISTINCT ?label WHERE { ?a a dipl:Person ; rdfs:label ?label } ORDER BY ?label"
    code, out, _ = run(store_path, "query", query)
    assert code == 0
    header, rule, *rows = out.splitlines()
    assert header.strip() == "label" and set(rule) == {"-"}
    assert rows == ["Olaf Scholz", "Sergey Lavrov", "Vladimir Putin", "Zbigniew Rau"]


def test_query_reads_stdin_and_prints_sparql_json(store_path: Path) -> None:
    code, out, _ = run(store_path, "query", "-", "--format", "json", input="ASK { ?a dipl:meets ?b }")
    assert code == 0 and json.loads(out) == {"head": {}, "boolean": True}


def test_a_malformed_query_reports_the_parser_message(store_path: Path) -> None:
    code, _, err = run(store_path, "query", "SELEC ?x")
    assert code == 1 and "malformed SPARQL query: error at 1:" in err


def test_export_writes_gexf_that_networkx_reads(store_path: Path, tmp_path: Path) -> None:
    code, _, _ = run(store_path, "export", "--format", "gexf", "-o", str(tmp_path / "graph.gexf"))
    assert code == 0
    assert nx.read_gexf(tmp_path / "graph.gexf").number_of_nodes() == 8


def test_reading_a_store_that_does_not_exist_says_to_ingest_first(tmp_path: Path) -> None:
    code, _, err = run(tmp_path / "missing", "stats")
    assert code == 1 and "diplograph ingest" in err


def test_an_unreachable_remote_store_is_reported_with_its_url() -> None:
    from servers import free_port

    url = f"http://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(cli, ["--store", url, "stats"])
    assert result.exit_code == 1 and f"cannot reach the SPARQL store at {url}/query" in result.stderr
