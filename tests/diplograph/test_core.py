"""The front door: what it opens when, what it keeps, and what a change to the store does to it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from conftest import fill, lavrov_meets_putin

from diplograph import Diplograph, DiplographError, Settings
from diplograph.api.app import create_app
from diplograph.errors import StoreError


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(store=str(fill(tmp_path / "store")), view_snapshot="none")


def test_the_store_is_opened_on_first_use_only(tmp_path: Path) -> None:
    with Diplograph.open(Settings(store=str(tmp_path / "nowhere"))) as dg:
        assert dg.settings.store.endswith("nowhere")
    assert not (tmp_path / "nowhere").exists()


def test_a_read_only_front_door_on_a_missing_store_says_what_to_do(tmp_path: Path) -> None:
    with Diplograph.open(Settings(store=str(tmp_path / "nowhere")), read_only=True) as dg, \
            pytest.raises(StoreError, match="ingest documents first"):
        dg.documents()


def test_its_methods_answer_from_one_view(settings: Settings) -> None:
    with Diplograph.open(settings, read_only=True) as dg:
        assert dg.view() is dg.view()
        assert [counterpart.actor.label for counterpart in dg.met("Lavrov")] == ["Vladimir Putin", "Zbigniew Rau"]
        assert dg.stats().documents == len(dg.documents()) == 2
        assert dg.resolve("Lavrov") == "sergey-lavrov"
        assert dg.actor("Lavrov").summary.counterparts == 2


def test_a_sparql_update_is_seen_by_the_view_and_the_query_revision(settings: Settings) -> None:
    with Diplograph.open(settings) as dg:
        before, revision = dg.view(), dg.sparql_revision()
        dg.update("DELETE WHERE { GRAPH ?g { ?actor <http://www.w3.org/2000/01/rdf-schema#label> \"Zbigniew Rau\" } }")
        assert dg.sparql_revision() != revision
        assert dg.view() is not before
        assert dg.view().nodes["zbigniew-rau"]["label"] == "zbigniew-rau"  # no label left: named by its slug


def test_ingesting_and_deleting_change_what_the_view_shows(settings: Settings) -> None:
    with Diplograph.open(settings) as dg:
        dg.delete("talks")
        assert len(dg.documents()) == 1
        dg.store.put(lavrov_meets_putin())
        assert len(dg.documents()) == 2
        assert dg.stats().events == dg.view().number_of_edges()


def test_warm_up_reads_the_view_and_says_so(settings: Settings) -> None:
    with Diplograph.open(settings, read_only=True) as dg:
        assert dg.view_state == "ready"
        dg.warm_up_in_background().join(timeout=60)
        assert dg.view_state == "ready"


def test_errors_are_diplograph_errors(settings: Settings) -> None:
    with Diplograph.open(settings, read_only=True) as dg, pytest.raises(DiplographError, match="Boris Johnson"):
        dg.met("Boris Johnson")


def test_the_http_app_is_made_from_a_front_door_and_leaves_it_open(settings: Settings) -> None:
    async def ask(dg: Diplograph) -> int:
        app = create_app(dg)
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                return (await client.get("/actors/sergey-lavrov/met")).status_code

    with Diplograph.open(settings) as dg:
        assert asyncio.run(ask(dg)) == 200
        assert dg.query_pool is None  # the app stopped the workers it started
        assert len(dg.documents()) == 2  # and the store is still open
