"""The FastAPI application, made from a `Diplograph` front door: the routes translate HTTP into its methods."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from diplograph import __version__
from diplograph.core import Diplograph
from diplograph.settings import Settings, get_settings

from . import actors, catalogue, docs_pages, explorer, exports, ingesting, paths, sparql, sparql_files
from .assets import mount_static
from .jobs import IngestJobs
from .problems import install_problem_handlers

DESCRIPTION = """
Diplomatic actors and the dated events between them, extracted from news.

* **/sparql** — SPARQL 1.1 Protocol (read-only) over every document's named graph
* **/actors**, **/actors/{id}/met** — who met whom, with the sentences that say so
* **/paths** — the shortest chain of events linking two actors
* **/export/graph.gexf** — the actor graph for Gephi
* **POST /documents** — ingest while serving (admin token); **/jobs/{id}** follows a long batch
* **/** — the explorer: search, ego networks, timelines, evidence, paths and a SPARQL editor in the browser
"""


def create_app(source: Diplograph | Settings | None = None) -> FastAPI:
    """The app over this front door (or one opened from these settings when the server starts).

    When the server starts, the query workers are started and the actor graph is read (or restored) in the
    background; when it stops, the workers are stopped, and a front door the app opened itself is closed
    (the caller closes one it passed in). With nothing (`uvicorn --factory diplograph.api.app:create_app`)
    the settings are read from the environment.
    """
    given = source if isinstance(source, Diplograph) else None
    settings = given.settings if given is not None else source if isinstance(source, Settings) else get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        dg = given if given is not None else Diplograph.open(settings)
        app.state.diplograph = dg
        app.state.ingest_jobs = IngestJobs(dg)
        dg.start_query_workers()
        dg.warm_up_in_background()  # the actor graph is read now, not on the first request that needs it
        try:
            yield
        finally:
            app.state.ingest_jobs.close()  # waits for a running ingest job: its batch is committed or not begun
            if given is None:
                dg.close()
            else:
                dg.stop_query_workers()

    # /docs and /redoc are our own routes (docs_pages), serving Swagger UI and ReDoc from this server
    app = FastAPI(title="diplograph", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    install_problem_handlers(app)
    for module in (sparql, sparql_files, actors, paths, exports, ingesting, catalogue, explorer, docs_pages):
        app.include_router(module.router)
    mount_static(app)
    return app
