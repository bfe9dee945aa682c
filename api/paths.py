"""Paths between actors: shortest, all shortest, k shortest; filtered; bounded."""

from __future__ import annotations

from typing import Annotated

import networkx as nx
from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool

from diplograph.graph.actors import resolve_actor
from diplograph.graph.paths import MAX_K, PathMode, PathQuery, find_paths, is_projected
from diplograph.settings import Settings

from .dependencies import current_view, services
from .exports import Filter
from .problems import problem_responses
from .schemas import Hop, Path, PathHops

router = APIRouter(tags=["paths"])


async def settings(request: Request) -> Settings:
    # A coroutine: FastAPI hands a plain function dependency to a worker thread, which costs more than this.
    return services(request).settings


# Two hubs a hop apart share thousands of events: the hop's count is exact, its events the first few.
EVENTS_PER_HOP, MAX_EVENTS_PER_HOP = 10, 1000


@router.get(
    "/paths",
    response_model=Path,
    summary="Chains of events linking two actors: the shortest, all shortest, or the k shortest",
    description=(
        "Each hop gives the exact `count` of events linking its two actors and lists the first "
        f"`events_per_hop` of them in date order (default {EVENTS_PER_HOP}, at most {MAX_EVENTS_PER_HOP}, 0 for "
        "counts only); `truncated` says when more exist, and /relations?a=&b= lists every one."
    ),
    responses=problem_responses(404, 422),
)
async def get_path(
    view: Annotated[nx.MultiDiGraph, Depends(current_view)],
    app_settings: Annotated[Settings, Depends(settings)],
    selection: Filter,
    source: Annotated[str, Query(description="actor id, name or alias", examples=["Olaf Scholz"])],
    target: Annotated[str, Query(description="actor id, name or alias", examples=["zbigniew-rau"])],
    mode: Annotated[PathMode, Query(description="shortest, all_shortest or k_shortest")] = PathMode.SHORTEST,
    k: Annotated[int, Query(ge=1, le=MAX_K, description="paths to find in k_shortest mode")] = 5,
    max_length: Annotated[int | None, Query(ge=1, description="most hops (capped by max_path_length)")] = None,
    directed: Annotated[bool, Query(description="follow events from source to target only")] = False,
    events_per_hop: Annotated[
        int,
        Query(ge=0, le=MAX_EVENTS_PER_HOP, description="earliest events to list per hop (0: counts only)"),
    ] = EVENTS_PER_HOP,
) -> Path:
    limit = min(max_length or app_settings.max_path_length, app_settings.max_path_length)
    query = PathQuery(
        mode=mode,
        k=k,
        max_length=limit,
        directed=directed,
        event_filter=selection,
        max_work=app_settings.max_path_work,
        events_per_hop=events_per_hop,
    )

    def answer() -> Path:
        found = find_paths(view, source, target, query)
        paths = [PathHops(length=len(hops), hops=[Hop.model_validate(hop) for hop in hops]) for hops in found]
        return Path(
            source=resolve_actor(view, source),
            target=resolve_actor(view, target),
            mode=mode.value,
            directed=directed,
            length=paths[0].length,
            hops=paths[0].hops,
            paths=paths,
        )

    # One shortest path with a few events per hop takes a millisecond or two: answered in the event loop, as
    # a hand-over to a worker thread and back costs more than that on a busy machine. The first search on a
    # view (which projects it: 0.6 s at 200k events, more with a filter), long answers and the enumerating
    # modes go to the thread pool, so that they do not hold up other requests.
    quick = mode == PathMode.SHORTEST and events_per_hop <= EVENTS_PER_HOP and is_projected(view, selection, directed)
    return answer() if quick else await run_in_threadpool(answer)
