"""The seed article through the real extractor, the real store and the lookups: what the demo shows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from diplograph.cli import cli
from diplograph.graph.encounters import who_met
from diplograph.graph.paths import shortest_path
from diplograph.graph.store import EmbeddedStore
from diplograph.graph.view import build_view


def ingest(store_path: Path, *paths: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--store", str(store_path), "ingest", *map(str, paths)])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`diplograph ingest seeds/` once for the module (the model loads once)."""
    store_path = tmp_path_factory.mktemp("seeded") / "store"
    code, out, err = ingest(store_path, SEEDS)
    assert code == 0, err
    assert out.startswith("1 document stored, 0 skipped (unchanged), 0 failed")
    return store_path


@pytest.fixture
def store(seeded: Path) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(seeded, read_only=True) as opened:
        yield opened


def test_sparql_finds_scholz_meeting_putin_in_moscow_on_the_15th_with_its_sentence(
    store: EmbeddedStore,
) -> None:
    rows = store.select(
        """
        SELECT ?date ?place ?text WHERE {
          ?event a dipl:Meeting ; dipl:source ?a ; dipl:target ?b ; dipl:date ?date ;
                 dipl:place/rdfs:label ?place ; dipl:sentence/dipl:text ?text .
          { ?a rdfs:label "Olaf Scholz" . ?b rdfs:label "Vladimir Putin" }
          UNION { ?a rdfs:label "Vladimir Putin" . ?b rdfs:label "Olaf Scholz" }
        }
        """
    )
    assert rows, "no meeting between Olaf Scholz and Vladimir Putin"
    (row,) = {(row["date"].isoformat(), row["place"], row["text"]) for row in rows}
    assert row[:2] == ("2022-02-15", "Moscow")
    assert "Olaf Scholz planned to meet with Russian President Vladimir Putin" in row[2]


def test_who_met_lavrov_lists_zbigniew_rau(store: EmbeddedStore) -> None:
    assert "Zbigniew Rau" in {c.actor.label for c in who_met(build_view(store), "Sergey Lavrov")}


def test_a_path_leads_from_olaf_scholz_to_sergey_lavrov(store: EmbeddedStore) -> None:
    hops = shortest_path(build_view(store), "Olaf Scholz", "Sergey Lavrov")
    assert hops[0].source.label == "Olaf Scholz" and hops[-1].target.label == "Sergey Lavrov"


def test_russia_demands_something_of_nato(store: EmbeddedStore) -> None:
    rows = store.select(
        """
        SELECT ?event WHERE {
          ?event a dipl:Demand ; dipl:source ?russia ; dipl:target ?nato .
          ?russia rdfs:label "Russia" . ?nato rdfs:label "NATO" .
        }
        """
    )
    assert rows


@pytest.fixture(scope="module")
def second_ingest(seeded: Path, tmp_path_factory: pytest.TempPathFactory) -> SecondIngest:
    """The seed again, with a broken file beside it, into the seeded store (the model loads a second time)."""
    broken = tmp_path_factory.mktemp("broken") / "broken.jsonl"
    broken.write_text('{"id": "no-text"}\n', encoding="utf-8")
    with EmbeddedStore(seeded) as store:
        before = store.triple_count()
    code, out, err = ingest(seeded, SEEDS, broken)
    with EmbeddedStore(seeded) as store:
        after = store.triple_count()
    return SecondIngest(code, out, err, before, after)


@dataclass(frozen=True)
class SecondIngest:
    code: int
    out: str
    err: str
    triples_before: int
    triples_after: int


def test_ingesting_the_seed_twice_leaves_the_triple_count_unchanged(second_ingest: SecondIngest) -> None:
    assert second_ingest.out.startswith("0 documents stored, 1 skipped (unchanged)")
    assert second_ingest.triples_after == second_ingest.triples_before


def test_an_unreadable_file_is_reported_on_stderr_and_fails_the_run(second_ingest: SecondIngest) -> None:
    assert second_ingest.code == 1
    assert "broken.jsonl" in second_ingest.err
    assert "1 failed" in second_ingest.out


def test_extract_prints_one_json_line_per_relation_in_the_contract_shape() -> None:
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    assert {"doc", "subject", "relation", "object", "modality", "date", "sentence", "start", "end"} <= set(
        records[0]
    )
    assert any(
        (r["subject"], r["relation"], r["object"]) == ("Olaf Scholz", "meet", "Vladimir Putin")
        for r in records
    )


def test_extract_prints_unrealised_events_only_when_asked(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "d1", "date": "2024-05-14", "text": (
        "Putin met Erdogan in Sochi on Monday. Macron did not meet Xi on Tuesday.")}) + "\n")
    plain = CliRunner().invoke(cli, ["extract", str(docs)])
    every = CliRunner().invoke(cli, ["extract", str(docs), "--unrealised"])
    assert plain.exit_code == every.exit_code == 0, plain.stderr + every.stderr

    def triples(out: str) -> set[tuple[str, str, str, str]]:
        return {(r["subject"], r["relation"], r["object"], r["modality"]) for r in map(json.loads, out.splitlines())}

    assert ("Vladimir Putin", "meet", "Recep Tayyip Erdogan", "asserted") in triples(plain.stdout)
    assert ("Emmanuel Macron", "meet", "Xi Jinping", "negated") in triples(every.stdout) - triples(plain.stdout)
    assert all(r[3] not in ("negated", "hypothetical") for r in triples(plain.stdout))
