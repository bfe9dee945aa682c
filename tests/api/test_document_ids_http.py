"""Every id that can be stored can be fetched and deleted over HTTP (percent-encoded in the path), with a
Content-Disposition any client can read (RFC 6266 / 5987); ids that HTTP cannot carry are refused at ingest."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote

import httpx
import pytest
from conftest import make_extraction
from hypothesis import given
from hypothesis import strategies as st
from servers import diplograph_server

from diplograph.api.catalogue import content_disposition
from diplograph.graph.store import EmbeddedStore
from diplograph.model import Document, document_id_problem

pytestmark = pytest.mark.slow

TOKEN = "s3cret"
UNUSUAL_IDS = [
    "Überraschung in Köln",
    "日本の外交",
    "مؤتمر",
    "a/b/c",
    "50% ?#&+=; report",
    "quote\"and\\backslash",
    "%2F is not a slash",
    "emoji 🕊️ peace",
    "trailing dot.",
    "a//b",
    "/leading",
    "trailing/",
    "e\u0301",  # a combining accent
]
# Refused at ingest today, but a store filled before may hold them: they are served all the same.
LEGACY_IDS = ["line\nbreak", "tab\there", "bell\x07"]


def stored_as(document_id: str) -> object:
    extraction = make_extraction()
    return dataclasses.replace(extraction, document=dataclasses.replace(extraction.document, id=document_id))


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    directory = tmp_path_factory.mktemp("ids")
    with EmbeddedStore(directory / "store") as store:
        for document_id in UNUSUAL_IDS:
            assert document_id_problem(document_id) is None, document_id
            store.put(stored_as(document_id))  # type: ignore[arg-type]
        for document_id in LEGACY_IDS:
            store.put(stored_as(document_id))  # type: ignore[arg-type]
    with diplograph_server(directory / "store", directory, admin_token=TOKEN) as url:
        yield url


def extended_filename(value: str) -> str:
    """The exact file name a Content-Disposition value carries in filename* (RFC 5987: UTF-8, percent-encoded)."""
    match = re.search(r"filename\*=UTF-8''([!#$&+\-.^_`|~0-9A-Za-z%]+)$", value)
    assert match, value
    return unquote(match[1], errors="strict")


def url_of(base: str, document_id: str) -> str:
    return f"{base}/documents/{quote(document_id, safe='')}"


@pytest.mark.parametrize("document_id", UNUSUAL_IDS + LEGACY_IDS)
def test_an_unusual_id_is_fetched_as_json_and_as_rdf_then_deleted(server_url: str, document_id: str) -> None:
    assert httpx.get(url_of(server_url, document_id)).json()["id"] == document_id
    answer = httpx.get(url_of(server_url, document_id), headers={"Accept": "text/turtle"})
    assert answer.status_code == 200
    assert extended_filename(answer.headers["content-disposition"]) == f"{document_id}.ttl"
    deleted = httpx.delete(url_of(server_url, document_id), headers={"Authorization": f"Bearer {TOKEN}"})
    assert deleted.status_code == 204
    assert httpx.get(url_of(server_url, document_id)).status_code == 404


@given(st.text(min_size=1, max_size=40))
def test_every_storable_id_survives_the_trip_through_a_url_and_a_header(document_id: str) -> None:
    if document_id_problem(document_id) is not None:
        return
    # What the client sends and the server reads back (httpx normalises '.' and '..' steps, refused at ingest).
    path = httpx.URL(f"http://host/documents/{quote(document_id, safe='')}").raw_path.decode("ascii")
    assert unquote(path.removeprefix("/documents/"), errors="strict") == document_id
    value = content_disposition(f"{document_id}.ttl")
    value.encode("latin-1")  # a header Starlette can send
    assert not any(character < " " or character == "\x7f" for character in value)
    assert extended_filename(value) == f"{document_id}.ttl"
    assert re.fullmatch(r'inline; filename="[ -~]*"; filename\*=UTF-8\'\'\S+', value)


@pytest.mark.parametrize("document_id", ["line\nbreak", "tab\t", "null\x00", "..", "./x", "x" * 201, " "])
def test_an_id_http_cannot_carry_is_refused(document_id: str) -> None:
    assert document_id_problem(document_id) is not None


def test_a_text_file_whose_name_is_no_id_is_refused_at_reading(tmp_path: Path) -> None:
    from diplograph.errors import InputError
    from diplograph.ingest.read import read_documents

    (tmp_path / "bell\x07.txt").write_text("Lavrov met Rau.", encoding="utf-8")
    (error,) = read_documents([tmp_path])
    assert isinstance(error, InputError) and "U+0007" in str(error)
    assert not isinstance(error, Document)
