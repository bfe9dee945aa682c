"""Delegations: a group of people the story lists once, and refers to as a whole before and after.

"Four West African heads of state flew into Banjul ... The delegation, led by Liberian President Ellen Johnson
Sirleaf, also included Nigeria's Muhammadu Buhari, Ghana's John Mahama and Ernest Bai Koroma ... The leaders
sat down with Jammeh": the delegation is its leader and the members it included; "the leaders" and "the
mediators" after it, and a group of as many people counted just before it ("four heads of state"), are the
same people, each acting; so is a group led by several ("delegations led by A, B and C met"). Pure: a parsed
Doc and its ActorIndex in; the index's plural mentions extended.
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from diplograph.ingest.coordination import listed
from diplograph.ingest.groups import count_of
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.ingest.token_columns import hashes, tokens_where
from diplograph.model import ActorType

# verbs by which a group names its members: "the delegation also included Buhari and Mahama"
INCLUDING_VERBS = frozenset({"include", "comprise"})
INCLUDING_HASHES = hashes(INCLUDING_VERBS)
# nouns of a group of people sent or gathered together
GROUP_NOUNS = {"delegation", "team", "mission", "group", "entourage", "panel", "party", "troika"}
# groups led by several people, each of whom stands for it (not a political party: "the Greens, led by A and B")
LED_GROUPS = GROUP_NOUNS - {"party"}
LED_HASHES = hashes(LED_GROUPS)
# nouns by which the story refers to the group's people again: "the leaders", "the mediators", "the delegation"
REFERRING_NOUNS = GROUP_NOUNS | {"leader", "mediator", "envoy", "visitor", "president", "head", "delegate",
                                 "minister", "negotiator"}
SENTENCES_AROUND = 4  # how far before and after its list the group is referred to


def add_delegations(index: ActorIndex, doc: Doc, first: int) -> None:
    """Each group that names its members ('The delegation, led by A, included B and C') stands for them, and
    so do the references to it around that sentence."""
    for verb in tokens_where(doc, LEMMA, INCLUDING_HASHES, first):
        group = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in GROUP_NOUNS), None)
        listed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if group is None or listed is None:
            continue
        led = [p for c in group.children if c.dep_ == "acl" and c.lemma_.lower() == "lead"
               for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        # every person the object names, however the parser hangs the list ("Buhari, Ghana's outgoing
        # president John Mahama and Ernest Bai Koroma" is parsed as appositions of appositions)
        members = [m for t in [*led, *listed.subtree] if (m := index.by_token.get(t.i)) is not None
                   and m.actor is not None and index.actors[m.actor].type is ActorType.PERSON]
        people = list(dict.fromkeys(m.actor or "" for m in members))
        if len(people) >= 2:
            _stands_for(index, doc, group, people)
    for group in tokens_where(doc, LEMMA, LED_HASHES, first):
        if group.i not in index.plural and len(people := _leaders(index, group)) >= 2:
            _stands_for(index, doc, group, people)


def _stands_for(index: ActorIndex, doc: Doc, group: Token, people: list[str]) -> None:
    for token in [group, *_references(doc, group, people, index)]:
        index.plural[token.i] = [Mention(token.i, token.i + 1, who, "description") for who in people]


def _leaders(index: ActorIndex, group: Token) -> list[str]:
    """'a Canadian team led by Michael Wilson and Derek Burney', 'delegations headed by A, B and C': the persons
    the group is led by, each of them (one alone is add_delegation's, envoys.py); a last name the parser hung on
    the group itself belongs to the list ("Delegations led by A, B and China's envoy [Deng Xijun]appos met"). Not a
    group that is one side among others ("talks between Baker and [a team led by Wilson and Burney]"), nor sides its
    own words name ("Iranian and U.S. teams led by A and B"); and leaders of one state, one side, stand for the group
    only where the clause names another ("A Chinese delegation led by Wang Yi and Liu Jianchao held talks in Moscow"
    is no meeting of the two)."""
    if group.dep_ == "conj" or any(c.dep_ == "conj" for c in group.children):  # (the caller picks LED_GROUPS)
        return []
    led = [p for c in group.children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")
           for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if not led or sum(1 for c in group.children if c.dep_ in ("amod", "compound", "nmod") for t in conjuncts(c)
                      if (m := index.by_token.get(t.i)) is not None and m.actor and index.is_state(m.actor)) > 1:
        return []
    leaders = [t for p in led for t in listed(p)]
    if len(leaders) > 1:
        leaders += [c for c in group.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    people = list(dict.fromkeys(m.actor for t in leaders if (m := index.by_token.get(t.i)) is not None
                                and m.actor is not None and index.actors[m.actor].type is ActorType.PERSON))
    own, states = {t.i for t in group.subtree}, {index.actors[p].country for p in people} - {None}
    if group.dep_ in ("nsubj", "nsubjpass") and len(states) <= 1 and not any(
            (m := index.by_token.get(t.i)) is not None and m.actor and m.actor not in people and m.place is None
            for t in group.head.subtree if t.i not in own):  # (a city told is where, not whom: "talks in Moscow")
        return []
    return people


def _references(doc: Doc, group: Token, people: list[str], index: ActorIndex) -> list[Token]:
    """The references to a group's people around its list: 'the leaders' after it, until the story names
    someone else or another group; a number of as many people just before it ('four heads of state'), whose
    state, if it names one, is theirs."""
    sentences = list(doc.sents)
    here = next(n for n, s in enumerate(sentences) if s.start <= group.i < s.end)
    states = {index.actors[who].country for who in people}
    found = []
    for sentence in sentences[max(0, here - 1):here]:  # "Four West African heads of state flew into Banjul."
        found += [t for t in sentence if t.lemma_.lower() in REFERRING_NOUNS and t.pos_ == "NOUN"
                  and count_of(t) == len(people) and all(
                      index.actors[m.actor].type is not ActorType.COUNTRY or {m.actor} == states
                      for c in t.children if (m := index.by_token.get(c.i)) is not None and m.actor)]
    for sentence in sentences[here:here + SENTENCES_AROUND + 1]:
        for token in sentence:
            if token.i <= group.i:
                continue
            named = index.by_token.get(token.i)
            if named is not None and named.actor and named.actor not in people and \
                    index.actors[named.actor].type is ActorType.PERSON or token.lemma_.lower() in GROUP_NOUNS and \
                    any(c.dep_ in ("amod", "compound", "poss") for c in token.children):
                return found  # someone else, or another group ("the Ukrainian delegation"), is told of now
            if token.lemma_.lower() in REFERRING_NOUNS and token.pos_ == "NOUN" and not count_of(token) and any(
                    c.dep_ == "det" and c.lower_ in ("the", "these") for c in token.children) and (
                    token.tag_ == "NNS" or token.lemma_.lower() in GROUP_NOUNS) and not any(
                    c.dep_ in ("prep", "poss", "amod", "compound") for c in token.children):
                found.append(token)
    return found
