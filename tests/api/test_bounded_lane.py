"""The bounded lane: a query whose work the row cap bounds is answered while heavy queries hold every other
worker, and the lane gives nothing away: a heavy query never gets its worker, a query misjudged as bounded
is still killed at the timeout, and a flood of bounded queries leaves heavy queries their place in line.

No test here times anything: the heavy queries run under a timeout far longer than the test, and what is
checked is who was answered while whom still ran.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from servers import diplograph_server

from diplograph.api import query_pool
from diplograph.api.query_pool import QueryAnswer, QueryJob, QueryPool
from diplograph.api.sparql_bounded import is_bounded, known_verdict
from diplograph.errors import PoolBusy, QueryTimeout
from diplograph.graph.store import PREFIXES
from diplograph.ontology.terms import EVENTS_GRAPH

EX = "http://example.org/"
# Four unconstrained triple patterns over a few hundred quads: hours of work for Oxigraph.
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
LOOKUP = f"SELECT ?name WHERE {{ <{EX}person7> <{EX}name> ?name }}"
LONG = 600.0  # longer than any test: a heavy query here runs until its request is cancelled


# ---------------------------------------------------------------------------- which queries are bounded


@pytest.mark.parametrize(
    "query",
    [
        "ASK {}",
        "SELECT * {}",
        "SELECT ?name WHERE { <http://example.org/a> dipl:name ?name }",
        "SELECT * WHERE { ?s ?p ?o } LIMIT 10 OFFSET 20",
        "SELECT ?s WHERE { ?s a dipl:Actor . }",
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 5",
        "ASK { GRAPH <http://example.org/g> { [] ?p ?o } }",
        "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }",
        'SELECT ?s WHERE { ?s ?p "order by count distinct" } # group by, filter',
    ],
)
def test_a_query_that_walks_one_index_is_bounded(query: str) -> None:
    assert is_bounded(query, PREFIXES, max_offset=10_000)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 1",  # a cross product
        "SELECT * WHERE { ?s ?p [ ?q ?r ] }",  # two patterns in one
        "SELECT * WHERE { ?s ?p ?o , ?x }",  # an object list: two patterns
        "SELECT * WHERE { ?s ?p ?o ; ?q ?x }",
        "ASK { ?s ?p ( 1 2 ) }",  # a collection: several patterns
        "SELECT * WHERE { GRAPH ?g { { { ?s ?p ?o } } } }",  # deeper than a bounded query needs
        "".join(f"PREFIX p{index}: <http://example.org/{index}#> " for index in range(40)) + "ASK {}",
        "SELECT * WHERE { ?s ?p ?o " + ". " * 70 + "}",  # more tokens than a bounded query needs
        "SELECT * WHERE { ?s ?p ?o } ORDER BY ?o LIMIT 1",
        "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        "SELECT DISTINCT ?p WHERE { ?s ?p ?o }",
        "SELECT REDUCED ?p WHERE { ?s ?p ?o }",
        'SELECT * WHERE { ?s ?p ?o FILTER(?o = "absent") }',  # reads the whole store to find nothing
        "SELECT * WHERE { ?s ?s ?o }",  # a repeated variable is a filter
        "SELECT * WHERE { _:x ?p _:x }",
        "SELECT * WHERE { GRAPH ?g { ?g ?p ?o } }",
        "SELECT * WHERE { ?s dipl:meets+ ?o }",  # a property path
        "SELECT * WHERE { ?s dipl:a/dipl:b ?o }",
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r } }",
        "SELECT * WHERE { { ?s ?p ?o } UNION { ?o ?p ?s } }",
        "SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }",
        "SELECT * WHERE { VALUES ?s { <http://example.org/a> } ?s ?p ?o }",
        "SELECT * WHERE { ?s ?p ?o BIND(STR(?o) AS ?text) }",
        "SELECT (STRLEN(?o) AS ?n) WHERE { ?s ?p ?o }",
        "SELECT * WHERE { ?s ?p ?o } OFFSET 20000",  # skipping costs as much as reading
        "DESCRIBE <http://example.org/a>",
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o MINUS { ?s a dipl:Actor } }",
        "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
        "SELEC * WHERE { ?s ?p ?o }",  # unreadable: not known to be bounded
        "SELECT * WHERE { ?s ?p ?o } # " + "x" * 5000,  # too long to read
    ],
)
def test_a_query_that_may_read_the_whole_store_is_not_bounded(query: str) -> None:
    assert not is_bounded(query, PREFIXES, max_offset=10_000)


def test_the_quick_verdict_never_contradicts_the_parse() -> None:
    for query in ["ASK {}", "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"]:
        quick = known_verdict(query, PREFIXES, max_offset=10_000)
        assert quick in (None, is_bounded(query, PREFIXES, max_offset=10_000))
        assert known_verdict(query, PREFIXES, max_offset=10_000) == is_bounded(query, PREFIXES, max_offset=10_000)


@given(st.text(max_size=200))
def test_any_text_is_judged_without_an_error(text: str) -> None:
    assert known_verdict(text, PREFIXES, max_offset=10_000) in (False, None, is_bounded(text, PREFIXES, 10_000))
    assert is_bounded(text, PREFIXES, max_offset=10_000) in (True, False)


# ---------------------------------------------------------------------------- the pool's lane


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    store = ox.Store(str(path))
    store.extend(
        ox.Quad(ox.NamedNode(f"{EX}person{index}"), ox.NamedNode(EX + "name"), ox.Literal(f"person{index}"),
                ox.NamedNode(EVENTS_GRAPH))  # a graph of the knowledge graph: what a query sees
        for index in range(200)
    )
    store.flush()
    del store
    return path


@pytest.fixture
def lane_pool(store_path: Path) -> Iterator[QueryPool]:
    """One worker for any query, one kept for bounded queries, a queue of one for each kind."""
    pool = QueryPool(str(store_path), size=1, timeout=LONG, queue_length=1, bounded_workers=1)
    yield pool
    pool.close()


def name_in(answer: QueryAnswer) -> str:
    return str(json.loads(answer.body)["results"]["bindings"][0]["name"]["value"])


def occupied(pool: QueryPool) -> int:
    """Workers out of the idle list (the spare counted as one) and requests in a queue."""
    return len(pool._all) - len(pool._idle) + len(pool._waiters)


async def until_running(pool: QueryPool, job: QueryJob) -> asyncio.Future[QueryAnswer]:
    """Start the job and return once it holds a worker or waits in a queue."""
    before = occupied(pool)
    task = asyncio.ensure_future(pool.run_async(job, "r1"))
    while occupied(pool) == before and not task.done():
        await asyncio.sleep(0.01)
    return task


async def cancelled(*tasks: asyncio.Future[QueryAnswer]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def test_a_bounded_query_is_answered_while_heavy_queries_hold_every_other_worker(lane_pool: QueryPool) -> None:
    async def flood_then_look_up() -> None:
        running = await until_running(lane_pool, QueryJob(query=CROSS_PRODUCT))
        queued = await until_running(lane_pool, QueryJob(query=CROSS_PRODUCT))
        with pytest.raises(PoolBusy):  # the heavy queue is full...
            await lane_pool.run_async(QueryJob(query=CROSS_PRODUCT), "r1")
        # ...and a lookup is answered, twice: the lane worker came back to the lane, not to the heavy queue.
        assert name_in(await lane_pool.run_async(QueryJob(query=LOOKUP), "r1")) == "person7"
        assert (await lane_pool.run_async(QueryJob(query="ASK {}"), "r1")).body.endswith(b"true}")
        assert not running.done() and not queued.done()
        await cancelled(running, queued)

    asyncio.run(flood_then_look_up())


def test_a_heavy_query_never_gets_the_worker_kept_for_bounded_ones(store_path: Path) -> None:
    pool = QueryPool(str(store_path), size=1, timeout=LONG, queue_length=0, bounded_workers=1)

    async def two_heavy() -> None:
        running = await until_running(pool, QueryJob(query=CROSS_PRODUCT))
        with pytest.raises(PoolBusy):  # the lane's worker is idle, and still not this query's
            await pool.run_async(QueryJob(query=CROSS_PRODUCT), "r1")
        await cancelled(running)

    try:
        asyncio.run(two_heavy())
        # From a thread too (an update's trial run takes this way, and never the lane).
        assert pool.run(QueryJob(query=LOOKUP), "r1").rows == 1
    finally:
        pool.close()


def test_a_query_misjudged_as_bounded_is_killed_at_the_timeout_and_the_lane_keeps_its_worker(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The classifier says yes to everything: the cross product lands in the lane, as a misjudged query would.
    monkeypatch.setattr(query_pool, "known_verdict", lambda *arguments, **keywords: None)
    monkeypatch.setattr(query_pool, "is_bounded", lambda *arguments, **keywords: True)
    pool = QueryPool(str(store_path), size=1, timeout=2.0, queue_length=1, bounded_workers=1)

    async def misjudged() -> None:
        holding = await until_running(pool, QueryJob(query=CROSS_PRODUCT))  # the worker for any query
        with pytest.raises(QueryTimeout, match="ran longer than"):
            await pool.run_async(QueryJob(query=CROSS_PRODUCT), "r1")  # in the lane, and killed there
        with pytest.raises(QueryTimeout):
            await holding

    try:
        asyncio.run(misjudged())
        pool.wait_ready()
        assert sorted(worker.bounded_only for worker in pool._idle) == [False, True]
        assert name_in(pool.run(QueryJob(query=LOOKUP), "r1")) == "person7"
    finally:
        pool.close()


def test_a_flood_of_bounded_queries_leaves_heavy_queries_their_place_in_line(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Bounded" queries that are slow (misjudged): they fill the lane and its queue, and no more.
    monkeypatch.setattr(query_pool, "known_verdict", lambda *arguments, **keywords: None)
    monkeypatch.setattr(query_pool, "is_bounded", lambda text, *arguments, **keywords: "# slow" in text)
    pool = QueryPool(str(store_path), size=1, timeout=LONG, queue_length=1, bounded_workers=1)
    slow_bounded = QueryJob(query=CROSS_PRODUCT + " # slow")

    async def flood() -> None:
        heavy = await until_running(pool, QueryJob(query=CROSS_PRODUCT))
        in_lane = await until_running(pool, slow_bounded)
        waiting = await until_running(pool, slow_bounded)
        with pytest.raises(PoolBusy):  # the lane and its queue are full
            await pool.run_async(slow_bounded, "r1")
        heavy_waiting = await until_running(pool, QueryJob(query=CROSS_PRODUCT))
        assert not heavy_waiting.done()  # queued behind the running heavy query, not refused
        with pytest.raises(PoolBusy):  # and now the heavy queue is full
            await pool.run_async(QueryJob(query=CROSS_PRODUCT), "r1")
        await cancelled(heavy, in_lane, waiting, heavy_waiting)

    try:
        asyncio.run(flood())
    finally:
        pool.close()


# ---------------------------------------------------------------------------- over HTTP


@pytest.mark.slow
def test_a_trivial_query_is_answered_while_heavy_queries_fill_the_server(store_path: Path, tmp_path: Path) -> None:
    # The heavy queries are stopped at 8 s: the server, asked to stop, waits for the requests it is answering.
    settings = {"query_workers": 1, "query_queue": 1, "query_timeout": 8, "query_bounded_workers": 1}

    async def flood(url: str) -> None:
        async with httpx.AsyncClient(base_url=url, timeout=60) as client:
            heavy = [asyncio.ensure_future(client.get("/sparql", params={"query": CROSS_PRODUCT})) for _ in range(4)]
            # One runs, one waits, two are refused at once: the server is full of heavy queries.
            refused = 0
            while refused < 2:
                done, _ = await asyncio.wait(heavy, return_when=asyncio.FIRST_COMPLETED)
                refused = sum(1 for task in heavy if task.done())
                assert all(task.result().status_code == 503 for task in heavy if task.done())
            answer = await client.get("/sparql", params={"query": "ASK {}"})
            assert answer.status_code == 200 and answer.json() == {"head": {}, "boolean": True}
            lookup = await client.get("/sparql", params={"query": LOOKUP})
            assert lookup.status_code == 200 and lookup.headers["x-sparql-rows"] == "1"
            assert sum(1 for task in heavy if not task.done()) == 2  # answered while the heavy ones still ran
            await asyncio.gather(*heavy)

    with diplograph_server(store_path, tmp_path, **settings) as url:
        asyncio.run(flood(url))
