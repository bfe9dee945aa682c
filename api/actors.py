"""Actors, who met whom, what passed between two actors, and ego networks."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Response

from diplograph.graph.view import actor_info, event_info

from .dependencies import FrontDoor
from .exports import GEXF_MEDIA_TYPE, Filter
from .problems import problem_responses
from .schemas import Actor, ActorDetail, ActorMatch, EgoNetwork, Encounters, Event, Relations

router = APIRouter(tags=["actors"])
ActorId = Annotated[str, Path(description="actor id, name or alias", examples=["sergey-lavrov"])]
Encounter = Literal["meet", "call", "visit", "host"]


@router.get(
    "/actors",
    response_model=list[ActorMatch],
    summary="Search actors by any name or alias (substring, else fuzzy)",
    responses=problem_responses(422),
)
def get_actors(
    app: FrontDoor,
    q: Annotated[
        str, Query(description="part of a name or alias; misspellings are matched fuzzily", examples=["Lavrow"])
    ] = "",
    limit: Annotated[int, Query(ge=1, le=1000, description="most actors to list")] = 100,
) -> list[ActorMatch]:
    return [
        ActorMatch(**asdict(match.actor), score=match.score, matched=match.matched)
        for match in app.actors(q, limit)
    ]


@router.get(
    "/actors/{actor_id}",
    response_model=ActorDetail,
    summary="One actor: aliases, roles, state, counts and every event",
    responses=problem_responses(404, 422),
)
def get_actor(app: FrontDoor, actor_id: ActorId) -> ActorDetail:
    profile = app.actor(actor_id)
    summary = profile.summary
    return ActorDetail(
        **asdict(summary.actor),
        events_count=summary.events,
        by_relation=summary.by_relation,
        counterparts=summary.counterparts,
        documents=summary.documents,
        events=[Event(**asdict(event)) for event in profile.events],
    )


# A hub takes part in tens of thousands of encounters with a thousand counterparts: a page of the busiest
# counterparts with their first few events answers in milliseconds; every event of one pair is at /relations.
MET_LIMIT, MET_MAX_LIMIT = 50, 1000
MET_EVENTS, MET_MAX_EVENTS = 5, 1000


@router.get(
    "/actors/{actor_id}/met",
    response_model=Encounters,
    summary="Who the actor met, called, visited or hosted: counterparts with exact counts and their first events",
    description=(
        "Counterparts, most encounters first, a page at a time: `limit` of them (default "
        f"{MET_LIMIT}, at most {MET_MAX_LIMIT}) from `offset`; `counterparts_total`, `events_total` and each "
        "counterpart's `count` are exact whatever the page. Each counterpart lists its first "
        f"`events_per_counterpart` events in date order (default {MET_EVENTS}, at most {MET_MAX_EVENTS}, 0 for "
        "counts only); `truncated` says when more exist. Only asserted, planned and reported encounters count."
    ),
    responses=problem_responses(404, 422),
)
async def get_met(
    app: FrontDoor,
    actor_id: ActorId,
    since: Annotated[dt.date | None, Query(description="first day (undated events drop out)")] = None,
    until: Annotated[dt.date | None, Query(description="last day (undated events drop out)")] = None,
    place: Annotated[str | None, Query(description="only events at this place", examples=["Moscow"])] = None,
    relation: Annotated[
        list[Encounter] | None, Query(description="which encounters (repeatable; all four by default)")
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=MET_MAX_LIMIT, description="most counterparts to list, the busiest first")
    ] = MET_LIMIT,
    offset: Annotated[int, Query(ge=0, description="counterparts to skip: the next page starts at offset + limit")] = 0,
    events_per_counterpart: Annotated[
        int,
        Query(ge=0, le=MET_MAX_EVENTS, description="earliest events to list per counterpart (0: counts only)"),
    ] = MET_EVENTS,
) -> Encounters:

    found = await app.encounters_async(
        actor_id,
        relations=relation,
        since=since,
        until=until,
        place=place,
        offset=offset,
        limit=limit,
        events_per_counterpart=events_per_counterpart,
    )
    return Encounters.model_validate(found)


@router.get(
    "/relations",
    response_model=Relations,
    summary="Everything between two actors over time, in either direction",
    responses=problem_responses(404, 422),
)
def get_relations(
    app: FrontDoor,
    selection: Filter,
    a: Annotated[str, Query(description="actor id, name or alias", examples=["Lavrov"])],
    b: Annotated[str, Query(description="actor id, name or alias", examples=["Putin"])],
) -> Relations:
    found = app.relations(a, b, selection)
    return Relations(
        a=Actor(**asdict(found.a)),
        b=Actor(**asdict(found.b)),
        count=len(found.events),
        by_relation=found.by_relation,
        events=[Event(**asdict(event)) for event in found.events],
    )


Depth = Annotated[int, Query(ge=1, le=2, description="hops from the actor: 1 or 2")]


@router.get(
    "/actors/{actor_id}/ego",
    response_model=EgoNetwork,
    summary="The actor's ego network (depth 1 or 2): actors and the events among them",
    responses=problem_responses(404, 422),
)
def get_ego(app: FrontDoor, actor_id: ActorId, selection: Filter, depth: Depth = 1) -> EgoNetwork:
    network = app.ego(actor_id, depth, selection)
    return EgoNetwork(
        center=app.resolve(actor_id),
        depth=depth,
        actors=[Actor(**asdict(actor_info(network, node))) for node in sorted(network)],
        events=[Event(**asdict(event_info(*edge))) for edge in network.edges(keys=True, data=True)],
    )


@router.get(
    "/actors/{actor_id}/ego.gexf",
    response_class=Response,
    summary="The actor's ego network as GEXF 1.3 for Gephi",
    responses={
        200: {"content": {GEXF_MEDIA_TYPE: {"schema": {"type": "string"}}}, "description": "GEXF 1.3"},
        **problem_responses(404, 422),
    },
)
def get_ego_gexf(app: FrontDoor, actor_id: ActorId, selection: Filter, depth: Depth = 1) -> Response:
    return Response(app.export_ego_gexf(actor_id, depth, selection), media_type=GEXF_MEDIA_TYPE)
