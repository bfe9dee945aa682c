"""One bad document never loses the others: each problem is named (file and line) and the rest is ingested."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from diplograph.cli import cli
from diplograph.graph.store import EmbeddedStore


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory: pytest.TempPathFactory):
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(next(SEEDS.glob("*.txt")), corpus / "seed.txt")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (corpus / "news.jsonl").write_text(
        '{"id": "good-1", "date": "2023-06-19", "text": "Antony Blinken met Xi Jinping in Beijing on Monday."}\n'
        '{"id": "bad", "text": "unterminated\n'
        '{"id": "good-2", "date": "2023-03-17", "text": "Sauli Niinisto was received by Recep Tayyip Erdogan."}\n',
        encoding="utf-8",
    )
    store_path = tmp_path_factory.mktemp("store") / "store"
    result = CliRunner().invoke(cli, ["--store", str(store_path), "ingest", str(corpus)])
    with EmbeddedStore(store_path) as store:
        documents = {info.id for info in store.documents()}
    return result, documents


def test_every_good_document_is_ingested_beside_the_bad_ones(mixed_run) -> None:
    result, documents = mixed_run
    assert documents == {"seed", "good-1", "good-2"}
    assert result.stdout.startswith("3 documents stored, 0 skipped (unchanged), 3 failed")


def test_an_empty_file_is_named_in_the_error(mixed_run) -> None:
    assert "empty.txt: is empty" in mixed_run[0].stderr


def test_a_binary_file_is_named_in_the_error(mixed_run) -> None:
    assert "binary.txt: is a binary file" in mixed_run[0].stderr


def test_a_malformed_json_line_is_named_with_its_file_and_line(mixed_run) -> None:
    assert "line 2 of" in mixed_run[0].stderr
    assert "news.jsonl: not valid JSON" in mixed_run[0].stderr


def test_a_run_with_errors_exits_non_zero(mixed_run) -> None:
    assert mixed_run[0].exit_code == 1
