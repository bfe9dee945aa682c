"""The knowledge graph as the view follows it: each report as one report of its event, between registry actors.

A document's graph names its actors as that document resolved them ("Peskov"); the knowledge graph
(graph/identity_graphs.py) knows better once every document is in: "Peskov" is Dmitry Peskov, an analyst
merged one actor into another, a report dated only to the month is one more report of the day-dated event
of that month. When the knowledge graph is current, the view's nodes are the registry's actors (`…/actors`),
each edge (a report) goes between the registry actors its document's actors are, in the direction its
sentence told it, and carries the IRI of the event it is one report of, so who-met-whom, paths and the
exports count events as SPARQL does. When the knowledge graph is stale, the view is the documents' own
(`knowledge_fingerprint` is None) and events are counted by relation, pair and day (graph/encounters.py
`occasions_of`), as they are for a report the events graph does not list (its two actors are one actor).

Which registry actor a document's actor is, the registry says per document (a surname can be one person
in one document and stay apart in another); the view reads it from the names: every registry actor carries
each name its documents used (label and aliases), so a name only one of them carries is that one. A name
several carry is settled by the report's event, which names its registry actors. Read with two queries (the
events graph's reports, the registry's actors) and the actors of the few events such a name needs: nothing
per document or per mention.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from diplograph.ontology.terms import ACTORS_GRAPH, EVENTS_GRAPH, slugify

from ..identity_graphs import is_current, stored_fingerprint
from ..store import Store
from .reading import REPORT_EVENTS_QUERY, actor_nodes, actor_term, chunks
from .tsv import select_pairs, term

ReportActors = tuple[str, str, "str | None"]  # a report's source and target as its document named them, its event


def knowledge_fingerprint(store: Store) -> str | None:
    """The fingerprint of the store's knowledge graph when it is current (what the view is projected with),
    else None: the view then follows the documents' own identity."""
    stored = stored_fingerprint(store)
    return stored if stored is not None and is_current(store) else None


@dataclass(frozen=True)
class Identity:
    """The knowledge graph's identity, as the view projects its edges and nodes with it."""

    fingerprint: str
    reports: dict[bytes, bytes]  # report -> event, as `read_report_events` keys them
    nodes: dict[str, dict[str, Any]]  # the registry's actors, by slug: the view's nodes
    _carriers: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)  # name slug -> actors

    def __post_init__(self) -> None:
        carriers: dict[str, set[str]] = {}
        for node, attributes in self.nodes.items():
            for slug in {node, slugify(attributes["label"]), *(slugify(alias) for alias in attributes["aliases"])}:
                carriers.setdefault(slug, set()).add(node)
        object.__setattr__(self, "_carriers", {slug: tuple(sorted(nodes)) for slug, nodes in carriers.items()})

    def event_of(self, report: str) -> str | None:
        """The event (IRI) a report (by its IRI) is one report of; None when the events graph does not list it."""
        raw = self.reports.get(report_key(report))
        return None if raw is None else term(raw)

    def actors(self, store: Store, reports: Sequence[ReportActors]) -> list[tuple[str, str]]:
        """The registry actors of each report, in order: each end the one registry actor carrying its name;
        one of the event's actors when several carry it (read for those events only); else the name's own."""
        ends = self.ends_needed(store, reports)
        return [self.project(source, target, event, ends) for source, target, event in reports]

    def ends_needed(self, store: Store, reports: Iterable[ReportActors]) -> dict[str, tuple[str, str]]:
        """The registry actors of the events whose reports name an end that several registry actors carry
        (read for those events only): what `project` needs to settle them."""
        carriers = self._carriers
        unsettled = {event for source, target, event in reports if event is not None and (
            len(carriers.get(source, ())) > 1 or len(carriers.get(target, ())) > 1)}
        return event_actors(store, unsettled) if unsettled else {}

    def project(self, source: str, target: str, event: str | None,
                ends: Mapping[str, tuple[str, str]]) -> tuple[str, str]:
        """One report's registry actors (see `actors`), with the ends `ends_needed` read."""
        carriers = self._carriers
        sources, targets = carriers.get(source, (source,)), carriers.get(target, (target,))
        if len(sources) == 1 and len(targets) == 1:
            return sources[0], targets[0]
        both = ends.get(event) if event is not None else None
        return self._settle(source, both, 0), self._settle(target, both, 1)

    def _settle(self, name: str, ends: tuple[str, str] | None, position: int) -> str:
        candidates = self._carriers.get(name, (name,))
        if len(candidates) == 1:
            return candidates[0]
        if ends is not None:
            among = [end for end in ends if end in candidates]
            if len(set(among)) == 1:
                return among[0]
            if among:
                return ends[position]
        return name  # several actors carry it and nothing says which: the name's own node (or an unlabelled one)


def read_report_events(store: Store) -> dict[bytes, bytes]:
    """Which event of the knowledge graph each report is one report of, in one scan of the events graph.

    Keyed as the store's TSV writes the IRIs (`<iri>`), the keys `read_events` holds, so that no report
    IRI is decoded for the lookup (`report_key` makes one from an IRI)."""
    return {report: event for event, report in select_pairs(store, REPORT_EVENTS_QUERY)}


def report_key(iri: str) -> bytes:
    return b"<" + iri.encode() + b">"


def event_actors_query(name: str, events: Sequence[str]) -> str:
    """The source or target of these events of the knowledge graph."""
    values = " ".join(f"<{event}>" for event in events)
    pattern = f"GRAPH <{EVENTS_GRAPH}> {{ ?event dipl:{name} ?value }}"
    return f"SELECT ?event ?value WHERE {{ VALUES ?event {{ {values} }} {pattern} }}"


def event_actors(store: Store, events: Collection[str]) -> dict[str, tuple[str, str]]:
    """The source and target actors (slugs) of these events of the knowledge graph."""
    found: dict[str, dict[str, str]] = {}
    for chunk in chunks(sorted(events)):
        for name in ("source", "target"):
            for event, value in select_pairs(store, event_actors_query(name, chunk)):
                found.setdefault(term(event), {})[name] = actor_term(value)
    return {event: (ends["source"], ends["target"]) for event, ends in found.items() if len(ends) == 2}


def read_identity(store: Store, fingerprint: str, *, reports: bool = True) -> Identity:
    """The knowledge graph's reports and registry actors as they are in the store now; without the reports
    for a caller that reads them with the documents' events (`read_events(reports=True)`)."""
    return Identity(fingerprint, read_report_events(store) if reports else {}, registry_nodes(store))


def registry_nodes(store: Store) -> dict[str, dict[str, Any]]:
    """The registry's actors as the view's nodes."""
    return actor_nodes(store, graph=ACTORS_GRAPH)
