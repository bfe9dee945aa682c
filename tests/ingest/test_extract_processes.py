"""Extraction on several processes gives what one process gives, in the same order, rules run in the workers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from diplograph.cli import cli
from diplograph.graph.store import EmbeddedStore
from diplograph.ingest.extract import Extractor
from diplograph.model import Document
from diplograph.settings import Settings

SENTENCES = [
    "Antony Blinken met Xi Jinping in Beijing on Monday.",
    "Sauli Niinisto was received by Recep Tayyip Erdogan.",
    "Poland expelled 45 Russian diplomats.",
    "French President Emmanuel Macron will visit Kyiv next week to meet Volodymyr Zelenskyy.",
    "German Chancellor Olaf Scholz did not meet Russian President Vladimir Putin.",
]


def corpus() -> list[Document]:
    seed = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    documents = [Document(id="seed", text=seed, date=dt.date(2022, 2, 15))]
    for number in range(11):  # more documents than a batch, and a last batch that is not full
        text = " ".join(SENTENCES[(number + shift) % len(SENTENCES)] for shift in range(3))
        documents.append(Document(id=f"news-{number}", text=text, date=dt.date(2023, 6, 19)))
    return documents


@pytest.fixture(scope="module")
def one_process() -> Extractor:
    return Extractor(Settings(batch_size=3))


def test_two_processes_extract_what_one_process_extracts_in_the_same_order(one_process: Extractor) -> None:
    two_processes = Extractor(Settings(batch_size=3, n_process=2), nlp=one_process.nlp)
    expected = list(one_process.extract_all(corpus()))
    assert sum(len(extraction.events) for extraction in expected) > 10
    assert list(two_processes.extract_all(corpus())) == expected


def test_an_ingest_on_two_processes_stores_what_one_process_stores(tmp_path: Path) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text(
        "".join(json.dumps({"id": d.id, "text": d.text, "date": d.date.isoformat()}) + "\n" for d in corpus()),
        encoding="utf-8",
    )
    stores = {}
    for processes in (1, 2):
        store_path = tmp_path / f"store-{processes}"
        environment = {"DIPLOGRAPH_N_PROCESS": str(processes), "DIPLOGRAPH_BATCH_SIZE": "4"}
        result = CliRunner().invoke(cli, ["--store", str(store_path), "ingest", str(source)], env=environment)
        assert result.exit_code == 0, result.output
        assert "12 documents stored, 0 skipped (unchanged), 0 failed" in result.output
        with EmbeddedStore(store_path, read_only=True) as store:
            stores[processes] = {
                name: set(store.graph_ntriples(name).splitlines())
                for name in store.graph_names()
                if "/doc/" in name  # the documents' graphs only
            }
    assert len(stores[1]) == 12
    assert stores[2] == stores[1]
