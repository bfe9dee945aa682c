"""Mentions and the per-document actor index: which span refers to which canonical actor.

The index is the shared state of actor resolution: names, gazetteer forms, roles and organs are
added to it in turn (ingest/actors.py runs the passes); relations read it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from diplograph.ingest.gazetteer import SETTLEMENTS, Gazetteer
from diplograph.ingest.offices import TITLE_KINDS
from diplograph.ingest.timex import WEEKDAYS
from diplograph.model import Actor, ActorType

# the ways a mention names a state itself (by name, capital, a pronoun, "the country"), not its organs, forces,
# delegations or people
STATE_ITSELF = frozenset({"gazetteer", "metonymy", "pronoun", "description", "name"})


@dataclass
class Mention:
    """A span that refers to an actor (or, for a capital or city, possibly only to a place)."""

    start: int
    end: int
    actor: str | None
    # name | surname | gazetteer | metonymy | demonym | organ | role | description | pronoun | place | unnamed
    # (unnamed: someone of a person's, no actor: "Navalny's widow")
    via: str
    place: str | None = None  # the place name when the span can also be read as a location
    located_in: str | None = None  # for a city: its state ("shelled Kharkiv" strikes Ukraine)

    def covers(self, index: int) -> bool:
        return self.start <= index < self.end


@dataclass
class ActorRecord:
    name: str
    type: ActorType
    aliases: set[str] = field(default_factory=set)
    country: str | None = None
    roles: set[str] = field(default_factory=set)

    def freeze(self) -> Actor:
        return Actor(name=self.name, type=self.type, aliases=frozenset(self.aliases - {self.name}),
                     country=self.country, roles=frozenset(self.roles))


@dataclass
class ActorIndex:
    doc: Doc
    gazetteer: Gazetteer
    actors: dict[str, ActorRecord] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    consumed: set[int] = field(default_factory=set)  # title tokens: part of a person's mention, not actors
    plural: dict[int, list[Mention]] = field(default_factory=dict)  # "the foreign ministers of A and B"
    date: dt.date | None = None  # the story's date: who held an office then
    notes: dict[str, str | None] = field(default_factory=dict)  # per-document answers: whose "the junta" is
    dateline: tuple[str, str] | None = None  # the dateline's city and its state: where the story was filed

    def filed_from(self, dateline: tuple[str, str] | None) -> None:
        """Where the story was filed; a town there the gazetteer does not know lies in the dateline's state
        ('LINKOPING, Sweden - ... signed it at the Saab plant in Linkoping')."""
        self.dateline = dateline
        for mention in self.mentions:
            if dateline and mention.via == "place" and mention.located_in is None and \
                    (mention.place or "").lower() == dateline[0].lower():
                mention.located_in = dateline[1]

    def heads_an_organisation(self, person: str) -> bool:
        """Whether a person holds an office only organisations have ('secretary general', 'director general')."""
        record = self.actors.get(person)
        return record is not None and any(TITLE_KINDS.get(role) == ("igo_head",) for role in record.roles)

    def dates(self, spans: Iterable[Span]) -> list[Span]:
        """The DATE entities among spans, and the TIME ones that name a day ("on Sunday night"), but for a name the
        tagger took for one ("After signing it, May spoke")."""
        return [ent for ent in spans if (ent.label_ == "DATE" or ent.label_ == "TIME" and any(
            t.lower_ in WEEKDAYS for t in ent)) and ent.start not in self.by_token]

    # ------------------------------------------------------------------ registry
    def town_as_state(self, town: Mention) -> Mention:
        """A town standing for the state it lies in ('shelled Kharkiv' strikes Ukraine), with the state known
        to the index, so that filters can tell it is a visitor's own."""
        assert town.located_in is not None
        self.register(town.located_in, ActorType.COUNTRY)
        return Mention(town.start, town.end, town.located_in, "metonymy", town.place)

    def register(self, name: str, actor_type: ActorType, surface: str | None = None,
                 country: str | None = None, role: str | None = None) -> ActorRecord:
        record = self.actors.get(name)
        if record is None:
            record = self.actors[name] = ActorRecord(name, actor_type)
        elif record.type is not ActorType.PERSON and actor_type is ActorType.PERSON:
            record.type = ActorType.PERSON
        if surface:
            record.aliases.add(surface)
        if country and country != name and not record.country:
            record.country = country
        if role:
            record.roles.add(role)
        return record

    def add(self, mention: Mention) -> None:
        if any(i in self.by_token for i in range(mention.start, mention.end)):
            return
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self.by_token[i] = mention

    def replace(self, mention: Mention) -> None:
        """A role or organ phrase absorbs the specifiers inside it: 'Ukraine's leader', 'Russian diplomats'."""
        inside = {id(m) for i in range(mention.start, mention.end) if (m := self.by_token.get(i))}
        self.mentions = [m for m in self.mentions if id(m) not in inside]
        for i in [i for i, m in self.by_token.items() if id(m) in inside]:
            del self.by_token[i]
        self.add(mention)


    def frozen(self) -> dict[str, Actor]:
        return {name: record.freeze() for name, record in self.actors.items()}

    def mention_of(self, token: Token) -> Mention | None:
        """The mention covering a token, if any (pronouns are resolved by ingest/coreference.py)."""
        return self.by_token.get(token.i)

    def is_person(self, mention: Mention) -> bool:
        return mention.actor is not None and self.actors[mention.actor].type in (ActorType.PERSON, ActorType.ROLE)

    def is_state(self, actor: str) -> bool:
        return actor in self.actors and self.actors[actor].type is ActorType.COUNTRY

    def names_a_state_at(self, token: Token) -> bool:
        """Whether a token names a state (or its capital), whatever the tagger took it for: '[Kyiv]PERSON'."""
        mention = self.by_token.get(token.i)
        return mention is not None and self.is_state(mention.actor or "")

    def named_at(self, token: Token) -> Mention | None:
        """The mention at a token, or for a settlement noun the one its 'of' names: 'the desert city of Timbuktu'."""
        if token.i in self.by_token or token.lemma_.lower() not in SETTLEMENTS:
            return self.by_token.get(token.i)
        return next((m for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if (m := self.by_token.get(p.i)) is not None), None)

    def across_states(self, first: str, second: str) -> bool:
        """Whether two actors are known to stand for two sides: states (a person for his), or bodies of no state;
        a person of no known state may be a compatriot."""
        sides = [record.name if record.type is not ActorType.PERSON and not record.country else record.country
                 for record in (self.actors.get(first), self.actors.get(second)) if record is not None]
        return len(sides) == 2 and None not in sides and sides[0] != sides[1]

    def compatriots(self, first: str, second: str) -> bool:
        """Whether two actors are persons known to be of one and the same state."""
        countries = {(r.country or None) if r is not None and r.type is ActorType.PERSON else None
                     for r in (self.actors.get(first), self.actors.get(second))}
        return len(countries) == 1 and None not in countries

    def unlisted_body(self, actor: str) -> bool:
        """A body of no known state that only the model's entities name, never the gazetteer: in an election story
        a party or a commission ("the BJP", "the Election Commission"), not a body of states."""
        record = self.actors.get(actor)
        return record is not None and record.type is ActorType.ORGANIZATION and not record.country and not any(
            m.actor == actor and m.via in ("gazetteer", "description") for m in self.mentions)

    def side_of(self, mention: Mention) -> str | None:
        """A person's state, or the actor itself, without registering anything: whose side a mention is on."""
        record = self.actors.get(mention.actor or "")
        return record.country if record is not None and record.country and self.is_person(mention) else mention.actor

    def as_state(self, mention: Mention, via: str = "organ") -> Mention:
        """A person's mention as their state, registered ('both sides' of a dispute, what a leader one met is
        offered); any other mention, or a person of no known state, unchanged."""
        country = self.actors[mention.actor].country if self.is_person(mention) and mention.actor else None
        if not country:
            return mention
        self.register(country, ActorType.COUNTRY)
        return Mention(mention.start, mention.end, country, via)


def conjuncts(token: Token) -> list[Token]:
    """A token and its coordinated siblings: 'the United States and Britain'."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(conjuncts(child))
    return found


def noun_phrase_start(head: Token) -> int:
    """Where the noun phrase a head noun heads begins: 'the visiting Russian [leader]' begins at 'the'."""
    return min(t.i for t in head.subtree if t.i <= head.i and t.dep_ != "prep") if head.dep_ != "ROOT" else head.i


def appositive_person(index: ActorIndex, head: Token) -> Mention | None:
    """The person a role is in apposition with: 'Iran's supreme leader, Ayatollah Ali Khamenei', 'Rwanda's
    ambassador to the United Nations, Ernest Rwamucyo' (parsed as the apposition of its last noun), 'Nursultan
    Nazarbayev, the 81-year-old former president'. An apposition may be a mention that resolved to no actor
    ("the minister Europe trusts most")."""
    holders = [head, *(p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    appositions = [c for holder in holders for c in holder.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        appositions.append(head.head)
    # (or the name the parser made the object of the posting: "Ambassador to Ukraine [Bridget Brink]pobj")
    posted = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for p in c.children
              if p.dep_ == "pobj" and (m := index.by_token.get(p.i)) is not None and m.start > c.i + 1]
    for token in appositions + posted:
        mention = index.by_token.get(token.i)
        if mention is not None and mention.actor is not None and index.actors[mention.actor].type is ActorType.PERSON:
            return mention
    return _name_set_off_after(index, head) or _name_set_off_before(index, head)


def _name_set_off_before(index: ActorIndex, head: Token) -> Mention | None:
    """'[Gorbachev]advmod, the first Soviet leader to visit China since Khrushchev, arrived': a sentence's opening
    name set off by a comma before the subject the parser took the role for is the role's holder."""
    doc = head.doc
    start = head.left_edge.i
    if head.dep_ not in ("nsubj", "nsubjpass") or start < 2 or doc[start - 1].text != "," or \
            doc[start].lower_ not in ("the", "a", "an"):
        return None
    mention = index.by_token.get(start - 2)
    if mention is None or mention.actor is None or mention.start != doc[start].sent.start or \
            index.actors[mention.actor].type is not ActorType.PERSON:
        return None
    name = doc[mention.end - 1]
    return mention if name.head.i == head.head.i and name.dep_ in ("advmod", "npadvmod", "dep", "nsubj") else None


# nouns for a person in a gathering, whose name the parser may hang elsewhere: "held talks with the host, Russian
# President Vladimir Putin"
GATHERING_PEOPLE = {"host", "guest", "visitor", "counterpart", "leader", "chair", "chairman"}


def apposed(index: ActorIndex, head: Token) -> list[Token]:
    """A noun's appositions, or for a person in a gathering the name set off by commas after it."""
    appositions = [c for c in head.children if c.dep_ == "appos"]
    if appositions or (named := _name_set_off_after(index, head)) is None:
        return appositions
    root = index.doc[named.end - 1]
    # any other noun only where the parser hung the name on the noun's verb: "met the head of the U.N.-backed
    # government, Fayez al-Serraj, at a meeting" ([Serraj]npadvmod -> met)
    return [root] if head.lemma_.lower() in GATHERING_PEOPLE or (
        root.dep_ in ("npadvmod", "appos", "dobj") and root.head == head.head and head.dep_ in ("dobj", "pobj")) \
        else []


def _name_set_off_after(index: ActorIndex, head: Token) -> Mention | None:
    """'sanctions on Sudan's army chief, General Abdel Fattah al-Burhan, accusing ...': a person's name set off by
    commas right after a role, titled or not, that the parser hung elsewhere; not one of a list ('the foreign
    minister, Wang Yi and Lavrov')."""
    doc = head.doc
    edge = head.right_edge.i  # after the role's own phrase: "the head of the U.N.-backed government, Fayez ..."
    if edge + 2 >= len(doc) or doc[edge + 1].text != "," or head.dep_ == "appos":
        return None
    mention = next((m for i in range(edge + 2, min(edge + 5, len(doc)))
                    if (m := index.by_token.get(i)) is not None), None)
    if mention is None or mention.actor is None or index.actors[mention.actor].type is not ActorType.PERSON:
        return None
    root = doc[mention.end - 1]
    titled = all(doc[i].dep_ in ("compound", "amod") and edge + 2 <= doc[i].head.i <= root.i
                 for i in range(edge + 2, mention.start))  # ("the host, Russian President Vladimir Putin")
    closed = mention.end == len(doc) or doc[mention.end].text in (",", ".", ";")
    return mention if titled and closed and root.dep_ not in ("conj", "appos") and not any(
        c.dep_ == "conj" for c in root.children) else None


def misread_opening_name(verb: Token, index: ActorIndex) -> list[Token]:
    """A subject the tagger took for a preposition at the sentence's start ("[Barack]IN Obama and Vladimir Putin
    met": its object is the subject's head) or for a modal ("After signing it, [May]MD spoke with Tusk"), where
    the word is part of a name the story knows; or for a noun whose modifier the verb is, in a sentence left
    without a verb ("[Trump]NN [hosted]amod Merkel for talks": the name before the participle)."""
    return [pobj for c in verb.children if c.dep_ == "prep" and c.i == c.sent.start and c.i < verb.i and
            c.text[:1].isupper() and index.by_token.get(c.i) is not None
            for pobj in c.children if pobj.dep_ == "pobj"] or [
        c for c in verb.children if c.dep_ == "aux" and (c.tag_ == "NNP" or misread_modal(c, verb)) and c.i < verb.i and
        (m := index.by_token.get(c.i)) is not None and m.actor is not None] or _name_before_nominal_verb(verb, index)


def misread_modal(aux: Token, verb: Token) -> bool:
    """'[May]MD travelled to Paris': a capitalised modal before a tensed verb, which no modal takes, is a name."""
    return aux.tag_ == "MD" and aux.text[:1].isupper() and verb.tag_ in ("VBD", "VBZ")


def _name_before_nominal_verb(verb: Token, index: ActorIndex) -> list[Token]:
    """'[Trump]NN [hosted]amod Merkel', '[Trump]NN [travels]NNS on Wednesday': the name the parser made a
    modifier of the noun the verb modifies, or of the verb read as a noun."""
    if verb.i == 0:
        return []
    before = verb.doc[verb.i - 1]
    misread = verb.dep_ == "amod" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ == "ROOT" and \
        before.head.i == verb.head.i or verb.dep_ == "ROOT" and verb.tag_ == "NNS" and before.head.i == verb.i
    named = (m := index.by_token.get(before.i)) is not None and m.actor is not None
    return [before] if misread and named and before.dep_ in ("nmod", "compound") and before.text[:1].isupper() \
        else []


def first_of_sentences_before(token: Token, count: int) -> int:
    """The first token of the sentence `count` sentences before the token's (or of the first one)."""
    doc = token.doc
    start = token.sent.start
    for _ in range(count):
        if start > 0:
            start = doc[start - 1].sent.start
    return start
