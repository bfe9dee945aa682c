"""Portfolios: an office's 'for' phrase set between the title and the name it precedes.

"U.S. special envoy for Iran Brian Hook was in Saudi Arabia": the model makes the title the sentence's subject
and glues the portfolio's place onto the name ("for [Iran Brian Hook]"), so the envoy, not Hook, is the one in
Saudi Arabia and the name loses its title. The name takes the title's place and keeps it as its own compound;
the place goes back to 'for'. repairs.py calls it in its one pass over the Doc.
"""

from __future__ import annotations

from spacy.tokens import Token

# titles whose portfolio is told with "for": "special envoy for Iran", "special representative for Afghanistan"
PORTFOLIO_TITLES = {"envoy", "representative", "coordinator", "commissioner", "minister", "secretary", "adviser",
                    "advisor", "ambassador", "rapporteur", "negotiator", "czar", "tsar"}


def portfolio_glued_onto_a_name(prep: Token) -> None:
    """'[envoy] for [Iran]compound [Brian]compound [Hook]pobj': the name becomes the title's head, the place the
    object of 'for'."""
    title, name = prep.head, next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ != "for" or title.lemma_.lower() not in PORTFOLIO_TITLES or name is None or \
            name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return
    glued = sorted((c for c in name.children if c.dep_ == "compound" and c.i < name.i), key=lambda t: t.i)
    if len(glued) < 2 or glued[0].ent_type_ not in ("GPE", "LOC", "NORP") or glued[0].i != prep.i + 1 or \
            glued[1].ent_type_ != "PERSON":
        return  # (a place, then at least a given name: "Iran Brian Hook")
    # (a root heads itself: the name takes the title's head, or is the root in its place)
    name.head, name.dep_ = title.head if title.head.i != title.i else name, title.dep_
    title.head, title.dep_ = name, "compound"
    glued[0].head, glued[0].dep_ = prep, "pobj"


def title_of_phrase(head: Token, word: str, titles: dict[str, str]) -> list[str]:
    """'the U.S. secretary [of state]', 'the minister [of foreign affairs]': the words of the of-phrase that ends a
    title the table knows, after the title's last word; none for a British portfolio's 'for' ('the secretary of
    state for defence' is no foreign minister) unless it names foreign affairs."""
    for pobj in (p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"):
        tail = ["of", *(g.lower_ for g in pobj.subtree if g.dep_ in ("compound", "amod") or g.i == pobj.i)]
        portfolio = [g.lower_ for x in (head, pobj) for f in x.children if f.dep_ == "prep" and f.lower_ == "for"
                     for g in f.subtree]
        if " ".join([word, *tail]) in titles and (not portfolio or "foreign" in portfolio):
            return tail
    return []
