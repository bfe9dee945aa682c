"""Path searches on one view share its projection; a view changed by hand is projected again."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from conftest import lavrov_meets_putin, make_extraction

from diplograph.graph.filters import EventFilter
from diplograph.graph.paths import is_projected, projection, shortest_path
from diplograph.graph.store import EmbeddedStore
from diplograph.graph.view import build_view


def test_searches_on_one_view_reuse_itsprojection(filled_store: EmbeddedStore) -> None:
    view = build_view(filled_store)
    first = projection(view, EventFilter(), False)[1]
    assert projection(view, EventFilter(), False)[1] is first
    assert projection(view, EventFilter(asserted_only=True), False)[1] is not first


def test_a_view_changed_by_hand_is_projected_again(store: EmbeddedStore) -> None:
    store.put(make_extraction())
    view = build_view(store)
    before = projection(view, EventFilter(), False)[1].number_of_edges()
    view.add_edge("olaf-scholz", "someone-new", key="urn:x:event", relation="meet")
    view.nodes["someone-new"].update(label="Someone New", type="Person")
    assert projection(view, EventFilter(), False)[1].number_of_edges() == before + 1


def test_the_shortest_path_is_the_same_on_a_second_search(store: EmbeddedStore) -> None:
    store.put(make_extraction())
    store.put(lavrov_meets_putin())
    view = build_view(store)
    first = shortest_path(view, "Olaf Scholz", "Sergey Lavrov")
    assert shortest_path(view, "Olaf Scholz", "Sergey Lavrov") == first


def test_a_view_says_whether_a_search_would_project_it_first(filled_store: EmbeddedStore) -> None:
    view = build_view(filled_store)
    assert not is_projected(view, EventFilter())
    shortest_path(view, "Olaf Scholz", "Sergey Lavrov")
    assert is_projected(view, EventFilter()) and not is_projected(view, EventFilter(), directed=True)


def test_concurrent_searches_on_a_new_view_project_it_once(filled_store: EmbeddedStore) -> None:
    view = build_view(filled_store)
    with ThreadPoolExecutor(8) as pool:
        simples = list(pool.map(lambda _: projection(view, EventFilter(), False)[1], range(8)))
    assert all(simple is simples[0] for simple in simples)
