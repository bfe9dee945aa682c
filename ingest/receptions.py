"""Receptions: a leader who meets a visiting leader in his own state hosts him.

"Niinisto met Putin in Sochi on Friday", "Xi held talks with the sultan" (BANDAR SERI BEGAWAN dateline): the
meeting makes the visitor's trip (summits.py), and the head of state or government he met there received him. A
minister met abroad is not told as a host ("Pompeo met Lavrov in Sochi"). Pure: the candidates found in a
parsed Doc and its ActorIndex in, the hostings they imply out.
"""

from __future__ import annotations

from diplograph.ingest.candidates import Candidate
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
        if c.relation != "meet" or not all(_leads(index, who) for who in (c.source, c.target)):
            continue
        for guest, host in ((c.source, c.target), (c.target, c.source)):
            home = state_of(index, host)
            if home is not None and (c.trigger.i, guest, home) in visits and (guest, home) not in received:
                received.add((guest, home))  # one host a state: the first leader told meeting him
                extra.append(Candidate("host", host, guest, c.trigger, c.clause, c.confidence - 0.1))
    return extra


def _leads(index: ActorIndex, name: str) -> bool:
    """Whether a person leads a state or a body that day: a president (of a state, or of the European Commission,
    whom gold also tells hosted), a prime minister, a king."""
    record = index.actors.get(name)
    return record is not None and record.type is ActorType.PERSON and any(
        {"head_of_state", "head_of_government"} & set(TITLE_KINDS.get(role, ())) or role in MONARCH_OFFICES
        for role in record.roles)
