"""Actors and who met whom."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import networkx as nx
from fastapi import APIRouter, Depends, Query

from diplograph.graph.actors import find_actors, resolve_actor
from diplograph.graph.encounters import who_met
from diplograph.graph.view import actor_info, event_info

from .dependencies import current_view
from .schemas import Actor, ActorDetail, Counterpart, Event

router = APIRouter(tags=["actors"])
View = Annotated[nx.MultiDiGraph, Depends(current_view)]


@router.get("/actors", response_model=list[Actor], summary="Search actors by name or alias")
def search_actors(
    view: View, q: Annotated[str, Query(description="part of a name or alias")] = ""
) -> list[Actor]:
    return [Actor(**asdict(actor)) for actor in find_actors(view, q)]


@router.get("/actors/{actor_id}", response_model=ActorDetail, summary="One actor and its events")
def get_actor(view: View, actor_id: str) -> ActorDetail:
    node = resolve_actor(view, actor_id)
    edges = [*view.out_edges(node, keys=True, data=True), *view.in_edges(node, keys=True, data=True)]
    events = [Event(**asdict(event_info(*edge))) for edge in edges]
    return ActorDetail(**asdict(actor_info(view, node)), events=events)


@router.get("/actors/{actor_id}/met", response_model=list[Counterpart], summary="Who the actor met")
def get_met(view: View, actor_id: str) -> list[Counterpart]:
    return [Counterpart.model_validate(asdict(counterpart)) for counterpart in who_met(view, actor_id)]
