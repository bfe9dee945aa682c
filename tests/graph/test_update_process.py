"""A caller's SPARQL update runs in a process of its own: stopped at its timeout, capped in memory, and the
store and the process that holds it unharmed either way (issue #15: updates run in a worker like queries)."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from conftest import lavrov_meets_putin, make_extraction

from diplograph.errors import QueryError, QueryTimeout, StoreError
from diplograph.graph.store import EmbeddedStore

# Four unconstrained patterns over a hundred quads, inserted: hours of work.
RUNAWAY = ("INSERT { GRAPH <urn:x:g> { ?a <urn:x:p> ?l } } "
           "WHERE { GRAPH ?x { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } }")
# A million long strings made before anything is written: gigabytes.
GREEDY = ("INSERT { GRAPH <urn:x:g> { ?a <urn:x:p> ?o } } WHERE { GRAPH ?x { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } "
          f'BIND(CONCAT(STR(?c), STR(?f), STR(?i), "{"x" * 2000}") AS ?o) }}')
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture
def filled(tmp_path: Path) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path / "store")
    store.put(make_extraction())
    store.put(lavrov_meets_putin())
    return store


def test_an_update_in_its_own_process_is_applied_and_seen_here(filled: EmbeddedStore) -> None:
    before = filled.select(COUNT)[0]["n"]
    filled.update_in_own_process("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }", timeout=60)
    assert filled.select(COUNT)[0]["n"] == before + 1


def test_a_runaway_update_is_stopped_at_its_timeout_and_changes_nothing(filled: EmbeddedStore) -> None:
    before = filled.select(COUNT)[0]["n"]
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="store is unchanged"):
        filled.update_in_own_process(RUNAWAY, timeout=2)
    assert time.monotonic() - started < 30  # the timeout, the kill, the reopening: not the update's hours
    assert filled.select(COUNT)[0]["n"] == before
    filled.update_in_own_process("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }", timeout=60)
    assert filled.select(COUNT)[0]["n"] == before + 1  # and the store takes the next one


def test_an_update_past_its_memory_cap_dies_alone(filled: EmbeddedStore) -> None:
    before = filled.select(COUNT)[0]["n"]
    with pytest.raises(StoreError, match="more memory than `query_memory` allows"):
        filled.update_in_own_process(GREEDY, timeout=60, memory_limit=300 * 2**20)
    assert filled.select(COUNT)[0]["n"] == before


def test_a_malformed_update_is_a_query_error(filled: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="malformed SPARQL update"):
        filled.update_in_own_process("INSERT DATA { <urn:x:a> <urn:x:b> }", timeout=60)


def test_readers_here_wait_for_the_update_and_then_see_it(filled: EmbeddedStore) -> None:
    before = filled.select(COUNT)[0]["n"]
    seen: list[int] = []
    update = threading.Thread(target=filled.update_in_own_process, args=(
        "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }", 60))
    update.start()
    time.sleep(0.05)
    seen.append(filled.select(COUNT)[0]["n"])  # waits while the store is handed over, or reads before it
    update.join()
    assert seen[0] in (before, before + 1) and filled.select(COUNT)[0]["n"] == before + 1
    assert os.path.isdir(filled.path)
