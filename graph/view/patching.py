"""Patching the view: a new view that shares every unchanged part of the old one, for the documents that
changed (added, replaced, deleted) since it was read. Readers hold views without a lock, so no view that
was handed out is ever changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from diplograph.ontology.terms import actor_slug

from ..store import Store
from .building import unlabelled
from .identity import Identity
from .reading import ACTOR_PREFIX, actor_nodes, chunks, documents_actors_query, read_events
from .records import EdgeData, EdgeRef


@dataclass
class Source:
    """What the cached view was built from: each document's content hash, edges and actors."""

    revision: str
    hashes: dict[str, str]  # document graph IRI -> content hash
    edges: dict[str, list[EdgeRef]] = field(default_factory=dict)
    # Document graph IRI -> the actor slugs it labels; known only for the documents patched in. Reading it for
    # every document at a full build costs as much as the build (every copy of every label, decoded), so
    # a change to a document without an entry here refreshes every actor's attributes instead.
    actors: dict[str, set[str]] = field(default_factory=dict)
    # The knowledge graph's fingerprint the view was projected with (graph/view/identity.py); None: the view
    # follows the documents' own identity.
    identity: str | None = None
    # Report IRI -> the actors its document named, for every edge the projection moved to other actors.
    renamed: dict[str, tuple[str, str]] = field(default_factory=dict)


class CopyOnWrite:
    """A new view sharing every part of an old one that it does not change.

    Readers keep using the view they were handed without a lock, so a view once returned is never changed:
    the outer dicts are copied (cheap: one entry per actor), and an actor's adjacency or a pair's edge dict
    only when an edge of theirs is added or removed. Node attribute dicts are replaced, not updated.
    """

    def __init__(self, old: nx.MultiDiGraph) -> None:
        view = nx.MultiDiGraph()
        view.graph.update(old.graph)
        view._node = dict(old._node)
        view._adj = dict(old._succ)  # also sets view._succ
        view._pred = dict(old._pred)
        self.view = view
        self._own_successors: set[str] = set()
        self._own_predecessors: set[str] = set()
        self._own_pairs: set[tuple[str, str]] = set()

    def _successors(self, node: str) -> dict[str, dict[str, Any]]:
        if node not in self._own_successors:
            self.view._succ[node] = dict(self.view._succ[node])
            self._own_successors.add(node)
        successors: dict[str, dict[str, Any]] = self.view._succ[node]
        return successors

    def _predecessors(self, node: str) -> dict[str, dict[str, Any]]:
        if node not in self._own_predecessors:
            self.view._pred[node] = dict(self.view._pred[node])
            self._own_predecessors.add(node)
        predecessors: dict[str, dict[str, Any]] = self.view._pred[node]
        return predecessors

    def _edges_between(self, source: str, target: str) -> dict[str, Any]:
        """The dict of edges source -> target (keyed by event), made this view's own; one pair shares it
        between the successors of source and the predecessors of target, as NetworkX does."""
        successors, predecessors = self._successors(source), self._predecessors(target)
        keys = successors.get(target)
        if keys is None:
            keys = {}
        elif (source, target) in self._own_pairs:
            return keys
        else:
            keys = dict(keys)
        successors[target] = predecessors[source] = keys
        self._own_pairs.add((source, target))
        return keys

    def add_edge(self, source: str, target: str, key: str, data: EdgeData) -> None:
        for endpoint in (source, target):
            if endpoint not in self.view._node:
                self.set_node(endpoint, unlabelled(endpoint))
        self._edges_between(source, target)[key] = data

    def remove_edge(self, source: str, target: str, key: str) -> None:
        if key not in self.view._succ.get(source, {}).get(target, {}):
            return
        keys = self._edges_between(source, target)
        del keys[key]
        if not keys:
            del self._successors(source)[target]
            del self._predecessors(target)[source]
            self._own_pairs.discard((source, target))

    def set_node(self, node: str, attributes: dict[str, Any]) -> None:
        self.view._node[node] = attributes
        if node not in self.view._succ:
            self.view._succ[node] = {}
            self.view._pred[node] = {}
            self._own_successors.add(node)
            self._own_predecessors.add(node)

    def has_edges(self, node: str) -> bool:
        return bool(self.view._succ.get(node)) or bool(self.view._pred.get(node))

    def remove_node(self, node: str) -> None:
        """Only for a node without edges (an actor no document names any more)."""
        for table in (self.view._node, self.view._succ, self.view._pred):
            table.pop(node, None)


def patch_view(
    store: Store, old: nx.MultiDiGraph, source: Source, hashes: dict[str, str], changed: set[str],
    identity: Identity | None = None,
) -> nx.MultiDiGraph:
    """A new view: the old one without the changed documents' edges (and the actors left without any), with
    the new versions' events and the attributes of every actor they touch. `source` is updated to match.

    With `identity`, the knowledge graph, see `patch_projected`. Without it, the view follows the documents'
    own identity; a view projected with a knowledge graph (now stale: documents were written and it is not
    computed yet) first has every edge it moved put back between its document's actors, without an event,
    and every actor read again: a re-projection, not a rebuild."""
    if identity is not None:
        return patch_projected(store, old, source, hashes, changed, identity)
    patch = CopyOnWrite(old)
    touched: set[str] = set()  # actors whose attributes, or existence, may have changed
    every_actor = False  # a document whose actors are unknown changed: any actor may have changed
    if source.identity is not None:
        _unproject(patch, source)
        every_actor = True
    for graph in changed:
        for edge_source, target, key in source.edges.pop(graph, ()):
            patch.remove_edge(edge_source, target, key)
            touched.update((edge_source, target))
        if graph in source.hashes:
            named = source.actors.pop(graph, None)
            every_actor = every_actor or named is None
            touched.update(named or ())
    fresh = sorted(graph for graph in changed if graph in hashes)
    for chunk in chunks(fresh):
        for edge_source, target, key, data, graph in read_events(store, chunk):
            patch.add_edge(edge_source, target, key, data)
            source.edges.setdefault(graph, []).append((edge_source, target, key))
            touched.update((edge_source, target))
        for row in store.select(documents_actors_query(chunk)):
            actor = actor_slug(row["actor"])
            source.actors.setdefault(row["graph"], set()).add(actor)
            touched.add(actor)
    if every_actor:
        nodes = actor_nodes(store)
        touched.update(nodes.keys(), patch.view._node.keys())
    else:
        nodes = actor_nodes(store, [ACTOR_PREFIX + actor for actor in touched])
    for actor in sorted(touched):
        if actor in nodes:
            patch.set_node(actor, nodes[actor])
        elif patch.has_edges(actor):
            patch.set_node(actor, unlabelled(actor))
        else:
            patch.remove_node(actor)
    source.hashes = hashes
    return patch.view


def changed_documents(before: dict[str, str], after: dict[str, str]) -> set[str]:
    """Document graphs added, deleted or whose content hash changed."""
    return {graph for graph in before.keys() | after.keys() if before.get(graph) != after.get(graph)}


def patch_projected(
    store: Store, old: nx.MultiDiGraph, source: Source, hashes: dict[str, str], changed: set[str],
    identity: Identity,
) -> nx.MultiDiGraph:
    """`patch_view` through the knowledge graph: the changed documents' reports are patched in as above, and
    when the knowledge graph changed since the view was projected, every other report is projected again.

    A re-projection, not a rebuild: a document added can move the reports of documents that did not change
    (its "Dmitry Peskov" makes another's "Peskov" him; its day-dated meeting gathers another's report of
    that month; an analyst's merge moves every report of the absorbed actor), and the knowledge graph says
    which only as a whole. So each edge of the view is looked up again in the events graph's reports, read
    whole in one scan (a fraction of a build: no document is read again), and only an edge whose event or
    actors changed is moved; the nodes become the registry's actors. Linear in the reports, as the knowledge
    graph's own refresh is. A view that followed the documents' identity (the knowledge graph was stale) is
    projected the same way."""
    patch = CopyOnWrite(old)
    for graph in changed:
        for edge_source, target, key in source.edges.pop(graph, ()):
            patch.remove_edge(edge_source, target, key)
            source.renamed.pop(key, None)
        source.actors.pop(graph, None)
    fresh = sorted(graph for graph in changed if graph in hashes)
    for chunk in chunks(fresh):
        rows = read_events(store, chunk, reports=identity.reports)
        registry_actors = identity.actors(store, [(row[0], row[1], row[3]["event"]) for row in rows])
        for (edge_source, target, key, data, graph), ends in zip(rows, registry_actors, strict=True):
            if ends != (edge_source, target):
                source.renamed[key] = (edge_source, target)
            patch.add_edge(*ends, key, data)
            source.edges.setdefault(graph, []).append((*ends, key))
    if source.identity != identity.fingerprint:
        _project_again(store, patch, source, identity, unchanged=source.edges.keys() - set(fresh))
    _registry_nodes(patch, identity.nodes)
    source.hashes = hashes
    source.identity = identity.fingerprint
    return patch.view


def _project_again(store: Store, patch: CopyOnWrite, source: Source, identity: Identity, unchanged: set[str]) -> None:
    """Move every edge of these documents whose event or actors the knowledge graph now gives otherwise."""
    edges = [(graph, edge) for graph in unchanged for edge in source.edges[graph]]
    events = [identity.event_of(key) for _, (_, _, key) in edges]
    named = [source.renamed.get(key, (edge_source, target)) for _, (edge_source, target, key) in edges]
    registry_actors = identity.actors(store, [(*names, event) for names, event in zip(named, events, strict=True)])
    moved: dict[str, dict[EdgeRef, EdgeRef]] = {}
    for (graph, edge), event, names, ends in zip(edges, events, named, registry_actors, strict=True):
        edge_source, target, key = edge
        data = patch.view._succ[edge_source][target][key]
        if ends == (edge_source, target) and event == data["event"]:
            continue
        patch.remove_edge(edge_source, target, key)
        patch.add_edge(*ends, key, data if event == data["event"] else data.with_event(event))
        if ends != names:
            source.renamed[key] = names
        else:
            source.renamed.pop(key, None)
        moved.setdefault(graph, {})[edge] = (*ends, key)
    for graph, renames in moved.items():
        source.edges[graph] = [renames.get(edge, edge) for edge in source.edges[graph]]


def _unproject(patch: CopyOnWrite, source: Source) -> None:
    """Every edge back between the actors its document named, without an event."""
    for graph, references in source.edges.items():
        moved = False
        kept: list[EdgeRef] = []
        for edge_source, target, key in references:
            data = patch.view._succ[edge_source][target][key]
            named = source.renamed.get(key, (edge_source, target))
            if named != (edge_source, target) or data["event"] is not None:
                patch.remove_edge(edge_source, target, key)
                patch.add_edge(*named, key, data.with_event(None))
                moved = True
            kept.append((*named, key))
        if moved:
            source.edges[graph] = kept
    source.renamed.clear()
    source.identity = None


def _registry_nodes(patch: CopyOnWrite, nodes: dict[str, dict[str, Any]]) -> None:
    """The registry's actors as the nodes; another node stays only while edges end at it (unlabelled)."""
    for node, attributes in nodes.items():
        if patch.view._node.get(node) != attributes:
            patch.set_node(node, attributes)
    for node in [node for node in patch.view._node if node not in nodes]:
        if not patch.has_edges(node):
            patch.remove_node(node)
        elif patch.view._node[node] != unlabelled(node):
            patch.set_node(node, unlabelled(node))
