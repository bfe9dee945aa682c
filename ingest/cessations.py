"""An act its own doer stops is eased, not done: 'Russia stopped shelling Kharkiv', 'Israel ceased its attacks on
Hezbollah', 'would stop bombing the Houthis': the doer eases the pressure, a concession (relations.tsv's concede),
as 'suspended the tariffs' already reads; not a withdrawal, which pulls forces back. Aid or backing its giver stops
is none given ('stopped supporting the rebels')."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate
from diplograph.ingest.mentions import ActorIndex
from diplograph.ingest.targets import ArgumentFinder

CEASING_VERBS = {"stop", "halt", "cease", "end", "suspend", "pause", "discontinue"}
PRESSING_RELATIONS = {"attack", "mobilize", "coerce", "sanction"}
WITHHELD_RELATIONS = {"aid", "support"}  # what stops being given when its giver stops


def ceasing_verb(trigger: Token) -> Token | None:
    """The verb that stops an act told by a gerund or a noun as its object ('stopped shelling', 'ceased its
    attacks'), unless that verb is negated ('did not stop bombing')."""
    if not (trigger.dep_ == "xcomp" and trigger.tag_ == "VBG" or trigger.dep_ == "dobj" and trigger.pos_ == "NOUN"):
        return None
    head = trigger.head
    if head.lemma_.lower() not in CEASING_VERBS or any(c.dep_ == "neg" for c in head.children):
        return None
    return head


def eased(candidate: Candidate, index: ActorIndex, arguments: ArgumentFinder) -> Candidate | None:
    """A hostile act stopped by its own doer becomes its easing, aid or backing stopped is none given ('stopped
    sending Ukraine weapons', 'pledged to stop supporting each other's rebels'); an act stopped by another ('Israel
    stopped the attack by intercepting the drones', 'a US trade court halted Trump's tariffs') is left to what else
    the sentence says."""
    stop = ceasing_verb(candidate.trigger) if candidate.relation in PRESSING_RELATIONS | WITHHELD_RELATIONS else None
    if stop is None:
        return candidate
    agents = arguments.agents(stop, index)
    if candidate.source not in {m.actor for m in agents} and not (
            index.is_state(candidate.source) and candidate.source in {index.side_of(m) for m in agents}):
        return candidate
    return dataclasses.replace(candidate, relation="concede", trigger=stop, clause=stop) \
        if candidate.relation not in WITHHELD_RELATIONS else None
