"""Finding actors in the view by name, alias or id."""

from __future__ import annotations

import networkx as nx

from diplograph.errors import ActorNotFound
from diplograph.ontology.terms import slugify

from .view import ActorInfo, actor_info


def find_actors(view: nx.MultiDiGraph, q: str = "") -> list[ActorInfo]:
    """Actors whose label or an alias contains q, case-insensitively; all actors for an empty q."""
    needle = q.casefold().strip()
    found = []
    for node, data in view.nodes(data=True):
        names = [data["label"], *data.get("aliases", ())]
        if not needle or any(needle in name.casefold() for name in names):
            found.append(actor_info(view, node))
    return sorted(found, key=lambda actor: actor.label.casefold())


def resolve_actor(view: nx.MultiDiGraph, name_or_id: str) -> str:
    """The node id of an actor given its id, its label or an alias ('Lavrov' -> 'sergey-lavrov')."""
    if name_or_id in view:
        return name_or_id
    slug = slugify(name_or_id)
    if slug in view:
        return slug
    wanted = name_or_id.casefold().strip()
    exact = [
        node
        for node, data in view.nodes(data=True)
        if wanted in {name.casefold() for name in [data["label"], *data.get("aliases", ())]}
    ]
    if len(exact) == 1:
        return exact[0]
    partial = find_actors(view, name_or_id)
    if len(partial) == 1:
        return partial[0].id
    raise ActorNotFound(name_or_id)
