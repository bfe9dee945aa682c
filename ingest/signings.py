"""Signings: accords signed before leaders who only watch are between their states.

"Putin and Modi oversaw the signing of about 20 agreements": their officials sign, so the agreement is between Russia
and India, not the two leaders' own (as "Putin and Modi signed a declaration" is). relations.py asks of each
agreement it keeps. Pure: a candidate and the ActorIndex in, the candidate as it stands out.
"""

from __future__ import annotations

import dataclasses

from diplograph.ingest.candidates import Candidate
from diplograph.ingest.coordination import first_conjunct
from diplograph.ingest.mediation import state_of
from diplograph.ingest.mentions import ActorIndex

# verbs of watching a signing done by others: "oversaw the signing of 20 agreements", "presided over the signing"
WATCHING_VERBS = {"oversee", "witness", "watch", "attend", "preside", "observe"}
SIGNING_NOUNS = {"signing", "signature", "exchange"}


def signed_before_them(candidate: Candidate, index: ActorIndex) -> Candidate:
    """'Putin and Modi oversaw the signing of about 20 agreements': their officials sign, so the accords are
    between their states, not the watching leaders' own (as 'Putin and Modi signed a declaration' is)."""
    noun = first_conjunct(candidate.trigger)
    if candidate.relation != "agree" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return candidate
    signing = noun.head.head
    watcher = signing.head.head if signing.dep_ == "pobj" else signing.head  # ("presided over the signing")
    if signing.lemma_.lower() not in SIGNING_NOUNS or signing.dep_ not in ("dobj", "pobj") or \
            watcher.lemma_.lower() not in WATCHING_VERBS:
        return candidate
    states = [state_of(index, who) for who in (candidate.source, candidate.target)]
    if states[0] is None or states[1] is None or states[0] == states[1]:
        return candidate
    return dataclasses.replace(candidate, source=states[0], target=states[1])
