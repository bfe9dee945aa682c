"""Dated office-holders: who was which state's president, prime minister, foreign or defence
minister, or an organisation's head, on a given day (ingest/data/offices/*.tsv, one row per term).

They let a role mention name its holder ("the French foreign minister" in March 2024 is
Stephane Sejourne), give a person their state and office at the story's date, and tell a surname
alone ("Putin") from other people of that name. Pure data and look-ups; no spaCy.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from diplograph.ingest.datafiles import read_table, split_list

OFFICE_FILES = ("offices/heads.tsv", "offices/ministers.tsv", "offices/heads_1977_1999.tsv",
                "offices/ministers_1977_1999.tsv")

# the office a title names, as the kind of office the data files record ("secretary of state" is the
# United States' foreign minister); "president" and "leader" are settled per state by leader_kind()
TITLE_KINDS: dict[str, tuple[str, ...]] = {
    "president": ("head_of_state", "igo_head"),
    "prime minister": ("head_of_government",),
    "premier": ("head_of_government",),
    "chancellor": ("head_of_government",),
    "king": ("head_of_state",),
    "queen": ("head_of_state",),
    "emir": ("head_of_state",),
    "supreme leader": ("head_of_state",),
    "leader": ("leader",),
    "foreign minister": ("foreign_minister",),
    "foreign secretary": ("foreign_minister",),
    "secretary of state": ("foreign_minister",),
    "defense minister": ("defence_minister",),
    "defense secretary": ("defence_minister",),
    "secretary general": ("igo_head",),
    "director general": ("igo_head",),
    "high representative": ("igo_head",),
    # an organisation's "chief" or "head" is its one head that day (none where it has several: the EU)
    "chief": ("igo_head",),
    "head": ("igo_head",),
}
# titles that name whichever head an organisation has, so several that day leave it unknown
GENERIC_HEAD_TITLES = {"chief", "head", "leader"}
KINDS = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "igo_head")
# where the head of state is a monarch or a ceremonial president, "the leader" is the head of government
MONARCH_OFFICES = {"king", "queen", "emperor", "emir", "pope"}
# offices of which the world has one holder at a time, so that the title alone names him
WORLD_OFFICES = {"pope"}

ROYAL_TITLES = {"king", "queen"}  # before a monarch's name: "King Salman"

@dataclass(frozen=True)
class OfficeTerm:
    person: str
    aliases: tuple[str, ...]
    state: str  # a state's canonical name, or an organisation's
    kind: str  # head_of_state | head_of_government | foreign_minister | defence_minister | igo_head
    office: str  # the title news uses: president, prime minister, secretary of state ...
    start: dt.date
    end: dt.date | None  # None: in office as far as the data knows

    def held_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


# letters that are no base letter plus a mark, so NFKD leaves them: 'Radosław' is 'Radoslaw', 'Støre' 'Store'
UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                              "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "ð": "d"})


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """A name without diacritics, case or punctuation: 'Erdoğan' and 'Erdogan' are one key (remembered: the
    registry folds every name of every document)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("\u2019", "'").translate(UNDECOMPOSED))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(plain.replace(".", " ").replace("-", " ").split())


@dataclass
class OfficeHolders:
    terms: tuple[OfficeTerm, ...]

    def __post_init__(self) -> None:
        self._by_post: dict[tuple[str, str], list[OfficeTerm]] = defaultdict(list)
        self._by_name: dict[str, set[str]] = defaultdict(set)  # folded full name or alias -> persons
        self._by_surname: dict[str, set[str]] = defaultdict(set)
        self._terms_of: dict[str, list[OfficeTerm]] = defaultdict(list)
        self._states_of_office: dict[str, set[str]] = defaultdict(set)
        for term in self.terms:
            self._by_post[(term.state, term.kind)].append(term)
            self._states_of_office[term.office].add(term.state)
            self._terms_of[term.person].append(term)
            for form in (term.person, *term.aliases):
                self._by_name[fold(form)].add(term.person)
            if term.office in MONARCH_OFFICES:
                continue  # a regnal name ("Charles III", "Francis") has no surname to go by
            for form in (term.person, *term.aliases):
                words = fold(form).split()
                if len(words) < 2 or _is_numeral(words[-1]) or words[-2] in PATRONYMIC_PARTICLES or \
                        words[0] in ROYAL_TITLES:  # (a monarch's name, the title first, as a minister before)
                    continue  # "bin Abdullah" names a father, not a family: "King Abdullah" is no Yusuf bin Alawi
                # the family name: last in Western order, first in Chinese, Korean and Vietnamese; where the holder
                # also goes by an English given name, the word all his names share ("William Lai", "Lai Ching-te")
                family = _shared_word(term) or words[0] if term.state in FAMILY_NAME_FIRST else words[-1]
                if family in words:
                    self._by_surname[family].add(term.person)
        self._people: dict[tuple[str, dt.date | None], str | None] = {}  # person()'s answers, asked again and again
        self._aliases: dict[str, set[str]] = defaultdict(set)
        for term in self.terms:
            self._aliases[term.person].update(term.aliases)
        self._by_surname_prefix: dict[str, set[str]] = defaultdict(set)
        for surname in self._by_surname:
            self._by_surname_prefix[surname[:3]].add(surname)
        self._by_given_name: dict[str, set[str]] = defaultdict(set)  # "tamim" -> Tamim bin Hamad Al Thani
        for term in self.terms:
            for form in (term.person, *term.aliases):
                words = [w for w in fold(form).split() if w not in HONORIFICS and w not in ROYAL_TITLES]
                if words:
                    self._by_given_name[words[0]].add(term.person)

    def by_given_name(self, given: str, title: str, day: dt.date | None, state: str | None = None) -> str | None:
        """The one holder in office on a day whom a title and a given name denote, as royals and the Gulf's
        rulers are named: 'Crown Prince Mohammed', 'Emir Tamim', 'King Charles', 'Prince Faisal'. A title that
        is an office narrows it to those holding that office ('Crown Prince Mohammed' is not Mohammed VI)."""
        if day is None:
            return None
        serving = {p for p in self._by_given_name.get(fold(given), ()) if any(
            t.held_on(day) and (state is None or t.state == state) for t in self._terms_of[p])}
        holding = {p for p in serving if any(t.held_on(day) and (t.office == title or set(TITLE_KINDS.get(title, ()))
                                                                  & {t.kind}) for t in self._terms_of[p])}
        found = holding or (serving if title in HONORIFICS else set())
        if title in HONORIFICS and (len(found) > 1 or not holding):
            # a prince or sheikh is of a ruling house, named for his father: "Prince Faisal" is Faisal bin Farhan,
            # not Syria's Faisal Mekdad, and "Prince Charles" in 2022 no Charles Michel
            found = {p for p in found if any(w in PATRONYMIC_PARTICLES or w == "al" for w in fold(p).split())}
        return next(iter(found)) if len(found) == 1 else None

    def sole_state(self, office: str) -> str | None:
        """The state of an office with one holder in the world ('pope': the Vatican), else None: 'the pope' needs
        no state named, 'the crown prince' does (the data holding one crown prince does not make him the only one)."""
        states = self._states_of_office.get(office, set()) if office in WORLD_OFFICES else set()
        return next(iter(states)) if len(states) == 1 else None

    def holder(self, state: str, title: str, day: dt.date | None) -> OfficeTerm | None:
        """Who held the office a title names in a state (or organisation) on a day.

        The office itself first ('the Iranian president' is Iran's president, though the supreme leader
        heads the state; 'the Saudi crown prince'); else the kind of office the title names ('the
        Chinese prime minister' is the premier, 'the US foreign minister' the secretary of state).
        """
        if day is None:
            return None
        # on a handover day both terms hold: the incoming one is the holder ("the new German chancellor")
        exact = sorted((t for kind in KINDS for t in self._by_post.get((state, kind), ())
                        if t.office == title and t.held_on(day)), key=lambda t: t.start, reverse=True)
        if exact:
            return exact[0]
        if title == "president" and any(t.office == "president" for kind in KINDS
                                        for t in self._by_post.get((state, kind), ())):
            return None  # a state with presidents had none that day: not its king or supreme leader
        for kind in TITLE_KINDS.get(title, ()):
            if kind == "leader":
                kind = self.leader_kind(state, day)
            if kind == "igo_head" and title in GENERIC_HEAD_TITLES and \
                    len({t.person for t in self._by_post.get((state, kind), ()) if t.held_on(day)}) > 1:
                return None  # "the EU chief": the Commission's, the Council's or the foreign policy one
            term = max((t for t in self._by_post.get((state, kind), ()) if t.held_on(day)), key=lambda t: t.start,
                       default=None)
            if term is not None:
                return term
        return None

    def reigning(self, day: dt.date, offices: frozenset[str]) -> set[str]:
        """The states whose head of state on a day holds one of some offices ('king', 'queen': the
        kingdoms); a monarch of several realms reigns, for this, over the first the data lists only."""
        states: dict[str, str] = {}
        for term in self.terms:
            if term.kind == "head_of_state" and term.office in offices and term.held_on(day):
                states.setdefault(term.person, term.state)
        return set(states.values())

    def leader_kind(self, state: str, day: dt.date) -> str:
        """'The Japanese leader' is the prime minister; 'the Chinese leader' the president."""
        head = next((t for t in self._by_post.get((state, "head_of_state"), ()) if t.held_on(day)), None)
        government = next((t for t in self._by_post.get((state, "head_of_government"), ()) if t.held_on(day)),
                          None)
        if head is None or (government is not None and government.person != head.person and
                            head.office in MONARCH_OFFICES | {"president"} and state in PARLIAMENTARY):
            return "head_of_government"
        if head.office in MONARCH_OFFICES and government is not None and head.office != "emir":
            return "head_of_government"
        return "head_of_state"

    def person(self, name: str, day: dt.date | None) -> str | None:
        """The office-holder a name denotes: a full name or alias, or a surname that one holder of the
        day bears ('Putin' in 2022; 'Bush' needs the date to tell father from son)."""
        key = (name, day)
        if key not in self._people:
            if len(self._people) >= PEOPLE_REMEMBERED:
                self._people.clear()  # a long ingest's names and days: keep the memory bounded
            self._people[key] = self._person(name, day)
        return self._people[key]

    def _person(self, name: str, day: dt.date | None) -> str | None:
        folded = fold(name)
        found = self._by_name.get(folded) or self._other_form(folded, day)
        if not found and " " not in folded:
            # a surname alone is only as good as its holder's time in the news: in office within six years
            found = {p for p in self._by_surname.get(folded, ()) if day is None or any(
                t.start <= day and (t.end is None or day <= t.end + SURNAME_MEMORY) for t in self._terms_of[p])}
        if not found:
            return None
        if len(found) == 1:
            return next(iter(found))
        if day is None:
            return None
        current = {p for p in found if any(t.held_on(day) for t in self._terms_of[p])}
        return next(iter(current)) if len(current) == 1 else None

    def _other_form(self, folded: str, day: dt.date | None) -> set[str]:
        """Another form of a holder's full name: initials for the given names ('S. Jaishankar' is Subrahmanyam
        Jaishankar) or another transliteration of the family name ('Abbas Araqchi', 'Volodymyr Zelenskiy');
        only among those in office within the surname's memory of the day."""
        words = folded.split()
        if len(words) < 2 or day is None:
            return set()
        *given, family = words
        found: set[str] = set()
        for surname in [family, *(s for s in self._by_surname_prefix.get(family[:3], ()) if s != family)]:
            if surname != family and (len(family) < 5 or fuzz.ratio(surname, family) < SPELLING_SIMILARITY):
                continue
            for person in self._by_surname.get(surname, ()):
                if not any(t.start <= day and (t.end is None or day <= t.end + SURNAME_MEMORY)
                           for t in self._terms_of[person]):
                    continue
                forms = [fold(f).split() for f in (person, *self._aliases[person])]
                if any(len(form) == len(words) and form[-1] == surname and all(
                        f.startswith(g) if len(g) == 1 else f == g for g, f in zip(given, form[:-1], strict=True))
                       for form in forms):
                    found.add(person)
        return found

    def heads_a_body(self, person: str, day: dt.date | None) -> bool:
        """Whether a person's office on a day is the head of an organisation, and so he acts for it, not for the
        state of an office held before ("Tusk, a former Polish prime minister", president of the European Council)."""
        terms = self.terms_of(person, day)
        return day is not None and bool(terms) and terms[0].kind == "igo_head" and terms[0].held_on(day)

    def terms_of(self, person: str, day: dt.date | None) -> list[OfficeTerm]:
        """A person's terms on a day (all of them when the day is unknown), latest first."""
        terms = self._terms_of.get(person, [])
        if day is not None:
            held = [t for t in terms if t.held_on(day)]
            terms = held or [t for t in terms if t.start <= day]
        return sorted(terms, key=lambda t: t.start, reverse=True)


def _shared_word(term: OfficeTerm) -> str | None:
    """The one word every form of a holder's name has ('lai' in 'Lai Ching-te', 'William Lai'), if one."""
    shared = set.intersection(*(set(fold(form).split()) for form in (term.person, *term.aliases)))
    return next(iter(shared)) if len(shared) == 1 and term.aliases else None


# particles before a father's name, which is no surname: "Yusuf bin Alawi bin Abdullah", "Mohammed bin Salman"
PATRONYMIC_PARTICLES = {"bin", "ibn", "bint"}
# words of rank before a given name, not names: "Sheikh Tamim", "Prince Faisal"
HONORIFICS = {"sheikh", "shaikh", "prince", "princess", "king", "queen", "emir", "sultan", "crown", "sayyid"}
SURNAME_MEMORY = dt.timedelta(days=6 * 365)
PEOPLE_REMEMBERED = 50_000
# how alike two spellings of a family name must be (rapidfuzz ratio, 0-100): 'Araqchi' ~ 'Araghchi' (93),
# 'Zelenskiy' ~ 'Zelensky' (94); 'Kim' and 'Kin' are too short to judge (five letters at least)
SPELLING_SIMILARITY = 85

# parliamentary republics whose president is ceremonial: the prime minister or chancellor leads
PARLIAMENTARY = {"Germany", "India", "Italy", "Israel", "Pakistan", "Greece", "Hungary", "Iraq", "Armenia",
                 "Georgia", "Ethiopia", "Austria", "Ireland", "Portugal", "Czech Republic", "Bangladesh",
                 "Nepal", "Singapore", "Lebanon", "Finland", "Estonia", "Latvia", "Lithuania", "Albania",
                 "Bulgaria", "Croatia", "Slovakia", "Slovenia", "Serbia", "Malta", "Iceland"}


# states whose names are written family name first: "Xi Jinping" is Xi, "Kim Jong Un" Kim
FAMILY_NAME_FIRST = {"China", "Taiwan", "North Korea", "South Korea", "Vietnam", "Cambodia"}


def _is_numeral(word: str) -> bool:
    return bool(word) and all(c in "ivxlc" for c in word)


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@lru_cache(maxsize=1)
def body_offices() -> frozenset[str]:
    """The titles of the heads of bodies of states ('secretary general', 'high representative'): whoever holds
    one is nobody's compatriot."""
    return frozenset(term.office for term in load_office_holders().terms if term.kind == "igo_head") - {"president"}


@lru_cache(maxsize=1)
def load_office_holders() -> OfficeHolders:
    terms = []
    for name in OFFICE_FILES:
        for row in read_table(name):
            start = _date(row["start"])
            if start is None:
                continue
            terms.append(OfficeTerm(row["person"], tuple(split_list(row["aliases"])), row["state"], row["kind"],
                                    row["office"], start, _date(row["end"])))
    return OfficeHolders(tuple(terms))


# offices that lead a state, near enough for 'the leader' or 'the president' named before
LEADING_OFFICES = {"president", "prime minister", "chancellor", "leader", "king", "queen", "premier",
                   "supreme leader", "emir"}
# offices of a ruler the data lists no term for (a junta's chief): 'the Myanmar leader' named before
RULING_OFFICES = {"chief", "junta chief", "general", "ruler", "military ruler", "commander in chief"}
# titles that name any office of their kind: "the Saudi minister" after "his Saudi counterpart" (a minister)
GENERIC_TITLES = {"minister", "secretary", "official"}


def office_fit(title: str, role: str) -> int:
    """How well an office a person holds answers a title: 2 the same office, or the same kind of office in
    the data ('top diplomat' is a foreign minister, which a US secretary of state is); 1 a near one (the
    'leader' who is a president or a junta's chief, the 'minister' who is a defense minister); 0 none."""
    if title == role:
        return 2
    kinds = set(TITLE_KINDS.get(title, ())) - {"leader", "igo_head"}
    if kinds & set(TITLE_KINDS.get(role, ())):
        return 2
    if title in LEADING_OFFICES and role in LEADING_OFFICES:
        return 1
    if title == "leader" and role in RULING_OFFICES:
        return 1
    if title in GENERIC_TITLES and role.split()[-1] == title:
        return 1
    return 0
