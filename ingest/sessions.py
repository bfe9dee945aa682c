"""Sessions: a meeting of a body is the body's own, not a meeting of those who ask for it.

"Japan and the United States requested an emergency meeting of the Security Council": the body meets in
session; the two who asked for the session do not meet each other, they appeal to the body. A session only
told of ("the council's meeting on Friday") is no encounter between the parties the clause names. Pure: an event
noun, its ActorIndex and the argument finder in; candidates out. noun_events.py asks of each meeting noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.targets import ArgumentFinder
from diplograph.model import ActorType

SESSION_NOUNS = {"meeting", "session"}
# verbs by which one asks for a session: "requested an emergency meeting of the Security Council"
REQUESTING_VERBS = {"request", "seek", "demand", "ask", "call", "urge", "want"}


def body_in_session(noun: Token, index: ActorIndex) -> Mention | None:
    """The organisation whose meeting a noun names: 'an emergency meeting of the Security Council'."""
    if noun.lemma_.lower() not in SESSION_NOUNS:
        return None
    return next((m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj" and (m := index.by_token.get(o.i)) is not None and m.actor is not None
                 and index.actors[m.actor].type is ActorType.ORGANIZATION), None)


def session_requested(noun: Token, body: Mention, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """Those who ask for a body's session appeal to the body ('requested an emergency meeting of the Security
    Council'); a session told otherwise makes no event of the clause's parties."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in REQUESTING_VERBS:
        return []
    return [make_candidate("appeal", s, body, verb, verb, 0.75) for s in arguments.agents(verb, index)
            if s.actor != body.actor]
