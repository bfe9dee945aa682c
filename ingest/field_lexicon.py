"""The event-data field's lexicon: PETRARCH2's dictionaries compiled into ingest/data/petrarch/.

tools/compile_petrarch.py writes the files; these loaders read them as typed records so the rules can
use the field's verb cues, agent nouns, states, office holders and discard phrases beside our own
hand-written lexicon (ingest/lexicon.py, ingest/gazetteer.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from diplograph.ingest.datafiles import read_table, split_list


@dataclass(frozen=True)
class FieldVerbCue:
    """A verb cue in ingest/lexicon.py's shape, with the CAMEO codes it was compiled from."""

    lemma: str
    particle: str
    relation: str
    targets: tuple[str, ...]  # "dobj", "dative", "prep:with" ...
    object_nouns: frozenset[str]  # light verbs: the object that makes the verb count ("cut ties")
    cameo: tuple[str, ...]


@dataclass(frozen=True)
class Agent:
    """A generic role noun and its CAMEO sector: "diplomats" -> GOV, "soldiers" -> MIL."""

    noun: str
    sector: str


@dataclass(frozen=True)
class State:
    """A state as PETRARCH codes it; aliases include its cities, which PETRARCH codes as the state."""

    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]


@dataclass(frozen=True)
class OfficeTerm:
    """One role of a named person: a CAMEO actor code, valid from start to end (None: open)."""

    name: str
    aliases: tuple[str, ...]
    code: str  # "RUSGOV", "IGOUNO"
    iso3: str  # "" for international organisations
    sector: str  # "GOV", "ELI" ...; "" for international organisations
    start: date | None
    end: date | None

    @property
    def dated(self) -> bool:
        """False for the person's default role, the one PETRARCH uses outside the dated terms."""
        return self.start is not None or self.end is not None

    def holds_on(self, day: date) -> bool:
        """Whether this dated role covers the day."""
        return self.dated and (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class FieldOrganization:
    """An intergovernmental organisation with its CAMEO code."""

    name: str
    aliases: tuple[str, ...]
    code: str


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


@lru_cache(maxsize=1)
def load_field_verbs() -> dict[str, tuple[FieldVerbCue, ...]]:
    """Verb cues by lemma; particle cues first, then light-verb cues, so the most specific match wins."""
    verbs: dict[str, list[FieldVerbCue]] = {}
    for row in read_table("petrarch/verbs.tsv"):
        cue = FieldVerbCue(row["lemma"], row["particle"], row["relation"], tuple(split_list(row["targets"])),
                           frozenset(split_list(row["object_nouns"])), tuple(split_list(row["cameo"])))
        verbs.setdefault(cue.lemma, []).append(cue)
    return {lemma: tuple(sorted(cues, key=lambda c: (not c.particle, not c.object_nouns)))
            for lemma, cues in verbs.items()}


# the dictionary's sectors of faith, whose words describe a people and name no body: "mainly Muslim Azerbaijan"
FAITHS = {"REL", "MUS", "CHR", "JEW", "HIN", "BUD"}


@lru_cache(maxsize=1)
def load_agents() -> dict[str, str]:
    """Agent noun (lower case, plurals included) -> sector, so "Iraqi officials" can code as IRQ + GOV."""
    return {row["noun"]: row["sector"] for row in read_table("petrarch/agents.tsv")}


@lru_cache(maxsize=1)
def load_field_states() -> dict[str, State]:
    """States by ISO3 code."""
    return {row["iso3"]: State(row["iso3"], row["name"], tuple(split_list(row["aliases"])),
                               tuple(split_list(row["adjectives"])))
            for row in read_table("petrarch/states.tsv")}


@lru_cache(maxsize=1)
def load_people() -> dict[str, tuple[OfficeTerm, ...]]:
    """Named people's roles by name, in start order, so a mention can be coded for the article's date."""
    people: dict[str, list[OfficeTerm]] = {}
    for row in read_table("petrarch/people.tsv"):
        term = OfficeTerm(row["name"], tuple(split_list(row["aliases"])), row["code"], row["iso3"], row["sector"],
                          _date(row["start"]), _date(row["end"]))
        people.setdefault(term.name, []).append(term)
    return {name: tuple(sorted(terms, key=lambda t: (t.start or date.min, t.end or date.max, t.code)))
            for name, terms in people.items()}


@lru_cache(maxsize=1)
def load_field_organizations() -> dict[str, FieldOrganization]:
    """Intergovernmental organisations by name."""
    return {row["name"]: FieldOrganization(row["name"], tuple(split_list(row["aliases"])), row["code"])
            for row in read_table("petrarch/organizations.tsv")}


@lru_cache(maxsize=1)
def load_field_bodies() -> dict[str, str]:
    """A state's agencies, forces and services by each of their names ('FBI', 'PLA'), to the state's ISO3 code."""
    return {form: row["iso3"] for row in read_table("petrarch/bodies.tsv")
            for form in [row["name"], *split_list(row["aliases"])]}


@lru_cache(maxsize=1)
def load_discards() -> frozenset[str]:
    """Lower-case phrases (sports, entertainment) that mark a sentence or story as not political."""
    return frozenset(row["phrase"] for row in read_table("petrarch/discards.tsv"))
