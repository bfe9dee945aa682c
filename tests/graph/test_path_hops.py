"""A hop between two busy actors: its exact count of events, and the first of them in date order."""

from __future__ import annotations

import networkx as nx
import pytest
from conftest import lavrov_meets_putin, make_extraction

from diplograph.graph.paths import PathQuery, find_paths
from diplograph.graph.store import EmbeddedStore
from diplograph.graph.view import build_view


@pytest.fixture
def busy_view(store: EmbeddedStore) -> nx.MultiDiGraph:
    """Scholz-Putin and Lavrov-Rau stated in three documents each (filed out of order); Putin-Lavrov in one."""
    for document_id in ("moscow-c", "moscow-a", "moscow-b"):
        store.put(make_extraction(document_id))
    store.put(lavrov_meets_putin())
    return build_view(store)


def scholz_to_rau(view: nx.MultiDiGraph, events_per_hop: int | None) -> list[tuple[int, int, list[str], bool]]:
    """Each hop's events (one meeting told three times is one), reports, the reports listed, and whether cut."""
    (hops,) = find_paths(view, "Olaf Scholz", "Zbigniew Rau", PathQuery(events_per_hop=events_per_hop))
    return [(hop.count, hop.reports, [event.document for event in hop.events], hop.truncated) for hop in hops]


def test_every_report_of_every_hop_in_date_order_by_default(busy_view: nx.MultiDiGraph) -> None:
    everything = ["moscow-a", "moscow-b", "moscow-c"]
    assert scholz_to_rau(busy_view, None) == [
        (1, 3, everything, False), (1, 1, ["talks"], False), (1, 3, everything, False)]


def test_a_hop_lists_its_first_reports_and_counts_them_all(busy_view: nx.MultiDiGraph) -> None:
    assert scholz_to_rau(busy_view, 1) == [
        (1, 3, ["moscow-a"], True), (1, 1, ["talks"], False), (1, 3, ["moscow-a"], True)]


def test_no_events_asked_for_gives_the_counts_only(busy_view: nx.MultiDiGraph) -> None:
    assert scholz_to_rau(busy_view, 0) == [(1, 3, [], True), (1, 1, [], True), (1, 3, [], True)]
