"""At ingest, a surname alone joins the one known person it can mean: "Peskov" is written as Dmitry Peskov.

The registry (graph/registry.py) decides identity over the whole corpus; this applies its rule as
documents arrive, against the people the store already knows (read once per ingest, not per mention).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from diplograph.ingest.offices import fold, load_office_holders
from diplograph.model import Actor, ActorType, Extraction
from diplograph.ontology.terms import actor_iri

from .registry import surname


class ShortNames:
    """The full-name people already known (from the store, once per ingest, and from the documents so far),
    so a document that says only "Peskov" is written with the one known Dmitry Peskov it can mean.

    The same rule as `build_registry`, applied as documents arrive: a surname whose full name only comes
    later stays apart until then (`build_registry` over the whole corpus lists what that leaves).
    """

    def __init__(self, people: Iterable[tuple[str, str | None]] = (),
                 splits: frozenset[tuple[str, str]] = frozenset()) -> None:
        self._by_surname: dict[str, set[str]] = defaultdict(set)
        self._states: dict[str, set[str]] = defaultdict(set)
        self._splits = splits  # an analyst's (folded surface form, actor IRI): never joined (graph/registry.py)
        for name, state in people:
            self.add(name, state)

    def add(self, name: str, state: str | None) -> None:
        if len(fold(name).split()) > 1:
            self._by_surname[surname(name, state)].add(name)
            if state:
                self._states[name].add(state)

    def resolve(self, extraction: Extraction) -> Extraction:
        """The extraction with each surname alone that means one known person renamed to that person."""
        document = extraction.document
        for actor in extraction.actors:
            if actor.type is ActorType.PERSON:
                self.add(actor.name, actor.country)
        context = frozenset(a.name for a in extraction.actors if a.type is ActorType.COUNTRY) | frozenset(
            a.country for a in extraction.actors if a.country)
        renames: dict[str, str] = {}
        for actor in extraction.actors:
            if actor.type is not ActorType.PERSON or " " in fold(actor.name):
                continue
            options = self._narrowed(sorted(self._by_surname.get(fold(actor.name), ())), actor.country,
                                     document.date, context)
            if len(options) == 1 and (fold(actor.name), str(actor_iri(options[0]))) not in self._splits:
                renames[actor.name] = options[0]
        return rename_actors(extraction, renames) if renames else extraction

    def _narrowed(self, options: list[str], country: str | None, day: dt.date | None,
                  context: frozenset[str]) -> list[str]:
        if len(options) > 1 and day is not None:
            holders = load_office_holders()
            options = [p for p in options if any(t.held_on(day) for t in holders.terms_of(p, None))] or options
        if len(options) > 1 and country:
            options = [p for p in options if country in self._states[p]] or options
        if len(options) > 1 and context:
            options = [p for p in options if self._states[p] & context] or options
        return options


def rename_actors(extraction: Extraction, renames: Mapping[str, str]) -> Extraction:
    """The extraction with actors renamed (old name -> new), merged with an actor already of the new name;
    the old name is kept as an alias, the surface form the document used."""
    merged: dict[str, Actor] = {}
    for actor in extraction.actors:
        name = renames.get(actor.name, actor.name)
        aliases = actor.aliases | ({actor.name} if name != actor.name else set())
        before = merged.get(name)
        if before is None:
            merged[name] = replace(actor, name=name, aliases=frozenset(aliases))
        else:
            merged[name] = replace(before, aliases=before.aliases | aliases, roles=before.roles | actor.roles,
                                   country=before.country or actor.country)
    events = tuple(replace(e, source=renames.get(e.source, e.source), target=renames.get(e.target, e.target))
                   for e in extraction.events)
    mentions = tuple(replace(m, actor=renames.get(m.actor, m.actor)) for m in extraction.mentions)
    return Extraction(extraction.document, tuple(merged.values()), events, mentions)


PEOPLE_QUERY = """SELECT DISTINCT ?label ?state WHERE {
  ?actor a <https://w3id.org/diplograph/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label .
  OPTIONAL { ?actor <https://w3id.org/diplograph/ontology#state>/<http://www.w3.org/2000/01/rdf-schema#label> ?state }
}"""
