"""Forewarnings: a warning of what a hostile act would bring is aimed at whoever would do it.

"Biden warned that a nuclear attack by North Korea would result in the end of its regime", "warned that any
Russian attack on NATO territory would trigger a response": the warning names no one as its object, and the
clause's subject is no actor but an act; its author is the one warned (the act itself is only feared, and
modality.py keeps it hypothetical). Pure: a verb, the index and the lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.framing import FORETELLING_MODALS
from diplograph.ingest.lexicon import Lexicon
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.object_nouns import actors_behind

# hostile acts whose feared consequences one warns of
FEARED_ACTS = {"attack", "mobilize", "coerce"}


def authors_of_feared_acts(verb: Token, index: ActorIndex, lexicon: Lexicon) -> list[Mention]:
    """Whoever would do the hostile act whose consequences the verb's that-clause tells, else []."""
    foretold = [c for c in verb.children if c.dep_ == "ccomp" and any(  # (not "had united NATO")
        a.dep_ == "aux" and a.lower_ in FORETELLING_MODALS for a in c.children)]
    for subject in (s for c in foretold for s in c.children if s.dep_ == "nsubj"):
        cue = lexicon.noun_cue(subject)
        if cue is None or cue.relation not in FEARED_ACTS:
            continue
        found = actors_behind(subject, index, lexicon, placed=False) or [
            m for c in subject.children if c.dep_ in ("amod", "poss", "compound") and (
                m := index.by_token.get(c.i)) is not None and m.actor is not None and index.is_state(m.actor)]
        if found:
            return found
    return []
