"""/sparql reads the store's revision in the event loop only when the store can give it without reading."""

from __future__ import annotations

from pathlib import Path

from conftest import make_extraction

from diplograph.core import Diplograph
from diplograph.settings import Settings


def test_a_remembered_revision_is_used_as_is_with_the_update_generation(tmp_path: Path) -> None:
    with Diplograph.open(Settings(store=str(tmp_path / "store"))) as dg:
        dg.store.put(make_extraction())
        revision = dg.store.revision()
        assert dg.remembered_sparql_revision() == f"{revision}:0"
        dg.update("INSERT DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:b> <urn:x:c> } }")
        moved = dg.sparql_revision()  # the update, and the knowledge graph computed after it, move it on
        assert dg.remembered_sparql_revision() == moved and moved.startswith(dg.store.revision())
        assert moved != f"{revision}:0"


def test_it_matches_what_the_thread_would_have_read(tmp_path: Path) -> None:
    with Diplograph.open(Settings(store=str(tmp_path / "store"))) as dg:
        dg.store.put(make_extraction())
        read = dg.sparql_revision()
        assert dg.remembered_sparql_revision() == read


def test_a_store_that_forgot_or_cannot_tell_sends_the_request_to_the_thread(tmp_path: Path) -> None:
    with Diplograph.open(Settings(store=str(tmp_path / "store"))) as dg:
        dg.store.put(make_extraction())  # a write: the embedded store forgets its revision until it reads it
        assert dg.remembered_sparql_revision() is None
