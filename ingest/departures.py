"""Departures: the verbs that tell someone leaves where they are ("to leave", "to get out", "will come home from
Afghanistan"). An order to leave expels (expulsions.py), forces leaving withdraw (forces.py), a state leaving a
body quits it (memberships.py); this module only says which verbs leave.
"""

from __future__ import annotations

from spacy.tokens import Token

LEAVING_VERBS = {"leave", "depart", "quit", "exit"}
LEAVING_PHRASALS = {"get", "clear", "move", "pack", "ship"}  # with "out": "48 hours to get out"
HOMEWARD_VERBS = {"come", "go", "return", "fly"}  # with "home": "troops will come home from Iraq" (verbs.tsv)


def is_leaving(verb: Token) -> bool:
    """'to leave', 'to depart', 'to get out', 'to clear out', 'to come home'."""
    lemma = verb.lemma_.lower()
    return lemma in LEAVING_VERBS or (lemma in LEAVING_PHRASALS and any(c.dep_ == "prt" and c.lower_ == "out"
                                                                        for c in verb.children)) or (
        lemma in HOMEWARD_VERBS and any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "prt", "dobj")
                                        for c in verb.children))
