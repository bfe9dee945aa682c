"""Designations: a state or group put on a list of terror is sanctioned by whoever puts it there, and one taken
off it is conceded to; a state designated an ally is supported.

"designated North Korea a state sponsor of terrorism", "listed the Houthis as a terrorist organisation",
"designated Hezbollah, a ..., a terrorist group": CAMEO's administrative sanctions. Not rhetoric in a clause
("declared that Kyiv uses terrorist methods") nor a proposal ("proposed designating Russia"). "Took Sudan off
its list of state sponsors of terrorism", "removed Cuba from the list": CAMEO's easing of sanctions.
Pure: a verb, the actors resolved and the argument finder.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.mentions import ActorIndex
from diplograph.ingest.targets import ArgumentFinder

DESIGNATING_VERBS = {"designate", "declare", "list", "redesignate", "relist"}
TERROR_WORDS = {"terrorism", "terrorist", "terror"}
ALLY_WORDS = {"ally"}  # "designated Brazil a major non-NATO ally": a status that supports
DELISTING_VERBS = {"take", "remove", "drop", "strike", "delist"}


def designated(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """A sanction on the one a designating verb names beside a label of terror (support, of an ally): its object,
    the other object (the parser makes both nouns objects), or the small clause's subject; the label may be an
    'as' phrase or the object's apposition."""
    if verb.lemma_.lower() not in DESIGNATING_VERBS or verb.tag_ == "VBG" and not any(
            c.dep_ == "aux" for c in verb.children) or any(  # ("proposed designating Russia"; "was designating")
            c.dep_ == "neg" for c in verb.children):
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd", "nsubjpass")]
    phrases = [*objects, *(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children),
               *(a for o in objects for a in o.children if a.dep_ == "appos")]
    for words, relation in ((TERROR_WORDS, "sanction"), (ALLY_WORDS, "support")):
        labels = [c for c in phrases if _says(c, words)]
        if labels:
            named = [m for c in objects if not _says(c, words) for m in arguments.actors_of(c, index)]
            named += [m for c in labels[0].children if c.dep_ == "nsubj" for m in arguments.actors_of(c, index)]
            return [make_candidate(relation, s, t, verb, verb, 0.75) for s in arguments.agents(verb, index)
                    for t in named]
    return []


# verbs that put someone on a list, and the lists that sanction whom they hold: "added 33 Chinese companies to
# its trade blacklist", "put Huawei on its entity list", "placed five Iranians on a sanctions list"
ADDING_VERBS = {"add", "put", "place"}
LIST_WORDS = {"entity", "sanction", "sanctions", "terror", "terrorist", "terrorism"}


def blacklisted(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """A sanction on whom a verb of adding puts on a blacklist, an entity or sanctions list (its object, or the
    passive's subject): 'were added to a U.S. trade blacklist by the Commerce Department'."""
    if verb.lemma_.lower() not in ADDING_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return []
    # (or on "back": "put Cuba [back] [on] its list")
    lists = [g for h in (verb, *(b for b in verb.children if b.lower_ == "back")) for c in h.children
             if c.dep_ == "prep" and c.lower_ in ("to", "on") for g in c.children
             if g.dep_ == "pobj" and (g.lemma_.lower() == "blacklist" or g.lemma_.lower() == "list" and (any(
                 m.dep_ in ("compound", "amod") and m.lower_ in LIST_WORDS for m in g.children) or
                 _says(g, TERROR_WORDS)))]
    if not lists:
        return []
    named = [m for c in verb.children if c.dep_ in ("dobj", "nsubjpass")  # ("33 Chinese companies": China)
             for m in arguments.actors_of(c, index, possessor=True)]
    # the list's owner, where the passive names no agent: "Cuba was put back on Washington's list of state sponsors
    # of terrorism"
    adders = arguments.agents(verb, index) or [m for g in lists for c in g.children if c.dep_ == "poss"
                                               for m in arguments.actors_of(c, index)]
    return [make_candidate("sanction", s, t, verb, verb, 0.75) for s in adders for t in named if s.actor != t.actor]


def delisted(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """A concession to the one a verb of removal takes off or from a list of terror: 'took Sudan off its list of
    state sponsors of terrorism'."""
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)  # ("struck [off] [the list]dobj")
    lists = [g for c in verb.children for g in ([c] if off and c.dep_ == "dobj" else c.children if c.dep_ in (
        "prep", "prt") and c.lower_ in ("off", "from") else []) if g.dep_ in ("pobj", "dobj")
        and g.lemma_.lower() == "list" and _says(g, TERROR_WORDS)]
    if verb.lemma_.lower() not in DELISTING_VERBS or any(c.dep_ == "neg" for c in verb.children) or not lists:
        return []
    named = [m for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c not in lists
             for m in arguments.actors_of(c, index)]
    # the list's owner, where the passive names no agent: "Cuba was struck off Washington's list of ..."
    removers = arguments.agents(verb, index) or [m for g in lists for c in g.children if c.dep_ == "poss"
                                                 for m in arguments.actors_of(c, index)]
    return [make_candidate("concede", s, t, verb, verb, 0.75) for s in removers for t in named if s.actor != t.actor]


def _says(phrase: Token, words: set[str]) -> bool:
    """Whether the phrase's own words, not an apposition's, say one of these (terror, an ally)."""
    stack, found = [phrase], False
    while stack and not found:
        token = stack.pop()
        found = token.lower_ in words
        stack.extend(c for c in token.children if c.dep_ != "appos")
    return found
