"""Sessions: a meeting of a body asked for is asked of the body, not a meeting of those who ask for it.

"Japan and the United States requested an emergency meeting of the Security Council": the two who ask for the
session appeal to the body; they do not meet each other. A session told otherwise ("Xi and Putin attended a
meeting of the SCO") is left to the meeting noun's own reading. Pure: an event noun, its ActorIndex and the
argument finder in; candidates out. noun_events.py asks of each meeting noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.targets import ArgumentFinder
from diplograph.model import ActorType

# verbs by which one asks for a session: "requested an emergency meeting of the Security Council" (not "called
# an emergency meeting", which convenes it)
REQUESTING_VERBS = {"request", "seek", "demand", "want"}


def session_asked_of(noun: Token, index: ActorIndex) -> tuple[Token, Mention] | None:
    """The verb asking for a meeting of an organisation, and the organisation: 'requested an emergency meeting of
    the Security Council'; else None."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in REQUESTING_VERBS:
        return None  # (nor "called for a meeting", which the blind writers leave a call for a session, no appeal)
    verb = noun.head
    body = next((m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj" and (m := index.by_token.get(o.i)) is not None and m.actor is not None
                 and index.actors[m.actor].type is ActorType.ORGANIZATION), None)
    return (verb, body) if body is not None else None


def session_requested(verb: Token, body: Mention, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """Those who ask for a body's session appeal to the body."""
    return [make_candidate("appeal", s, body, verb, verb, 0.75) for s in arguments.agents(verb, index)
            if s.actor != body.actor]
