"""Receptions: a leader who meets a visiting leader in his own state hosts him.

"Niinisto met Putin in Sochi on Friday", "Xi held talks with the sultan" (BANDAR SERI BEGAWAN dateline): the
meeting makes the visitor's trip (summits.py), and the head of state or government he met there received him. A
minister met abroad is not told as a host ("Pompeo met Lavrov in Sochi"), but a leader receives any guest he meets
at his own seat of government ("Biden met Edmundo Gonzalez at the White House"). Pure: the candidates found in a
parsed Doc and its ActorIndex in, the hostings they imply out.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate
from diplograph.ingest.gazetteer import key
from diplograph.ingest.mediation import state_of
from diplograph.ingest.mentions import ActorIndex
from diplograph.ingest.offices import MONARCH_OFFICES, TITLE_KINDS
from diplograph.model import ActorType


def hosts_of_the_visitors(index: ActorIndex, found: list[Candidate]) -> list[Candidate]:
    """For each meeting of two leaders that took one of them to the other's state, the other hosting him: the
    first leader of that state told meeting him, and none where the story already tells who received him there."""
    visits = {(c.trigger.i, c.source, c.target) for c in found if c.relation == "visit"}
    received = {(c.target, state_of(index, c.source) or "") for c in found if c.relation == "host"}
    extra: list[Candidate] = []
    for c in sorted(found, key=lambda c: c.trigger.i):
        leaders = [who for who in (c.source, c.target) if _leads(index, who)]
        if c.relation != "meet" or not leaders:
            continue
        for guest, host in ((c.source, c.target), (c.target, c.source)):
            home = state_of(index, host)
            # (or any guest he meets at his own seat: "Biden met opposition figure Edmundo Gonzalez at the White
            # House", "Putin met Szijjarto at the Kremlin")
            if home is not None and (c.trigger.i, guest, home) in visits and (guest, home) not in received and (
                    len(leaders) == 2 or host in leaders and at_the_seat_of(c.trigger, home, index)):
                received.add((guest, home))  # one host a state: the first leader told meeting him
                extra.append(Candidate("host", host, guest, c.trigger, c.clause, c.confidence - 0.1))
    return extra


def at_the_seat_of(trigger: Token, state: str, index: ActorIndex) -> bool:
    """Whether a meeting is told at one of the state's seats (the gazetteer's: its government's buildings, 'met him at
    the White House', 'held talks with him at the Kremlin', and the bodies that act for it); not 'in Moscow', where a
    leader may meet a guest who is not his."""
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return any(index.gazetteer.seats.get(key(pobj.text)) == state or index.gazetteer.seats.get(key(
        pobj.doc[pobj.left_edge.i:pobj.i + 1].text)) == state for h in holders for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("at", "in") for pobj in p.children if pobj.dep_ == "pobj")


def _leads(index: ActorIndex, name: str) -> bool:
    """Whether a person leads a state or a body that day: a president (of a state, or of the European Commission,
    whom gold also tells hosted), a prime minister, a king."""
    record = index.actors.get(name)
    return record is not None and record.type is ActorType.PERSON and any(
        {"head_of_state", "head_of_government"} & set(TITLE_KINDS.get(role, ())) or role in MONARCH_OFFICES
        for role in record.roles)
