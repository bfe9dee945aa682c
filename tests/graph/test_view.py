"""The NetworkX view and the lookups on it: actors, who met whom, paths."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest
from conftest import make_extraction

from diplograph.errors import ActorNotFound, NoPath, TooMuchWork
from diplograph.graph.actors import find_actors, resolve_actor, search_actors, summarise_actor
from diplograph.graph.ego import ego_network
from diplograph.graph.encounters import relations_between, who_met
from diplograph.graph.filters import EventFilter
from diplograph.graph.paths import PathMode, PathQuery, find_paths, shortest_path
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
        "roles": ["chancellor"],
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


# ---------------------------------------------------------------- search, detail, filters, paths, ego


@pytest.mark.parametrize("query", ["Lavrow", "Sergei Lavrov", "lavrof"])
def test_a_misspelt_name_finds_the_actor_fuzzily(view: nx.MultiDiGraph, query: str) -> None:
    matches = search_actors(view, query)
    assert matches[0].actor.id == "sergey-lavrov" and 80 <= matches[0].score < 100


def test_a_substring_match_outranks_fuzzy_ones_and_scores_100(view: nx.MultiDiGraph) -> None:
    (match,) = search_actors(view, "kremlin")
    assert (match.actor.id, match.score, match.matched) == ("russia", 100.0, "the Kremlin")


def test_nothing_resembles_gibberish(view: nx.MultiDiGraph) -> None:
    assert search_actors(view, "xqzw") == []


def test_an_actor_summary_counts_events_by_relation_counterparts_and_documents(view: nx.MultiDiGraph) -> None:
    summary = summarise_actor(view, "vladimir-putin")
    assert (summary.events, summary.by_relation, summary.counterparts, summary.documents) == (2, {"meet": 2}, 2, 2)
    assert summary.actor.roles == ("president",)


def test_who_met_filters_by_date_window_place_and_relation(view: nx.MultiDiGraph) -> None:
    assert [c.actor.id for c in who_met(view, "Putin", since=dt.date(2022, 2, 15))] == ["olaf-scholz"]
    assert who_met(view, "Putin", until=dt.date(2022, 2, 14)) == []
    assert [c.actor.id for c in who_met(view, "Lavrov", place="moscow")] == ["zbigniew-rau"]
    assert who_met(view, "Lavrov", relations={"call"}) == []
    (counterpart,) = who_met(view, "Rau")
    assert counterpart.count == 1


def test_relations_between_two_actors_lists_both_directions_in_date_order(view: nx.MultiDiGraph) -> None:
    found = relations_between(view, "Putin", "Lavrov")
    assert [(e.source, e.relation, e.target) for e in found.events] == [("sergey-lavrov", "meet", "vladimir-putin")]
    assert found.by_relation == {"meet": 1}
    assert relations_between(view, "Russia", "Ukraine").events[0].modality == "negated"


def test_asserted_only_paths_avoid_the_planned_meeting(view: nx.MultiDiGraph) -> None:
    with pytest.raises(NoPath):
        find_paths(view, "Olaf Scholz", "Zbigniew Rau", PathQuery(event_filter=EventFilter(asserted_only=True)))
    (hops,) = find_paths(view, "Putin", "Rau", PathQuery(event_filter=EventFilter(asserted_only=True)))
    assert len(hops) == 2


def test_a_directed_path_follows_events_from_source_to_target(view: nx.MultiDiGraph) -> None:
    (hops,) = find_paths(view, "Rau", "Putin", PathQuery(directed=True))
    assert [hop.target.id for hop in hops] == ["sergey-lavrov", "vladimir-putin"]
    with pytest.raises(NoPath):
        find_paths(view, "Putin", "Rau", PathQuery(directed=True))


@pytest.fixture
def diamond(store: EmbeddedStore) -> nx.MultiDiGraph:
    """a meets b1..b4, each b meets c: four shortest paths of two hops from a to c, and a direct a-d-c."""
    view = nx.MultiDiGraph()
    for node in ["a", "b1", "b2", "b3", "b4", "c"]:
        view.add_node(node, label=node.upper(), type="Person", country=None, aliases=[], roles=[])
    edge = {
        "relation": "meet",
        "date": "2022-01-01",
        "place": None,
        "modality": "asserted",
        "document": "d",
        "sentence": "s",
        "start": 0,
        "end": 1,
        "confidence": 1.0,
    }
    for middle in ["b1", "b2", "b3", "b4"]:
        view.add_edge("a", middle, key=f"a-{middle}", **edge)
        view.add_edge(middle, "c", key=f"{middle}-c", **edge)
    view.add_edge("b1", "b2", key="b1-b2", **edge)
    return view


def test_all_shortest_paths_and_k_shortest_simple_paths(diamond: nx.MultiDiGraph) -> None:
    every = find_paths(diamond, "a", "c", PathQuery(mode=PathMode.ALL_SHORTEST))
    assert sorted(hops[0].target.id for hops in every) == ["b1", "b2", "b3", "b4"]
    assert {len(hops) for hops in every} == {2}
    five = find_paths(diamond, "a", "c", PathQuery(mode=PathMode.K_SHORTEST, k=5))
    assert [len(hops) for hops in five] == [2, 2, 2, 2, 3]
    assert find_paths(diamond, "a", "c", PathQuery(mode=PathMode.K_SHORTEST, k=10, max_length=2)).__len__() == 4


def test_too_many_shortest_paths_is_too_much_work_with_what_to_narrow(diamond: nx.MultiDiGraph) -> None:
    with pytest.raises(TooMuchWork, match="narrow the search"):
        find_paths(diamond, "a", "c", PathQuery(mode=PathMode.ALL_SHORTEST, max_work=3))


def test_the_ego_network_grows_with_depth(view: nx.MultiDiGraph) -> None:
    assert set(ego_network(view, "Lavrov", 1)) == {"sergey-lavrov", "zbigniew-rau", "vladimir-putin"}
    assert "olaf-scholz" in ego_network(view, "Lavrov", 2)
    with pytest.raises(TooMuchWork):
        ego_network(view, "Lavrov", 1, max_nodes=2)


def test_indexing_every_actors_encounters_up_front_gives_the_same_answers(view: nx.MultiDiGraph) -> None:
    from diplograph.graph.encounters import encounters, index_encounters, is_indexed

    cold = encounters(view.copy(), "Sergey Lavrov")
    assert index_encounters(view) == view.number_of_nodes()
    assert all(is_indexed(view, node) for node in view.nodes)
    assert encounters(view, "Sergey Lavrov") == cold


def test_a_copy_of_the_view_has_its_own_mutable_edge_data(view: nx.MultiDiGraph) -> None:
    copied = view.copy()
    ((key, data),) = copied["olaf-scholz"]["vladimir-putin"].items()
    data["relation"] = "call"
    assert view["olaf-scholz"]["vladimir-putin"][key]["relation"] == "meet"
