"""Finding actors in the view by name, alias or id: exact and substring matches first, then fuzzy ones."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
from rapidfuzz import fuzz, process, utils

from diplograph.errors import ActorNotFound
from diplograph.ontology.terms import slugify

from .view import ActorInfo, actor_info

# A fuzzy match must score at least this (0-100, rapidfuzz's WRatio): 'Lavrow' finds Lavrov, 'Li' finds nobody.
FUZZY_THRESHOLD = 80


@dataclass(frozen=True)
class ActorMatch:
    actor: ActorInfo
    score: float  # 100 for a substring of the label or an alias; the fuzzy score otherwise
    matched: str  # the label or alias that matched


@dataclass(frozen=True)
class ActorSummary:
    """An actor with what the graph knows of it: counts of events by relation, counterparts, documents."""

    actor: ActorInfo
    events: int
    by_relation: dict[str, int]
    counterparts: int
    documents: int


def search_actors(view: nx.MultiDiGraph, q: str = "", limit: int | None = None) -> list[ActorMatch]:
    """Substring matches of a label or alias (case-insensitive); when there are none, fuzzy matches."""
    needle = q.casefold().strip()
    names = {
        (node, name): name for node, data in view.nodes(data=True) for name in [data["label"], *data.get("aliases", ())]
    }
    if not needle:
        found = [ActorMatch(actor_info(view, node), 100.0, view.nodes[node]["label"]) for node in view]
        return _ranked(found, limit)
    best: dict[str, ActorMatch] = {}
    for (node, name), _ in names.items():
        if needle in name.casefold() and node not in best:
            best[node] = ActorMatch(actor_info(view, node), 100.0, name)
    if not best:
        scored = process.extract(
            q, names, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=FUZZY_THRESHOLD, limit=None
        )
        for name, score, (node, _) in scored:
            if node not in best or score > best[node].score:
                best[node] = ActorMatch(actor_info(view, node), round(float(score), 1), name)
    return _ranked(list(best.values()), limit)


def _ranked(found: list[ActorMatch], limit: int | None) -> list[ActorMatch]:
    ranked = sorted(found, key=lambda match: (-match.score, match.actor.label.casefold()))
    return ranked[:limit] if limit is not None else ranked


def find_actors(view: nx.MultiDiGraph, q: str = "") -> list[ActorInfo]:
    """Actors whose label or an alias contains q (or, failing that, resembles it); all actors for an empty q."""
    return [match.actor for match in search_actors(view, q)]


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
        return str(exact[0])
    partial = search_actors(view, name_or_id)
    if len(partial) == 1 or (len(partial) > 1 and partial[0].score > partial[1].score and partial[0].score < 100):
        return partial[0].actor.id
    raise ActorNotFound(name_or_id)


def summarise_actor(view: nx.MultiDiGraph, node: str) -> ActorSummary:
    edges = [*view.out_edges(node, data=True), *view.in_edges(node, data=True)]
    by_relation = Counter(str(data["relation"]) for _, _, data in edges)
    counterparts = {target if source == node else source for source, target, _ in edges} - {node}
    return ActorSummary(
        actor=actor_info(view, node),
        events=len(edges),
        by_relation=dict(sorted(by_relation.items())),
        counterparts=len(counterparts),
        documents=len({data["document"] for _, _, data in edges}),
    )
