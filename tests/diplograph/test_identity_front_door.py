"""The registry and events across reports through the front door, the CLI and HTTP, on the corpus of
tests/data/identity (16 short reports: the same people under several names, events told 2-3 times)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from diplograph import Diplograph, Settings
from diplograph.api import create_app
from diplograph.cli import cli

CORPUS = Path(__file__).parent.parent / "data" / "identity" / "corpus.jsonl"
EVENTS = 10  # as counted by hand in tests/graph/test_identity.py
REPORTS = 17


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("identity") / "store"
    with Diplograph.open(Settings(store=str(path), view_snapshot="none")) as dg:
        report = dg.ingest(dg.read([CORPUS]))
    assert report.ingested == 16
    return path


@pytest.fixture
def dg(store_path: Path) -> Iterator[Diplograph]:
    with Diplograph.open(Settings(store=str(store_path), view_snapshot="none"), read_only=True) as front_door:
        yield front_door


@pytest.mark.parametrize(("short", "full"), [("Peskov", "Dmitry Peskov"), ("Putin", "Vladimir Putin"),
                                             ("Zelensky", "Volodymyr Zelensky"), ("Modi", "Narendra Modi")])
def test_a_surname_alone_is_the_actor_of_the_full_name(dg: Diplograph, short: str, full: str) -> None:
    assert dg.resolve(short) == dg.resolve(full)


def test_met_finds_every_encounter_whichever_name_is_asked(dg: Diplograph) -> None:
    for name in ("Putin", "Vladimir Putin"):
        assert {c.actor.label for c in dg.met(name)} == {"Kim Jong Un", "Donald Trump"}
    assert {c.actor.label for c in dg.met("Zelensky")} == {"Narendra Modi"}


def test_the_event_table_has_one_row_per_event(dg: Diplograph) -> None:
    rows = dg.event_table()
    assert len(rows) == EVENTS and sum(row.report_count for row in rows) == REPORTS
    [call] = [row for row in rows if row.relation == "call"]
    assert (call.report_count, call.first_reported, call.last_reported) == (3, "2025-02-12", "2025-02-14")
    assert (call.cameo_code, call.plover_class, call.quad_class, call.goldstein) == ("041", "CONSULT", 1, 1.0)
    assert {call.source_iso3, call.target_iso3} == {"USA", "RUS"}
    assert len(dg.event_table(dg.event_filter(relations=["criticize"]))) == 2


def test_an_ambiguous_surname_is_listed(dg: Diplograph) -> None:
    [question] = dg.ambiguous_actors()
    assert question.surface == "Kowalczyk" and question.documents == {"kowalczyk-c-2024-10-01"}


def test_the_cli_exports_the_event_table_and_lists_ambiguous_actors(store_path: Path, tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    for fmt, read in (("events-csv", pandas.read_csv), ("events-parquet", pandas.read_parquet)):
        output = tmp_path / f"events.{fmt}"
        result = CliRunner().invoke(cli, ["--store", str(store_path), "export", "--format", fmt, "-o", str(output)])
        assert result.exit_code == 0, result.output
        frame = read(output)
        assert len(frame) == EVENTS and frame["report_count"].sum() == REPORTS
    result = CliRunner().invoke(cli, ["--store", str(store_path), "actors", "--ambiguous"])
    assert result.exit_code == 0
    assert "'Kowalczyk' could be anna-kowalczyk, piotr-kowalczyk" in result.output


def test_http_serves_the_event_table_as_csv_and_parquet(dg: Diplograph) -> None:
    pandas = pytest.importorskip("pandas")
    with TestClient(create_app(dg)) as client:
        as_csv = client.get("/export/events.csv", params={"relation": "meet"})
        as_parquet = client.get("/export/events.parquet")
    assert as_csv.status_code == 200 and as_csv.headers["content-type"].startswith("text/csv")
    assert len(pandas.read_csv(io.StringIO(as_csv.text))) == 7
    assert as_parquet.status_code == 200
    assert len(pandas.read_parquet(io.BytesIO(as_parquet.content))) == EVENTS


def test_the_ontology_is_kept_current_in_its_own_graph(store_path: Path) -> None:
    with Diplograph.open(Settings(store=str(store_path), view_snapshot="none")) as dg:
        assert not dg.store.keep_ontology_current()  # loaded when the store was first opened, unchanged since
        consult = dg.select("SELECT ?e WHERE { ?e a/rdfs:subClassOf* dipl:Consult }")
        classes = dg.select("SELECT ?c WHERE { GRAPH <https://w3id.org/diplograph/ontology> "
                            "{ ?c rdfs:subClassOf dipl:Consult } }")
    assert len(consult) == REPORTS - 3  # every report of a meeting or a call (the view counts reports still)
    assert len(classes) == 6
