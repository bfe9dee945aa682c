"""Memberships: a state leaving an organisation cuts its ties with it.

"Nicaragua said it was leaving the Organization of American States", "Burkina Faso, Mali and Niger quit
ECOWAS", "Venezuela will begin pulling out of the OAS": not forces withdrawing from a place but a membership
ended, which the blind writers and the field code as severed relations (CAMEO 16). Pure: a verb or candidate
and the index.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate
from diplograph.ingest.forces import forces_are_subject, is_leaving
from diplograph.ingest.mentions import STATE_ITSELF, ActorIndex
from diplograph.model import ActorType

STATE_NOUNS = {"country", "nation"}  # "his country would leave the CSTO"


def quits_body(verb: Token, index: ActorIndex) -> bool:
    """Whether a verb of leaving has an organisation for object: 'left the European Union', 'quit ECOWAS'."""
    return any(index.actors[m.actor].type is ActorType.ORGANIZATION for c in verb.children if c.dep_ == "dobj"
               if (m := index.by_token.get(c.i)) is not None and m.actor is not None)


def membership_ended(candidate: Candidate, index: ActorIndex) -> Candidate | None:
    """A state's withdrawal from an organisation, as a break with it; else as it was (a leaving verb with an
    organisation for object, which quits_body let through, then none). Only the state itself, named, leaving
    with nothing else withdrawn ("withdrew its troops from the UN mission" is forces', "Zelensky left NATO after
    the summit" a person's, "the delegation left the Council" a walk-out), and only as a clause's own news:
    leaving told as a time, a condition or a concession ("once Britain leaves the bloc", "although Morocco had
    left the organisation"), a noun's ("its decision to leave") or a vote's is background."""
    source, target = index.actors.get(candidate.source), index.actors.get(candidate.target)
    if candidate.relation != "withdraw" or source is None or target is None or \
            target.type is not ActorType.ORGANIZATION or forces_are_subject(candidate.trigger):
        return candidate  # (troops pulling back from a place the tagger took for a body withdraw from it)
    trigger = candidate.trigger
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = index.by_token.get(subject.i) if subject is not None else None
    withdrawn = [c for c in trigger.children if c.dep_ == "dobj" and index.by_token.get(c.i) is None]
    if not index.is_state(source.name) or withdrawn or any(c.dep_ == "mark" for c in trigger.children) or \
            trigger.dep_ in ("advcl", "acl", "relcl", "pcomp") or trigger.dep_ == "xcomp" and (
            trigger.head.pos_ == "NOUN" or trigger.head.lemma_.lower() == "vote") or (
            subject is not None and named is not None and named.via not in STATE_ITSELF and
            subject.lemma_.lower() not in STATE_NOUNS):
        return None if is_leaving(trigger) else candidate
    return dataclasses.replace(candidate, relation="sever")
