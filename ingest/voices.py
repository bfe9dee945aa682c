"""Voices: a leader telling what his own state does acts himself.

"The United States stands behind Japan, Trump said", "Erdogan said Turkey fully supported the emir's
mediation", "Wang told reporters that China backed the two neighbours": the state is the clause's subject, but
an act made of words is made in the saying, by the one who speaks for the state, and readers (and the field's
coders) name him. Not a deed told (aid sent, envoys expelled, ties cut, sanctions imposed are the state's, as
coders measured them), nor where the state stands with others ("the United States and its allies will"), nor
a state's organ ("the foreign ministry"), nor by one who holds no office that day (a former leader, an opposition
figure), nor what the state had done before. Pure: a candidate and the index.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from diplograph.ingest.candidates import VERBAL_RELATIONS, Candidate
from diplograph.ingest.coreference import mention_at
from diplograph.ingest.mentions import STATE_ITSELF, ActorIndex
from diplograph.model import ActorType

# verbs by which one tells or commits to what one's state does
TELLING_VERBS = {"say", "tell", "announce", "promise", "pledge", "vow", "insist", "declare", "stress", "add",
                 "reaffirm", "assure", "confirm", "state"}
COUNTRY_NOUNS = {"country", "nation", "government", "administration"}


def spoken_for_by_its_leader(candidate: Candidate, index: ActorIndex) -> Candidate:
    """The candidate with its source the person who tells of his own state's act, else as it was."""
    if candidate.relation not in VERBAL_RELATIONS or candidate.trigger.pos_ not in ("VERB", "AUX", "ADJ"):
        return candidate
    clause = _told_clause(candidate.trigger)
    if clause is None:
        return candidate
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    mention = mention_at(index, subject) if subject is not None else None
    if subject is None or mention is None or mention.actor != candidate.source or not index.is_state(
            candidate.source) or any(c.dep_ == "conj" for c in subject.children) or not (
            mention.via in STATE_ITSELF or mention.via == "organ" and subject.lemma_.lower() in COUNTRY_NOUNS
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)) or any(
            c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
        return candidate  # (not "the Biden administration", told by another; nor what it had done before)
    telling = clause.head
    teller = next((c for c in telling.children if c.dep_ == "nsubj"), None)
    if teller is None and telling.dep_ == "conj":  # "welcomed him and said France would stand by Canada"
        teller = next((c for c in telling.head.children if c.dep_ == "nsubj"), None)
    speaker = mention_at(index, teller) if teller is not None else None
    record = index.actors.get(speaker.actor or "") if speaker is not None else None
    if record is None or record.type is not ActorType.PERSON or record.country != candidate.source or \
            record.name == candidate.target or not record.roles:
        return candidate  # (one who holds no office that day speaks for no one: a former leader, a critic)
    return dataclasses.replace(candidate, source=record.name)


def _told_clause(trigger: Token) -> Token | None:
    """The that-clause of a verb of telling the trigger heads (or heads with its infinitives and conjuncts, or
    stands in as a readiness: "said Iran was ready to supply India")."""
    node = trigger
    while node.dep_ in ("xcomp", "conj", "acomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head
    if node.dep_ == "ccomp" and node.head.lemma_.lower() in TELLING_VERBS:
        return node
    return None
