"""Refusals: a visit refused is a rejection of its host.

"India will not attend the summit in Islamabad", "Pakistan and China declined invitations to attend the meeting
in New Delhi": the visit is negated, and the refusal itself is an event, a rejection of the host (CAMEO's 125,
reject a proposal to meet), told on the day it is announced. A visit that simply did not happen ("he did not
travel to Kyiv") refuses nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# verbs of going to a meeting or a place
ATTENDING_VERBS = {"attend", "travel", "go", "visit", "come", "join", "participate", "fly"}
# verbs by which an invitation or a visit is refused: "declined invitations to attend"
REFUSING_VERBS = {"decline", "refuse", "reject", "snub", "shun", "spurn", "boycott"}
WILL = {"will", "would", "shall", "'ll", "wo"}


def refuses_a_visit(trigger: Token) -> bool:
    """Whether a negated visit is one refused: 'will not attend', 'would not travel', 'declined to attend'."""
    if trigger.lemma_.lower() not in ATTENDING_VERBS or any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in trigger.children):
        return False  # a condition is no refusal: "would not attend the talks unless sanctions were lifted"
    if any(c.dep_ == "neg" for c in trigger.children) and any(
            c.dep_ == "aux" and c.lower_ in WILL for c in trigger.children):
        return True
    node = trigger
    for _ in range(3):  # "declined [invitations] [to attend]" (not "refused to say whether Xi would attend")
        if node.head.i == node.i or node.dep_ == "ccomp":
            return False
        node = node.head
        if node.lemma_.lower() in REFUSING_VERBS:
            return True
    return False


def announced_dates(sentence_dates: list[Span], visit: Token) -> list[Span]:
    """The sentence's dates that are not the refused visit's own: 'will not attend the summit in November, the
    ministry said on Tuesday' is refused on Tuesday."""
    own = {t.i for t in visit.subtree}
    return [ent for ent in sentence_dates if ent.root.i not in own]
