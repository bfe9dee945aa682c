"""The readers: .txt with a dateline, .jsonl, directories, and errors that name the file and line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.ingest.read import read_documents
from diplograph.model import Document

GOOD_LINE = json.dumps({"id": "ok", "text": "Lavrov met Rau in Moscow.", "date": "2022-02-15"})
OTHER_GOOD_LINE = json.dumps({"id": "ok-too", "text": "Blinken met Wang in Beijing.", "date": "2023-06-19"})


def read(*paths: Path | str) -> list[Document | InputError]:
    return list(read_documents(paths))


def documents(results: list[Document | InputError]) -> list[Document]:
    return [result for result in results if isinstance(result, Document)]


def errors(results: list[Document | InputError]) -> list[InputError]:
    return [result for result in results if isinstance(result, InputError)]


def write_jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- documents that read


def test_text_file_with_the_seed_dateline_takes_its_date_from_the_dateline(tmp_path: Path) -> None:
    path = tmp_path / "moscow.txt"
    path.write_text("date 2022-02-15 Moscow: Scholz met Putin on Tuesday.\n", encoding="utf-8")
    (document,) = read(path)
    assert isinstance(document, Document)
    assert document.id == "moscow"
    assert document.date == dt.date(2022, 2, 15)
    assert "Scholz met Putin" in document.text
    assert document.source == str(path)


def test_text_file_without_a_dateline_has_no_date(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Scholz met Putin on Tuesday.\n", encoding="utf-8")
    (document,) = read(path)
    assert isinstance(document, Document)
    assert document.date is None


def test_the_seed_article_reads_with_its_dateline_date() -> None:
    seed = Path(__file__).resolve().parents[2] / "seeds" / "2022-02-15-moscow-diplomacy.txt"
    (document,) = read(seed)
    assert isinstance(document, Document)
    assert document.date == dt.date(2022, 2, 15)


def test_jsonl_line_gives_id_text_date_source_and_title(tmp_path: Path) -> None:
    record = {"id": "a1", "text": "Rau was in Moscow to meet Lavrov.", "date": "2022-02-15",
              "source": "wire", "title": "Warsaw's envoy"}
    (document,) = read(write_jsonl(tmp_path / "news.jsonl", json.dumps(record)))
    assert document == Document(id="a1", text=record["text"], date=dt.date(2022, 2, 15), source="wire",
                                title="Warsaw's envoy")


def test_jsonl_line_without_id_is_named_after_its_file_and_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "news.jsonl", GOOD_LINE, json.dumps({"text": "Kyiv thanked Rome."}))
    ids = [document.id for document in documents(read(path))]
    assert ids == ["ok", "news-2"]


def test_jsonl_line_without_date_falls_back_to_the_dateline_in_its_text(tmp_path: Path) -> None:
    line = json.dumps({"id": "d", "text": "date 2023-06-19 Beijing: Blinken met Xi."})
    (document,) = read(write_jsonl(tmp_path / "news.jsonl", line))
    assert isinstance(document, Document)
    assert document.date == dt.date(2023, 6, 19)


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "nested").mkdir()
    (tmp_path / "b" / "nested" / "z.txt").write_text("Paris hosted Rome.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Berlin called Warsaw.", encoding="utf-8")
    write_jsonl(tmp_path / "b" / "c.jsonl", json.dumps({"id": "c", "text": "Oslo mediated."}))
    (tmp_path / "notes.md").write_text("not a document", encoding="utf-8")
    results = read(tmp_path)
    assert not errors(results)
    assert [document.id for document in documents(results)] == ["a", "c", "z"]


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    (error,) = read(tmp_path)
    assert isinstance(error, InputError)
    assert str(tmp_path) in str(error)


# ---------------------------------------------------------------- errors that name the input


def test_empty_text_file_is_reported_and_the_next_file_is_still_read(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Madrid hosted Lisbon.", encoding="utf-8")
    results = read(empty, good)
    (error,) = errors(results)
    assert "empty.txt" in str(error)
    assert "empty" in error.problem
    assert [document.id for document in documents(results)] == ["good"]


def test_empty_jsonl_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    (error,) = read(path)
    assert isinstance(error, InputError)
    assert "empty.jsonl" in str(error)


def test_binary_file_is_reported_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (error,) = read(path)
    assert isinstance(error, InputError)
    assert "photo.txt" in str(error)
    assert "binary" in error.problem


def test_invalid_utf8_is_reported_with_the_offset_of_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Président Macron a reçu Scholz.".encode("latin-1"))
    (error,) = read(path)
    assert isinstance(error, InputError)
    assert "latin1.txt" in str(error)
    assert "UTF-8" in error.problem
    assert "offset 2" in error.problem


def test_malformed_json_line_is_reported_with_its_line_number_and_the_rest_are_read(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "news.jsonl", GOOD_LINE, '{"id": "broken", "text": "Ankara', OTHER_GOOD_LINE)
    results = read(path)
    assert [type(result) for result in results] == [Document, InputError, Document]
    error = results[1]
    assert isinstance(error, InputError)
    assert error.line == 2
    assert str(error).startswith(f"line 2 of {path}")
    assert "not valid JSON" in error.problem


def test_blank_lines_are_skipped_but_still_counted_in_line_numbers(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "news.jsonl", GOOD_LINE, "", "   ", "{oops")
    results = read(path)
    (error,) = errors(results)
    assert error.line == 4
    assert len(documents(results)) == 1


def test_missing_text_field_is_named_in_the_message(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "news.jsonl", json.dumps({"id": "no-text", "title": "Headline only"}))
    (error,) = read(path)
    assert isinstance(error, InputError)
    assert str(error) == f"line 1 of {path}: missing field 'text'"


def test_bad_date_is_reported_with_the_value_given(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "news.jsonl", GOOD_LINE,
                       json.dumps({"id": "x", "text": "Seoul warned Pyongyang.", "date": "15/02/2022"}))
    results = read(path)
    (error,) = errors(results)
    assert error.line == 2
    assert "'date'" in error.problem
    assert "15/02/2022" in error.problem


def test_impossible_calendar_date_is_a_bad_date(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "news.jsonl",
                       json.dumps({"id": "x", "text": "Seoul warned Pyongyang.", "date": "2023-02-30"}))
    (error,) = read(path)
    assert isinstance(error, InputError)
    assert "'date'" in error.problem


def test_nonexistent_path_is_reported_and_the_other_paths_are_still_read(tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "news.jsonl", GOOD_LINE)
    missing = tmp_path / "nowhere.jsonl"
    results = read(missing, good)
    (error,) = errors(results)
    assert str(missing) in str(error)
    assert "no such file" in error.problem
    assert len(documents(results)) == 1


def test_unsupported_suffix_is_reported_with_what_to_use_instead(tmp_path: Path) -> None:
    path = tmp_path / "article.docx"
    path.write_text("Cairo mediated between Israel and Hamas.", encoding="utf-8")
    (error,) = read(path)
    assert isinstance(error, InputError)
    assert "article.docx" in str(error)
    assert "'.docx'" in error.problem
    assert ".txt" in error.problem and ".jsonl" in error.problem


# ---------------------------------------------------------------- odd JSON lines, property-style

ODD_LINES = [
    "[]",
    "[1, 2, 3]",
    '"just a string"',
    "42",
    "null",
    "true",
    "{}",
    '{"text": null}',
    '{"text": 7}',
    '{"text": ""}',
    '{"text": "   "}',
    '{"text": ["a", "b"]}',
    '{"id": "", "text": "Oslo mediated."}',
    '{"id": [1], "text": "Oslo mediated."}',
    '{"id": {"x": 1}, "text": "Oslo mediated."}',
    '{"text": "Oslo mediated.", "date": "tomorrow"}',
    '{"text": "Oslo mediated.", "source": 3}',
    '{"text": "Oslo mediated.", "title": ["t"]}',
    '{"text": "Oslo mediated."',
    "{'text': 'single quotes'}",
    '{"text": "Oslo mediated."} trailing',
    "\ufeff",
    "NaN",
]


@pytest.mark.parametrize("odd", ODD_LINES)
def test_any_odd_json_line_yields_one_error_on_its_line_and_never_raises(tmp_path: Path, odd: str) -> None:
    path = write_jsonl(tmp_path / "odd.jsonl", GOOD_LINE, odd, OTHER_GOOD_LINE)
    results = read(path)  # must not raise
    assert len(documents(results)) == 2
    (error,) = errors(results)
    assert error.line == 2
    assert str(error).startswith(f"line 2 of {path}: ")
    assert error.problem
    for document in documents(results):
        assert isinstance(document.id, str) and document.id
        assert isinstance(document.text, str) and document.text.strip()
