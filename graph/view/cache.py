"""The view cache: one view per store, restored from its snapshot, patched when documents change, saved."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from ..identity_graphs import stored_fingerprint
from ..store import Store
from . import snapshot as snapshots
from .allocation import bulk_allocation, freeze_survivors
from .building import add_edge, build_with_sources
from .identity import knowledge_fingerprint, read_identity
from .patching import Source, changed_documents, patch_view
from .reading import CATALOGUE_HASHES_QUERY
from .records import EdgeData, EdgeRef


@dataclass
class ViewCacheStats:
    """What the cache did: how often it rebuilt, patched or reused the view, and what the last `get` did."""

    full_builds: int = 0
    restores: int = 0  # views read back from the snapshot
    incremental_updates: int = 0
    reuses: int = 0
    last_mode: Literal["full", "incremental", "reuse"] | None = None
    last_documents_changed: int = 0  # added, replaced or deleted, as the last full build or patch found


class ViewCache:
    """One view per store, brought up to date on `get` when the store's revision or its knowledge graph changed.

    A change to at most `rebuild_fraction` of the documents is patched into a new view that shares the
    unchanged parts of the old one; more, the first build, and `invalidate` rebuild the whole view. Every
    view handed out stays as it was (readers hold no lock), so `get` returns a new object after a change.

    The view follows the knowledge graph when it is current (graph/view/identity.py) and is keyed on its
    fingerprint as well as on the revision: a knowledge graph computed again (after documents changed, or an
    analyst's merge or split, which change no document), gone stale (documents written, not yet computed)
    or current again re-projects the view in the patch (graph/view/patching.py) rather than rebuilding it.
    The snapshot keeps the fingerprint, so a view restored from it is re-projected before it is served when
    the registry moved on.
    """

    def __init__(
        self,
        store: Store,
        *,
        rebuild_fraction: float = 0.5,
        snapshot: Path | None = None,
        remembered: Callable[[], str | None] | None = None,
    ) -> None:
        """remembered tells the store's revision without I/O when it can (the embedded store, as the only
        writer of its directory, remembers what it read since its last write), else None; without it
        `current` never vouches for the view and callers use `get`."""
        self.store = store
        self.remembered = remembered
        self.rebuild_fraction = rebuild_fraction
        self.snapshot = snapshot  # where the view is saved between runs (graph/view/snapshot.py); None: nowhere
        self._restorable = snapshot is not None
        self._saved: str | None = None  # the revision the snapshot holds
        self._lock = threading.Lock()
        self._view: nx.MultiDiGraph | None = None
        self._source: Source | None = None
        self._identity_known = False  # whether the knowledge graph is known unchanged since `get` last read it
        self._stats = ViewCacheStats()

    @property
    def stats(self) -> ViewCacheStats:
        with self._lock:
            return replace(self._stats)

    def invalidate(self) -> None:
        """Forget the view: the store changed in a way its revision does not show (a SPARQL update).

        The snapshot goes too: it would restore the view as it was before the change.
        """
        with self._lock:
            self._view = None
            self._source = None
            self._restorable = False
            if self.snapshot is not None:
                self.snapshot.unlink(missing_ok=True)

    def identity_changed(self) -> None:
        """The knowledge graph may have changed without the documents changing (a refresh, an analyst's merge
        or split): `current` stops vouching for the view until `get` has read the fingerprint again."""
        self._identity_known = False

    def close(self) -> None:
        """Save the view for the next start, if it changed since it was last saved or restored.

        Not while another thread builds or patches it: a server stopped during its start-up build stops
        at once (the build saves its own snapshot if it finishes first)."""
        if not self._lock.acquire(blocking=False):
            return
        try:
            if self._view is not None and self._source is not None and self._source.revision != self._saved:
                self._save()
        finally:
            self._lock.release()

    def current(self) -> nx.MultiDiGraph | None:
        """The view if it is up to date and that is known without asking the store or waiting; else None.

        Only a store that remembers its own revision (the embedded one, as the only writer) can say so
        without I/O; for any other, and while another thread builds or patches, the caller uses `get`.
        """
        if not self._lock.acquire(blocking=False):
            return None
        try:
            revision = self.remembered() if self.remembered is not None else None
            if revision is None or self._view is None or self._source is None or revision != self._source.revision:
                return None
            if not self._identity_known:
                return None
            self._record("reuse", 0)
            return self._view
        finally:
            self._lock.release()

    def get(self) -> nx.MultiDiGraph:
        with self._lock:
            self._identity_known = True  # before reading it: a change while this runs is seen next time
            revision = self.store.revision()
            if self._view is None and self._restorable:
                self._restorable = False  # once: a snapshot that fails to restore is not tried again
                self._restore()
            if self._view is not None and self._source is not None and revision == self._source.revision:
                # The knowledge graph the view was projected with, found current at these documents, is still
                # the store's: reused without computing the fingerprint again (which digests the catalogue
                # once more on a remote store). Corrections written and not computed (a run killed between
                # the two; a writable open warns of it) are seen once the knowledge graph is computed again.
                if self._source.identity is not None and stored_fingerprint(self.store) == self._source.identity:
                    self._record("reuse", 0)
                    return self._view
            fingerprint = knowledge_fingerprint(self.store)
            if self._view is not None and self._source is not None:
                if revision == self._source.revision and fingerprint == self._source.identity:
                    self._record("reuse", 0)
                    return self._view
                hashes = self._catalogue_hashes()
                changed = changed_documents(self._source.hashes, hashes)
                if len(changed) <= self.rebuild_fraction * max(len(self._source.hashes), len(hashes), 1):
                    try:
                        identity = read_identity(self.store, fingerprint) if fingerprint is not None else None
                        self._view = patch_view(self.store, self._view, self._source, hashes, changed, identity)
                    except BaseException:  # the bookkeeping may be half-updated: start afresh next time
                        self._view = self._source = None
                        raise
                    self._source.revision = revision
                    self._record("incremental", len(changed))
                    return self._view
            self._view, self._source = self._full_build(revision, fingerprint)
            self._save()
            return self._view

    def warm(self, prepare: Callable[[nx.MultiDiGraph], object] | None = None) -> nx.MultiDiGraph:
        """Read (or restore) the view now, let prepare fill the caches it keeps for its life (an index of
        encounters), then take all of it out of the cyclic garbage collector's walks: a server's start-up."""
        view = self.get()
        if prepare is not None:
            prepare(view)
        freeze_survivors()
        return view

    # ------------------------------------------------------------------ internals

    def _save(self) -> None:
        if self.snapshot is None or self._view is None or self._source is None:
            return
        view, source = self._view, self._source

        def records() -> Iterator[tuple[Any, ...]]:
            for graph, references in source.edges.items():
                for edge_source, target, key in references:
                    data = view._succ[edge_source][target][key]
                    yield (edge_source, target, key, graph, *data.record())

        snapshots.save(self.snapshot, snapshots.Snapshot(
            revision=source.revision,
            hashes=source.hashes,
            actors={graph: sorted(actors) for graph, actors in source.actors.items()},
            nodes={node: dict(attributes) for node, attributes in view.nodes(data=True)},
            edges=records(),
            identity=source.identity,
            renamed=dict(source.renamed),
        ))
        self._saved = source.revision

    @bulk_allocation()
    def _restore(self) -> None:
        """The view and its bookkeeping as the snapshot has them; nothing when there is no usable snapshot."""
        assert self.snapshot is not None
        found = snapshots.load(self.snapshot)
        if found is None:
            return
        view = nx.MultiDiGraph()
        edges: dict[str, list[EdgeRef]] = {}
        try:
            for node, attributes in sorted(found.nodes.items()):
                view.add_node(node, **attributes)
            for edge_source, target, key, graph, *fields in found.edges:
                add_edge(view, edge_source, target, key, EdgeData(*fields))
                edges.setdefault(graph, []).append((edge_source, target, key))
        except (snapshots.SnapshotError, KeyError, TypeError, ValueError, AttributeError) as error:
            # Damaged (its digest says so once every edge is read): the view is built from the store instead.
            logging.getLogger(__name__).warning("ignoring the view snapshot %s: %s", self.snapshot, error)
            return
        actors = {graph: set(slugs) for graph, slugs in found.actors.items()}
        renamed = {key: (named[0], named[1]) for key, named in found.renamed.items()}
        self._view = view
        self._source = Source(found.revision, found.hashes, edges, actors, found.identity, renamed)
        self._saved = found.revision
        self._stats.restores += 1

    def _record(self, mode: Literal["full", "incremental", "reuse"], changed: int) -> None:
        counters = {"full": "full_builds", "incremental": "incremental_updates", "reuse": "reuses"}
        setattr(self._stats, counters[mode], getattr(self._stats, counters[mode]) + 1)
        self._stats.last_mode = mode
        if mode != "reuse":
            self._stats.last_documents_changed = changed

    def _catalogue_hashes(self) -> dict[str, str]:
        return {row["graph"]: row["hash"] for row in self.store.select(CATALOGUE_HASHES_QUERY)}

    def _full_build(self, revision: str, fingerprint: str | None) -> tuple[nx.MultiDiGraph, Source]:
        # The hashes are read first: a document changed during the build is then patched again next time.
        hashes = self._catalogue_hashes()
        view, built = build_with_sources(self.store, catalogued=hashes.keys(), fingerprint=fingerprint)
        source = Source(revision, hashes, built.edges, identity=fingerprint, renamed=built.renamed)
        self._record("full", len(hashes))
        return view, source
