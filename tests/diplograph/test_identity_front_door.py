"""The registry and events across reports through the front door, the CLI and HTTP, on the corpus of
tests/data/identity (16 short reports: the same people under several names, events told 2-3 times)."""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from diplograph import Diplograph, Settings
from diplograph.api import create_app
from diplograph.cli import cli
from diplograph.ontology.terms import ACTORS_GRAPH, EVENTS_GRAPH

CORPUS = Path(__file__).parent.parent / "data" / "identity" / "corpus.jsonl"
README = (Path(__file__).parent.parent.parent / "README.md").read_text(encoding="utf-8")
EVENTS = 14  # as counted by hand in tests/graph/test_identity.py
REPORTS = 21
MEETINGS = 7
VISITS = 3  # meetings in the other side's state ("met Xi in Beijing", "Polish lawmaker ... in Budapest") are visits
HOSTINGS = 1  # and the leader met at home hosts the visiting leader ("Kim Jong Un met Putin in Russia")
MEETING_REPORTS = 11


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


def test_met_counts_events_and_lists_every_report(dg: Diplograph) -> None:
    counted = {c.actor.label: (c.count, c.reports, len(c.events)) for c in dg.met("Putin")}
    # one call; one meeting and the hosting it implies ("Kim Jong Un met Putin in Russia")
    assert counted == {"Donald Trump": (1, 3, 3), "Kim Jong Un": (2, 3, 3)}
    result = CliRunner().invoke(cli, ["--store", str(dg.settings.store), "met", "Putin"])
    assert "Donald Trump (Person, United States): 1 event (3 reports)" in result.output


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
    # one row per event: the meetings, the visits and the call, however many reports
    assert len(consult) == MEETINGS + VISITS + HOSTINGS + 1
    assert len(classes) == 6


# ---------------------------------------------------------------- SPARQL counts each event once


def sparql_rows(client: TestClient, query: str) -> list[dict[str, str]]:
    response = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    return [{name: value["value"] for name, value in row.items()} for row in response.json()["results"]["bindings"]]


def test_the_readme_queries_give_one_row_per_event_over_http(dg: Diplograph) -> None:
    queries = re.findall(r"^```sparql\n(.*?)^```", README, flags=re.MULTILINE | re.DOTALL)
    pair = queries[0].replace('"Olaf Scholz"', '"Wang Yi"').replace('"Vladimir Putin"', '"Sergey Lavrov"')
    with TestClient(create_app(dg)) as client:
        [meeting] = sparql_rows(client, pair)  # told by three documents: one row
        assert (meeting["date"], meeting.get("place")) == ("2024-07-03", "Astana")
        for query in queries[1:3]:  # the class hierarchy and CAMEO examples name each event once
            events = [row["e"] for row in sparql_rows(client, query)]
            assert len(events) == len(set(events)) == MEETINGS + VISITS + HOSTINGS + 1  # encounters and the call
        per_plover = {row["plover"]: int(row["events"]) for row in sparql_rows(client, queries[3])}
        assert sum(per_plover.values()) == EVENTS
        told = {row["e"]: int(row["reports"]) for row in sparql_rows(client, queries[4])}
        assert sum(told.values()) + EVENTS - len(told) == REPORTS
        putin = {row["e"]: set(row["names"].split(" | ")) for row in sparql_rows(client, queries[5])}
        # the call, the meeting with Kim and Putin's hosting of him
        assert len(putin) == 3 and any(names >= {"Putin", "Vladimir Putin"} for names in putin.values())
        [count] = sparql_rows(client, "PREFIX dipl: <https://w3id.org/diplograph/ontology#> "
                                      "SELECT (COUNT(?e) AS ?n) WHERE { ?e a dipl:Meeting }")
        assert int(count["n"]) == MEETINGS
        labels = sparql_rows(client, 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
                                     'SELECT ?a WHERE { ?a rdfs:label "Vladimir Putin" }')
        assert len(labels) == 1  # named by several documents, described once
        per_document = sparql_rows(client, "PREFIX dipl: <https://w3id.org/diplograph/ontology#> "
                                           "SELECT ?r WHERE { GRAPH ?g { ?r a dipl:Meeting ; dipl:document ?g } }")
        assert len(per_document) == MEETING_REPORTS  # what each document said: its own account of a meeting


# ---------------------------------------------------------------- an analyst's corrections


@pytest.fixture
def own_store(store_path: Path, tmp_path: Path) -> Path:
    """A copy of the corpus's store, to correct."""
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(store_path, copy)
    return copy


def cli_run(store: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--store", str(store), *args])
    assert result.exit_code == 0, result.output
    return result.output


def knowledge_counts(store: Path) -> tuple[int, int]:
    with Diplograph.open(Settings(store=str(store), view_snapshot="none"), read_only=True) as dg:
        [row] = dg.select("SELECT (COUNT(DISTINCT ?a) AS ?actors) WHERE { GRAPH <https://w3id.org/diplograph/actors> "
                          "{ ?a rdfs:label ?l } }")
        [events] = dg.select("SELECT (COUNT(?e) AS ?n) WHERE { ?e dipl:reportCount ?c }")
    return int(row["actors"]), int(events["n"])


def test_a_merge_joins_two_actors_and_survives_reingest(own_store: Path) -> None:
    actors, events = knowledge_counts(own_store)
    output = cli_run(own_store, "actors", "merge", "Kowalczyk", "Anna Kowalczyk")
    assert "merged 'Kowalczyk' into 'Anna Kowalczyk'" in output and f"{actors - 1} actors" in output
    assert knowledge_counts(own_store)[0] == actors - 1
    with Diplograph.open(Settings(store=str(own_store), view_snapshot="none")) as dg:
        assert dg.delete("kowalczyk-c-2024-10-01")  # the document that said only "Kowalczyk" goes ...
        dg.ingest(dg.read([CORPUS]))  # ... and comes back: the correction still holds
        assert not dg.ambiguous_actors()
    assert knowledge_counts(own_store) == (actors - 1, events)
    refused = CliRunner().invoke(cli, ["--store", str(own_store), "actors", "merge", "Kowalczyk", "Anna Kowalczyk"])
    assert refused.exit_code == 1 and "already one actor" in refused.output


def test_a_split_undoes_a_merge(own_store: Path) -> None:
    actors, _ = knowledge_counts(own_store)
    cli_run(own_store, "actors", "merge", "Kowalczyk", "Anna Kowalczyk")
    output = cli_run(own_store, "actors", "split", "Kowalczyk", "Anna Kowalczyk")
    assert "split 'Kowalczyk' off 'Anna Kowalczyk'" in output and f"{actors} actors" in output
    assert cli_run(own_store, "refresh").strip() == "the knowledge graph is current"


def test_a_surname_before_its_full_name_is_joined_and_a_split_keeps_it_apart(tmp_path: Path) -> None:
    lines = {json.loads(line)["id"]: line for line in CORPUS.read_text(encoding="utf-8").splitlines()}
    recap, full = tmp_path / "recap.jsonl", tmp_path / "full.jsonl"
    recap.write_text(lines["peskov-recap-2024-03-12"] + "\n", encoding="utf-8")  # says only "Peskov"
    full.write_text(lines["peskov-2024-03-10"] + "\n", encoding="utf-8")
    store = tmp_path / "store"
    cli_run(store, "ingest", str(recap))
    cli_run(store, "ingest", str(full))  # the full name comes second: the knowledge graph joins them
    assert knowledge_counts(store) == (3, 1)  # Dmitry Peskov, NATO, Russia; one criticism, two reports
    output = cli_run(store, "actors", "split", "Peskov", "Dmitry Peskov")
    assert "split 'Peskov' off 'Dmitry Peskov'" in output and knowledge_counts(store) == (4, 2)
    with Diplograph.open(Settings(store=str(store), view_snapshot="none")) as dg:
        assert dg.delete("peskov-recap-2024-03-12")
        dg.ingest(dg.read([recap]))  # it comes again, after the full name is known: the split still holds
    assert knowledge_counts(store) == (4, 2)


def test_deleting_a_document_removes_its_reports_and_what_only_it_said(own_store: Path) -> None:
    """Deleting a document that told an event alone takes that event away; deleting one that told an event
    with others leaves the event with one report fewer."""
    counts = "SELECT ?document ?e ?n WHERE { ?e dipl:reportedIn ?document ; dipl:reportCount ?n }"

    def told(dg: Diplograph) -> dict[str, dict[str, int]]:
        found: dict[str, dict[str, int]] = {}
        for row in dg.select(counts):
            found.setdefault(str(row["document"]), {})[str(row["e"])] = int(str(row["n"]))
        return found

    with Diplograph.open(Settings(store=str(own_store), view_snapshot="none")) as dg:
        for alone in (True, False):
            before = told(dg)
            events = len({e for events_told in before.values() for e in events_told})
            document = next(d for d, events_told in before.items() if (1 in events_told.values()) is alone)
            assert dg.delete(document.rsplit("/", 1)[-1]) and dg.identity_is_current()
            after = told(dg)
            assert document not in after
            for event, reports in before[document].items():
                assert after_count(after, event) == reports - 1  # 0: the event is gone
            assert len({e for events_told in after.values() for e in events_told}) == events - sum(
                n == 1 for n in before[document].values())


def after_count(told: dict[str, dict[str, int]], event: str) -> int:
    return next((events_told[event] for events_told in told.values() if event in events_told), 0)


def test_the_event_table_read_from_the_knowledge_graph_is_the_one_computed(dg: Diplograph) -> None:
    from diplograph.graph.event_table import event_table, stored_event_table
    from diplograph.graph.stored_extractions import stored_extractions

    stored, computed = stored_event_table(dg.store), event_table(stored_extractions(dg.store))
    assert len(stored) == EVENTS and sorted(stored, key=repr) == sorted(computed, key=repr)


def test_a_path_counts_the_call_once_and_lists_its_three_reports(dg: Diplograph) -> None:
    [[hop]] = dg.paths("Donald Trump", "Putin")
    assert (hop.count, hop.reports, len(hop.events)) == (1, 3, 3)


def test_a_failed_refresh_keeps_the_documents_and_says_how_to_retry(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import diplograph.graph.identity_graphs as identity_graphs

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a fault in the registry")

    store = tmp_path / "store"
    monkeypatch.setattr(identity_graphs, "build_registry", broken)
    result = CliRunner().invoke(cli, ["--store", str(store), "ingest", str(CORPUS)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "the documents are stored, but computing the knowledge graph" in result.output
    assert "diplograph refresh" in result.output
    monkeypatch.undo()
    with Diplograph.open(Settings(store=str(store), view_snapshot="none")) as dg:
        assert len(dg.documents()) == 16 and not dg.identity_is_current()
        assert dg.refresh_identity().events == EVENTS


def test_an_ingest_refreshes_without_reading_back_what_it_stored(tmp_path: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    """Two ingests into one store: each refresh by difference reads nothing back and writes only its own
    events; a forced recomputation from the store then changes nothing."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines(keepends=True)
    halves = [tmp_path / "first.jsonl", tmp_path / "second.jsonl"]
    halves[0].write_text("".join(lines[:8]), encoding="utf-8")
    halves[1].write_text("".join(lines[8:]), encoding="utf-8")
    with Diplograph.open(Settings(store=str(tmp_path / "store"), view_snapshot="none")) as dg, \
            caplog.at_level(logging.INFO, logger="diplograph.core"):
        for half in halves:
            caplog.clear()
            assert dg.ingest(dg.read([half])).ingested == 8
            assert "; 0 documents read back from the store" in caplog.text
        before = knowledge_graph_lines(dg)
        found = dg.refresh_identity(force=True)
        assert (found.events, found.reports, found.documents_read) == (EVENTS, REPORTS, 16)
        assert knowledge_graph_lines(dg) == before


def knowledge_graph_lines(dg: Diplograph) -> set[str]:
    store = dg.store
    return {line for name in (ACTORS_GRAPH, EVENTS_GRAPH) for line in store.graph_ntriples(name).decode().splitlines()}
