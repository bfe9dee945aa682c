"""Refusals: a visit refused is a rejection of its host; recognition or acceptance withheld is a rejection.

"India will not attend the summit in Islamabad", "Pakistan and China declined invitations to attend the meeting
in New Delhi": the visit is negated, and the refusal itself is an event, a rejection of the host (CAMEO's 125,
reject a proposal to meet), told on the day it is announced. A visit that simply did not happen ("he did not
travel to Kyiv") refuses nothing. "Maduro's government does not recognise Anez", "Tokyo could not accept the
Chinese position": what would have been support or agreement, negated, is itself a rejection (CAMEO's 12).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# verbs of going to a meeting or a place
ATTENDING_VERBS = {"attend", "travel", "go", "visit", "come", "join", "participate", "fly"}
# verbs by which an invitation or a visit is refused: "declined invitations to attend"
REFUSING_VERBS = {"decline", "refuse", "reject", "snub", "shun", "spurn", "boycott"}
WILL = {"will", "would", "shall", "'ll", "wo"}
# verbs of assent whose negation withholds it: "does not recognise the junta", "would not accept the terms"
ASSENTING_VERBS = {"recognise", "recognize", "accept", "acknowledge", "approve", "ratify"}


# verbs of not coming to a gathering: "skipped the summit"; and those before an infinitive: "failed to attend"
STAYING_AWAY_VERBS = {"skip", "boycott", "miss", "shun", "snub"}
FAILING_VERBS = REFUSING_VERBS | {"fail"}


def stayed_away(verb: Token) -> bool:
    """Whether a verb of attending tells one did not come: 'did not attend the summit', 'failed to attend',
    'declined to attend', 'skipped the summit, hosted by Kikwete'."""
    return any(c.dep_ == "neg" for c in verb.children) or verb.lemma_.lower() in STAYING_AWAY_VERBS or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILING_VERBS)


def refuses_a_visit(trigger: Token) -> bool:
    """Whether a negated visit is one refused: 'will not attend', 'would not travel', 'declined to attend'."""
    if trigger.lemma_.lower() not in ATTENDING_VERBS or conditional(trigger):
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


def withholds_assent(relation: str, trigger: Token) -> bool:
    """Whether a negated support or agreement is assent withheld, a rejection: 'does not recognise Anez', 'will not
    negotiate with Hamas' (not under a condition: 'would not accept a deal unless sanctions were lifted')."""
    own = any(c.dep_ == "neg" or c.lower_ == "never" for c in trigger.children) or \
        trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in REFUSING_VERBS  # "refused to recognise"
    # (and a working together announced as not to be: "Israel will not cooperate with the inquiry")
    willing = relation in ("cooperate", "negotiate") and any(c.dep_ == "aux" and c.lower_ in WILL
                                                             for c in trigger.children)
    return own and (relation in ("support", "agree") and trigger.lemma_.lower() in ASSENTING_VERBS or willing) and \
        not conditional(trigger)  # (not "denied that it had accepted": a denial, no rejection)


def conditional(trigger: Token) -> bool:
    """Whether the act waits on a condition ('unless sanctions were lifted'): then nothing is refused yet."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in trigger.children)


def announced_dates(sentence_dates: list[Span], visit: Token) -> list[Span]:
    """The sentence's dates that are not the refused visit's own: 'will not attend the summit in November, the
    ministry said on Tuesday' is refused on Tuesday."""
    own = {t.i for t in visit.subtree}
    return [ent for ent in sentence_dates if ent.root.i not in own]


# verbs whose infinitive is an act refused: "refused to recognise the order" rejects, it is no negated support
INFINITIVE_REFUSALS = {"refuse", "decline"}
# verbs that make or keep an accord, whose refusal refuses the accord (not "refused to abandon the deal")
KEEPING_VERBS = {"extend", "renew", "prolong", "sign", "ratify", "implement", "honour", "honor", "join", "conclude",
                 "approve", "endorse", "resume", "open", "reopen", "restore", "start", "begin", "continue", "accept"}
# encounters whose refusal by name rejects the other side: "declined a meeting with", "ruled out talks with"
ENCOUNTERS = {"meet", "negotiate", "call", "host"}
# acts one may refuse another, the refusal being a rejection of that other (CAMEO's 12, REJECT)
REFUSABLE_RELATIONS = {"support", "agree", "cooperate", "meet", "negotiate", "host", "aid", "offer", "concede",
                       "mediate", "call"}


# verbs that end or rule out an accord or an encounter, whose refusal keeps it: "refused to abandon the deal"
ENDING_VERBS = {"abandon", "cancel", "scrap", "suspend", "end", "halt", "freeze", "break", "quit", "exit", "terminate",
                "drop", "rule", "leave", "sever"}


def refused_an_end(trigger: Token) -> bool:
    """'Hungary refused to abandon its energy deal with Russia', 'the Kremlin declined to rule out a meeting with
    Zelensky': an accord or encounter one refused to end is neither refused nor told as not happening."""
    ending = trigger.head
    return trigger.dep_ == "dobj" and ending.dep_ == "xcomp" and ending.lemma_.lower() in ENDING_VERBS and \
        ending.head.lemma_.lower() in INFINITIVE_REFUSALS


def refusing_verb(trigger: Token, relation: str) -> Token | None:
    """The verb that refuses the act ('declined to meet the envoy', 'refused to recognise the annexation'), or an
    encounter it names ('declined a meeting with Haftar', 'ruled out meeting Biden'), when the act is one a
    refusal rejects; None otherwise. A refusal that is itself negated ('did not refuse', 'did not rule out') is no
    refusal (what the act then is, modality.py's modality_of says)."""
    if relation not in REFUSABLE_RELATIONS or trigger.dep_ not in ("xcomp", "dobj"):
        return None
    head = trigger.head
    if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" and head.dep_ == "xcomp" and head.lemma_.lower() in \
            KEEPING_VERBS and head.head.lemma_.lower() in INFINITIVE_REFUSALS and not any(
                c.dep_ == "neg" for c in head.children):
        trigger, head = head, head.head  # "refused to extend the deal with Russia": the act is what the deal is
    lemma = head.lemma_.lower()
    ruling_out = lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    named = trigger.dep_ == "dobj" and relation in ENCOUNTERS and (trigger.pos_ == "NOUN" or trigger.tag_ == "VBG")
    if not (lemma in INFINITIVE_REFUSALS and (trigger.dep_ == "xcomp" or named) or ruling_out and (
            trigger.dep_ == "xcomp" or named)) or any(c.dep_ == "neg" for c in head.children):
        return None
    return head
