"""Calls: an encounter at a distance.

"spoke by phone with Sunak", "a phone conversation", "held a meeting with Trudeau, a virtual session", "told
Netanyahu by phone that ...", "conveyed concern to his counterpart over the hotline": what makes a meeting a
call, addressing someone by phone a call, and a call that asks for an act an appeal ("ignored their call to announce
an election"). Pure functions over a parsed Doc.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from diplograph.ingest.argument_words import PHONE_WORDS
from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.mentions import ActorIndex
from diplograph.ingest.preposition_repairs import SIDELINES  # where leaders meet at a gathering
from diplograph.ingest.targets import ArgumentFinder

# verbs of being on the line, which with a partner there are a call: "was on the phone with Putin for an hour"
ON_THE_LINE_VERBS = {"be", "spend", "stay"}


def by_phone(word: Token) -> bool:
    """An encounter held at a distance: 'a phone conversation', 'video talks', 'a conversation by phone',
    'talks over the phone', 'spoke via video link'; or so described beside it: 'held a meeting with Trudeau, a
    virtual session'."""
    return _held_at_a_distance(word) or any(c.dep_ == "appos" and _held_at_a_distance(c) for c in word.children)


def an_appeal(noun: Token, index: ActorIndex) -> bool:
    """'a joint call for the data to be released', 'issued a joint call', 'their call to announce an election', 'made
    a call to Maduro to hold elections': a call that asks for something is an appeal, no conversation (one has a
    partner or a line, 'a call with Putin to discuss Ukraine', 'a phone call to Xi to discuss', or is made to a person
    to talk, 'made a call to Putin to urge him'); nor is a port call."""
    if noun.head.lemma_.lower() == "issue" or any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "compound" and
                                                  c.lower_ == "port" for c in noun.children):
        return True
    if by_phone(noun) or any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        return False
    after = noun.right_edge.i + 1
    infinitive = noun.doc[after] if after < len(noun.doc) and noun.doc[after].lower_ == "to" else None
    asked = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB"] + (
        [infinitive.head] if noun.dep_ == "dobj" and infinitive is not None and infinitive.dep_ == "aux" and
        infinitive.head.head.i == noun.head.i else [])
    # (a call one owns asks, whatever for; one made "to discuss" or "to urge him" is a conversation with a purpose)
    callee = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    person = bool(callee) and all(
        (m := index.by_token.get(p.i)) is not None and index.is_person(m) for p in callee)
    return bool(asked) and (any(c.dep_ == "poss" for c in noun.children) or not person or not any(
        v.lemma_.lower() in TALKING_PURPOSES for v in asked))


# what one calls someone to do in the call itself: "made a call to Putin to discuss the war", "to urge him to"
TALKING_PURPOSES = {"discuss", "talk", "review", "congratulate", "brief", "press", "urge", "raise", "express",
                    "offer", "pledge", "thank", "coordinate", "reassure", "convey", "exchange", "update", "follow",
                    "seek", "ask", "stress", "reaffirm", "assure", "invite", "inform", "explain", "condole"}


def in_a_call(verb: Token) -> bool:
    """'discussed it with Lavrov in a phone call', 'spoke with Modi during a video conference': the encounter the
    verb tells is the call its adjunct names (or, for the purpose of a call, the call itself)."""
    called = verb.head.lemma_.lower() == "call" and any(
        c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in CALLED_PEOPLE) for c in verb.head.children)
    if verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
            _held_at_a_distance(verb.head) or verb.head.lemma_.lower() in ("phone", "telephone") or called):
        return True  # "spoke by telephone with Erdogan ... to brief them": the briefing is the call
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
        p.dep_ == "pobj" and any(g.dep_ in ("compound", "amod") and g.lower_ in PHONE_WORDS for g in p.children)
        for p in c.children) for c in verb.children)


def _held_at_a_distance(word: Token) -> bool:
    return any(c.dep_ in ("compound", "amod") and c.lower_ in PHONE_WORDS for c in word.children) or any(
        c.dep_ == "prep" and c.lower_ in ("by", "over", "via", "on") and any(
            p.dep_ == "pobj" and (p.lower_ in PHONE_WORDS or any(g.lower_ in PHONE_WORDS for g in p.children
                                                                  if g.dep_ in ("compound", "amod")))
            for p in c.children) for c in word.children)


# whom one calls, as no meeting one convenes: "called his Israeli counterpart to brief him" (not "called a summit")
CALLED_PEOPLE = {"counterpart", "leader", "president", "minister", "premier", "chancellor", "king", "emir", "prince",
                 "him", "her", "them"}
# verbs of addressing someone that, done by phone, are a call: "told Netanyahu by phone", "conveyed India's
# concern to his counterpart over the hotline"
SAYING_TO_VERBS = {"tell", "convey", "express", "reiterate", "relay", "explain", "stress", "inform", "brief",
                   "update", "raise", "repeat", "emphasise", "emphasize", "underline", "voice"}


def addressed_by_phone(verb: Token, arguments: ArgumentFinder, index: ActorIndex) -> list[Candidate]:
    """'Biden told Netanyahu by phone that ...', 'conveyed concern to his counterpart over the hotline', 'spent half an
    hour on the telephone with Trump': one who addresses another at a distance, or is on the line with him, calls
    him; [] when the verb is no such address."""
    # the phrases may hang on what is said: "conveyed [concern to him over the hotline]"
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    if verb.lemma_.lower() not in SAYING_TO_VERBS | ON_THE_LINE_VERBS or not any(
            _held_at_a_distance(holder) for holder in holders):
        return []  # ("by phone", "over the hotline", "on the phone", "by video link")
    callers = arguments.agents(verb, index)
    own = {m.actor for m in callers}
    # (to whom it was said, or with whom one was on the line: "spent an hour on the telephone with Trump")
    lines = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
             if p.dep_ == "pobj" and p.lower_ in PHONE_WORDS]
    partners = arguments.encounter_partners(verb, index) + [
        m for c, word in [*((c, "to") for c in holders[1:]), *((line, "with") for line in lines)]
        for p in c.children if p.dep_ == "prep" and p.lower_ == word
        for pobj in p.children if pobj.dep_ == "pobj" for m in arguments.actors_of(pobj, index)]
    return [make_candidate("call", s, t, verb, verb, 0.7) for s in callers for t in partners if t.actor not in own]


# verbs that tell what was said at an encounter, not that one was held: "the two men discussed cooperation"
TALKING_VERBS = {"discuss", "talk", "speak", "exchange", "review", "converse"}
# prepositions that place an encounter somewhere, where a meeting is held
VENUE_PREPOSITIONS = {"in", "at", "during", "alongside", "beside"}


def told_at_a_venue(verb: Token) -> bool:
    """Whether the verb places the encounter somewhere ('spoke in Osaka', 'on the sidelines of the summit'): a
    meeting, not a call."""
    return any(c.dep_ == "prep" and (c.lower_ in VENUE_PREPOSITIONS or c.lower_ == "on" and any(
        g.lemma_.lower() in SIDELINES for g in c.children)) for c in verb.children)


def calls_retold(found: list[Candidate]) -> list[Candidate]:
    """'Trump held his first call with Putin. The two men discussed cooperation': what two who just spoke by
    phone discussed, told in the simple past with no venue, or a noun set after the call ('their first
    conversation'), is that call again, not a meeting (not 'will discuss Syria when they meet', nor 'discussed it
    on the sidelines of the summit'). The visit or hosting such a meeting implied goes with it."""
    calls = [c for c in found if c.relation == "call"]
    retold = {c.trigger.i for c in found if c.relation == "meet" and (_discussed_after(c, calls) or
                                                                       _named_again(c, calls))}
    return [dataclasses.replace(c, relation="call") if c.relation == "meet" and c.trigger.i in retold else c
            for c in found if c.relation not in ("visit", "host") or c.trigger.i not in retold]


def _named_again(candidate: Candidate, calls: list[Candidate]) -> bool:
    """'spoke by telephone on Friday, their first conversation in three months': a noun of talk hung on the call's
    verb, of the same pair, names the call again."""
    noun = candidate.trigger
    return noun.pos_ == "NOUN" and noun.dep_ in ("npadvmod", "appos", "dobj") and any(
        {call.source, call.target} == {candidate.source, candidate.target} and noun.head.i == call.trigger.i
        for call in calls)


def _discussed_after(candidate: Candidate, calls: list[Candidate]) -> bool:
    """Whether a meeting is told by a talking verb in the simple past, nowhere, right after a call of the pair
    (in its own sentence or the one before)."""
    verb = candidate.trigger
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    in_the_past = all(a == "had" for a in auxiliaries) and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and auxiliaries)
    if verb.lemma_.lower() not in TALKING_VERBS or not in_the_past or told_at_a_venue(verb):
        return False  # (simple past, or the past perfect of what was reported: "said the two had discussed Syria")
    return any({call.source, call.target} == {candidate.source, candidate.target} and call.trigger.i < verb.i
               and call.trigger.sent.end >= verb.sent.start for call in calls)
