"""Armed forces in a sentence: whether it speaks of arms, and what forces do by moving or drilling together.

A verb of contest or of harsh words is an attack only where there are arms ("troops clashed", not "ministers
clashed over the budget"); a verb of leaving is a withdrawal only when forces leave; forces massing near a place
mobilise against its state; a joint show of force is cooperation between those who hold it. relations.py asks.
The armed nouns are PETRARCH2's military and rebel agents (field_lexicon.py).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.constructions import substance
from diplograph.ingest.field_lexicon import load_agents
from diplograph.ingest.lexicon import Lexicon, VerbCue
from diplograph.ingest.mentions import ActorIndex
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.verb_cues import PERFORMING_VERBS, known_lemma, verb_cue

LEAVING_VERBS = {"leave", "depart", "quit", "exit"}
LEAVING_PHRASALS = {"get", "clear", "move", "pack", "ship"}  # with "out": "48 hours to get out"
FORCE_NOUNS = {"troop", "force", "soldier", "army", "military", "contingent", "peacekeeper", "unit", "battalion",
               "brigade", "marine", "mercenary", "fighter"}
# forces whose leaving a place is a withdrawal, beside the field's military agents: "the last U.S. troops left"
LEAVING_FORCES = {"forces", "peacekeepers", "units", "contingent", "contingents"}
# verbs by which forces, their subject, gather near a place: "troops massed near the border"
MASSING_VERBS = {"mass", "gather", "concentrate", "assemble", "deploy", "amass", "build"}
ARMED_WORDS = {"border", "frontier", "fire", "gunfire", "shelling", "artillery", "weapon", "missile", "rocket",
               "drone", "airstrike", "strike", "battle", "fighting", "offensive", "war", "ceasefire", "troop", "force",
               "soldier", "army", "militant", "rebel", "insurgent", "fighter", "navy", "warship", "jet", "tank"}


@lru_cache(maxsize=1)
def armed_nouns() -> frozenset[str]:
    """The field's military and rebel agent nouns: 'troops', 'soldiers', 'insurgents', 'militia'."""
    return frozenset(noun for noun, sector in load_agents().items() if sector in ("MIL", "REB"))


def speaks_of_arms(sentence: Span) -> bool:
    """Whether a sentence speaks of force: soldiers, rebels, weapons, fire or a border."""
    armed = armed_nouns()
    return any(t.lower_ in armed or t.lemma_.lower() in ARMED_WORDS for t in sentence)


def forces_are_subject(verb: Token) -> bool:
    """Whether a verb of leaving has armed forces for subject: 'the last U.S. troops left Afghanistan'."""
    armed = armed_nouns()
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in armed or c.lower_ in armed or
                                      c.lemma_.lower() in FORCE_NOUNS) for c in verb.children)


def forces_moving(verb: Token) -> VerbCue | None:
    """'The last U.S. troops left Afghanistan', 'Venezuelan troops massed near the border': armed forces
    leaving a place withdraw from it; massing near one mobilise against its state."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    lemma = verb.lemma_.lower()
    if subject is None or subject.lower_ not in armed_nouns() | LEAVING_FORCES:
        return None
    if lemma in LEAVING_VERBS:
        return VerbCue(lemma, "", "withdraw", ("dobj",), frozenset())
    if lemma in MASSING_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
        return VerbCue(lemma, "", "mobilize", ("prep:near", "prep:along", "prep:on", "prep:at", "prep:to"),
                       frozenset())
    return None


def joint_exercise(verb: Token, index: ActorIndex, lexicon: Lexicon, arguments: ArgumentFinder) -> list[Candidate]:
    """'Chinese and Russian warships held joint drills', 'began joint exercises with India': a joint show of
    force is military cooperation between those who hold it, whoever it is aimed at; so is whatever
    coordinated agents do 'jointly' that is no event of its own ('will jointly develop a fighter jet')."""
    drills = [n for o in verb.children if o.dep_ == "dobj" and any(m.lower_ in ("joint", "combined")
              for m in o.children) for n in substance(o) if any(
              c.relation == "mobilize" for c in lexicon.object_cues.get(n.lower_, ()))]
    jointly = any(c.dep_ == "advmod" and c.lower_ == "jointly" for c in verb.children) and \
        verb_cue(verb, lexicon) is None  # "France and Germany will jointly develop a fighter jet"
    if not jointly and (not drills or known_lemma(verb, PERFORMING_VERBS) not in PERFORMING_VERBS):
        return []  # "would suspend its joint exercises with South Korea" holds none
    parties = arguments.agents(verb, index) + [m for holder in (verb, *drills) for c in holder.children
                                               if c.dep_ == "prep" and c.lower_ == "with" for pobj in
                                               c.children for m in arguments.actors_of(pobj, index)]
    pairs = {(a.actor, b.actor): (a, b) for i, a in enumerate(parties) for b in parties[i + 1:]
             if a.actor != b.actor}
    return [make_candidate("cooperate", a, b, verb, verb, 0.75) for a, b in pairs.values()]


def is_leaving(verb: Token) -> bool:
    """'to leave', 'to depart', 'to get out', 'to clear out'."""
    lemma = verb.lemma_.lower()
    return lemma in LEAVING_VERBS or (lemma in LEAVING_PHRASALS and any(c.dep_ == "prt" and c.lower_ == "out"
                                                                        for c in verb.children))
