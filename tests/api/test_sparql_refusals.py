"""Refusals at the right depth: SERVICE and LOAD never reach the network, whatever their spelling; a deep
nesting is a 400 before any parser recurses; a query that crashes its worker is not run again; the
request's bytes are UTF-8 and its parameters single, as the protocol says.

A local listener (127.0.0.1, a free port) stands for the internal service an attacker would reach: it
answers like a SPARQL endpoint and records every connection. It must see none.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import fill
from servers import diplograph_server, free_port

from diplograph.api.query_pool import QueryJob, QueryPool, WorkerDied
from diplograph.cli import cli
from diplograph.errors import QueryError, QueryRefused, StoreError
from diplograph.ontology.terms import EVENTS_GRAPH

pytestmark = pytest.mark.slow

TOKEN = "s3cret"
ADMIN = {"Authorization": f"Bearer {TOKEN}"}
DEEP = 5000


class Listener:
    """A TCP server on a free local port that answers any request with an empty SPARQL result."""

    def __init__(self) -> None:
        self.port = free_port()
        self.connections = 0
        self.socket = socket.create_server(("127.0.0.1", self.port))
        self.socket.settimeout(0.2)
        self.running = True
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def serve(self) -> None:
        body = b'{"head":{"vars":["leak"]},"results":{"bindings":[{"leak":{"type":"literal","value":"secret"}}]}}'
        while self.running:
            try:
                connection, _ = self.socket.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            with connection:
                connection.settimeout(1)
                try:
                    connection.recv(65536)
                    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                                       b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
                except OSError:
                    pass

    def close(self) -> None:
        self.running = False
        self.thread.join(2)
        self.socket.close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    running = Listener()
    yield running
    running.close()


@pytest.fixture(scope="module")
def admin_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    directory = tmp_path_factory.mktemp("refusals")
    with diplograph_server(fill(directory / "store"), directory, admin_token=TOKEN) as url:
        yield url


def service_queries(target: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{target}> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ ?a ?b ?c .SERVICE <{target}> {{ ?x ?y ?z }} }}",
        f"PREFIX ex: <http://example.org/> SELECT * WHERE {{ ?s ex:x\\# ?o . SERVICE <{target}> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o }}SERVICE <{target}> {{ ?x ?y ?z }}",
    ]


def test_no_spelling_of_service_reaches_the_network(admin_server: str, listener: Listener) -> None:
    for query in service_queries(listener.url):
        answer = httpx.get(f"{admin_server}/sparql", params={"query": query}, timeout=30)
        assert answer.status_code in (400, 403), (query, answer.text)
        assert "secret" not in answer.text
    assert listener.connections == 0


def test_a_query_worker_has_no_network_even_for_a_service_nobody_spotted(
    tmp_path: Path, listener: Listener
) -> None:
    # Straight to the pool, past the endpoint's early refusal: what holds is the worker itself.
    ox.Store(str(tmp_path / "store")).flush()
    pool = QueryPool(str(tmp_path / "store"), size=1, timeout=20)
    try:
        with pytest.raises(QueryRefused, match="SERVICE"):
            pool.run(QueryJob(query=service_queries(listener.url)[0]), "r1")
    finally:
        pool.close()
    assert listener.connections == 0


def test_an_update_is_tried_in_a_worker_without_network_before_the_server_applies_it(
    tmp_path: Path, listener: Listener
) -> None:
    ox.Store(str(tmp_path / "store")).flush()
    pool = QueryPool(str(tmp_path / "store"), size=1, timeout=20)
    try:
        with pytest.raises(QueryRefused, match="LOAD and SERVICE"):
            pool.run(QueryJob(query=f"LOAD <{listener.url}>", trial_update=True), "trial")
        with pytest.raises(QueryError, match="malformed SPARQL update"):
            pool.run(QueryJob(query="INSERT DATA { <urn:a> <urn:b> ", trial_update=True), "trial")
        assert pool.run(QueryJob(query="DROP GRAPH <urn:absent>", trial_update=True), "trial").form == "update"
    finally:
        pool.close()
    assert listener.connections == 0


@pytest.mark.parametrize(
    "update",
    [
        "LOAD <{target}>",
        "LOAD <{target}> INTO GRAPH <urn:x>",
        "INSERT DATA {{ <urn:a> <urn:b> <urn:c> }} ;LOAD <{target}>",
        "PREFIX ex: <http://example.org/> INSERT DATA {{ ex:a ex:x\\# ex:c }} ; LOAD <{target}>",
        "INSERT {{ ?x ?y ?z }} WHERE {{ ?a ?b ?c .SERVICE <{target}> {{ ?x ?y ?z }} }}",
    ],
)
def test_no_spelling_of_load_or_service_in_an_admin_update_reaches_the_network(
    admin_server: str, listener: Listener, update: str
) -> None:
    answer = httpx.post(f"{admin_server}/sparql", content=update.format(target=listener.url),
                        headers={**ADMIN, "Content-Type": "application/sparql-update"}, timeout=30)
    assert answer.status_code in (400, 403), answer.text
    assert listener.connections == 0


def nested(depth: int) -> str:
    return "(" * depth + "1" + ")" * depth


def test_a_deeply_nested_query_is_refused_before_the_engine_parses_it(admin_server: str) -> None:
    answer = httpx.get(f"{admin_server}/sparql", params={"query": f"ASK {{ FILTER({nested(DEEP)}) }}"}, timeout=30)
    assert answer.status_code == 400
    assert f"nests brackets {DEEP + 2} deep" in answer.json()["detail"]
    braces = "SELECT * WHERE " + "{" * DEEP + "?s ?p ?o" + "}" * DEEP
    assert httpx.post(f"{admin_server}/sparql", data={"query": braces}, timeout=30).status_code == 400
    assert httpx.get(f"{admin_server}/sparql", params={"query": "ASK {}"}, timeout=30).status_code == 200


def test_a_deeply_nested_update_is_refused_and_the_server_lives(admin_server: str) -> None:
    update = f"INSERT {{ <urn:a> <urn:b> ?x }} WHERE {{ BIND({nested(DEEP)} AS ?x) }}"
    answer = httpx.post(f"{admin_server}/sparql", content=update,
                        headers={**ADMIN, "Content-Type": "application/sparql-update"}, timeout=30)
    assert answer.status_code == 400
    assert "nests brackets" in answer.json()["detail"]
    assert httpx.get(f"{admin_server}/stats", timeout=30).status_code == 200


def test_the_query_command_refuses_a_deep_nesting_instead_of_crashing(tmp_path: Path) -> None:
    store = fill(tmp_path / "store")
    result = CliRunner().invoke(cli, ["--store", str(store), "query", f"ASK {{ FILTER({nested(DEEP)}) }}"])
    assert result.exit_code == 1
    assert "nests brackets" in result.output


def test_a_query_that_crashes_its_worker_is_not_run_again(tmp_path: Path) -> None:
    store = ox.Store(str(tmp_path / "store"))
    store.extend(ox.Quad(ox.NamedNode(f"urn:p{index}"), ox.NamedNode("urn:name"), ox.Literal(f"p{index}"),
                         ox.NamedNode(EVENTS_GRAPH)) for index in range(3000))  # what a query sees
    store.flush()
    del store
    # A worker may use 1 GB; an ORDER BY over a cartesian product needs more: the engine aborts.
    pool = QueryPool(str(tmp_path / "store"), size=1, timeout=60, memory_limit=2**30)
    started = 0
    start = pool._start

    def counting() -> object:
        nonlocal started
        started += 1
        return start()

    pool._start = counting  # type: ignore[method-assign]
    try:
        heavy = "SELECT ?a ?b ?c ?d WHERE { ?a ?p ?b . ?c ?q ?d } ORDER BY ?a ?c LIMIT 1"
        with pytest.raises(WorkerDied, match="not run again") as died:
            pool.run(QueryJob(query=heavy), "r1")
        assert "more memory than a worker may use" in str(died.value)
        assert started == 1  # the one replacement, and no second run
        assert pool.run(QueryJob(query="ASK {}"), "r1").rows == 1
    finally:
        pool.close()


def test_bytes_that_are_not_utf8_are_a_400_not_a_replacement_character(admin_server: str) -> None:
    body = 'SELECT * WHERE { ?s ?p "caf\xff" }'.encode("latin-1")
    answer = httpx.post(f"{admin_server}/sparql", content=body,
                        headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert answer.status_code == 400 and "not UTF-8" in answer.json()["detail"]
    answer = httpx.get(f"{admin_server}/sparql?query=ASK%20%7B%20FILTER(%22%FF%22)%20%7D", timeout=30)
    assert answer.status_code == 400 and "not UTF-8" in answer.json()["detail"]
    form = b"query=ASK%20%7B%7D%FF"
    answer = httpx.post(f"{admin_server}/sparql", content=form,
                        headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=30)
    assert answer.status_code == 400


def test_two_query_parameters_are_a_400(admin_server: str) -> None:
    answer = httpx.get(f"{admin_server}/sparql", params=[("query", "ASK {}"), ("query", "ASK { ?s ?p ?o }")])
    assert answer.status_code == 400 and "2 'query' parameters" in answer.json()["detail"]
    answer = httpx.post(f"{admin_server}/sparql", data={"query": ["ASK {}", "ASK {}"]}, timeout=30)
    assert answer.status_code == 400


def test_a_row_too_large_to_send_is_the_client_s_422(admin_server: str) -> None:
    # A 32 MB value made by the query itself: more than the engine's result reader takes in one row.
    doubling = " ".join(f"BIND(CONCAT(?s{index}, ?s{index}) AS ?s{index + 1})" for index in range(15))
    query = f'SELECT ?s15 WHERE {{ BIND("{"x" * 1000}" AS ?s0) {doubling} }}'
    answer = httpx.post(f"{admin_server}/sparql", data={"query": query}, timeout=60)
    assert answer.status_code == 422, answer.text[:300]
    assert "larger than" in answer.json()["detail"]


def test_a_store_failure_does_not_show_the_store_s_directory() -> None:
    from diplograph.api.problems import problem_for

    response = problem_for(StoreError("the store at /srv/secret/store failed to answer a query: IO error"))
    assert response.status_code == 503
    assert b"/srv/secret" not in response.body


def test_a_refusal_for_a_full_queue_says_when_to_retry() -> None:
    from diplograph.api.problems import problem_for
    from diplograph.errors import PoolBusy

    response = problem_for(PoolBusy("every query worker is busy", retry_after=9.5))
    assert (response.status_code, response.headers["retry-after"]) == (503, "10")


def test_an_update_that_runs_away_is_stopped_and_the_server_goes_on(tmp_path: Path) -> None:
    """The update runs in a process of its own (graph/store/update_process.py), stopped at query_timeout."""
    runaway = ("INSERT { GRAPH <urn:x:g> { ?a <urn:x:p> ?l } } "
               "WHERE { GRAPH ?x { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } }")
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with diplograph_server(fill(tmp_path / "store"), tmp_path, admin_token=TOKEN, query_timeout=3) as url:
        before = httpx.get(f"{url}/stats", timeout=30).json()
        answer = httpx.post(f"{url}/sparql", data={"update": runaway}, headers=auth, timeout=60)
        assert answer.status_code == 503 and "stopped" in answer.json()["detail"]
        assert httpx.get(f"{url}/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30).json()["boolean"]
        assert httpx.get(f"{url}/stats", timeout=30).json()["triples"] == before["triples"]
        small = "INSERT DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:b> <urn:x:c> } }"
        assert httpx.post(f"{url}/sparql", data={"update": small}, headers=auth, timeout=60).status_code == 204
