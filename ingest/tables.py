"""Tables: who sits together at one encounter, and so meets everyone there.

"Merkel and Hollande sat through the night with Putin and Poroshenko": a meeting of two sides with two parties
each is one table, so those met together meet each other too; so do those one met "for three-way talks". Pure:
candidates and the ActorIndex in, the further meetings out.
"""

from __future__ import annotations

from diplograph.ingest.candidates import Candidate
from diplograph.ingest.coordination import at_one_table
from diplograph.ingest.mediation import state_of
from diplograph.ingest.mentions import ActorIndex


def table_companions(index: ActorIndex, found: list[Candidate]) -> list[Candidate]:
    """'A and B met with C and D': C and D, met together at one table by a side of several, meet each other (and
    so do those one met 'for three-way talks'); not two of one state ('two-plus-two talks with Teodoro and
    Manalo': one side)."""
    by_trigger: dict[int, list[Candidate]] = {}
    for candidate in found:
        if candidate.relation == "meet":
            by_trigger.setdefault(candidate.trigger.i, []).append(candidate)
    extra: list[Candidate] = []
    for meetings in by_trigger.values():
        sources = list(dict.fromkeys(c.source for c in meetings))
        targets = list(dict.fromkeys(c.target for c in meetings))
        first = meetings[0]
        if len(sources) < 2 and not at_one_table(first.trigger) or len(targets) < 2 or set(sources) & set(targets):
            continue
        extra.extend(Candidate("meet", a, b, first.trigger, first.clause, min(c.confidence for c in meetings))
                     for i, a in enumerate(targets) for b in targets[i + 1:]
                     if state_of(index, a) is None or state_of(index, a) != state_of(index, b))
    return extra
