"""Names the tagger left out or misread: known places it left unnamed, surnames it read as words (not another's
surname after his own given name), entities it ran on into a list's "and", and peoples' adjectives hyphened to a
place, which name no state's act; and an unknown place's state, told beside it ("Shyrokyne, a village east of the
Ukrainian port of Mariupol"). actors.py runs these in its pass.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from diplograph.ingest.gazetteer import Gazetteer
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.preposition_repairs import BORDER_NOUNS
from diplograph.ingest.surnames import Surnames
from diplograph.ingest.token_columns import tokens_where
from diplograph.model import ActorType


def add_untagged_places(index: ActorIndex, doc: Doc, first: int, gazetteer: Gazetteer) -> None:
    """A known place the tagger left unnamed ("massed near Donetsk"): a place of its state, never an actor."""
    taken = index.by_token.keys() | index.consumed
    for token in tokens_where(doc, POS, {PROPN}, first):
        if token.pos_ != "PROPN" or token.ent_type_ or token.i in taken or not token.text[:1].isupper():
            continue
        for end in range(min(token.i + 3, len(doc)), token.i, -1):
            span = doc[token.i:end]
            state = gazetteer.city_state(span.text)
            if state and not any(t.ent_type_ or t.i in taken for t in span):
                index.add(Mention(span.start, span.end, None, "place", place=span.text, located_in=state))
                break
    locate_described_places(index)


# nouns of a settlement, whose apposition after a place the gazetteer does not know tells its state
SETTLEMENT_NOUNS = {"village", "town", "city", "port", "district", "settlement", "hamlet", "enclave", "outpost"}


# words by which a settlement is told away from a place, which may lie in another state: "80 km from Mosul"
AWAY_WORDS = {"from", "near", "outside", "off", "beyond", "across"} | BORDER_NOUNS


def locate_described_places(index: ActorIndex) -> None:
    """'Shyrokyne, a village east of the Ukrainian port of Mariupol': an unknown place lies where the settlement
    noun set beside it says, by a settlement's own state's adjective first ("a Syrian town 80 km from Mosul"), else a
    place it lies in or is part of (not one it is near or away from, nor a border: "a village near the Russian
    border" may lie on either side)."""
    for mention in [m for m in index.mentions if m.via == "place" and m.located_in is None]:
        described = [c for c in index.doc[mention.end - 1].children if c.dep_ == "appos"
                     and c.lemma_.lower() in SETTLEMENT_NOUNS]
        told = [t for a in described for t in a.subtree if not _told_away(t, a)]
        state = next((m.actor for t in told if t.dep_ == "amod" and t.head.lemma_.lower() in SETTLEMENT_NOUNS
                      and (m := index.by_token.get(t.i)) is not None and m.actor and index.is_state(m.actor)),
                     None) or next((m.located_in for t in told if (m := index.by_token.get(t.i)) is not None
                                    and m.located_in), None)
        if state:
            index.replace(dataclasses.replace(mention, located_in=state))


def _told_away(token: Token, top: Token) -> bool:
    """Whether a word of a phrase hangs, up to the phrase's head, under a word that tells a place away from it ('80
    km from [Mosul]', 'near the [Syrian] border')."""
    node = token
    while node.lower_ not in AWAY_WORDS and node.lemma_.lower() not in AWAY_WORDS:
        if node.i == top.i or node.head.i == node.i:
            return False
        node = node.head
    return True


# nouns of a kind of body, after which a name in apposition is that body's: "Russian state broadcaster RT"
BODY_KINDS = {"broadcaster", "agency", "channel", "network", "newspaper", "outlet", "group", "militia",
              "organisation", "organization", "coalition"}  # (not a company or a party: "the French company Total")


def add_named_bodies(index: ActorIndex, doc: Doc, first: int) -> None:
    """A name the tagger left out right after a noun of a kind of body ('accused Russian state broadcaster RT'):
    the body of that name, an organisation."""
    taken = index.by_token.keys() | index.consumed
    for token in tokens_where(doc, POS, {PROPN}, first):
        if token.pos_ != "PROPN" or token.ent_type_ or token.i in taken or not token.text[:1].isupper():
            continue
        kind = token.head if token.dep_ == "appos" else next(  # "broadcaster RT" read as a compound too
            (c for c in token.children if c.dep_ == "compound" and c.lemma_.lower() in BODY_KINDS), None)
        if kind is None or kind.lemma_.lower() not in BODY_KINDS:
            continue
        start = kind.i + 1
        if any(t.pos_ != "PROPN" or t.i in taken for t in doc[start:token.i + 1]):
            continue
        name = doc[start:token.i + 1].text
        index.register(name, ActorType.ORGANIZATION)
        index.add(Mention(start, token.i + 1, name, "name"))


# where a word the tagger read as a verb still stands as a name: "[Tshering]VBG received Modi"
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss"}


def add_untagged_surnames(index: ActorIndex, doc: Doc, first: int, surnames: Surnames) -> None:
    """A surname of a person the story names in full, which the tagger read as a word and left out of every
    entity ('[Trump]NN held talks with Macron' after 'U.S. President-elect Donald Trump'), or as a verb where only
    a noun can stand ('[Tshering]VBG received Modi'): that person."""
    last_words = _full_names_by_last_word(index)
    for token in doc[first:]:
        nominal = token.pos_ in ("NOUN", "PROPN", "ADJ") or token.dep_ in NOMINAL_DEPS
        if token.ent_type_ or token.i in index.by_token or not token.text[:1].isupper() or not token.is_alpha \
                or not nominal:
            continue
        name = surnames[token.text] if token.text in surnames else last_words.get(token.text)
        if name is not None and name in index.actors and index.actors[name].type is ActorType.PERSON:
            index.add(Mention(token.i, token.i + 1, name, "surname"))


def add_surname_bearer(index: ActorIndex, name: Span, bearer: str, is_title: Callable[[Token], bool]) -> None:
    """A name's or a bare surname's bearer, the holder the story or the office data knows; a surname after a given
    name not his own is a person of that full name ('Francesca Albanese', no Anthony Albanese)."""
    if len(name) == 1 and _given_another_name(name[0], bearer, is_title):
        full = f"{name.doc[name.start - 1].text} {name.text}"
        index.register(full, ActorType.PERSON, surface=full)
        index.replace(Mention(name.start - 1, name.end, full, "name"))
        return
    index.register(bearer, ActorType.PERSON, surface=name.text)
    index.add(Mention(name.start, name.end, bearer, "surname" if len(name) == 1 else "name"))


def _given_another_name(token: Token, bearer: str, is_title: Callable[[Token], bool]) -> bool:
    """'Francesca Albanese' is not Anthony Albanese: a surname after a given name that is not the bearer's own (not
    after a title: 'Prime Minister Albanese')."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.pos_ == "PROPN" and before.is_alpha and before.text[:1].isupper() and \
        before.ent_type_ in ("", "PERSON", "ORG") and before.text not in bearer.split() and not is_title(before)


def _full_names_by_last_word(index: ActorIndex) -> dict[str, str]:
    """The people the story names in full, by a last word only one of them has: those the tagger saw no person
    in are in no surname table ("his Bhutanese counterpart [Lotay Tshering]")."""
    names: dict[str, set[str]] = {}
    for record in index.actors.values():
        if record.type is ActorType.PERSON and " " in record.name:
            names.setdefault(record.name.rsplit(" ", 1)[1], set()).add(record.name)
    return {last: next(iter(full)) for last, full in names.items() if len(full) == 1}


# what a people's adjective says of a place or body when hyphened to it: a people, not its state ("the Serb-run
# region", "Serb-majority municipalities", "Kurdish-populated areas")
PEOPLED_WORDS = frozenset({"run", "majority", "dominated", "populated", "inhabited", "speaking", "controlled",
                           "held"})


def drop_peopled(index: ActorIndex, doc: Doc) -> None:
    """'the Serb-run region': the adjective names a people living or ruling there, no act of Serbia's."""
    for mention in list(index.mentions):
        if mention.end + 1 < len(doc) and mention.via in ("demonym", "gazetteer") and \
                doc[mention.end].text == "-" and doc[mention.end + 1].lower_ in PEOPLED_WORDS:
            index.replace(Mention(mention.start, mention.end, None, "unnamed"))


def without_a_trailing_link(ent: Span) -> Span:
    """An entity the tagger ran on into the list's 'and' or comma ('[Xi Jinping and]ORG South Africa's Zuma') or a
    preposition ('[the Gulf on]LOC Monday'): the name without it."""
    end = ent.end
    while end - 1 > ent.start and (ent.doc[end - 1].lower_ in ("and", "or", ",") or ent.doc[end - 1].tag_ == "IN"):
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)
