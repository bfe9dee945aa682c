"""Ultimatums: time given to another to do something is a demand that it be done.

"Baghdad gave Ankara 48 hours to remove the troops", "Prague gave Moscow until noon on Thursday to let its
diplomats return": nothing in the words asks or orders, and 'give' cues no event, yet the field codes a deadline
set for another as a demand (a threat is read into it only where the text says what follows). Time given to
leave is an expulsion (expulsions.py, asked first); more time given ("ten more days to complete the handover")
eases a deadline, and demands nothing new. Pure: a parsed verb and the index in, candidates out.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.constructions import DURATIONS
from diplograph.ingest.mentions import ActorIndex
from diplograph.ingest.targets import ArgumentFinder

# what is given: "48 hours", "two weeks", "a deadline" (not "two years to negotiate its exit": time to do a thing,
# no ultimatum)
TIME_NOUNS = DURATIONS - {"month", "year"} | {"deadline"}
DEADLINE_PREPOSITIONS = {"until", "till", "by"}  # or how long: "until noon on Thursday"
EXTENDING_WORDS = {"more", "extra", "additional", "further", "another"}  # "ten more days": a deadline eased


def deadline_set(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'gave Ankara 48 hours to remove the troops': the giver demands of the one given the time."""
    if verb.lemma_.lower() != "give":
        return []
    spans = [c for c in verb.children if c.dep_ == "dobj" and (c.lemma_.lower() == "deadline" or c.lemma_.lower() in
             TIME_NOUNS and any(n.dep_ == "nummod" for n in c.children) or c.ent_type_ == "TIME")]
    if any(c.dep_ == "dobj" and c not in spans and index.by_token.get(c.i) is None for c in verb.children):
        return []  # something else given ("$500 million by December to buy weapons"): its own event, if any
    times = spans + [p for c in verb.children if c.dep_ == "prep" and c.lower_ in DEADLINE_PREPOSITIONS
                     for p in c.children if p.dep_ == "pobj"]
    if not times or any(t.lower_ in EXTENDING_WORDS for time in times for t in time.subtree):
        return []
    # the act to be done by then, an infinitive on the verb or on the time: "until the end of Tuesday to explain"
    acts = [a for holder in (verb, *times) for a in holder.children if a.dep_ in ("advcl", "xcomp", "relcl", "acl")
            and a.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)]
    given = [c for c in verb.children if c.dep_ == "dative" or c.dep_ == "dobj" and c not in times]
    if not acts or not given:
        return []
    targets = [m for g in given for m in arguments.actors_of(g, index)]
    return [make_candidate("demand", s, t, verb, verb, 0.7) for s in arguments.agents(verb, index) for t in targets
            if s.actor != t.actor]
