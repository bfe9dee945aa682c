"""Plans undone: a plan the story tells was dropped is negated, not planned.

"had been due to meet Medvedev, but both engagements were dropped": a plan told again and called off after it;
"Sujatha Singh had been due to travel to Islamabad": a plan told in the past perfect is one that time or events
overtook (the story's present would say "is due to"). Postponed, a plan is still ahead. Pure: a trigger token.
"""

from __future__ import annotations

from spacy.tokens import Token

PLANS = {"meeting", "visit", "trip", "talks", "engagement", "summit", "plan", "tour", "it", "them"}
CALLING_OFF = {"cancel", "scrap", "shelve", "abandon", "drop", "axe"}  # (postponed, a plan is still ahead)
# the frames of a plan: "was due to", "had been scheduled to"
PLAN_FRAMES = {"due", "scheduled", "set", "supposed", "slated", "planned", "meant"}  # (not "expected": a forecast)
# what tells a plan still ahead, whatever its tense: "but the trip was postponed to April"
PUTTING_OFF = {"postpone", "delay", "defer", "reschedule", "adjourn"}


def undone(trigger: Token) -> bool:
    """Whether the plan the trigger tells was called off or overtaken."""
    return _called_off(trigger) or _overtaken(trigger)


def _called_off(trigger: Token) -> bool:
    """'had been due to meet Medvedev, but both engagements were dropped': a plan told again, undone after it."""
    above = {trigger.i, *(a.i for a in trigger.ancestors)}
    undoing = [t for t in trigger.sent if t.dep_ == "conj" and t.head.i in above and t.i > trigger.i and any(
        c.lower_ == "but" for c in t.head.children) and (t.lemma_.lower() in CALLING_OFF or t.lemma_ == "call" and any(
            c.lower_ == "off" for c in t.children))]
    return any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in PLANS and (c.pos_ == "PRON" or any(
        d.dep_ in ("det", "poss", "predet") and d.lower_ not in ("a", "an") for d in c.children))
        for t in undoing for c in t.children)


def _overtaken(trigger: Token) -> bool:
    """'had been due to travel to Islamabad', 'had been scheduled to meet': the frame in the past perfect, told as
    all its sentence says; not when the sentence goes on to what became of the plan ("and the two held talks for
    three hours", "arrived a day late"), nor put off ("but the trip was postponed")."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "xcomp" or node.head.lower_ not in PLAN_FRAMES:
        return False
    frame = node.head.head if node.head.dep_ == "acomp" else node.head
    told_on = [c for c in frame.children if c.dep_ in ("conj", "parataxis")]  # (the parser may make it a noun)
    return frame.dep_ == "ROOT" and not told_on and not any(
        t.lemma_.lower() in PUTTING_OFF for t in frame.sent) and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in frame.children) and (
        frame.lower_ == "been" or any(c.dep_ == "auxpass" and c.lower_ == "been" for c in frame.children))
