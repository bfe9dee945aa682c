"""The actor registry: one actor, one node, whichever documents name it and however they spell it.

Each document's extraction names its actors as the extractor resolved them inside that document
("Vladimir Putin", or only "Peskov" when the text never gave a first name). The registry is computed
from all of them at once, so it does not depend on the order documents came in:

- a full name (or a state, an organisation) is its own key, folded ('Zelenskyy' ≠ 'Zelensky' stays
  apart, 'Erdoğan' = 'Erdogan' joins);
- a surname alone joins the one known full name it can mean *for that document*: persons with that
  family name (last word; first for Chinese, Korean, Vietnamese names), narrowed by who held office on
  the document's date and then by the states the document names. When more than one remains, the short
  form stays an actor of its own and is listed in `Registry.ambiguous` (`diplograph actors --ambiguous`);
- an analyst's corrections (`Corrections`: merge one actor into another, split a surface form off an
  actor) are applied last, so they survive re-ingest.

Everything here is computed in memory from what the documents said (no store round trip per mention);
`registry_triples` is the registry's named graph (`…/actors`): IRI, type, label, aliases, ISO 3166
alpha-3 for states, sector, each person's state and dated roles.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from diplograph.ingest.field_lexicon import load_agents, load_field_organizations, load_field_states
from diplograph.ingest.offices import FAMILY_NAME_FIRST, load_office_holders
from diplograph.ingest.offices import fold as fold_name
from diplograph.model import Actor, ActorType, Extraction
from diplograph.ontology.terms import DIPL, actor_iri

from .rdf import ACTOR_CLASSES, Text, Triple

_D = str(DIPL)


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name folded for comparison (ingest/offices.py), cached: a refresh folds every mention of every document."""
    return fold_name(name)

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
_XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"

# Types that can share a name and still be one actor: a person named as a Role is not the state "Georgia".
_FAMILY = {
    ActorType.PERSON: "person",
    ActorType.ROLE: "role",
    ActorType.COUNTRY: "state",
    ActorType.ORGANIZATION: "organization",
    ActorType.GROUP: "group",
}


@dataclass(frozen=True)
class Role:
    """An office a person held (dated when the office-holders data knows it)."""

    office: str
    state: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class RegistryActor:
    iri: str
    label: str
    type: ActorType
    aliases: frozenset[str]  # every surface form any document used, the label left out
    state: str | None  # a person's state (its label)
    iso3: str | None  # ISO 3166 alpha-3 for a state; a person or organ's state's code
    sector: str | None  # Phoenix sector: GOV, MIL, IGO, MED ...
    roles: tuple[Role, ...]
    documents: frozenset[str]
    current_roles: frozenset[Role] = frozenset()  # the dated roles held on some document's date



@dataclass(frozen=True)
class Ambiguity:
    """A short form that could be several known actors in the documents that use it."""

    surface: str
    iri: str  # the actor it stays as meanwhile
    candidates: tuple[str, ...]  # the IRIs it could join
    documents: frozenset[str]


@dataclass(frozen=True)
class Corrections:
    """An analyst's identity corrections, kept apart from the documents so re-ingest keeps them.

    ``merges`` maps an actor IRI to the IRI it is one with; ``splits`` are (surface form, IRI) pairs: a
    mention written that way does not join that actor, it is an actor of its own.
    """

    merges: Mapping[str, str] = field(default_factory=dict)
    splits: frozenset[tuple[str, str]] = frozenset()

    def merged(self, absorbed: str, kept: str) -> Corrections:
        if self.final(kept) == absorbed:
            raise ValueError(f"{kept} is already merged into {absorbed}; split it first")
        return Corrections({**self.merges, absorbed: kept}, self.splits)

    def split(self, surface: str, iri: str) -> Corrections:
        merges = {absorbed: kept for absorbed, kept in self.merges.items() if absorbed != str(actor_iri(surface))}
        return Corrections(merges, self.splits | {(fold(surface), iri)})

    def final(self, iri: str) -> str:
        seen = {iri}
        while iri in self.merges:
            iri = self.merges[iri]
            if iri in seen:
                break
            seen.add(iri)
        return iri


@dataclass(frozen=True)
class Registry:
    actors: Mapping[str, RegistryActor]  # by IRI
    resolved: Mapping[tuple[str, str], str]  # (document id, the extractor's actor name) -> registry IRI
    ambiguous: tuple[Ambiguity, ...]

    _names: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, set[str]] = defaultdict(set)
        for actor in self.actors.values():
            for name in (actor.label, *actor.aliases):
                index[fold(name)].add(actor.iri)
        object.__setattr__(self, "_names", {name: tuple(sorted(iris)) for name, iris in index.items()})

    def iri_of(self, document_id: str, name: str) -> str:
        """The registry IRI a document's actor name stands for."""
        return self.resolved.get((document_id, name)) or str(actor_iri(name))

    def lookup(self, name: str) -> RegistryActor | None:
        """An actor by its label or any alias, folded; None when none or several carry the name."""
        found = self._names.get(fold(name), ())
        return self.actors[found[0]] if len(found) == 1 else None


# ---------------------------------------------------------------- building it


@dataclass(frozen=True)
class _Sighting:
    document_id: str
    date: dt.date | None
    actor: Actor
    context_states: frozenset[str]  # states the document names, or its people belong to


def build_registry(extractions: Iterable[Extraction], corrections: Corrections | None = None) -> Registry:
    corrections = corrections or Corrections()
    sightings: list[_Sighting] = []
    for extraction in extractions:
        states = frozenset(a.name for a in extraction.actors if a.type is ActorType.COUNTRY) | frozenset(
            a.country for a in extraction.actors if a.country)
        for actor in extraction.actors:
            sightings.append(_Sighting(extraction.document.id, extraction.document.date, actor, states))
        named = {a.name for a in extraction.actors}
        for country in sorted({a.country for a in extraction.actors if a.country} - named):
            # the state a person belongs to is an actor too, though this document did not name it
            sightings.append(_Sighting(extraction.document.id, extraction.document.date,
                                       Actor(country, ActorType.COUNTRY), states))
            named.add(country)
        for event in extraction.events:  # an endpoint the extractor did not list still is an actor
            for name in (event.source, event.target):
                if name not in named:
                    sightings.append(_Sighting(extraction.document.id, extraction.document.date,
                                               Actor(name, ActorType.GROUP), states))
                    named.add(name)

    # the full names every short form may join, by family name
    people: dict[str, list[Actor]] = defaultdict(list)
    by_surname: dict[str, set[str]] = defaultdict(set)
    for sighting in sightings:
        actor = sighting.actor
        if actor.type is ActorType.PERSON and len(fold(actor.name).split()) > 1:
            people[actor.name].append(actor)
            by_surname[surname(actor.name, actor.country)].add(actor.name)

    resolved: dict[tuple[str, str], str] = {}
    canonical: dict[tuple[str, str], str] = {}  # (family, folded name) -> the first spelling seen
    ambiguous: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for sighting in sightings:
        actor = sighting.actor
        name = actor.name
        if actor.type is ActorType.PERSON and " " not in fold(name):
            candidates = _candidates(name, by_surname, people, sighting)
            if len(candidates) == 1 and (fold(name), str(actor_iri(candidates[0]))) not in corrections.splits:
                name = candidates[0]
            elif len(candidates) > 1:
                documents, options = ambiguous.setdefault((name, str(actor_iri(name))), (set(), set()))
                documents.add(sighting.document_id)
                options.update(str(actor_iri(c)) for c in candidates)
        key = (_FAMILY[actor.type], fold(name))
        name = canonical.setdefault(key, name)
        iri = corrections.final(str(actor_iri(name)))
        if (fold(actor.name), iri) in corrections.splits and fold(actor.name) != fold(name):
            iri = str(actor_iri(actor.name))
        resolved[(sighting.document_id, actor.name)] = iri

    actors = _records(sightings, resolved)
    listed = tuple(
        Ambiguity(surface, iri, tuple(sorted(options)), frozenset(documents))
        for (surface, iri), (documents, options) in sorted(ambiguous.items())
        if resolved_anywhere(resolved, surface, iri)
    )
    return Registry(actors, resolved, listed)


def resolved_anywhere(resolved: Mapping[tuple[str, str], str], surface: str, iri: str) -> bool:
    """An ambiguity is still open when some document's mention of the surface form stayed on its own IRI."""
    return any(name == surface and target == iri for (_, name), target in resolved.items())


def surname(name: str, state: str | None) -> str:
    words = fold(name).split()
    return words[0] if state in FAMILY_NAME_FIRST else words[-1]


def _candidates(short: str, by_surname: Mapping[str, set[str]], people: Mapping[str, list[Actor]],
                sighting: _Sighting) -> list[str]:
    """The full names a surname can mean in this document: on its date, then among its states."""
    options = sorted(by_surname.get(fold(short), ()))
    if len(options) <= 1:
        return options
    holders = load_office_holders()
    if sighting.date is not None:
        in_office = [p for p in options if any(t.held_on(sighting.date) for t in holders.terms_of(p, None))]
        if in_office:
            options = in_office
    if len(options) > 1 and sighting.actor.country:
        options = [p for p in options if any(a.country == sighting.actor.country for a in people[p])] or options
    if len(options) > 1 and sighting.context_states:
        same_context = [p for p in options if any(a.country in sighting.context_states for a in people[p])]
        options = same_context or options
    return options


def _records(sightings: list[_Sighting], resolved: Mapping[tuple[str, str], str]) -> dict[str, RegistryActor]:
    grouped: dict[str, list[_Sighting]] = defaultdict(list)
    for sighting in sightings:
        grouped[resolved[(sighting.document_id, sighting.actor.name)]].append(sighting)
    records: dict[str, RegistryActor] = {}
    for iri, group in grouped.items():
        names = Counter(s.actor.name for s in group)
        # the label: the longest name documents used for it (a full name over a surname), then the commonest
        label = max(names, key=lambda n: (len(n.split()) > 1, names[n], n))
        kind = Counter(s.actor.type for s in group).most_common(1)[0][0]
        aliases = {s.actor.name for s in group} | {alias for s in group for alias in s.actor.aliases}
        states = Counter(s.actor.country for s in group if s.actor.country)
        state = states.most_common(1)[0][0] if states else None
        roles = _roles(label, group)
        records[iri] = RegistryActor(
            iri=iri, label=label, type=kind, aliases=frozenset(aliases - {label}), state=state,
            iso3=iso3(label) if kind is ActorType.COUNTRY else (iso3(state) if state else None),
            sector=_sector(label, kind, roles), roles=roles,
            documents=frozenset(s.document_id for s in group),
            current_roles=frozenset(role for role in roles if role.start is not None and any(
                s.date is not None and role.start <= s.date and (role.end is None or s.date <= role.end)
                for s in group)))
    return records


def _roles(label: str, group: list[_Sighting]) -> tuple[Role, ...]:
    """Dated roles from the office-holders data when it knows the person, else the roles texts gave."""
    terms = load_office_holders().terms_of(label, None)
    if terms:
        return tuple(sorted({Role(t.office, t.state, t.start, t.end) for t in terms},
                            key=lambda r: (r.start or dt.date.min, r.office)))
    written = {role for s in group for role in s.actor.roles}
    state = next((s.actor.country for s in group if s.actor.country), None)
    return tuple(Role(role, state) for role in sorted(written))


def _sector(label: str, kind: ActorType, roles: tuple[Role, ...]) -> str | None:
    """The Phoenix sector: IGO for intergovernmental organisations, else the agent noun of the person's role."""
    if kind is ActorType.ORGANIZATION:
        return "IGO" if fold(label) in _igo_names() else None
    if kind in (ActorType.PERSON, ActorType.ROLE):
        agents = load_agents()
        for role in reversed(roles):  # the latest role first
            sector = agents.get(role.office.lower())
            if sector:
                return sector
    return None


@lru_cache(maxsize=1)
def _igo_names() -> frozenset[str]:
    return frozenset(fold(form) for organization in load_field_organizations().values()
                     if organization.code.startswith("IGO") for form in (organization.name, *organization.aliases))


@lru_cache(maxsize=1)
def _state_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for code, state in load_field_states().items():
        for name in (state.name, *state.aliases):
            codes.setdefault(fold(name), code)
    return codes


@lru_cache(maxsize=4096)
def iso3(state: str) -> str | None:
    """A state's ISO 3166 alpha-3 code ('Russia' -> 'RUS'); None for a name that is no state."""
    try:
        return str(pycountry.countries.lookup(state).alpha_3)
    except LookupError:
        return _state_codes().get(fold(state))


# ---------------------------------------------------------------- as RDF


def registry_triples(registry: Registry) -> list[Triple]:
    """The actor registry graph: each actor once, with what every document said about it."""
    triples: list[Triple] = []
    add = triples.append
    states = {actor.label: actor.iri for actor in registry.actors.values() if actor.type is ActorType.COUNTRY}
    for actor in sorted(registry.actors.values(), key=lambda a: a.iri):
        add((actor.iri, _RDF_TYPE, str(ACTOR_CLASSES[actor.type])))
        add((actor.iri, _LABEL, Text(actor.label)))
        for alias in sorted(actor.aliases):
            add((actor.iri, _ALT_LABEL, Text(alias)))
        if actor.iso3:
            add((actor.iri, _D + "iso3", Text(actor.iso3)))
        if actor.sector:
            add((actor.iri, _D + "sector", Text(actor.sector)))
        if actor.state:
            add((actor.iri, _D + "state", states.get(actor.state) or str(actor_iri(actor.state))))
        for role in actor.roles:
            if role.start is None or role in actor.current_roles:  # the offices the documents' dates saw
                add((actor.iri, _D + "role", Text(role.office)))
            if role.start is not None:
                node = f"{actor.iri}/role/{fold(role.office).replace(' ', '-')}-{role.start.isoformat()}"
                add((actor.iri, _D + "heldRole", node))
                add((node, _D + "office", Text(role.office)))
                if role.state:
                    add((node, _D + "roleState", states.get(role.state) or str(actor_iri(role.state))))
                add((node, _D + "roleStart", Text(role.start.isoformat(), _XSD_DATE)))
                if role.end is not None:
                    add((node, _D + "roleEnd", Text(role.end.isoformat(), _XSD_DATE)))
    return triples
