"""The view reads the store one property at a time: the same view on both backends, text kept exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import lavrov_meets_putin, make_extraction
from oxigraph_server import running_oxigraph
from virtuoso_server import clear, virtuoso_settings

from diplograph.graph.store import EmbeddedStore, SparqlStore
from diplograph.graph.store.remote import RemoteStore
from diplograph.graph.view import build_view, read_events
from diplograph.graph.view.records import EdgeData, compact_event, event_iri
from diplograph.model import Actor, ActorType, Document, Event, Evidence, Extraction, Modality
from diplograph.settings import Settings

AWKWARD = 'Lavrov said: "Putin\tmet\\ Scholz" —\nin Zürich, 北京 and 😀 too.'


def awkward_sentence(document_id: str = "awkward/one?x=1") -> Extraction:
    """A sentence with quotes, a tab, a backslash, a newline and non-ASCII text, in a document id that needs
    quoting in its IRI."""
    lavrov = Actor("Sergey Lavrov", ActorType.PERSON, frozenset({"Lavrov"}), "Russia")
    rau = Actor("Zbigniew Rau", ActorType.PERSON, frozenset(), "Poland")
    document = Document(id=document_id, text=AWKWARD, date=dt.date(2022, 2, 15))
    event = Event(
        "meet", lavrov.name, rau.name, Modality.REPORTED, Evidence(AWKWARD, 0, len(AWKWARD)),
        date=None, place="Zürich", confidence=0.5,
    )
    return Extraction(document=document, actors=(lavrov, rau), events=(event,))


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_oxigraph(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


def filled(store: SparqlStore) -> SparqlStore:
    for extraction in (make_extraction(), lavrov_meets_putin(), awkward_sentence()):
        store.put(extraction)
    return store


def remote_store(request: pytest.FixtureRequest, server: str) -> RemoteStore:
    """An emptied remote store on the Oxigraph server or on Virtuoso."""
    if server == "virtuoso":
        url = request.getfixturevalue("virtuoso_url")
        clear(url)
        return RemoteStore.from_settings(virtuoso_settings(url))
    url = request.getfixturevalue("oxigraph_url")
    httpx.post(f"{url}/update", content=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"})
    return RemoteStore.from_settings(Settings(store=url))


@pytest.mark.parametrize("server", ["oxigraph", "virtuoso"])
def test_the_remote_store_gives_the_same_view_as_the_embedded_one(
    tmp_path: Path, request: pytest.FixtureRequest, server: str
) -> None:
    """Text with quotes, a tab, a newline and non-ASCII kept exactly (Virtuoso's own TSV would not)."""
    with EmbeddedStore(tmp_path / "store") as embedded:
        local = build_view(filled(embedded))
    remote = remote_store(request, server)
    try:
        far = build_view(filled(remote))
    finally:
        remote.close()
    assert dict(far.nodes(data=True)) == dict(local.nodes(data=True))
    assert list(far.edges(keys=True, data=True)) == list(local.edges(keys=True, data=True))
    assert local.number_of_edges() == 5


def test_sentences_places_and_document_ids_come_back_exactly_as_written(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        store.put(awkward_sentence())
        ((source, target, _key, data, graph),) = read_events(store)
    assert (source, target) == ("sergey-lavrov", "zbigniew-rau")
    assert data == {
        "relation": "meet",
        "date": None,
        "place": "Zürich",
        "modality": "reported",
        "document": "awkward/one?x=1",
        "sentence": AWKWARD,
        "start": 0,
        "end": len(AWKWARD),
        "confidence": 0.5,
        "precision": None,  # undated
        "event": None,  # no knowledge graph computed: the store was written directly
    }
    assert graph.endswith("/doc/awkward%2Fone%3Fx%3D1")


def test_an_event_missing_a_required_property_is_left_out(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        filled(store)
        before = {data["document"] for *_, data, _graph in read_events(store)}
        store.update(
            "DELETE WHERE { GRAPH <https://w3id.org/diplograph/doc/talks> { ?event dipl:modality ?modality } }"
        )
        after = {data["document"] for *_, data, _graph in read_events(store)}
    assert before - after == {"talks"}
    assert after == before - {"talks"}


def test_events_come_in_date_then_document_then_offset_order(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        rows = read_events(filled(store))
    order = [(data["date"] or "", data["document"], data["start"]) for *_, data, _graph in rows]
    assert order == sorted(order)


@pytest.mark.parametrize("iri", [
    None,
    "https://w3id.org/diplograph/event/00000000000000000000000f",
    "https://w3id.org/diplograph/event/undated-0123456789abcdef01234567",
    "https://w3id.org/diplograph/event/0123456789ABCDEF01234567",  # not as we mint them: kept as it is
    "https://w3id.org/diplograph/event/0x23456789abcdef01234567",
    "https://w3id.org/diplograph/event/short",
    "http://example.org/event/1",
])
def test_an_edge_keeps_its_event_compact_and_gives_back_the_same_iri(iri: str | None) -> None:
    data = EdgeData("meet", None, None, "reported", "d", "s", 0, 1, 0.5, event=iri)
    assert data["event"] == data.event == iri
    assert EdgeData(**data).event == iri
    assert data.with_event(None).event is None
    assert compact_event(iri) is None or event_iri(compact_event(iri)) == iri


def test_a_minted_event_iri_is_kept_as_a_number() -> None:
    assert isinstance(compact_event("https://w3id.org/diplograph/event/" + "ab" * 12), int)
    assert isinstance(compact_event("https://w3id.org/diplograph/event/undated-" + "ab" * 12), int)
