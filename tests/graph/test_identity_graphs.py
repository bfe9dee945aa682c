"""The knowledge graph kept in the store: computed from the documents, marked with what it came from,
rewritten by difference, and seen to be stale when the documents changed behind it."""

from __future__ import annotations

from conftest import lavrov_meets_putin, make_extraction

from diplograph.graph.identity_graphs import (
    is_current,
    read_corrections,
    refresh_identity,
    stored_fingerprint,
    write_corrections,
)
from diplograph.graph.registry import Corrections
from diplograph.graph.store import EmbeddedStore
from diplograph.ontology.terms import ACTORS_GRAPH, EVENTS_GRAPH, KNOWLEDGE_GRAPHS


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
