"""Bonds: ties, cooperation or partnership with someone, told as a verb's object.

"hailed cooperation, support and solidarity with Russia": a praise of a bond supports the partner it is with.
targets.py asks when the praise names no one else. Pure: a parsed verb in, the partners' tokens out.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.constructions import BOND_NOUNS

# bonds praised for the partner they are with (not "support" alone: "hailed Russia's support" names its giver)
PRAISED_BONDS = BOND_NOUNS | {"cooperation", "partnership", "friendship", "solidarity"}
# verbs of praise (not of a stance held: "has favoured closer ties with India", "values ties with New Delhi")
PRAISING_VERBS = {"hail", "praise", "laud", "commend", "applaud", "salute", "celebrate"}


def bond_partners(verb: Token) -> list[Token]:
    """The with-phrase objects of the bonds a verb of praise takes as its object, any of a list of them."""
    bonds = [t for o in verb.children if o.dep_ == "dobj" for t in (o, *o.conjuncts)
             if t.lemma_.lower() in PRAISED_BONDS] if verb.lemma_.lower() in PRAISING_VERBS else []
    holders = [*bonds, verb] if bonds else []  # (or the verb's: the parser may hang it there)
    return [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
            if g.dep_ == "pobj"]
