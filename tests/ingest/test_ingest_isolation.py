"""Nothing lost: one document that cannot be read, extracted, turned into RDF or stored costs only itself.

Each failure is that document's error, named by file and line; the documents of its batch and after it are
stored, and the run's report (and the CLI's summary) counts stored, skipped and failed documents.
"""

from __future__ import annotations

import dataclasses
import json
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.errors import DocumentFailed, InputError
from diplograph.graph.store import EmbeddedStore
from diplograph.ingest.extract import Extractor, split_for_parsing
from diplograph.ingest.read import read_documents
from diplograph.ingest.run import ingest
from diplograph.model import Document
from diplograph.settings import Settings

GOOD = "Antony Blinken met Xi Jinping in Beijing on Monday."


@cache
def extractor() -> Extractor:
    return Extractor(Settings(batch_size=16))


def good_line(number: int) -> str:
    return json.dumps({"id": f"good-{number}", "date": "2023-06-19", "text": GOOD})


def stored_ids(store_path: Path) -> set[str]:
    with EmbeddedStore(store_path) as store:
        return {info.id for info in store.documents()}


def test_an_apposition_that_resolves_to_no_actor_is_no_error() -> None:
    extraction = extractor().extract(Document(id="trust", text="He is the minister Europe trusts most."))
    assert extraction.events == ()


def test_a_bad_line_amid_a_batch_loses_only_itself(tmp_path: Path) -> None:
    # 20 good, 1 bad (a lone surrogate, escaped as JSON allows), 5 good: the bad one fell in the second batch
    # of 16 and took it, and everything after, with it.
    bad = '{"id": "bad", "text": "Lavrov met \\ud800 Rau."}'
    lines = [good_line(number) for number in range(20)] + [bad] + [good_line(number) for number in range(20, 25)]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), "ingest", str(tmp_path / "news.jsonl")])
    assert result.exit_code == 1
    assert result.stdout.startswith("25 documents stored, 0 skipped (unchanged), 1 failed")
    assert f"line 21 of {tmp_path / 'news.jsonl'}: field 'text' holds a lone surrogate" in result.stderr
    assert "Traceback" not in result.output
    assert stored_ids(tmp_path / "store") == {f"good-{number}" for number in range(25)}


def test_a_document_the_rules_choke_on_loses_only_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = extractor().rules
    real = rules.extract_doc

    def choking(doc, document, offset=0):  # type: ignore[no-untyped-def]
        if document.id == "poison":
            raise KeyError("")
        return real(doc, document, offset)

    monkeypatch.setattr(rules, "extract_doc", choking)
    documents = [Document(id=f"d{number}", text=GOOD, origin=f"line {number} of news.jsonl") for number in range(20)]
    documents.insert(7, Document(id="poison", text=GOOD, origin="line 99 of news.jsonl"))
    with EmbeddedStore(tmp_path / "store") as store:
        report = ingest(documents, extractor(), store, batch_size=16)
    assert (report.ingested, report.unchanged) == (20, 0)
    (failure,) = report.failed
    assert isinstance(failure, DocumentFailed)
    assert str(failure) == "line 99 of news.jsonl: document 'poison' could not be extracted: KeyError: ''"
    assert stored_ids(tmp_path / "store") == {f"d{number}" for number in range(20)}


def test_a_document_the_store_refuses_loses_only_itself(tmp_path: Path) -> None:
    documents = [Document(id=f"d{number}", text=GOOD) for number in range(5)]
    extractions = list(extractor().extract_all(documents))
    # Text that cannot be written as UTF-8 (read from somewhere no reader checks): its RDF cannot be stored.
    broken = dataclasses.replace(extractions[2], document=Document(id="broken", text="Lavrov \ud800", origin="x.txt"))
    with EmbeddedStore(tmp_path / "store") as store:
        results = store.put_each([*extractions[:2], broken, *extractions[2:]])
    assert results[:2] == [True, True] and results[3:] == [True, True, True]
    assert isinstance(results[2], DocumentFailed) and str(results[2]).startswith("x.txt: document 'broken' could not")
    assert stored_ids(tmp_path / "store") == {f"d{number}" for number in range(5)}


def test_a_text_longer_than_spacy_takes_is_read_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = extractor().nlp
    monkeypatch.setattr(nlp, "max_length", 300)
    paragraphs = [f"Filler paragraph number {number} says nothing of note." for number in range(20)]
    paragraphs[13] = "Sergey Lavrov met Zbigniew Rau in Moscow on Tuesday."
    text = "\n\n".join(paragraphs)
    assert len(text) > 3 * nlp.max_length
    (extraction,) = extractor().extract_all([Document(id="long", text=text)])
    (event,) = [event for event in extraction.events if event.relation == "meet"]
    assert text[event.evidence.start:event.evidence.end].strip() == paragraphs[13]


def test_pieces_cut_at_paragraphs_and_cover_the_text() -> None:
    text = "aaaa bbbb.\n\ncccc dddd.\neeee ffff gggg hhhh iiii"
    pieces = split_for_parsing(text, 0, 14)
    assert pieces[0] == (0, 12)  # after the paragraph break
    assert all(end - start <= 14 for start, end in pieces)
    assert "".join(text[start:end] for start, end in pieces) == text
    assert split_for_parsing("x" * 30, 0, 10) == [(0, 10), (10, 20), (20, 30)]


def test_a_json_line_nested_too_deep_is_that_line_s_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text(good_line(1) + "\n" + "[" * 100_000 + "\n" + good_line(2) + "\n", encoding="utf-8")
    results = list(read_documents([path]))
    assert [type(result) for result in results] == [Document, InputError, Document]
    assert str(results[1]) == f"line 2 of {path}: not a document: JSON nested too deeply"


def test_a_bad_byte_is_the_error_of_its_line_alone(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(good_line(1).encode() + b"\n" + b'{"text": "caf\xe9"}\n' + good_line(2).encode() + b"\n")
    results = list(read_documents([path]))
    assert [type(result) for result in results] == [Document, InputError, Document]
    assert str(results[1]).startswith(f"line 2 of {path}: is not UTF-8 text (bad byte at column 14)")


def test_a_nul_byte_is_the_error_of_its_line_alone(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(good_line(1).encode() + b"\n" + b"oops\x00\n" + good_line(2).encode() + b"\n")
    results = list(read_documents([path]))
    assert [type(result) for result in results] == [Document, InputError, Document]
    assert str(results[1]) == f"line 2 of {path}: holds a NUL byte: not a line of text"
