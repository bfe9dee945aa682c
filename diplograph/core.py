"""The front door: `Diplograph`, opened from Settings, owns the store, the view cache and the query workers.

One concept, longer than most modules: it is the one object a user of the library, the CLI and the HTTP
app hold, and each of its methods is a few lines handing the work to graph/ or ingest/; splitting it
would split that object.

Every operation of the CLI and of the HTTP API is a method here; the CLI (diplograph/cli.py) and the
FastAPI app (`create_app(dg)` in api/app.py) only translate arguments and print or serialise results.

    with Diplograph.open(Settings(store="data")) as dg:
        dg.ingest(dg.read(["seeds/"]))
        for counterpart in dg.met("Lavrov"):
            print(counterpart.actor.label, counterpart.count)

Performance lives here and below, not in the adapters: the view is read (or restored from its
snapshot) once and patched when the store changes; `warm_up` reads it and every actor's encounters
before a server's first request; the `*_async` methods answer in the caller's event loop when the
answer is known to be quick and hop to a worker thread otherwise.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Literal

import anyio.to_thread
import networkx as nx

from diplograph.errors import DocumentFailed, InputError
from diplograph.graph.actors import ActorMatch, ActorSummary, resolve_actor, search_actors, summarise_actor
from diplograph.graph.ego import ego_network
from diplograph.graph.encounters import (
    ENCOUNTER_RELATIONS,
    Counterpart,
    Encounters,
    Relations,
    chronological,
    encounters,
    index_encounters,
    is_indexed,
    relations_between,
    who_met,
)
from diplograph.graph.filters import EventFilter, filtered_view
from diplograph.graph.gexf import gexf_bytes
from diplograph.graph.graphml import graphml_bytes
from diplograph.graph.paths import Hop, PathMode, PathQuery, find_paths, is_projected
from diplograph.graph.spreadsheet import edges_csv, nodes_csv
from diplograph.graph.store import DocumentInfo, EmbeddedStore, Store, open_store
from diplograph.graph.view import EventInfo, ViewCache, event_info
from diplograph.ingest.run import IngestReport
from diplograph.model import Document, Extraction
from diplograph.settings import Settings, get_settings

if TYPE_CHECKING:
    from diplograph.api.query_pool import QueryPool
    from diplograph.distributed import BatchReport
    from diplograph.graph.dump import DumpFormat
    from diplograph.graph.event_table import EventRow
    from diplograph.graph.identity_graphs import IdentityRefresh
    from diplograph.graph.registry import Ambiguity
    from diplograph.graph.validate import ValidationReport
    from diplograph.ingest.extract import Extractor
    from diplograph.intake import DocumentOutcome

log = logging.getLogger(__name__)

ViewState = Literal["warming", "ready", "failed"]

# Answers this small are computed in the caller's event loop: a hand-over to a worker thread and back costs
# more than they do on a busy machine (a millisecond or two). Larger ones, and the first reading of a hub's
# encounters or the first projection of a view for paths, go to a thread so that they hold up no one.
QUICK_EVENTS_LISTED = 250  # counterparts x events per counterpart, the /met default page (50 x 5)
QUICK_EVENTS_PER_HOP = 10  # the /paths default


@dataclass(frozen=True)
class ActorProfile:
    """An actor's summary (counts by relation, counterparts, documents) and every event, in date order."""

    summary: ActorSummary
    events: tuple[EventInfo, ...]


@dataclass(frozen=True)
class FoundPaths:
    """The paths found between two actors (ids), shortest first; each path a list of hops."""

    source: str
    target: str
    paths: list[list[Hop]]


@dataclass(frozen=True)
class StoreStats:
    """Triples (quads in every graph), actors and events of the view, documents, and the store's revision."""

    triples: int
    actors: int
    events: int
    documents: int
    revision: str


class Diplograph:
    """The store, its actor graph and every operation on them, for these settings.

    The store is opened on first use (so `extract`, which needs none, never creates or locks one);
    `read_only=True` promises not to write and may then share a store another process holds.
    Thread-safe: a server calls it from its event loop and its worker threads at once.
    """

    def __init__(self, settings: Settings, *, read_only: bool = False, extractor: Extractor | None = None) -> None:
        """`extractor`: a pipeline already loaded for these settings, to share (a benchmark's, a test's)."""
        self.settings = settings
        self.read_only = read_only
        self.view_state: ViewState = "ready"  # "warming" while warm_up runs, "failed" when it raised
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._views: ViewCache | None = None
        self._query_pool: QueryPool | None = None
        self._extractor: Extractor | None = extractor  # the spaCy pipeline, loaded on the first extract (~1 s)
        self._extractor_lock = threading.Lock()  # not self._lock: loading it must not hold up the store's users
        self._update_generation = 0  # SPARQL updates applied here: they need not change any document's hash

    @classmethod
    def open(cls, settings: Settings | None = None, *, read_only: bool = False) -> Diplograph:
        """The front door for these settings (read from the environment and diplograph.toml when None)."""
        return cls(settings if settings is not None else get_settings(), read_only=read_only)

    def __enter__(self) -> Diplograph:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the query workers, save the view's snapshot, close the store; closing twice is harmless."""
        self.stop_query_workers()
        with self._lock:
            views, store = self._views, self._store
            self._views = self._store = None
        if views is not None:
            views.close()
        if store is not None:
            store.close()

    # ------------------------------------------------------------------ what it owns

    @property
    def store(self) -> Store:
        """The store, opened on first use (a locked or unreadable store raises a StoreError here)."""
        with self._lock:
            if self._store is None:
                store = open_store(self.settings, read_only=self.read_only)
                if not self.read_only:
                    store.keep_ontology_current()  # a new diplo.ttl replaces the old in the store
                    self._warn_if_identity_is_stale(store)
                self._store = store
            return self._store

    @property
    def views(self) -> ViewCache:
        """The actor graph's cache: restored from the snapshot, patched per changed document."""
        store = self.store
        with self._lock:
            if self._views is None:
                remembered = store.remembered_revision if isinstance(store, EmbeddedStore) else None
                self._views = ViewCache(store, snapshot=self.settings.view_snapshot_path, remembered=remembered)
            return self._views

    def view(self) -> nx.MultiDiGraph:
        """The actor graph as it is in the store now (a MultiDiGraph: actors as nodes, events as edges).

        Do not change it: it is shared with every other caller, and a changed view is a stale one."""
        views = self.views
        current = views.current()
        return current if current is not None else views.get()

    async def view_async(self) -> nx.MultiDiGraph:
        """`view` for a coroutine: at once when the view is known to be current, else from a worker thread
        (asking a remote store its revision, patching or building the view all block)."""
        views = self.views
        current = views.current()
        if current is not None:
            return current
        return await anyio.to_thread.run_sync(views.get)

    def warm_up(self) -> None:
        """Read (or restore) the view and every actor's encounters now: the work a first request would pay."""
        self.view_state = "warming"
        try:
            self.views.warm(index_encounters)
        except Exception:  # the first request that needs the view will raise it again, as a problem
            log.exception("building the actor graph at start-up failed")
            self.view_state = "failed"
            return
        self.view_state = "ready"

    def warm_up_in_background(self) -> threading.Thread:
        """`warm_up` on a daemon thread; `view_state` says how far it got."""
        self.view_state = "warming"
        thread = threading.Thread(target=self.warm_up, name="view-warm-up", daemon=True)
        thread.start()
        return thread

    # ------------------------------------------------------------------ ingest

    @staticmethod
    def read(paths: Iterable[str | Path], on_error: Callable[[InputError], None] | None = None) -> Iterator[Document]:
        """The documents in these files and directories (.txt, .jsonl); a file that cannot be read is passed
        to on_error, or raised when there is none."""
        from diplograph.ingest.read import read_documents

        for item in read_documents([Path(path) for path in paths]):
            if isinstance(item, InputError):
                if on_error is None:
                    raise item
                on_error(item)
            else:
                yield item

    def extract(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """The extractor alone (no store): each document's actors, events and mentions, in order; the first
        document that cannot be extracted raises its DocumentFailed."""
        return self.extractor().extract_all(documents)

    def extract_each(self, documents: Iterable[Document]) -> Iterator[Extraction | DocumentFailed]:
        """As `extract`, but a document that cannot be extracted gives its DocumentFailed (file and line) in
        its place, and the others go on."""
        return self.extractor().extract_each(documents)

    def extractor(self) -> Extractor:
        """The extractor, its spaCy pipeline loaded once: a server ingests request after request with it."""
        from diplograph.ingest.extract import Extractor

        with self._extractor_lock:
            if self._extractor is None:
                self._extractor = Extractor(self.settings)
            return self._extractor

    def ingest_each(
        self,
        items: Sequence[Document | InputError],
        on_outcomes: Callable[[list[DocumentOutcome]], None] | None = None,
    ) -> list[DocumentOutcome]:
        """`ingest` with an outcome per item (added, replaced, skipped, refused), for a server's answer: an
        unreadable item, or a document the extractor or the store fails on, refuses only itself."""
        from diplograph.intake import ingest_each

        return ingest_each(self, items, on_outcomes)

    def ingest(
        self,
        documents: Iterable[Document | InputError],
        on_progress: Callable[[IngestReport, int, list[InputError]], None] | None = None,
        on_results: Callable[[list[bool | InputError]], None] | None = None,
    ) -> IngestReport:
        """Extract the documents and put them into the store, `batch_size` to a transaction; an unchanged
        document (same content hash) is skipped. A document that cannot be read, extracted or stored is that
        document's error in the report, and the others are stored (ingest/run.py); on_progress sees the
        report as documents are counted (stored ones once committed), on_results every document's result (True
        stored, False unchanged, or its error) in the order they came, as soon as it is final."""
        from diplograph.graph.identity_graphs import read_corrections, remember_written
        from diplograph.graph.short_names import PEOPLE_QUERY, ShortNames
        from diplograph.ingest.run import ingest

        store = self.store  # before loading the model: a locked store fails fast
        # the people the store knows, read once (not per mention), so "Peskov" alone joins Dmitry Peskov,
        # unless an analyst split that name off
        short_names = ShortNames(((str(row["label"]), row.get("state")) for row in store.select(PEOPLE_QUERY)),
                                 read_corrections(store).splits)
        # what is stored is remembered as it goes, so the knowledge graph's refresh need not read it back
        report = ingest(documents, self.extractor(), store, self.settings.batch_size, on_progress, on_results,
                        prepare=short_names.resolve, on_stored=lambda extraction: remember_written(store, extraction))
        if report.ingested:
            self.refresh_identity()
        return report

    def ingest_on_dask(
        self,
        documents: Iterable[Document],
        address: str,
        *,
        workers: int | None = None,
        documents_per_task: int = 32,
        on_progress: Callable[[BatchReport], None] | None = None,
    ) -> BatchReport:
        """Extract on a Dask cluster ('local' or a scheduler's address) into a remote store."""
        from diplograph.distributed import ingest_on_dask, require_remote_store

        require_remote_store(self.settings)  # before reading anything or starting a cluster
        report = ingest_on_dask(
            self.settings, documents, address, workers=workers, documents_per_task=documents_per_task,
            on_progress=on_progress,
        )
        self.refresh_identity()
        return report

    # ------------------------------------------------------------------ the actor graph

    def actors(self, q: str = "", limit: int | None = 50) -> list[ActorMatch]:
        """Actors whose name or an alias contains q, else resembles it (all actors without q)."""
        return search_actors(self.view(), q, limit)

    def actor(self, name_or_id: str) -> ActorProfile:
        """One actor: counts by relation, counterparts, documents, and every event in date order
        (ActorNotFound when no actor has this name, alias or id)."""
        view = self.view()
        node = resolve_actor(view, name_or_id)
        edges = [*view.out_edges(node, keys=True, data=True), *view.in_edges(node, keys=True, data=True)]
        events = sorted((event_info(*edge) for edge in edges), key=chronological)
        return ActorProfile(summarise_actor(view, node), tuple(events))

    def resolve(self, name_or_id: str) -> str:
        """The actor id a name, an alias or an id stands for (ActorNotFound when none)."""
        return resolve_actor(self.view(), name_or_id)

    def event_filter(
        self,
        relations: Iterable[str] | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        actors: Iterable[str] | None = None,
        asserted_only: bool = False,
    ) -> EventFilter:
        """Which events paths, ego networks and exports keep; checks relation names, resolves actors."""
        return EventFilter.build(self.view(), relations, since, until, actors, asserted_only)

    def met(
        self,
        actor: str,
        relations: Collection[str] | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        place: str | None = None,
    ) -> list[Counterpart]:
        """Who the actor met, called, visited or hosted: every counterpart, most events first."""
        return who_met(self.view(), actor, relations=set(relations or ENCOUNTER_RELATIONS),
                       since=since, until=until, place=place)

    def encounters(
        self,
        actor: str,
        relations: Collection[str] | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        place: str | None = None,
        *,
        offset: int = 0,
        limit: int | None = None,
        events_per_counterpart: int | None = None,
    ) -> Encounters:
        """A page of `met`: `limit` counterparts from `offset`, each with its first events; exact totals."""
        return self._encounters(self.view(), actor, relations, since, until, place, offset, limit,
                                events_per_counterpart)

    async def encounters_async(
        self,
        actor: str,
        relations: Collection[str] | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        place: str | None = None,
        *,
        offset: int = 0,
        limit: int | None = None,
        events_per_counterpart: int | None = None,
    ) -> Encounters:
        """`encounters` for a coroutine: a default page of an indexed actor at once, the rest in a thread."""
        view = await self.view_async()
        work = partial(self._encounters, view, actor, relations, since, until, place, offset, limit,
                       events_per_counterpart)
        listed = (limit or 0) * (events_per_counterpart or 0)
        quick = (
            is_indexed(view, actor)
            and since is None and until is None and place is None and relations is None
            and limit is not None and events_per_counterpart is not None and listed <= QUICK_EVENTS_LISTED
        )
        return work() if quick else await anyio.to_thread.run_sync(work)

    @staticmethod
    def _encounters(
        view: nx.MultiDiGraph,
        actor: str,
        relations: Collection[str] | None,
        since: dt.date | None,
        until: dt.date | None,
        place: str | None,
        offset: int,
        limit: int | None,
        events_per_counterpart: int | None,
    ) -> Encounters:
        return encounters(view, actor, relations=set(relations or ENCOUNTER_RELATIONS), since=since, until=until,
                          place=place, offset=offset, limit=limit, events_per_counterpart=events_per_counterpart)

    def relations(self, a: str, b: str, event_filter: EventFilter | None = None) -> Relations:
        """Everything between two actors, either direction, in date order."""
        return relations_between(self.view(), a, b, event_filter)

    def path_query(
        self,
        mode: PathMode = PathMode.SHORTEST,
        *,
        k: int = 5,
        max_length: int | None = None,
        directed: bool = False,
        event_filter: EventFilter | None = None,
        events_per_hop: int | None = None,
    ) -> PathQuery:
        """A path search within the settings' bounds (max_path_length, max_path_work)."""
        limit = min(max_length or self.settings.max_path_length, self.settings.max_path_length)
        return PathQuery(mode=mode, k=k, max_length=limit, directed=directed,
                         event_filter=event_filter or EventFilter(), max_work=self.settings.max_path_work,
                         events_per_hop=events_per_hop)

    def paths(self, source: str, target: str, query: PathQuery | None = None) -> list[list[Hop]]:
        """Chains of events linking source to target: the shortest, every shortest, or the k shortest."""
        return find_paths(self.view(), source, target, query or self.path_query())

    async def paths_async(self, source: str, target: str, query: PathQuery) -> FoundPaths:
        """`paths` for a coroutine, with the ids of both ends: one short path on a projected view at once; the
        first search on a view (which projects it: 0.6 s at 200k events), long answers and the enumerating
        modes in a worker thread, so that they do not hold up other requests."""
        view = await self.view_async()

        def work() -> FoundPaths:
            found = find_paths(view, source, target, query)
            return FoundPaths(resolve_actor(view, source), resolve_actor(view, target), found)

        quick = (
            query.mode == PathMode.SHORTEST
            and query.events_per_hop is not None and query.events_per_hop <= QUICK_EVENTS_PER_HOP
            and is_projected(view, query.event_filter, query.directed)
        )
        return work() if quick else await anyio.to_thread.run_sync(work)

    def ego(self, actor: str, depth: int = 1, event_filter: EventFilter | None = None) -> nx.MultiDiGraph:
        """The actor's ego network: actors within `depth` hops (1 or 2) and the events among them."""
        return ego_network(self.view(), actor, depth, event_filter)

    def export_ego_gexf(self, actor: str, depth: int = 1, event_filter: EventFilter | None = None) -> bytes:
        """The ego network as GEXF 1.3, for Gephi."""
        return gexf_bytes(self.ego(actor, depth, event_filter))

    # ------------------------------------------------------------------ exports

    def graph(self, event_filter: EventFilter | None = None) -> nx.MultiDiGraph:
        """The actor graph with only the events the filter keeps (all of it without one)."""
        view = self.view()
        return view if event_filter is None else filtered_view(view, event_filter)

    def export_gexf(self, event_filter: EventFilter | None = None) -> bytes:
        """GEXF 1.3 with a timeline, for Gephi."""
        return gexf_bytes(self.graph(event_filter))

    def export_graphml(self, event_filter: EventFilter | None = None) -> bytes:
        """GraphML, one edge per event."""
        return graphml_bytes(self.graph(event_filter))

    def export_nodes_csv(self, event_filter: EventFilter | None = None) -> str:
        """Gephi's spreadsheet import, the nodes table."""
        return nodes_csv(self.graph(event_filter))

    def export_edges_csv(self, event_filter: EventFilter | None = None) -> str:
        """Gephi's spreadsheet import, the edges table."""
        return edges_csv(self.graph(event_filter))

    def event_table(self, event_filter: EventFilter | None = None) -> list[EventRow]:
        """One row per event, however many documents reported it (the layout of GDELT, ICEWS, POLECAT)."""
        from diplograph.graph.event_table import event_table, stored_event_table
        from diplograph.graph.identity_graphs import is_current, read_corrections
        from diplograph.graph.stored_extractions import stored_extractions

        if is_current(self.store):  # what SPARQL answers, corrections and all
            return stored_event_table(self.store, event_filter)
        return event_table(stored_extractions(self.store), event_filter, read_corrections(self.store))

    def export_events_csv(self, event_filter: EventFilter | None = None) -> str:
        from diplograph.graph.event_table import csv_text

        return csv_text(self.event_table(event_filter))

    def export_events_parquet(self, event_filter: EventFilter | None = None) -> bytes:
        from diplograph.graph.event_table import parquet_bytes

        return parquet_bytes(self.event_table(event_filter))

    def ambiguous_actors(self) -> tuple[Ambiguity, ...]:
        """Short forms that could be several known actors, kept apart meanwhile (`actors --ambiguous`)."""
        from diplograph.graph.identity_graphs import registry_of

        return registry_of(self.store).ambiguous

    # ------------------------------------------------------------------ identity: the knowledge graph

    def refresh_identity(self, *, force: bool = False) -> IdentityRefresh:
        """Recompute the knowledge graph (each actor once, each event once, from every document and the
        corrections) when the documents or corrections changed since it was computed, or when `force`.
        Every write made here calls it; a store written by other means is brought up to date by calling it."""
        from diplograph.errors import DiplographError, StoreError
        from diplograph.graph.identity_graphs import refresh_identity

        try:
            found = refresh_identity(self.store, force=force)
        except DiplographError:
            self._changed_beside_documents()  # even half-written, the workers must read it afresh
            raise
        except Exception as error:  # a fault of ours: the documents are safe, say so and how to retry
            self._changed_beside_documents()
            log.exception("computing the knowledge graph failed")
            raise StoreError(f"the documents are stored, but computing the knowledge graph from them failed "
                             f"({error.__class__.__name__}: {error}); SPARQL's actors and events are stale until "
                             "`diplograph refresh` succeeds") from error
        if found.recomputed:
            self._changed_beside_documents()
            log.info("knowledge graph: %d actors, %d events from %d reports; %d documents read back from the store, "
                     "%d events written", found.actors, found.events, found.reports, found.documents_read,
                     found.events_written)
        return found

    def identity_is_current(self) -> bool:
        """Whether the knowledge graph was computed from the documents and corrections as they are now."""
        from diplograph.graph.identity_graphs import is_current

        return is_current(self.store)

    def merge_actors(self, absorbed: str, kept: str) -> IdentityRefresh:
        """An analyst's correction: `absorbed` (a name or id) is the same actor as `kept`; kept across re-ingest."""
        from diplograph.errors import CorrectionRefused
        from diplograph.graph.identity_graphs import read_corrections, write_corrections

        absorbed_iri, kept_iri = self._registry_iri(absorbed), self._registry_iri(kept)
        if absorbed_iri == kept_iri:
            raise CorrectionRefused(f"{absorbed!r} and {kept!r} are already one actor")
        try:
            corrections = read_corrections(self.store).merged(absorbed_iri, kept_iri)
        except ValueError as error:
            raise CorrectionRefused(str(error)) from None
        write_corrections(self.store, corrections)
        return self.refresh_identity()

    def split_actor(self, surface: str, actor: str) -> IdentityRefresh:
        """An analyst's correction: mentions written `surface` are not `actor` (a name or id) but an actor of
        their own; an earlier merge of that surface form is undone. Kept across re-ingest."""
        from diplograph.graph.identity_graphs import read_corrections, write_corrections

        actor_iri = self._registry_iri(actor)
        write_corrections(self.store, read_corrections(self.store).split(surface, actor_iri))
        return self.refresh_identity()

    def _registry_iri(self, name_or_id: str) -> str:
        """A registry actor's IRI by its id, label or an alias (ActorNotFound, or InputError when ambiguous)."""
        from diplograph.errors import ActorNotFound
        from diplograph.graph.identity_graphs import registry_of
        from diplograph.ontology.terms import actor_iri

        registry = registry_of(self.store)
        if str(actor_iri(name_or_id)) in registry.actors:  # a label, or an id (a slug is its own slug)
            return str(actor_iri(name_or_id))
        found = registry.lookup(name_or_id)
        if found is None:
            raise ActorNotFound(name_or_id)
        return found.iri

    def _warn_if_identity_is_stale(self, store: Store) -> None:
        """On opening to write: a store written by other means (or by a run killed between its documents and
        its refresh) says so, rather than recomputing unasked (minutes on a store of a million events)."""
        from diplograph.graph.identity_graphs import is_current

        if not is_current(store):
            log.warning("the knowledge graph of %s is older than its documents (SPARQL counts each actor and "
                        "event once only where it is current): run `diplograph refresh`", store.location)

    def _changed_beside_documents(self) -> None:
        """The store changed where no document's hash says so: the query workers must open it afresh, and the
        view cache must read the knowledge graph's fingerprint again before it vouches for its view."""
        with self._lock:
            self._update_generation += 1
            views = self._views
        if views is not None:
            views.identity_changed()

    # ------------------------------------------------------------------ SPARQL

    @staticmethod
    def _default_graphs(sparql: str) -> Sequence[str] | None:
        """A caller's query sees the knowledge graph (each actor and event once) unless it names its dataset."""
        from diplograph.api.sparql_text import read_sparql
        from diplograph.ontology.terms import KNOWLEDGE_GRAPHS

        return None if read_sparql(sparql).names_its_dataset else KNOWLEDGE_GRAPHS

    @staticmethod
    def _check_nesting(sparql: str) -> None:
        from diplograph.api.sparql_text import check_nesting  # here: api imports this module

        check_nesting(sparql)

    def select(self, sparql: str) -> list[dict[str, object]]:
        """Run a SELECT (prefixes dipl, rdfs, skos ... predeclared); rows map variables to Python values.

        Like `query` and `update`, a text nested deeper than the SPARQL parser's stack allows is refused
        first (QueryError): the engine would crash this process, not raise."""
        self._check_nesting(sparql)
        return self.store.select(sparql, self._default_graphs(sparql))

    def query(self, sparql: str, media_types: Sequence[str] = ()) -> tuple[bytes, str]:
        """Run any query in this process; its results in the first of these media types the store writes (SPARQL
        JSON for SELECT and ASK, Turtle for CONSTRUCT and DESCRIBE by default), with their media type."""
        self._check_nesting(sparql)
        return self.store.query_serialized(sparql, media_types, self._default_graphs(sparql))

    def update(self, sparql: str) -> None:
        """Apply a SPARQL 1.1 Update; the query workers and the view then see the change even when no
        document's content hash moved. On the embedded store it runs in a process of its own, stopped at
        `query_timeout` and capped at `query_memory` like a query (graph/store/update_process.py); a remote
        store runs it itself."""
        self._check_nesting(sparql)
        store = self.store
        if isinstance(store, EmbeddedStore) and not store.shared:
            store.update_in_own_process(sparql, self.settings.query_timeout,
                                        self.settings.query_memory * 2**20 or None)
        else:
            store.update(sparql)
        with self._lock:
            self._update_generation += 1
            views = self._views
        if views is not None:
            views.invalidate()
        self.refresh_identity(force=True)  # an update may change a document's graph and not its hash

    @property
    def query_pool(self) -> QueryPool | None:
        """The worker processes that answer queries with a hard timeout; None for a remote store (queries
        then run in this process) and until `start_query_workers`."""
        return self._query_pool

    def start_query_workers(self) -> None:
        """Start `query_workers` processes that open the embedded store read-only (none for a remote one)."""
        store = self.store
        if not isinstance(store, EmbeddedStore) or self._query_pool is not None:
            return
        from diplograph.api.query_pool import QueryPool

        self._query_pool = QueryPool(
            str(store.path),
            size=self.settings.query_workers,
            timeout=self.settings.query_timeout,
            queue_length=self.settings.query_queue,
            memory_limit=self.settings.query_memory * 2**20 or None,
            bounded_workers=self.settings.query_bounded_workers,
        )

    def stop_query_workers(self) -> None:
        pool, self._query_pool = self._query_pool, None
        if pool is not None:
            pool.close()

    def sparql_revision(self) -> str:
        """What a query worker compares to decide whether its read-only snapshot is stale: the store's
        revision (documents put or deleted) and the updates applied here. Blocks: the first call after a
        write digests the whole catalogue."""
        return f"{self.store.revision()}:{self._update_generation}"

    def remembered_sparql_revision(self) -> str | None:
        """`sparql_revision` without blocking, when the embedded store remembers its revision; else None."""
        store = self.store
        revision = store.remembered_revision() if isinstance(store, EmbeddedStore) else None
        return None if revision is None else f"{revision}:{self._update_generation}"

    # ------------------------------------------------------------------ documents, dumps, validation

    def documents(self) -> list[DocumentInfo]:
        """The catalogue: one entry per document, by id."""
        return self.store.documents()

    def document(self, document_id: str) -> DocumentInfo:
        """One document's catalogue entry (DocumentNotFound when none has this id)."""
        return self.store.document(document_id)

    def delete(self, document_id: str) -> bool:
        """Delete a document's graph and catalogue entry, and its reports from the knowledge graph (an event
        no other document reports goes, and an actor no document names); False when there was none."""
        deleted = self.store.delete(document_id)
        if deleted:
            self.refresh_identity()
        return deleted

    def dump(self, fmt: DumpFormat, document_id: str | None = None) -> bytes:
        """The whole store, or one document's graph and catalogue entry, as TriG, N-Quads, Turtle or JSON-LD."""
        from diplograph.graph.dump import dump

        return dump(self.store, fmt, document_id)

    def load(self, path: Path, fmt: DumpFormat | None = None) -> list[str]:
        """Read a dump into the store, each document replaced in one transaction; the ids loaded."""
        from diplograph.graph.dump import load_file

        loaded = load_file(self.store, path, fmt)
        self.refresh_identity(force=True)  # a dumped graph may differ from the one held under the same hash
        return loaded

    def validate(self) -> ValidationReport:
        """The store against the SHACL shapes (ontology/shapes.ttl)."""
        from diplograph.graph.validate import validate_store

        return validate_store(self.store)

    def stats(self) -> StoreStats:
        view = self.view()
        return StoreStats(
            triples=self.store.triple_count(),
            actors=view.number_of_nodes(),
            events=view.number_of_edges(),
            documents=len(self.store.documents()),
            revision=self.store.revision(),
        )
