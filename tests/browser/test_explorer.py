"""The explorer in a real browser (headless Chromium) against a live server: the steps of issue #14.

Each step leaves a screenshot in build/screenshots/explorer/ for review. Timings (the first load, the
drawing of an ego network of 2,000 edges) are printed, not asserted: run with -s to see them.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from chromium import SCREENSHOTS, chromium, report, require_bundle, screenshot
from servers import diplograph_server

from diplograph import Diplograph, Settings
from diplograph.graph.store import EmbeddedStore
from diplograph.model import Actor, ActorType, Document, Event, Evidence, Extraction, Modality

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
CORPUS = REPO / "tests" / "data" / "probe" / "docs.jsonl"
WAIT = 20.0


# ---------------------------------------------------------------- servers and the browser


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A live server over the seed article and a small corpus (the probe's 41 documents)."""
    require_bundle()
    directory = tmp_path_factory.mktemp("explorer")
    with Diplograph.open(Settings(store=str(directory / "store"))) as dg:
        dg.ingest(dg.read([SEEDS, CORPUS]))
    with diplograph_server(directory / "store", directory) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as driver:
        (SCREENSHOTS / "timings.txt").unlink(missing_ok=True)
        yield driver
        print(f"\nscreenshots: {SCREENSHOTS}")


def wait_for(driver: Any, condition: Any, timeout: float = WAIT) -> Any:
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # a list the page draws again between finding an element and reading it: look again
    return WebDriverWait(driver, timeout, ignored_exceptions=[StaleElementReferenceException]).until(condition)


def css(driver: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(driver.find_elements(By.CSS_SELECTOR, selector))


def go(driver: Any, url: str) -> None:
    """Open a view and wait until it has rendered (the page marks #main ready after each view)."""
    if driver.current_url.startswith(url.split("#")[0]) and "#" in url:
        driver.execute_script("document.getElementById('main').dataset.ready = 'stale'")
    driver.get(url)
    wait_for(driver, lambda d: d.execute_script("return document.getElementById('main')?.dataset.ready") == "true")


def click_at(driver: Any, x: int, y: int) -> None:
    """A real mouse click at a point of the page (the browser dispatches it to whatever is there)."""
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(x, y).pause(0.1).click()
    actions.perform()


# ---------------------------------------------------------------- the steps


def test_first_load_shows_the_store_at_a_glance(browser: Any, seeded: str) -> None:
    go(browser, f"{seeded}/")
    timing = browser.execute_script(
        "const n = performance.getEntriesByType('navigation')[0];"
        "return {load: n.loadEventEnd, ready: window.__explorer.timings.firstViewMs};"
    )
    report(f"explorer first load on the seed: load event {timing['load']:.0f} ms, "
           f"first view rendered {timing['ready']:.0f} ms after navigation start")
    text = css(browser, "main")[0].text
    assert "Diplomatic actors and the events between them" in text
    assert "42 documents" in text  # the seed and the 41 of the probe
    screenshot(browser, "01-home")
    if "/export/events.csv" in httpx.get(f"{seeded}/openapi.json").json()["paths"]:
        wait_for(browser, lambda d: any(link.text == "event table" for link in css(d, "#downloads a")))
    links = wait_for(browser, lambda d: {link.text: link.get_attribute("href") for link in css(d, "#downloads a")})
    assert {"GEXF", "GraphML", "nodes CSV", "edges CSV"} <= set(links)
    for label, href in links.items():
        assert httpx.get(href, timeout=60).status_code == 200, label


def test_search_lavrov_see_rau_open_the_edge_read_the_sentence(browser: Any, seeded: str) -> None:
    go(browser, f"{seeded}/")
    box = css(browser, "#search-input")[0]
    box.send_keys("Lavrov")
    wait_for(browser, lambda d: any("Sergey Lavrov" in item.text for item in css(d, "#suggestions a.suggestion")))
    screenshot(browser, "02-search-lavrov")
    browser.execute_script("document.getElementById('main').dataset.ready = 'stale'")
    next(item for item in css(browser, "#suggestions a.suggestion") if "Sergey Lavrov" in item.text).click()
    wait_for(browser, lambda d: css(d, "#graph[data-drawn=true]"))
    assert "Sergey Lavrov" in css(browser, "#actor-card h1")[0].text
    counterparts = [item.text for item in css(browser, "#counterparts button")]
    assert "Zbigniew Rau" in counterparts
    screenshot(browser, "03-lavrov-network")

    point = browser.execute_script(
        "return window.__explorer.drawing.edgeClientPoint('sergey-lavrov', 'zbigniew-rau')")
    assert point is not None, "the edge Lavrov - Rau is not drawn where a click can reach it"
    click_at(browser, point["x"], point["y"])
    wait_for(browser, lambda d: css(d, "#evidence-events mark"))
    title = css(browser, "#evidence-title")[0].text
    assert "Zbigniew Rau" in title and "Sergey Lavrov" in title
    highlighted = [mark.text for mark in css(browser, "#evidence-events mark")]
    assert any("Zbigniew Rau of Poland" in text and "to meet Lavrov" in text for text in highlighted), highlighted
    assert "2022-02-15" in css(browser, "#evidence-events")[0].text
    # headless Chromium pictures a scrolled WebGL canvas shifted by the sticky header: show the whole page instead
    browser.set_window_size(1400, 1400)
    browser.execute_script("window.scrollTo(0, 0)")
    time.sleep(0.3)
    screenshot(browser, "04-edge-evidence")
    browser.set_window_size(1400, 1000)


def test_timeline_filters_by_relation(browser: Any, seeded: str) -> None:
    go(browser, f"{seeded}/#/actor/vladimir-putin")
    from selenium.webdriver.support.ui import Select

    before = len(css(browser, "#timeline > li"))
    relations = [option.get_attribute("value") for option in css(browser, "#timeline-relation option")][1:]
    assert "meet" in relations
    Select(css(browser, "#timeline-relation")[0]).select_by_value("meet")
    after = css(browser, "#timeline > li")
    assert 0 < len(after) <= before
    assert {item.find_element("css selector", ".relation").text for item in after} == {"meet"}


def test_path_from_scholz_to_lavrov_shows_each_hops_evidence(browser: Any, seeded: str) -> None:
    go(browser, f"{seeded}/#/paths")
    css(browser, "#path-source")[0].send_keys("Olaf Scholz")
    css(browser, "#path-target")[0].send_keys("Sergey Lavrov")
    browser.execute_script("document.getElementById('main').dataset.ready = 'stale'")
    css(browser, "#path-find")[0].click()
    wait_for(browser, lambda d: d.execute_script("return document.getElementById('main').dataset.ready") == "true"
             and css(d, "#path-results article.path"))
    chain = css(browser, "#path-results article.path h2")[0].text
    assert chain.index("Olaf Scholz") < chain.index("Sergey Lavrov")
    hops = css(browser, "#path-results article.path")[0].find_elements("css selector", "li.hop")
    assert hops and all(hop.find_elements("css selector", ".sentence") for hop in hops)
    screenshot(browser, "05-path-scholz-lavrov")


def test_a_sparql_example_gives_rows_and_a_download(browser: Any, seeded: str) -> None:
    go(browser, f"{seeded}/#/sparql")
    wait_for(browser, lambda d: css(d, "#sparql-editor .CodeMirror"))
    assert "Who meets whom" in css(browser, "#sparql-examples")[0].text
    css(browser, "#sparql-run")[0].click()
    wait_for(browser, lambda d: css(d, "#sparql-table tbody tr") or css(d, "#sparql-results .problem"))
    assert not css(browser, "#sparql-results .problem"), css(browser, "#sparql-results")[0].text
    rows = css(browser, "#sparql-table tbody tr")
    assert len(rows) > 0
    assert [cell.text for cell in css(browser, "#sparql-table thead th")] == ["a", "b"]
    screenshot(browser, "06-sparql")
    download = httpx.get(css(browser, "#sparql-csv")[0].get_attribute("href"), timeout=30)
    assert download.status_code == 200, download.text
    assert download.headers["content-type"].startswith("text/csv")
    assert "attachment" in download.headers["content-disposition"]
    assert download.text.splitlines()[0] == "a,b" and len(download.text.splitlines()) == len(rows) + 1


def test_the_api_docs_render_their_operations_without_network(browser: Any, seeded: str) -> None:
    browser.get(f"{seeded}/docs")
    wait_for(browser, lambda d: len(css(d, ".opblock")) >= 10)
    operations = " ".join(item.text for item in css(browser, ".opblock-summary-path"))
    assert "/documents" in operations and "/actors/{actor_id}/met" in operations
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(entry => entry.name)")
    assert resources and all(name.startswith(seeded) for name in resources), resources
    screenshot(browser, "07-docs")
    browser.get(f"{seeded}/redoc")
    wait_for(browser, lambda d: "POST /documents" in d.find_element("css selector", "body").text.replace("\n", " ")
             or len(css(d, "[data-section-id]")) >= 10)
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(entry => entry.name)")
    assert all(name.startswith(seeded) for name in resources), resources
    screenshot(browser, "08-redoc")


# ---------------------------------------------------------------- a large ego network

HUB = "Hub Minister"
COUNTERPARTS = 700
EDGES = 2000


def large_ego_store(path: Path) -> Path:
    """A hub who met 700 people, who also met one another: an ego network of 2,000 pairs over four years."""
    people = [f"Envoy {number:03d}" for number in range(COUNTERPARTS)]
    pairs = [(HUB, person) for person in people]
    step = 1
    while len(pairs) < EDGES:
        step += 1
        chords = [(people[i], people[(i + step) % COUNTERPARTS]) for i in range(COUNTERPARTS)]
        pairs += chords[: EDGES - len(pairs)]
    start = dt.date(2020, 1, 1)
    extractions = []
    for number in range(0, len(pairs), 50):
        chunk = pairs[number:number + 50]
        sentences = [f"{a} met {b} in Geneva." for a, b in chunk]
        text = " ".join(sentences)
        document = Document(id=f"synthetic-{number // 50:03d}", text=text, date=start, title="synthetic")
        events, offset = [], 0
        for index, ((a, b), sentence) in enumerate(zip(chunk, sentences, strict=True)):
            day = start + dt.timedelta(days=(number + index) % 1400)
            events.append(Event("meet", a, b, Modality.ASSERTED, Evidence(sentence, offset, offset + len(sentence)),
                                date=day, place="Geneva", confidence=0.9))
            offset += len(sentence) + 1
        names = {name for pair in chunk for name in pair}
        actors = tuple(Actor(name, ActorType.PERSON, frozenset(), None, frozenset()) for name in sorted(names))
        extractions.append(Extraction(document=document, actors=actors, events=tuple(events)))
    with EmbeddedStore(path) as store:
        for _ in store.put_all(extractions, 16):
            pass
    return path


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_bundle()
    directory = tmp_path_factory.mktemp("large-ego")
    with diplograph_server(large_ego_store(directory / "store"), directory) as url:
        yield url


def test_an_ego_network_of_2000_edges_is_drawn_and_replayed(browser: Any, large: str) -> None:
    go(browser, f"{large}/#/actor/hub-minister")
    wait_for(browser, lambda d: css(d, "#graph[data-drawn=true]"), timeout=60)
    wait_for(browser, lambda d: css(d, "#graph[data-settled=true]"), timeout=60)
    timings = browser.execute_script("return window.__explorer.timings")
    parts = timings["egoParts"]
    report(f"ego network of {timings['egoEdges']} edges ({timings['egoEvents']} events): drawn in "
           f"{timings['egoDrawMs']:.0f} ms (built {parts['buildMs']:.0f}, rough layout {parts['layoutMs']:.0f}, "
           f"first frame {parts['renderMs']:.0f}); layout refined in a worker until {timings['egoSettledMs']:.0f} ms")
    assert timings["egoEdges"] >= EDGES
    screenshot(browser, "09-ego-2000-edges")

    visible = "return window.__explorer.drawing.graph.filterEdges((key, edge) => edge.visibleCount > 0).length"
    started = time.perf_counter()
    browser.execute_script(
        "const slider = document.getElementById('date-slider');"
        "slider.value = Math.floor(slider.max / 4); slider.dispatchEvent(new Event('input'));")
    shown = browser.execute_script(visible)
    report(f"date slider moved to a quarter: {shown} of {timings['egoEdges']} edges shown, "
           f"{(time.perf_counter() - started) * 1000:.0f} ms (with the WebDriver round trips)")
    assert 0 < shown < timings["egoEdges"]
    assert css(browser, "#date-label")[0].text.startswith("up to 20")
    screenshot(browser, "10-ego-replayed-to-a-quarter")
