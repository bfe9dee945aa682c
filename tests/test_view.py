"""The NetworkX view and the lookups on it: actors, who met whom, paths."""

from __future__ import annotations

import networkx as nx
import pytest
from conftest import make_extraction

from diplograph.errors import ActorNotFound, NoPath
from diplograph.graph.actors import find_actors, resolve_actor
from diplograph.graph.encounters import who_met
from diplograph.graph.paths import shortest_path
from diplograph.graph.store import EmbeddedStore
from diplograph.graph.view import ViewCache, build_view


@pytest.fixture
def view(filled_store: EmbeddedStore) -> nx.MultiDiGraph:
    return build_view(filled_store)


def test_actors_are_nodes_keyed_by_slug_with_label_type_country_and_aliases(view: nx.MultiDiGraph) -> None:
    assert view.nodes["olaf-scholz"] == {
        "label": "Olaf Scholz",
        "type": "Person",
        "country": "Germany",
        "aliases": ["Scholz"],
    }
    assert view.nodes["russia"]["type"] == "Country"
    assert view.nodes["russia"]["aliases"] == ["Moscow", "the Kremlin"]


def test_every_event_is_one_edge_keyed_by_its_event_id(view: nx.MultiDiGraph) -> None:
    assert view.number_of_edges() == 4
    ((key, data),) = view["olaf-scholz"]["vladimir-putin"].items()
    assert key.startswith("https://w3id.org/diplograph/event/")
    assert data["relation"] == "meet"
    assert data["date"] == "2022-02-15"
    assert data["place"] == "Moscow"
    assert data["modality"] == "planned"
    assert data["document"] == "moscow"
    assert data["sentence"].startswith("German Chancellor Olaf Scholz")
    assert (data["start"], data["end"]) == (0, len(data["sentence"]))
    assert data["confidence"] == pytest.approx(0.87)


def test_an_event_without_a_date_has_date_none(view: nx.MultiDiGraph) -> None:
    (data,) = view["sergey-lavrov"]["vladimir-putin"].values()
    assert data["date"] is None


def test_an_actor_seen_in_two_documents_is_one_node(view: nx.MultiDiGraph) -> None:
    assert [node for node in view if view.nodes[node]["label"] == "Vladimir Putin"] == ["vladimir-putin"]


def test_the_view_cache_rebuilds_only_when_the_store_changed(store: EmbeddedStore) -> None:
    cache = ViewCache(store)
    empty = cache.get()
    assert cache.get() is empty
    store.put(make_extraction())
    filled = cache.get()
    assert filled is not empty and filled.number_of_edges() == 3
    assert cache.get() is filled


@pytest.mark.parametrize("query", ["lavrov", "LAVROV", "Sergey", "lav"])
def test_find_actors_matches_labels_and_aliases_case_insensitively(view: nx.MultiDiGraph, query: str) -> None:
    assert [actor.id for actor in find_actors(view, query)] == ["sergey-lavrov"]


def test_find_actors_matches_an_alias_that_is_not_in_the_label(view: nx.MultiDiGraph) -> None:
    assert [actor.id for actor in find_actors(view, "kremlin")] == ["russia"]


@pytest.mark.parametrize("name", ["sergey-lavrov", "Sergey Lavrov", "Lavrov", "lavrov"])
def test_resolve_actor_accepts_an_id_a_label_or_an_alias(view: nx.MultiDiGraph, name: str) -> None:
    assert resolve_actor(view, name) == "sergey-lavrov"


def test_resolving_an_unknown_actor_raises_actor_not_found(view: nx.MultiDiGraph) -> None:
    with pytest.raises(ActorNotFound, match="Boris Johnson"):
        resolve_actor(view, "Boris Johnson")


def test_who_met_lavrov_lists_rau_and_putin_with_their_events(view: nx.MultiDiGraph) -> None:
    counterparts = {counterpart.actor.label: counterpart for counterpart in who_met(view, "Lavrov")}
    assert set(counterparts) == {"Zbigniew Rau", "Vladimir Putin"}
    (event,) = counterparts["Zbigniew Rau"].events
    assert (event.relation, event.date, event.place) == ("meet", "2022-02-15", "Moscow")
    assert event.sentence.endswith("to meet Lavrov.")


def test_who_met_sees_edges_in_both_directions(view: nx.MultiDiGraph) -> None:
    assert {c.actor.id for c in who_met(view, "Vladimir Putin")} == {"olaf-scholz", "sergey-lavrov"}


def test_a_negated_event_is_no_encounter(view: nx.MultiDiGraph) -> None:
    assert who_met(view, "Russia", relations={"attack"}) == []


def test_shortest_path_from_scholz_to_rau_goes_through_putin_and_lavrov(view: nx.MultiDiGraph) -> None:
    hops = shortest_path(view, "Olaf Scholz", "Zbigniew Rau")
    assert [(hop.source.id, hop.target.id) for hop in hops] == [
        ("olaf-scholz", "vladimir-putin"),
        ("vladimir-putin", "sergey-lavrov"),
        ("sergey-lavrov", "zbigniew-rau"),
    ]
    assert all(hop.events for hop in hops)
    assert hops[1].events[0].source == "sergey-lavrov"  # the edge runs against the path's direction


def test_a_path_longer_than_max_length_is_no_path(view: nx.MultiDiGraph) -> None:
    with pytest.raises(NoPath, match="at most 2 hops"):
        shortest_path(view, "Olaf Scholz", "Zbigniew Rau", max_length=2)


def test_unconnected_actors_have_no_path(view: nx.MultiDiGraph) -> None:
    with pytest.raises(NoPath):
        shortest_path(view, "Olaf Scholz", "Ukraine")
