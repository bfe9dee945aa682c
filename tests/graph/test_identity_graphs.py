"""The knowledge graph kept in the store: computed from the documents, marked with what it came from,
rewritten by difference, and seen to be stale when the documents changed behind it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from conftest import lavrov_meets_putin, make_extraction

from diplograph.errors import StoreError
from diplograph.graph.identity_graphs import (
    is_current,
    read_corrections,
    refresh_identity,
    remember_written,
    stored_fingerprint,
    write_corrections,
)
from diplograph.graph.registry import Corrections
from diplograph.graph.store import EmbeddedStore
from diplograph.model import Actor, ActorType, Document, Event, Evidence, Extraction, Modality
from diplograph.ontology.terms import ACTORS_GRAPH, DIPL, EVENTS_GRAPH, KNOWLEDGE_GRAPHS


def knowledge_quads(store: EmbeddedStore) -> dict[str, set[str]]:
    return {name: set(store.graph_ntriples(name).decode().splitlines()) for name in (ACTORS_GRAPH, EVENTS_GRAPH)}


def test_a_refresh_writes_each_event_once_and_marks_what_it_came_from(store: EmbeddedStore) -> None:
    store.put(make_extraction())
    store.put(lavrov_meets_putin())
    assert not is_current(store)
    found = refresh_identity(store)
    assert found.recomputed and found.events == found.reports == 4  # three in the one, one in the other
    assert is_current(store) and stored_fingerprint(store)
    assert not refresh_identity(store).recomputed  # nothing changed since
    events = store.select("SELECT ?e WHERE { ?e dipl:reportCount ?n }", default_graphs=KNOWLEDGE_GRAPHS)
    assert len(events) == 4


def test_a_forced_refresh_that_changes_nothing_leaves_the_same_quads(store: EmbeddedStore) -> None:
    store.put(make_extraction())
    refresh_identity(store)
    before = knowledge_quads(store)
    assert refresh_identity(store, force=True).recomputed
    assert knowledge_quads(store) == before


def test_a_changed_document_makes_the_knowledge_graph_stale_until_refreshed(store: EmbeddedStore) -> None:
    store.put(make_extraction())
    refresh_identity(store)
    store.put(lavrov_meets_putin())
    assert not is_current(store)
    assert refresh_identity(store).events == 4
    assert store.delete("talks")
    assert not is_current(store) and refresh_identity(store).events == 3


def test_a_missing_fingerprint_is_a_stale_knowledge_graph(store: EmbeddedStore) -> None:
    """What a crash between the writes of a refresh leaves: the fingerprint goes first and comes last."""
    store.put(make_extraction())
    refresh_identity(store)
    store.update(f"DELETE WHERE {{ GRAPH <{EVENTS_GRAPH}> {{ <{EVENTS_GRAPH}> ?p ?o }} }}")
    assert not is_current(store)
    assert refresh_identity(store).recomputed and is_current(store)


def test_corrections_are_kept_and_change_the_fingerprint(store: EmbeddedStore) -> None:
    store.put(make_extraction())
    refresh_identity(store)
    corrections = Corrections().merged("https://w3id.org/diplograph/actor/a", "https://w3id.org/diplograph/actor/b")
    write_corrections(store, corrections.split("Putin", "https://w3id.org/diplograph/actor/vladimir-putin"))
    assert read_corrections(store).splits == {("putin", "https://w3id.org/diplograph/actor/vladimir-putin")}
    assert not is_current(store)


# ---------------------------------------------------------------- a refresh that reads and writes what changed


def dated_meeting(document_id: str, day: int, source: str = "Sergey Lavrov", target: str = "Vladimir Putin",
                  surname: str = "Putin") -> Extraction:
    """One document: `source` met `target` on day `day` of March 2022 ("… met Putin"), in Moscow."""
    sentence = f"{source} met {surname} in Moscow on March {day}."
    document = Document(id=document_id, text=sentence, date=dt.date(2022, 3, day))
    actors = (Actor(source, ActorType.PERSON, frozenset(), "Russia"),
              Actor(target, ActorType.PERSON, frozenset({surname}), "Russia"))
    events = (Event("meet", source, target, Modality.ASSERTED, Evidence(sentence, 0, len(sentence)),
                    date=dt.date(2022, 3, day), place="Moscow", confidence=0.8),)
    return Extraction(document=document, actors=actors, events=events)


def test_a_refresh_reads_back_only_the_documents_that_changed(store: EmbeddedStore) -> None:
    for day in range(1, 6):
        store.put(dated_meeting(f"day-{day}", day))
    assert refresh_identity(store).documents_read == 5
    store.put(dated_meeting("day-6", 6))
    found = refresh_identity(store)
    assert (found.documents_read, found.events_written, found.events) == (1, 1, 6)
    store.put(dated_meeting("day-6", 6, surname="Vladimir Putin"))  # the same document, changed
    assert refresh_identity(store).documents_read == 1


def test_a_document_remembered_as_written_is_not_read_back(store: EmbeddedStore) -> None:
    extraction = dated_meeting("day-1", 1)
    store.put(extraction)
    remember_written(store, extraction)
    found = refresh_identity(store)
    assert found.recomputed and found.documents_read == 0 and found.events == 1


def test_a_refresh_by_difference_leaves_what_a_whole_recomputation_does(store: EmbeddedStore) -> None:
    """Each step refreshed by difference from what this process wrote, then forced whole from the store: the
    same quads. Two days' meetings share their direct triple, so deleting one must not take it from the other."""
    putin = "https://w3id.org/diplograph/actor/vladimir-putin"
    steps: list[Callable[[], object]] = [
        lambda: store.put(dated_meeting("day-1", 1)),
        lambda: store.put(dated_meeting("day-2", 2)),
        lambda: store.put(make_extraction()),
        lambda: store.put(lavrov_meets_putin()),
        lambda: store.delete("day-1"),
        lambda: store.put(dated_meeting("day-2", 2, target="Dmitry Peskov", surname="Peskov")),
        lambda: write_corrections(store, Corrections().merged(
            "https://w3id.org/diplograph/actor/dmitry-peskov", putin)),
        lambda: write_corrections(store, Corrections().split("Putin", putin)),
        lambda: store.delete("talks"),
    ]
    for step in steps:
        step()
        found = refresh_identity(store)
        assert found.recomputed and found.documents_read <= 1  # only the document the step wrote
        by_difference = knowledge_quads(store)
        assert refresh_identity(store, force=True).recomputed
        assert knowledge_quads(store) == by_difference
    meets = f"<https://w3id.org/diplograph/actor/sergey-lavrov> <{DIPL}meets>"
    assert any(line.startswith(meets) for line in knowledge_quads(store)[EVENTS_GRAPH])


def test_a_failed_write_makes_the_next_refresh_read_the_store_again(store: EmbeddedStore,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    store.put(dated_meeting("day-1", 1))
    refresh_identity(store)
    store.put(dated_meeting("day-2", 2))

    def refused(*_: object, **__: object) -> None:
        raise StoreError("the disk is full")

    monkeypatch.setattr(store, "change_graphs", refused)
    with pytest.raises(StoreError):
        refresh_identity(store)
    monkeypatch.undo()
    assert not is_current(store)
    found = refresh_identity(store)
    assert found.recomputed and found.events_written == 2  # rewritten whole, against what the store holds
    assert is_current(store)
