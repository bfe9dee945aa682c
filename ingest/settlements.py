"""Settlements: the state of a place a settlement noun introduces.

"the central Ukrainian city of Kremenchuk", "the Venezuelan city of Puerto Ordaz", "the Jobar district of eastern
Damascus": the demonym on the noun (or the place its 'of' names) says the state, whether or not any gazetteer lists
the town. actors.py asks this of each name gazetteer.names_a_settlement finds.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplograph.ingest.gazetteer import Gazetteer


def settlement_state(settlement: Token, name: Span, gazetteer: Gazetteer) -> str | None:
    """The state a settlement noun's demonym names ('the Russian city of Kovrovsk'), else the state of the town its
    'of' names ('the Jobar district of eastern Damascus'; not the name itself: 'the city of Toledo'), else None."""
    by_demonym = next((state for c in settlement.children if c.dep_ in ("amod", "compound")
                       if (state := gazetteer.demonym_state(c.text))), None)
    return by_demonym or next((state for c in settlement.children if c.dep_ == "prep" and c.lower_ == "of"
                               for p in c.children if p.dep_ == "pobj" and not name.start <= p.i < name.end
                               if (state := gazetteer.town_state(" ".join(
                                   t.text for t in p.subtree if t.dep_ == "compound" or t.i == p.i)))), None)
