"""Who met whom a page at a time: exact counts and totals, and each counterpart's first events in date order."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest
from conftest import lavrov_meets_putin, make_extraction

from diplograph.graph.encounters import encounters, is_indexed, who_met
from diplograph.graph.store import EmbeddedStore
from diplograph.graph.view import build_view


@pytest.fixture
def busy_view(store: EmbeddedStore) -> nx.MultiDiGraph:
    """Lavrov met Rau in three documents (the article filed three times, out of order) and Putin in one."""
    for document_id in ("moscow-c", "moscow-a", "moscow-b"):
        store.put(make_extraction(document_id))
    store.put(lavrov_meets_putin())
    return build_view(store)


def test_a_counterpart_counts_one_event_told_three_times_and_lists_the_first_reports_in_date_order(
    busy_view: nx.MultiDiGraph,
) -> None:
    rau, putin = encounters(busy_view, "Lavrov", events_per_counterpart=2).counterparts
    assert (rau.actor.id, rau.count, rau.reports, rau.truncated) == ("zbigniew-rau", 1, 3, True)
    assert [event.document for event in rau.events] == ["moscow-a", "moscow-b"]
    assert (putin.actor.id, putin.count, len(putin.events), putin.truncated) == ("vladimir-putin", 1, 1, False)


def test_counterparts_come_a_page_at_a_time_with_exact_totals(busy_view: nx.MultiDiGraph) -> None:
    first = encounters(busy_view, "Lavrov", limit=1)
    second = encounters(busy_view, "Lavrov", offset=1, limit=1)
    assert [c.actor.id for c in first.counterparts] == ["zbigniew-rau"]
    assert [c.actor.id for c in second.counterparts] == ["vladimir-putin"]
    assert (first.truncated, second.truncated) == (True, False)
    for page in (first, second):
        assert (page.counterparts_total, page.events_total, page.reports_total) == (2, 2, 4)


def test_counts_only_when_no_events_are_asked_for(busy_view: nx.MultiDiGraph) -> None:
    found = encounters(busy_view, "Lavrov", events_per_counterpart=0)
    assert [(c.count, c.reports, c.events, c.truncated) for c in found.counterparts] == [
        (1, 3, (), True), (1, 1, (), True)]


def test_filters_narrow_the_counts_and_the_totals(busy_view: nx.MultiDiGraph) -> None:
    # Lavrov's meeting with Putin has no date: a date window leaves it out.
    dated = encounters(busy_view, "Lavrov", since=dt.date(2022, 2, 15))
    assert [(c.actor.id, c.count, c.reports) for c in dated.counterparts] == [("zbigniew-rau", 1, 3)]
    assert (dated.counterparts_total, dated.events_total, dated.reports_total) == (1, 1, 3)
    calls = encounters(busy_view, "Lavrov", relations={"call"})
    assert (calls.counterparts, calls.counterparts_total, calls.events_total) == ((), 0, 0)
    asserted = encounters(busy_view, "Putin", modalities={"asserted"})
    assert [c.actor.id for c in asserted.counterparts] == ["sergey-lavrov"]  # Scholz's meeting was only planned


def test_who_met_lists_every_counterpart_with_every_event(busy_view: nx.MultiDiGraph) -> None:
    assert [(c.actor.id, len(c.events)) for c in who_met(busy_view, "Lavrov")] == [
        ("zbigniew-rau", 3),
        ("vladimir-putin", 1),
    ]


def test_a_view_changed_by_hand_is_read_again(busy_view: nx.MultiDiGraph) -> None:
    assert encounters(busy_view, "Lavrov").counterparts[0].reports == 3
    busy_view.add_edge(
        "zbigniew-rau",
        "sergey-lavrov",
        key="urn:x:event",
        relation="call",
        date="2022-01-01",
        place=None,
        modality="asserted",
        document="earlier",
        sentence="Rau called Lavrov.",
        start=0,
        end=18,
        confidence=1.0,
    )
    rau = encounters(busy_view, "Lavrov").counterparts[0]
    assert (rau.count, rau.reports, rau.events[0].document) == (2, 4, "earlier")  # the call is another event


def test_an_actor_is_indexed_by_its_first_lookup(busy_view: nx.MultiDiGraph) -> None:
    assert not is_indexed(busy_view, "sergey-lavrov")
    encounters(busy_view, "Lavrov")
    assert is_indexed(busy_view, "sergey-lavrov") and not is_indexed(busy_view, "vladimir-putin")
