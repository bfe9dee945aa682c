"""Who holds an office a role names in a story: a holder named before the role ("Xi ... the Chinese president"), a
leader named anywhere, the holder of a near office, or the office data's holder on the day told.

roles.py and counterparts.py ask this of "the Chinese president", "his Saudi counterpart", "the U.N. chief".
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.anchoring import day_told
from diplograph.ingest.mentions import ActorIndex
from diplograph.ingest.offices import OfficeHolders, office_fit
from diplograph.model import ActorType


class OfficeHolderFinder:
    """The holder a role refers to, from the story's own mentions first, else from the office data."""

    def __init__(self, offices: OfficeHolders) -> None:
        self.office_holders = offices

    def holder_on_the_day(self, index: ActorIndex, office: str, state: str | None, head: Token) -> str | None:
        """The office's holder on the day told, from the data: 'Blinken met the foreign ministers of Brazil and
        India' in February 2024 met Mauro Vieira and Subrahmanyam Jaishankar."""
        state = state or self.office_holders.sole_state(office)  # (the one state it exists in: "the pope")
        if state is None or (term := self.office_holders.holder(state, office, day_told(head, index))) is None:
            return None
        index.register(term.person, ActorType.PERSON, country=term.state if term.kind != "igo_head" else None,
                       role=term.office)
        return term.person

    def holder_in(self, index: ActorIndex, office: str, state: str, head: Token) -> str | None:
        """Who a role in a state refers to: the holder of that office named before it ("Xi ... the Chinese
        president"), a leader named anywhere ("the leaders of ... Poland", then Tusk), else the holder on the
        story's date, else a holder of a near office named before ("the Chinese leader"), else one named after
        it ("India's foreign minister ... Jaishankar said")."""
        return self.office_holder(index, office, state, before=head.i, exact=True) or \
            (self.office_holder(index, office, state) if office == "leader" else None) or \
            self.holder_on_the_day(index, office, state, head) or \
            self.office_holder(index, office, state, before=head.i) or self.office_holder(index, office, state)

    def office_holder(
        self, index: ActorIndex, office: str, state: str | None, before: int | None = None, exact: bool = False
    ) -> str | None:
        """The person the story named (before a token, if given) whose office answers a title, the last one
        holding that very office first ("the foreign minister" is the secretary of state named before it),
        else the last one holding a near office ("the Saudi minister" is the defense minister). Of no state,
        the title itself before its kind: after the German chancellor and the Polish prime minister, "the
        chancellor" is the German one."""
        near: str | None = None
        same: str | None = None
        for mention in sorted(index.mentions, key=lambda m: m.start, reverse=True):
            if mention.actor is None or (before is not None and mention.start >= before):
                continue
            record = index.actors[mention.actor]
            if record.type not in (ActorType.PERSON, ActorType.ROLE) or (state is not None and record.country != state):
                continue
            if state is None and office in record.roles:
                return record.name
            fit = max((office_fit(office, role) for role in record.roles), default=0)
            if fit == 2 and state is not None:
                return record.name
            if fit == 2 and same is None:
                same = record.name
            if fit == 1 and near is None and not exact:
                near = record.name
        return same or near
