"""Office ranks: an office described rather than held on the story's day.

"A former Taiwanese president" names no holder of the day; "the first British prime minister to set foot in Kenya",
"the most extreme president Iran has had" rank one holder among all who held the office, and describe the one they
are said of (or no one), never the holder of the day. roles.py asks of each office it resolves. Pure: tokens and the
index.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.constructions import RANKING_WORDS
from diplograph.ingest.mentions import ActorIndex

# words that rank a holder among all who held the office: "the first U.S. president to visit Hiroshima", "the most
# extreme president"
HOLDER_RANKS = RANKING_WORDS | {"most", "least"}


def ranks_holders(head: Token, office: str) -> bool:
    """'The youngest president France has had', 'the most extreme president', 'the first U.S. president to visit
    Hiroshima': an office ranked among its holders describes one named elsewhere, not the holder of the day."""
    if head.lower_ == "secretary" and head.doc[head.i - 1].lower_ == "first" or any(
            t.lower_ in ("vice", "deputy", "assistant") for t in head.lefts):
        return False  # a title of its own: "the first secretary of the embassy", "the first deputy prime minister"
    return any(c.dep_ in ("amod", "advmod") and c.lower_ not in office.split() and (
        c.tag_ in ("JJS", "RBS") or c.lower_ in HOLDER_RANKS or any(a.lower_ in HOLDER_RANKS for a in c.children))
        for c in head.children)


def ranked_one(index: ActorIndex, head: Token, office: str) -> str | None:
    """Whom an office ranked among its holders is said of: the one it is 'as' ('denounced Raisi as the most extreme
    president Iran has had'), else the subject of its clause ('May touched down in Nairobi, the first British prime
    minister to set foot in Kenya'); never the holder of the day. None for an office held before."""
    if held_before(head) or not ranks_holders(head, office):
        return None
    if head.dep_ == "pobj" and head.head.lower_ == "as":
        said_of = [head.head.head] if head.head.head.pos_ != "VERB" else [  # (or its subject, where it has none:
            c for c in head.head.head.children if c.dep_ == "dobj"] or [  # "to travel to Washington as the first"
            c for c in head.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:  # (the subject the parser gave the infinitive after it is its own: "the first ... [to set foot]advcl")
        verb = head.head.head if head.dep_ == "nsubj" and head.head.dep_ == "advcl" else next((
            a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None) if head.dep_ in (
            "attr", "oprd", "appos", "npadvmod") else None
        said_of = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    return next((m.actor for t in said_of if (m := index.by_token.get(t.i)) is not None and m.actor is not None
                 and index.is_person(m)), None)


def held_before(head: Token) -> bool:
    """'A former Taiwanese president', 'the ex-president': an office its holder no longer holds."""
    doc = head.doc
    return any(c.lower_ in ("former", "ex", "late") for c in head.children) or \
        head.i > 1 and doc[head.i - 2].lower_ == "ex" and doc[head.i - 1].text == "-"
