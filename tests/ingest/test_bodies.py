"""Documents sent in a request body: JSON, JSON lines, text with a dateline."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.errors import InputError
from diplograph.ingest.bodies import READABLE_TYPES, documents_from_body
from diplograph.model import Document


def test_a_json_array_gives_one_document_per_item_and_names_a_bad_item() -> None:
    body = json.dumps([{"id": "a", "text": "Scholz met Putin.", "date": "2022-02-15", "source": "https://x.org/a"},
                       {"id": "b"}]).encode()
    first, second = documents_from_body(body, "application/json")
    assert first == Document("a", "Scholz met Putin.", dt.date(2022, 2, 15), "https://x.org/a")
    assert isinstance(second, InputError) and "item 2 of the JSON array: missing field 'text'" in str(second)


def test_json_lines_name_the_line_of_a_bad_one() -> None:
    body = b'{"id": "a", "text": "Rau met Lavrov."}\n\n{"id": 3, "text": ""}\n'
    first, second = documents_from_body(body, "application/x-ndjson")
    assert isinstance(first, Document) and first.id == "a"
    assert isinstance(second, InputError) and str(second).startswith("line 3 of POST /documents")


def test_a_text_is_one_document_dated_by_its_dateline() -> None:
    text = "date 2022-02-15 Moscow: Foreign Minister Zbigniew Rau met Lavrov."
    (document,) = documents_from_body(text.encode(), "text/plain", document_id="rau", title="Rau", source="s")
    assert document == Document("rau", text, dt.date(2022, 2, 15), "s", "Rau")
    (anonymous,) = documents_from_body(text.encode(), "text/plain")
    assert isinstance(anonymous, Document) and anonymous.id.startswith("posted-")


@pytest.mark.parametrize(("body", "media_type", "problem"), [
    (b"\xff\xfe", "text/plain", "not UTF-8"),
    (b"  \n", "application/x-ndjson", "empty"),
    (b"[]", "application/json", "no documents"),
    (b'{"id": ', "application/json", "not valid JSON"),
])
def test_a_body_that_cannot_be_read_at_all_raises(body: bytes, media_type: str, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        documents_from_body(body, media_type)


@settings(max_examples=200, deadline=None)
@given(body=st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode)),
       media_type=st.sampled_from(sorted(READABLE_TYPES)))
def test_any_body_gives_documents_or_errors_never_a_crash(body: bytes, media_type: str) -> None:
    try:
        items = documents_from_body(body, media_type)
    except InputError:
        return
    assert items and all(isinstance(item, Document | InputError) for item in items)
