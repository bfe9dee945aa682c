"""What a route needs from the app: the settings, the store and the cached view."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
from fastapi import Request
from starlette.concurrency import run_in_threadpool

from diplograph.graph.store import Store
from diplograph.graph.view import ViewCache
from diplograph.settings import Settings


@dataclass
class Services:
    settings: Settings
    store: Store
    views: ViewCache


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


async def current_view(request: Request) -> nx.MultiDiGraph:
    """The view, at once when it is known to be current; else brought up to date in a worker thread (asking
    a remote store its revision, patching or building the view all block). A coroutine: FastAPI runs a
    plain-function dependency in its thread pool, a hand-over each way that costs more than the lookup."""
    views: ViewCache = request.app.state.services.views
    view = views.current()
    if view is not None:
        return view
    return await run_in_threadpool(views.get)
