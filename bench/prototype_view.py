"""A prototype of the fix recommended for graph.view.build_view, kept here only to measure its gain.

build_view's ACTORS_QUERY joins an actor's label, types, aliases, roles and state label in one pattern
over the union of all named graphs. Every document that names an actor repeats those triples in
its own graph, and the union keeps the copies, so an actor named in d documents gives about d^5
rows (d^6 with its state's label) before GROUP BY folds them: the busiest actor of a store of
2,000 events (188 documents) already gives millions, and the build does not finish.

Here each attribute is asked for on its own with SELECT DISTINCT (one pass over its predicate)
and the rows are joined in Python; the events are read with graph.view's own EVENTS_QUERY. The
view is the same as build_view's (tests: bench_graph.py --check-prototype on a store small enough
for build_view to finish). Not diplograph's code: the owners of graph/view.py decide the fix.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from diplograph.graph import view as view_module
from diplograph.ontology.terms import ACTOR

ACTOR_PREFIX = str(ACTOR)
TYPES = "dipl:Person, dipl:State, dipl:Organization, dipl:Group, dipl:Role"


def _pairs(store: Any, pattern: str) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for row in store.select(f"SELECT DISTINCT ?s ?o WHERE {{ {pattern} }}"):
        found.setdefault(row["s"], []).append(row["o"])
    return found


def build_view_deduplicated(store: Any) -> nx.MultiDiGraph:
    labels = _pairs(store, "?s rdfs:label ?o")
    types = _pairs(store, f"?s a ?o . FILTER(?o IN ({TYPES}))")
    aliases = _pairs(store, "?s skos:altLabel ?o")
    roles = _pairs(store, "?s dipl:role ?o")
    states = _pairs(store, "?s dipl:state ?o")
    view = nx.MultiDiGraph()
    for iri in sorted(labels):
        if not iri.startswith(ACTOR_PREFIX):
            continue
        country = next((labels[state][0] for state in states.get(iri, []) if state in labels), None)
        kind = types.get(iri, [""])[0]
        view.add_node(
            iri[len(ACTOR_PREFIX):],
            label=labels[iri][0],
            type=view_module.ACTOR_TYPES.get(kind, None),
            country=country,
            aliases=sorted(set(aliases.get(iri, []))),
            roles=sorted(set(roles.get(iri, []))),
        )
    for row in store.select(view_module.EVENTS_QUERY):
        for endpoint in (row["source"], row["target"]):
            if endpoint not in view:
                view.add_node(endpoint, label=endpoint, type=None, country=None, aliases=[], roles=[])
        date = row.get("date")
        view.add_edge(
            row["source"], row["target"], key=row["event"], relation=row["relation"],
            date=date.isoformat() if date is not None else None, place=row.get("place"),
            modality=row["modality"], document=row["document"], sentence=row["sentence"],
            start=int(row["start"]), end=int(row["end"]), confidence=float(row["confidence"]),
        )
    return view


def same_view(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> bool:
    return (dict(a.nodes(data=True)) == dict(b.nodes(data=True))
            and sorted(a.edges(keys=True, data=True), key=repr) == sorted(b.edges(keys=True, data=True), key=repr))
