"""Event counterparts: whom an act is with, named inside the event noun the verb takes.

"offered talks with India", "rejected any contact or negotiations with Japan" (a list shares its phrase), and
for an agreement, the talks it was reached at: "North Korea agreed at six-party talks with the United States,
China, Russia, Japan and South Korea to disable ..."; for a refusal, the talks it shuts out: "closed the door on
talks with Ukraine"; not "ordered new strikes on Tehran", an act of force.
relations.py asks when a verb of offering, turning down, asking or agreeing names no one of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.ingest.targets import ArgumentFinder

# relations whose event noun is an encounter or an accord with a counterpart
ENCOUNTER_NOUN_RELATIONS = {"meet", "call", "visit", "negotiate", "agree", "cooperate"}


def event_counterparts(verb: Token, index: ActorIndex, arguments: ArgumentFinder,
                       event_prepositions: tuple[str, ...] = ()) -> list[Mention]:
    """The counterparts the verb's object names ('offered talks with India'), or the event the verb's phrase of
    one of event_prepositions names: the talks an accord is reached 'at', a door is shut 'on' or 'to'."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in event_prepositions
        for g in c.children if g.dep_ == "pobj"]
    found: list[Mention] = []
    for noun in nouns:
        cues = [cue for n in conjuncts(noun) if (cue := arguments.lexicon.nouns.get(n.lemma_.lower())) is not None
                and cue.relation in ENCOUNTER_NOUN_RELATIONS]
        found.extend(m for cue in cues[:1] for n in conjuncts(noun) for prep in n.children if prep.dep_ == "prep"
                     and prep.lower_ in cue.targets for pobj in prep.children if pobj.dep_ == "pobj"
                     for m in arguments.actors_of(pobj, index))
    return found
