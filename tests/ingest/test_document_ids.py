"""Ids are unique or refused: a collision within one ingest names both inputs; an id that cannot name a
document (unprintable, too long, a '.' step) is refused at reading, never stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.ingest.read import read_documents
from diplograph.model import MAX_DOCUMENT_ID_LENGTH, Document

TEXT = "Lavrov met Rau in Moscow."


def line(**fields: object) -> str:
    return json.dumps({"text": TEXT, **fields})


def test_two_files_of_one_name_in_different_directories_collide(tmp_path: Path) -> None:
    for year in ("2022", "2023"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "report.txt").write_text(f"{TEXT} ({year})", encoding="utf-8")
    first, second = read_documents([tmp_path])
    assert isinstance(first, Document) and first.id == "report"
    assert isinstance(second, InputError)
    assert str(second) == (
        f"{tmp_path / '2023' / 'report.txt'}: the id 'report' is already taken by {tmp_path / '2022' / 'report.txt'} "
        "in this ingest; rename one of the files (a .txt file's id is its name without .txt)"
    )


def test_an_id_twice_in_a_jsonl_file_is_an_error_on_the_second_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(line(id="a") + "\n" + line(id="b") + "\n" + line(id="a") + "\n", encoding="utf-8")
    results = list(read_documents([path]))
    assert [type(result) for result in results] == [Document, Document, InputError]
    assert str(results[2]).startswith(f"line 3 of {path}: the id 'a' is already taken by line 1 of {path}")


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"id": True}, "field 'id' must be a non-empty string (or an integer)"),
        ({"id": "a\nb"}, "holds the unprintable character U+000A"),
        ({"id": "tab\there"}, "holds the unprintable character U+0009"),
        ({"id": "bell\x07"}, "holds the unprintable character U+0007"),
        ({"id": "x" * (MAX_DOCUMENT_ID_LENGTH + 1)}, f"at most {MAX_DOCUMENT_ID_LENGTH} are allowed"),
        ({"id": ".."}, "has a '.' or '..' step"),
        ({"id": "a/./b"}, "has a '.' or '..' step"),
        ({"date": "2022-02-15garbage"}, "field 'date' is not an ISO date"),
        ({"date": 20220215}, "field 'date' is not an ISO date"),
        ({"date": "20220215"}, "field 'date' is not an ISO date"),
    ],
)
def test_a_field_that_cannot_be_stored_faithfully_is_refused(tmp_path: Path, record: dict, problem: str) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(line(**record) + "\n", encoding="utf-8")
    (error,) = read_documents([path])
    assert isinstance(error, InputError)
    assert error.line == 1
    assert problem in error.problem


@pytest.mark.parametrize("date", ["2022-02-15", "2022-02-15T09:30:00Z", "2022-02-15T09:30:00+02:00"])
def test_iso_dates_and_datetimes_are_read_as_their_day(tmp_path: Path, date: str) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(line(id="d", date=date) + "\n", encoding="utf-8")
    (document,) = read_documents([path])
    assert isinstance(document, Document) and document.date is not None
    assert document.date.isoformat() == "2022-02-15"


@pytest.mark.parametrize("document_id", ["Überraschung", "日本の外交", "a/b", "50% ?#&+ report", "Ωmega", 17])
def test_unusual_but_printable_ids_are_read(tmp_path: Path, document_id: object) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(line(id=document_id) + "\n", encoding="utf-8")
    (document,) = read_documents([path])
    assert isinstance(document, Document) and document.id == str(document_id)
