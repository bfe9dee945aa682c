"""Paths between actors."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import networkx as nx
from fastapi import APIRouter, Depends, Query

from diplograph.graph.actors import resolve_actor
from diplograph.graph.paths import shortest_path

from .dependencies import Services, current_view, services
from .schemas import Hop, Path

router = APIRouter(tags=["paths"])


@router.get("/paths", response_model=Path, summary="The shortest chain of events linking two actors")
def get_path(
    view: Annotated[nx.MultiDiGraph, Depends(current_view)],
    app: Annotated[Services, Depends(services)],
    source: Annotated[str, Query(description="actor id, name or alias")],
    target: Annotated[str, Query(description="actor id, name or alias")],
    max_length: Annotated[int | None, Query(ge=1, description="most hops to search")] = None,
) -> Path:
    limit = min(max_length or app.settings.max_path_length, app.settings.max_path_length)
    hops = shortest_path(view, source, target, max_length=limit)
    return Path(
        source=resolve_actor(view, source),
        target=resolve_actor(view, target),
        length=len(hops),
        hops=[Hop.model_validate(asdict(hop)) for hop in hops],
    )
