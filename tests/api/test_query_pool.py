"""The query pool on its own: worker processes over a real store, from a thread and from an event loop.

The pool is what makes /sparql's timeout a hard one, so these tests pin what the server relies on:
the answer's bytes, the errors by cause, a killed query leaving a working pool behind, a stale
snapshot reopened when the revision moves, and a cancelled request whose answer never reaches the
next one.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.api.query_pool import QueryAnswer, QueryJob, QueryPool
from diplograph.errors import PoolBusy, QueryError, QueryTimeout, ResultTooLarge
from diplograph.ontology.terms import ACTORS_GRAPH, EVENTS_GRAPH

EX = "http://example.org/"
# Four unconstrained triple patterns over a few hundred quads: hours of work for Oxigraph.
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TIMEOUT = 1.5


def add_people(store: ox.Store, names: list[str], graph: str = EVENTS_GRAPH) -> None:
    """In a graph of the knowledge graph, which a query that names no graph sees."""
    for name in names:
        store.add(ox.Quad(ox.NamedNode(EX + name), ox.NamedNode(EX + "name"), ox.Literal(name), ox.NamedNode(graph)))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    store = ox.Store(str(path))
    add_people(store, [f"person{index}" for index in range(200)])
    store.flush()
    del store  # releases the lock: the test may open it again to write
    return path


@pytest.fixture
def pool(store_path: Path) -> Iterator[QueryPool]:
    pool = QueryPool(str(store_path), size=1, timeout=TIMEOUT)
    yield pool
    pool.close()


def names_query(limit: int | None = None) -> QueryJob:
    query = f"SELECT ?name WHERE {{ ?person <{EX}name> ?name }} ORDER BY ?name"
    return QueryJob(query=query + (f" LIMIT {limit}" if limit else ""), max_rows=1000)


def names(answer: QueryAnswer) -> list[str]:
    document = json.loads(answer.body)
    return [binding["name"]["value"] for binding in document["results"]["bindings"]]


def run_both_ways(pool: QueryPool, job: QueryJob, revision: str = "r1") -> tuple[QueryAnswer, QueryAnswer]:
    return pool.run(job, revision), asyncio.run(pool.run_async(job, revision))


def test_the_thread_and_the_event_loop_get_the_same_answer(pool: QueryPool) -> None:
    from_thread, from_loop = run_both_ways(pool, names_query(limit=3))
    assert from_thread == from_loop
    assert names(from_loop) == ["person0", "person1", "person10"]
    assert (from_loop.media_type, from_loop.form, from_loop.rows) == ("application/sparql-results+json", "select", 3)
    assert isinstance(from_loop.body, bytes)


def test_a_large_answer_arrives_whole(store_path: Path) -> None:
    # Bigger than a pipe's buffer: the worker writes while the server reads.
    pool = QueryPool(str(store_path), size=1, timeout=10)
    try:
        padding = "x" * 2000
        query = f'SELECT ?s ?padded WHERE {{ ?s ?p ?o BIND(CONCAT(?o, "{padding}") AS ?padded) }}'
        for answer in run_both_ways(pool, QueryJob(query=query, max_rows=1000, accept="text/csv")):
            assert answer.rows == 200 and len(answer.body) > 400_000
            assert answer.body.count(padding.encode()) == 200 and answer.body.count(b"\r\n") == 201
    finally:
        pool.close()


TRICKY_TERMS = [
    ox.Literal("plain"),
    ox.Literal("chat", language="fr"),
    ox.Literal("42", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
    ox.Literal("2.50", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
    ox.Literal("2019-01-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
    ox.Literal("odd", datatype=ox.NamedNode(EX + "datatype")),
    ox.Literal('a line\nbreak, a\ttab, a "quote", a \\ and a \r'),
    ox.Literal("ünïcødé ☃ 𝄞"),
    ox.Literal(""),
    ox.BlankNode("b1"),
    ox.NamedNode(EX + "x?a=1&b=%3C"),
]


@pytest.mark.parametrize(
    "media_type",
    ["application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"],
)
def test_every_results_format_is_what_the_engine_itself_writes(tmp_path: Path, media_type: str) -> None:
    path = tmp_path / "terms"
    store = ox.Store(str(path))
    for index, term in enumerate(TRICKY_TERMS):
        store.add(ox.Quad(ox.NamedNode(f"{EX}s{index}"), ox.NamedNode(EX + "p"), term, ox.NamedNode(EVENTS_GRAPH)))
    store.flush()
    query = f"SELECT ?s ?o ?missing WHERE {{ ?s ?p ?o OPTIONAL {{ ?s <{EX}none> ?missing }} }} ORDER BY ?s"
    formats = {
        "application/sparql-results+json": ox.QueryResultsFormat.JSON,
        "application/sparql-results+xml": ox.QueryResultsFormat.XML,
        "text/csv": ox.QueryResultsFormat.CSV,
        "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    }
    expected = store.query(query, use_default_graph_as_union=True).serialize(format=formats[media_type])
    del store
    pool = QueryPool(str(path), size=1, timeout=10)
    try:
        answer = asyncio.run(pool.run_async(QueryJob(query=query, accept=media_type), "r1"))
    finally:
        pool.close()
    assert answer.body == expected
    assert (answer.media_type, answer.rows) == (media_type, len(TRICKY_TERMS))


def test_the_row_cap_lets_exactly_max_rows_through(pool: QueryPool) -> None:
    assert asyncio.run(pool.run_async(QueryJob(query=names_query().query, max_rows=200), "r1")).rows == 200
    with pytest.raises(ResultTooLarge):
        asyncio.run(pool.run_async(QueryJob(query=names_query().query, max_rows=199), "r1"))
    empty_rows = QueryJob(query="SELECT * WHERE { VALUES ?x { UNDEF UNDEF UNDEF } }", max_rows=3)
    assert asyncio.run(pool.run_async(empty_rows, "r1")).rows == 3


def test_errors_come_back_by_cause_and_the_worker_answers_the_next_job(pool: QueryPool) -> None:
    with pytest.raises(QueryError, match="malformed SPARQL query"):
        asyncio.run(pool.run_async(QueryJob(query="SELEC ?x WHERE { ?x ?y ?z }"), "r1"))
    with pytest.raises(ResultTooLarge, match="more than 10 rows"):
        asyncio.run(pool.run_async(QueryJob(query=names_query().query, max_rows=10), "r1"))
    assert asyncio.run(pool.run_async(names_query(limit=1), "r1")).rows == 1


@pytest.mark.parametrize("way", ["thread", "event loop"])
def test_a_query_past_the_timeout_is_killed_and_a_fresh_worker_answers_the_next(pool: QueryPool, way: str) -> None:
    slow = QueryJob(query=CROSS_PRODUCT)
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="ran longer than"):
        if way == "thread":
            pool.run(slow, "r1")
        else:
            asyncio.run(pool.run_async(slow, "r1"))
    assert time.monotonic() - started < TIMEOUT + 5
    pool.wait_ready()  # the replacement's start would count against the next request's 1.5 s
    assert names(pool.run(names_query(limit=1), "r1")) == ["person0"]


def test_a_busy_pool_is_a_timeout_not_a_queue(pool: QueryPool) -> None:
    async def two_at_once() -> list[BaseException | QueryAnswer]:
        slow = pool.run_async(QueryJob(query=CROSS_PRODUCT), "r1")
        waiting = pool.run_async(names_query(limit=1), "r1")
        return await asyncio.gather(slow, waiting, return_exceptions=True)

    slow, waiting = asyncio.run(two_at_once())
    assert isinstance(slow, QueryTimeout)
    assert isinstance(waiting, QueryTimeout) and "stayed busy" in str(waiting)
    pool.wait_ready()
    assert pool.run(names_query(limit=1), "r1").rows == 1  # the pool still has its one worker


def test_a_cancelled_request_leaves_no_answer_behind_for_the_next(pool: QueryPool) -> None:
    async def cancel_then_ask() -> QueryAnswer:
        slow = asyncio.ensure_future(pool.run_async(QueryJob(query=CROSS_PRODUCT), "r1"))
        await asyncio.sleep(0.3)
        slow.cancel()
        with pytest.raises(asyncio.CancelledError):
            await slow
        pool.wait_ready()
        return await pool.run_async(names_query(limit=2), "r1")

    assert names(asyncio.run(cancel_then_ask())) == ["person0", "person1"]


def test_a_worker_reopens_its_snapshot_only_when_the_revision_moves(pool: QueryPool, store_path: Path) -> None:
    everyone = QueryJob(query=f"SELECT ?name WHERE {{ ?person <{EX}name> ?name }}", max_rows=1000)
    assert pool.run(everyone, "before").rows == 200
    writer = ox.Store(str(store_path))  # the workers only read: the lock is free
    add_people(writer, ["newcomer"], graph=ACTORS_GRAPH)
    writer.flush()
    assert asyncio.run(pool.run_async(everyone, "before")).rows == 200  # its snapshot, as promised
    assert asyncio.run(pool.run_async(everyone, "after")).rows == 201
    del writer


def test_a_dead_worker_is_replaced_before_the_next_job(store_path: Path) -> None:
    pool = QueryPool(str(store_path), size=1, timeout=30)  # the replacement's start counts against the job's time
    pool.run(names_query(limit=1), "r1")
    for worker in list(pool._all):
        worker.process.kill()
        worker.process.join(5)
    try:
        assert asyncio.run(pool.run_async(names_query(limit=1), "r1")).rows == 1
    finally:
        pool.close()


def test_the_dataset_is_the_knowledge_graph_unless_the_query_names_one(store_path: Path) -> None:
    writer = ox.Store(str(store_path))
    add_people(writer, ["reported"], graph=EX + "a-document")  # a document's own graph: not in the default
    writer.flush()
    del writer
    pool = QueryPool(str(store_path), size=1, timeout=TIMEOUT)
    try:
        def count(query: str, names_its_dataset: bool = False) -> str:
            job = QueryJob(query=query, names_its_dataset=names_its_dataset)
            return str(json.loads(pool.run(job, "r1").body)["results"]["bindings"][0]["n"]["value"])

        assert count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == "200"
        assert count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == "201"  # every named graph
        assert count(f"SELECT (COUNT(*) AS ?n) FROM <{EX}nowhere> WHERE {{ ?s ?p ?o }}", True) == "0"
    finally:
        pool.close()


def test_a_full_queue_refuses_at_once_with_retry_after(store_path: Path) -> None:
    pool = QueryPool(str(store_path), size=1, timeout=3, queue_length=1)

    async def three_at_once() -> list[BaseException | QueryAnswer]:
        running = asyncio.ensure_future(pool.run_async(QueryJob(query=CROSS_PRODUCT), "r1"))
        await asyncio.sleep(0.2)
        queued = asyncio.ensure_future(pool.run_async(names_query(limit=1), "r1"))
        await asyncio.sleep(0.2)
        started = time.monotonic()
        with pytest.raises(PoolBusy) as refused:
            await pool.run_async(names_query(limit=1), "r1")
        assert time.monotonic() - started < 0.5 and refused.value.retry_after == 3
        return await asyncio.gather(running, queued, return_exceptions=True)

    try:
        started = time.monotonic()
        running, queued = asyncio.run(three_at_once())
        assert isinstance(running, QueryTimeout)
        # The queued one gets the killed worker's ready successor just before its own time is up.
        assert isinstance(queued, QueryAnswer | QueryTimeout)
        assert time.monotonic() - started < 3 + 1  # nobody waited past the timeout
    finally:
        pool.close()


SERVER_THAT_DIES = """
import sys, threading
from diplograph.api.query_pool import QueryJob, QueryPool
pool = QueryPool(sys.argv[1], size=1, timeout=600)
print(" ".join(str(worker.process.pid) for worker in pool._all), flush=True)
threading.Thread(target=pool.run, args=(QueryJob(query=sys.argv[2]), "r1"), daemon=True).start()
threading.Event().wait()
"""


def running_pids(pids: list[int]) -> list[int]:
    """Those of the processes that still run (a zombie, dead but not yet reaped, does not)."""
    running = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state not in ("Z", "X"):
            running.append(pid)
    return running


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal is Linux's")
def test_a_server_killed_with_sigkill_takes_its_busy_workers_with_it(store_path: Path) -> None:
    server = subprocess.Popen([sys.executable, "-c", SERVER_THAT_DIES, str(store_path), CROSS_PRODUCT],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        pids = [int(pid) for pid in server.stdout.readline().split()]
        assert len(pids) == 2 and running_pids(pids) == pids  # the worker and the spare
        time.sleep(0.5)  # the query reaches the worker (if not, the worker dies idle, which proves less)
    finally:
        server.kill()
        server.wait()
    for _ in range(300):  # the fork server sees the server gone, exits, and the kernel kills its children
        if not running_pids(pids):
            break
        time.sleep(0.1)
    assert running_pids(pids) == []
