"""The FastAPI application: one app object owning the settings, the store and the view cache."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from diplograph import __version__
from diplograph.graph.encounters import index_encounters
from diplograph.graph.store import open_store
from diplograph.graph.view import ViewCache
from diplograph.settings import Settings, get_settings

from . import actors, catalogue, exports, paths, sparql
from .dependencies import Services
from .problems import install_problem_handlers

log = logging.getLogger(__name__)

DESCRIPTION = """
Diplomatic actors and the dated events between them, extracted from news.

* **/sparql** — SPARQL 1.1 Protocol (read-only) over every document's named graph
* **/actors**, **/actors/{id}/met** — who met whom, with the sentences that say so
* **/paths** — the shortest chain of events linking two actors
* **/export/graph.gexf** — the actor graph for Gephi
"""


def _warm(app: FastAPI, views: ViewCache) -> None:
    """Read (or restore) the view, then every actor's encounters: the work a first request would pay."""
    app.state.view_state = "warming"
    try:
        index_encounters(views.get())
    except Exception:  # the first request that needs the view will raise it again, as a problem
        log.exception("building the actor graph at start-up failed")
        app.state.view_state = "failed"
        return
    gc.freeze()  # the index is kept for the view's life: out of the cyclic collector's walks
    app.state.view_state = "ready"


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app for these settings; the store is opened when the server starts and closed when it stops.

    With no settings (`uvicorn --factory diplograph.api.app:create_app`) they are read from the environment.
    """
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = open_store(settings)
        views = ViewCache(store, snapshot=settings.view_snapshot_path)
        app.state.services = Services(settings=settings, store=store, views=views)
        sparql.start_query_pool(app, app.state.services)
        # The actor graph is read (or restored) now, not on the first request that needs it.
        app.state.view_state = "warming"
        threading.Thread(target=_warm, args=(app, views), name="view-warm-up", daemon=True).start()
        try:
            yield
        finally:
            sparql.stop_query_pool(app)
            views.close()
            store.close()

    app = FastAPI(title="diplograph", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    install_problem_handlers(app)
    for module in (sparql, actors, paths, exports, catalogue):
        app.include_router(module.router)
    return app
