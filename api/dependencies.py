"""What a route needs from the app: the settings, the store and the cached view."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
from fastapi import Request

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


def current_view(request: Request) -> nx.MultiDiGraph:
    return services(request).views.get()
