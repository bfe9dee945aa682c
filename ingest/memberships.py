"""Memberships: a state leaving an organisation cuts its ties with it; one seeking to join appeals to it.

"Nicaragua said it was leaving the Organization of American States", "Burkina Faso, Mali and Niger quit
ECOWAS", "Venezuela will begin pulling out of the OAS": not forces withdrawing from a place but a membership
ended, which the blind writers and the field code as severed relations (CAMEO 16). "Finland applied to join
NATO", "handed in their NATO membership applications": a request for membership made, coded as an appeal to the
body (not a bid only told of, "Morocco's bid to rejoin the African Union won support"). Pure: a verb or candidate
and the index.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.departures import is_leaving
from diplograph.ingest.forces import forces_are_subject
from diplograph.ingest.mentions import STATE_ITSELF, ActorIndex
from diplograph.ingest.targets import ArgumentFinder
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


JOINING_VERBS = {"join", "rejoin", "accede"}
SEEKING_VERBS = {"apply", "seek", "bid", "ask", "request"}
SEEKING_NOUNS = {"bid", "application", "request"}
# verbs by which a request is made, not only told of: "handed in their applications" (not "blocked Sweden's bid")
SUBMITTING_VERBS = {"submit", "hand", "file", "lodge", "present", "deliver"}


def membership_sought(token: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'applied to join NATO', 'applied for NATO membership', 'handed in their NATO membership applications':
    who asks to join an organisation appeals to it (not a bid only told of: 'blocked Sweden's bid to join')."""
    frame, bodies = _request_to_join(token)
    if frame is None:
        return []
    asking = frame if frame.pos_ in ("VERB", "AUX") else _submitting_verb(frame)
    if asking is None:
        return []
    joined = [m for b in bodies for m in arguments.actors_of(b, index)
              if (record := index.actors.get(m.actor or "")) is not None and record.type is ActorType.ORGANIZATION]
    return [make_candidate("appeal", s, b, asking, asking, 0.7) for s in arguments.agents(asking, index)
            for b in joined if s.actor and s.actor != b.actor]


def _request_to_join(token: Token) -> tuple[Token | None, list[Token]]:
    """The verb or noun of asking a joining verb completes ('applied [to join] NATO', 'its bid [to join]'), or
    a request for membership ('applied for NATO membership', 'NATO membership applications'); and the body's
    phrases."""
    if token.lemma_.lower() in JOINING_VERBS and token.dep_ in ("xcomp", "acl", "relcl") and \
            token.head.lemma_.lower() in SEEKING_VERBS | SEEKING_NOUNS and not any(
                c.dep_ in ("dobj", "dative") for c in token.head.children):  # ("asked Britain to rejoin": Britain's)
        return token.head, [c for c in token.children if c.dep_ == "dobj"]
    if token.lemma_.lower() not in SEEKING_NOUNS | {"apply"}:
        return None, []
    asked = [token, *(p for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                      for p in c.children if p.dep_ == "pobj")]
    memberships = [t for t in asked if any(m.lemma_.lower() == "membership" for m in (t, *t.children))]
    return (token, [c for t in memberships for c in t.children if c.dep_ in ("compound", "poss", "nmod")
                    and c.lemma_.lower() != "membership"]) if memberships else (None, [])


def _submitting_verb(noun: Token) -> Token | None:
    """'submitted its application', 'handed in their applications': the verb that makes a request a noun names."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        else None
    owned = any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children)  # ("submitted Sweden's bid")
    return verb if verb is not None and verb.lemma_.lower() in SUBMITTING_VERBS and not owned else None
