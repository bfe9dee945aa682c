"""Crash safety: an ingest killed mid-run (SIGKILL) leaves every document fully present or fully absent.

Each document's graph and catalogue entry are replaced in one SPARQL UPDATE, which Oxigraph commits as one
RocksDB transaction; the write-ahead log is replayed when the store is next opened.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from diplograph.graph.rdf import extraction_to_graph
from diplograph.graph.store import EmbeddedStore
from diplograph.ingest.read import read_documents
from diplograph.model import Document
from diplograph.ontology.terms import ACTORS_GRAPH, CATALOGUE, DIPL, EVENTS_GRAPH, ONTOLOGY_GRAPH, document_graph_iri
from diplograph.settings import Settings

DOCUMENTS = 80
KILL_AFTER = 15  # documents ingested before the kill: well into the run, well before its end

LEADERS = [
    ("German Chancellor Olaf Scholz", "Russian President Vladimir Putin", "Moscow"),
    ("French President Emmanuel Macron", "Ukrainian President Volodymyr Zelenskyy", "Kyiv"),
    ("U.S. Secretary of State Antony Blinken", "Chinese Foreign Minister Wang Yi", "Beijing"),
    ("Polish Foreign Minister Zbigniew Rau", "Russian Foreign Minister Sergey Lavrov", "Moscow"),
]
ACTS = [
    "{a} met {b} in {place} on Tuesday.",
    "{a} will visit {place} next week to meet {b}.",
    "{a} spoke by phone with {b} on Monday.",
    "{a} urged {b} to withdraw troops from the border.",
    "{a} did not meet {b}.",
]


def write_corpus(directory: Path) -> list[Path]:
    """Many small .jsonl files, one document each, every one different."""
    directory.mkdir()
    paths = []
    for number in range(DOCUMENTS):
        a, b, place = LEADERS[number % len(LEADERS)]
        sentences = [ACTS[(number + shift) % len(ACTS)].format(a=a, b=b, place=place) for shift in range(2)]
        text = f"{' '.join(sentences)} (Item {number}.)"
        record = {"id": f"news-{number:04d}", "text": text, "date": "2022-02-15"}
        path = directory / f"news-{number:04d}.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def ingest_command(store: Path, corpus: Path) -> list[str]:
    return [sys.executable, "-m", "diplograph.cli", "--store", str(store), "ingest", str(corpus)]


def ingest_and_kill(store: Path, corpus: Path) -> None:
    """Start `diplograph ingest`, SIGKILL it once its progress bar shows KILL_AFTER documents."""
    env = {**os.environ, "TQDM_MININTERVAL": "0"}
    process = subprocess.Popen(
        ingest_command(store, corpus), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env
    )
    assert process.stderr is not None
    os.set_blocking(process.stderr.fileno(), False)
    progress = b""
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            chunk = process.stderr.read()
            if chunk:
                progress += chunk
                counts = [int(count) for count in re.findall(rb"ingesting: (\d+) documents", progress)]
                if counts and counts[-1] >= KILL_AFTER:
                    process.send_signal(signal.SIGKILL)
                    break
            if process.poll() is not None:
                pytest.fail(f"the ingest ended before it could be killed:\n{progress.decode(errors='replace')}")
            time.sleep(0.01)
        else:
            pytest.fail(f"the ingest showed no progress within 60 s:\n{progress.decode(errors='replace')}")
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL


def assert_consistent(store: EmbeddedStore) -> set[str]:
    """Every catalogued document has its graph and every graph its catalogue entry; returns the ids."""
    catalogued = {document.id for document in store.documents()}
    graphs = set(store.graph_names()) - {str(CATALOGUE), str(ONTOLOGY_GRAPH), ACTORS_GRAPH, EVENTS_GRAPH}
    assert graphs == {str(document_graph_iri(document_id)) for document_id in catalogued}
    return catalogued


def clean_graphs(document_ids: set[str], corpus: Path) -> dict[str, Graph]:
    """What a clean ingest of these documents writes into their graphs."""
    from diplograph.ingest.extract import Extractor

    documents = [
        item
        for item in read_documents(sorted(corpus.glob("*.jsonl")))
        if isinstance(item, Document) and item.id in document_ids
    ]
    return {
        extraction.document.id: extraction_to_graph(extraction)
        for extraction in Extractor(Settings()).extract_all(documents)
    }


def stored_graph(store: EmbeddedStore, document_id: str) -> Graph:
    return Graph().parse(data=store.graph_ntriples(str(document_graph_iri(document_id))), format="nt")


@pytest.mark.slow
def test_an_ingest_killed_mid_run_leaves_whole_documents_and_a_rerun_completes_the_set(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    store_path = tmp_path / "store"

    ingest_and_kill(store_path, corpus)

    with EmbeddedStore(store_path) as store:
        present = assert_consistent(store)
        assert KILL_AFTER <= len(present) < DOCUMENTS, f"{len(present)} documents after the kill"
        expected = clean_graphs(present, corpus)
        for document_id in sorted(present):
            assert isomorphic(stored_graph(store, document_id), expected[document_id]), document_id
            events = set(expected[document_id].subjects(DIPL.relation, None))
            assert store.document(document_id).events == len(events), document_id

    rerun = subprocess.run(ingest_command(store_path, corpus), capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    missing = DOCUMENTS - len(present)
    assert f"{missing} documents stored, {len(present)} skipped (unchanged), 0 failed" in rerun.stdout

    with EmbeddedStore(store_path, read_only=True) as store:
        assert assert_consistent(store) == {f"news-{number:04d}" for number in range(DOCUMENTS)}
