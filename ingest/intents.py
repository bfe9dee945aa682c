"""Promises: a pledge to give aid, or a readiness to give it, is an event of its own, an offer (CAMEO 033,
intent to provide aid).

"Japan pledged to supply the Philippines with radars" plans aid (its modality says so) and states, now,
Japan's offer to the Philippines; CAMEO codes the pledge, not only the aid to come. The offer is asserted on
the promising verb, beside the planned aid on the verb of giving.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate

PROMISING_VERBS = frozenset({"promise", "pledge", "vow", "commit", "undertake", "guarantee"})
# a readiness to give declared is an offer too: "the United Nations stood ready to help Burundi"
READY_WORDS = frozenset({"ready", "willing", "prepared"})
# what a promise of which is an offer: giving aid
PROMISED_RELATIONS = frozenset({"aid"})


def promising_verb(verb: Token) -> Token | None:
    """The verb that promises this one: "pledged [to supply]", "committed to [providing]", "stood ready [to
    help]"."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in PROMISING_VERBS:
        return head
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in READY_WORDS and not any(
            c.dep_ == "neg" for c in (*head.children, *head.head.children)):
        return head  # (not "was not ready to help")
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in PROMISING_VERBS:
        return head.head
    return None


def promised_offers(found: list[Candidate]) -> list[Candidate]:
    """An offer for each promised act of aid, unless the promise already gave one ("offered to send")."""
    offered = {(c.source, c.target, c.trigger.sent.start) for c in found if c.relation == "offer"}
    offers: list[Candidate] = []
    for candidate in found:
        if candidate.relation not in PROMISED_RELATIONS:
            continue
        promise = promising_verb(candidate.trigger)
        key = (candidate.source, candidate.target, candidate.trigger.sent.start)
        if promise is None or key in offered:
            continue
        offered.add(key)
        offers.append(Candidate("offer", candidate.source, candidate.target, promise, promise, candidate.confidence))
    return offers
