"""Paths between actors: shortest, all shortest, k shortest; filtered; bounded."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from diplograph.graph.paths import MAX_K, PathMode

from .dependencies import FrontDoor
from .exports import Filter
from .problems import problem_responses
from .schemas import Hop, Path, PathHops

router = APIRouter(tags=["paths"])


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
    app: FrontDoor,
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
    query = app.path_query(mode, k=k, max_length=max_length, directed=directed, event_filter=selection,
                           events_per_hop=events_per_hop)
    found = await app.paths_async(source, target, query)
    paths = [PathHops(length=len(hops), hops=[Hop.model_validate(hop) for hop in hops]) for hops in found.paths]
    return Path(
        source=found.source,
        target=found.target,
        mode=mode.value,
        directed=directed,
        length=paths[0].length,
        hops=paths[0].hops,
        paths=paths,
    )
