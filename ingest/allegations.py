"""Allegations: what one side accuses another of is a charge it makes, not an event the story tells.

"Algeria accused Spain of backing Morocco's claim", "blamed Kyiv for shelling the plant", "Erdogan charged that
coalition forces were backing militants": the accusation is the event (accuse); the act charged is the accuser's
claim, which the other side may deny. Pure functions over candidates.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate

# verbs whose "of"/"for" phrase names the act charged: "accused Spain of backing", "blamed Kyiv for shelling"
CHARGING_VERBS = {"accuse", "blame", "charge", "suspect"}
# verbs whose clause is the charge itself: "charged that coalition forces were backing militants"
ALLEGING_VERBS = {"charge", "allege"}
# a finite verb joined to the charge is the accuser's own next act: "accused Spain of backing Morocco and recalled"
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# acts kept even where the parser hangs them inside the charge: the accusation itself and the answers to it
KEPT_RELATIONS = {"accuse", "deny", "reject"}


def is_charged_act(trigger: Token) -> bool:
    """Whether a trigger tells the act a verb of accusing charges someone with ('accused Spain [of backing]',
    'charged [that forces were backing]'), or one coordinated with it."""
    while trigger.dep_ == "conj" and trigger.tag_ not in FINITE_TAGS:  # (not "accused Spain of ... and recalled")
        trigger = trigger.head
    if trigger.dep_ == "pcomp" and trigger.head.lower_ in ("of", "for"):
        return trigger.head.head.lemma_.lower() in CHARGING_VERBS
    return trigger.dep_ == "ccomp" and trigger.i > trigger.head.i and trigger.head.lemma_.lower() in ALLEGING_VERBS


def without_allegations(found: list[Candidate]) -> list[Candidate]:
    """The candidates less the acts charged in an accusation (the accusation itself stays)."""
    return [c for c in found if c.relation in KEPT_RELATIONS or not is_charged_act(c.trigger)]
