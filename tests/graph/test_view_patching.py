"""The view cache patches the view document by document, and the patched view equals a fresh build."""

from __future__ import annotations

import datetime as dt
from typing import Any

import networkx as nx
import pytest
from conftest import lavrov_meets_putin, make_extraction

from diplograph.graph.store import EmbeddedStore
from diplograph.graph.view import ViewCache, build_view
from diplograph.model import Actor, ActorType, Document, Event, Evidence, Extraction, Modality


def one_meeting(
    document_id: str,
    source: Actor,
    target: Actor,
    sentence: str,
    *,
    extra_actors: tuple[Actor, ...] = (),
    day: dt.date = dt.date(2022, 2, 14),
) -> Extraction:
    """A one-sentence document: source met target (asserted, dated, in Kyiv)."""
    document = Document(id=document_id, text=sentence, date=day)
    event = Event(
        "meet", source.name, target.name, Modality.ASSERTED, Evidence(sentence, 0, len(sentence)),
        date=day, place="Kyiv", confidence=0.9,
    )
    return Extraction(document=document, actors=(source, target, *extra_actors), events=(event,))


SCHOLZ_IN_KYIV = Actor("Olaf Scholz", ActorType.PERSON, frozenset({"Chancellor Scholz"}), "Germany")
ZELENSKY = Actor("Volodymyr Zelensky", ActorType.PERSON, frozenset({"Zelensky"}), "Ukraine", frozenset({"president"}))
KULEBA = Actor("Dmytro Kuleba", ActorType.PERSON, frozenset({"Kuleba"}), "Ukraine")


def kyiv_visit(document_id: str = "kyiv") -> Extraction:
    """A third document: a new actor (Zelensky), a new alias of a known one, an actor without events (Kuleba)."""
    return one_meeting(
        document_id, SCHOLZ_IN_KYIV, ZELENSKY, "Chancellor Scholz met Zelensky in Kyiv.", extra_actors=(KULEBA,)
    )


def nodes_and_edges(view: nx.MultiDiGraph) -> tuple[dict[str, Any], dict[tuple[str, str, str], Any]]:
    nodes = {node: dict(data) for node, data in view.nodes(data=True)}
    edges = {(source, target, key): dict(data) for source, target, key, data in view.edges(keys=True, data=True)}
    return nodes, edges


def assert_same_view(cached: nx.MultiDiGraph, fresh: nx.MultiDiGraph) -> None:
    cached_nodes, cached_edges = nodes_and_edges(cached)
    fresh_nodes, fresh_edges = nodes_and_edges(fresh)
    assert cached_nodes == fresh_nodes
    assert cached_edges == fresh_edges


@pytest.fixture
def cache(filled_store: EmbeddedStore) -> ViewCache:
    """A cache over the two-document store, its first (full) build done."""
    cache = ViewCache(filled_store)
    cache.get()
    assert cache.stats.full_builds == 1
    return cache


def test_ingesting_one_more_document_patches_the_view_to_equal_a_fresh_build(
    filled_store: EmbeddedStore, cache: ViewCache
) -> None:
    filled_store.put(kyiv_visit())
    view = cache.get()
    assert (cache.stats.last_mode, cache.stats.full_builds, cache.stats.last_documents_changed) == ("incremental", 1, 1)
    assert_same_view(view, build_view(filled_store))
    assert view.nodes["olaf-scholz"]["aliases"] == ["Chancellor Scholz", "Scholz"]  # merged across documents
    assert view.nodes["volodymyr-zelensky"]["country"] == "Ukraine"
    assert "dmytro-kuleba" in view  # named, no event
    assert view.number_of_edges() == 5


def test_replacing_a_document_drops_its_old_edges_and_adds_its_new_ones(
    filled_store: EmbeddedStore, cache: ViewCache
) -> None:
    filled_store.put(kyiv_visit())
    cache.get()
    lavrov = Actor("Sergey Lavrov", ActorType.PERSON, frozenset({"Lavrov"}), "Russia")
    blinken = Actor("Antony Blinken", ActorType.PERSON, frozenset({"Blinken"}), "United States")
    assert filled_store.put(one_meeting("talks", lavrov, blinken, "Lavrov met Blinken in Geneva."))
    view = cache.get()
    assert (cache.stats.last_mode, cache.stats.full_builds) == ("incremental", 1)
    assert_same_view(view, build_view(filled_store))
    assert not view.has_edge("sergey-lavrov", "vladimir-putin")
    assert view.has_edge("sergey-lavrov", "antony-blinken")
    assert view.nodes["united-states"]["label"] == "United States"


def test_deleting_a_document_removes_its_edges_and_the_actors_only_it_named(
    filled_store: EmbeddedStore, cache: ViewCache
) -> None:
    filled_store.put(kyiv_visit())
    cache.get()
    assert filled_store.delete("kyiv")
    view = cache.get()
    assert (cache.stats.last_mode, cache.stats.full_builds) == ("incremental", 1)
    assert_same_view(view, build_view(filled_store))
    assert "volodymyr-zelensky" not in view and "dmytro-kuleba" not in view
    assert view.nodes["olaf-scholz"]["aliases"] == ["Scholz"]  # the alias only that document gave is gone
    assert "ukraine" in view  # still named by the Moscow document


def test_a_view_handed_out_never_changes_when_the_cache_patches(filled_store: EmbeddedStore) -> None:
    cache = ViewCache(filled_store, rebuild_fraction=1.0)  # patch even when every document changed
    before = cache.get()
    snapshot = nodes_and_edges(before)
    filled_store.put(kyiv_visit())
    filled_store.delete("talks")
    after = cache.get()
    assert cache.stats.last_mode == "incremental"
    assert after is not before
    assert nodes_and_edges(before) == snapshot
    assert_same_view(after, build_view(filled_store))


def test_an_unchanged_store_reuses_the_view(cache: ViewCache) -> None:
    view = cache.get()
    assert cache.get() is view
    assert cache.stats.last_mode == "reuse"


def test_changing_most_documents_rebuilds_the_whole_view(store: EmbeddedStore) -> None:
    cache = ViewCache(store)
    store.put(make_extraction())
    cache.get()
    store.put(lavrov_meets_putin())
    store.put(kyiv_visit())
    view = cache.get()
    assert (cache.stats.last_mode, cache.stats.full_builds, cache.stats.incremental_updates) == ("full", 2, 0)
    assert_same_view(view, build_view(store))


def test_invalidate_forces_a_full_rebuild(filled_store: EmbeddedStore, cache: ViewCache) -> None:
    cache.invalidate()
    cache.get()
    assert (cache.stats.last_mode, cache.stats.full_builds) == ("full", 2)


def test_deleting_a_document_of_the_first_build_drops_the_actors_only_it_named(filled_store: EmbeddedStore) -> None:
    """The first build does not record which actors each document names; the patch asks about every actor."""
    filled_store.put(kyiv_visit())
    cache = ViewCache(filled_store)
    cache.get()
    assert filled_store.delete("kyiv")
    view = cache.get()
    assert (cache.stats.last_mode, cache.stats.full_builds) == ("incremental", 1)
    assert_same_view(view, build_view(filled_store))
    assert "volodymyr-zelensky" not in view and "dmytro-kuleba" not in view
    assert view.nodes["olaf-scholz"]["aliases"] == ["Scholz"]


# ---------------------------------------------------------------- through the knowledge graph


SCHOLZ_ALONE = Actor("Scholz", ActorType.PERSON, frozenset(), "Germany")


def test_the_view_patched_through_the_knowledge_graph_equals_a_fresh_build(filled_store: EmbeddedStore) -> None:
    from diplograph.graph.identity_graphs import refresh_identity

    refresh_identity(filled_store)
    cache = ViewCache(filled_store)
    assert all(data["event"] for *_, data in cache.get().edges(data=True))  # each report, its event
    # a document that says only "Scholz", written before the knowledge graph knows it: stale, so the
    # documents' own identity, patched in (not rebuilt)
    filled_store.put(one_meeting("scholz-alone", SCHOLZ_ALONE, ZELENSKY, "Scholz met Zelensky in Kyiv."))
    view = cache.get()
    assert "scholz" in view and all(data["event"] is None for *_, data in view.edges(data=True))
    assert_same_view(view, build_view(filled_store))
    refresh_identity(filled_store)  # current again: "Scholz" is Olaf Scholz
    view = cache.get()
    assert "scholz" not in view and view.has_edge("olaf-scholz", "volodymyr-zelensky")
    assert_same_view(view, build_view(filled_store))
    filled_store.put(kyiv_visit())  # the same meeting, the full name: one event, two reports
    refresh_identity(filled_store)
    view = cache.get()
    assert_same_view(view, build_view(filled_store))
    events = {data["event"] for data in view["olaf-scholz"]["volodymyr-zelensky"].values()}
    assert len(view["olaf-scholz"]["volodymyr-zelensky"]) == 2 and len(events) == 1
    assert filled_store.delete("kyiv")
    refresh_identity(filled_store)
    assert_same_view(cache.get(), build_view(filled_store))
    assert (cache.stats.full_builds, cache.stats.incremental_updates) == (1, 4)
