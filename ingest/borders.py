"""Borders: forces moved to or from one's own ground at a border face the state across it.

"sent troops to its eastern Kassala state on the border with Eritrea" mobilises against Eritrea, "pulled back from
the area of the border with India" withdraws from India, "returning to their permanent bases after drills near the
border with Ukraine" withdraws from Ukraine; ground that faces a side names it ("positions facing the separatists").
relations.py asks when a mobilisation's or withdrawal's own targets are none or the movers' own ground. Pure
functions over the parse and the document's actor index.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.forces import armed_nouns
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.preposition_repairs import BORDER_NOUNS
from diplograph.model import ActorType

# what forces come back from that faced a border: drills, a build-up, a posting
SHOWS_OF_FORCE = {"drill", "drills", "exercise", "exercises", "manoeuvre", "manoeuvres", "maneuver", "maneuvers",
                  "build-up", "buildup", "station", "stationed", "deploy", "deployed", "mass", "massed", "deployment"}

FACING_VERBS = {"face", "border", "confront", "abut"}  # ground that faces a side: "positions facing the rebels"


def across_the_border(verb: Token, index: ActorIndex, relation: str) -> list[Mention]:
    """'sent troops to its Kassala state on the border with Eritrea', 'pulled back from the area of the border
    with India': forces moved to (or withdrawn from) one's own ground at a border face the state across it, or the
    side the ground faces ('positions facing the separatists'); not 'withdrew from a treaty on its border'."""
    armed = armed_nouns()  # forces moved, as subject or object: "troops began pulling back", "sent thousands of troops"
    if relation == "mobilize" and any(c.lower_ == "back" for c in verb.children):
        return []  # "moved troops back to their bases from the border" is no build-up
    if not any(t.lower_ in armed for v in (verb, verb.head if verb.dep_ == "xcomp" else verb) for c in v.children
               if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree):
        return []
    towards = ("from", "out") if relation == "withdraw" else ("to", "into", "toward", "towards", "near", "along", "at",
                                                              "on")
    # "pulling [back] from", "moved tanks [up] to its border" (the parser may take the particle for a preposition)
    holders = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt") or c.dep_ == "prep" and c.lower_ in
                       ("up", "down", "over"))]
    # (and nearness the parser hung on an adjunct: "in a readiness exercise, [close] to the border with Ukraine")
    holders += [t for t in verb.subtree if t.lower_ in ("close", "near", "next") and t.dep_ in ("amod", "advmod")
                and relation == "mobilize" and t not in holders]
    places = [p for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in towards
              for p in c.children if p.dep_ == "pobj"]
    if relation == "withdraw" and verb.lemma_.lower() == "return" and not places:
        # back to base from a show of force at a border, told in the return's own words: "after drills in regions
        # near the border with Ukraine", "troops stationed in regions bordering Ukraine" (not "returned to their
        # barracks after the coup, and the border with Cambodia remained calm", nor relief work near a border)
        joined = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
        own = [t for t in verb.subtree if t.i not in joined]
        if not any(t.lemma_.lower() in SHOWS_OF_FORCE or t.lower_ in SHOWS_OF_FORCE for t in own):
            return []
        places = [t for t in own if t.lemma_.lower() in BORDER_NOUNS and t.pos_ == "NOUN"]
        bordered = [m for t in own if t.lemma_.lower() == "border" and t.pos_ == "VERB" for o in t.children
                    if o.dep_ == "dobj" and (m := index.by_token.get(o.i)) is not None and m.actor is not None
                    and index.actors[m.actor].type is ActorType.COUNTRY]
        if bordered:
            return bordered[:1]
    # or the ground faces the other side: "pulled back from positions facing pro-Russian separatists"
    faced = [m for place in places for c in place.children if c.dep_ == "acl" and c.lemma_.lower() in FACING_VERBS
             for o in c.children if o.dep_ == "dobj" for t in o.subtree
             if (m := index.by_token.get(t.i)) is not None and m.actor is not None]
    return faced[:1] or [m for place in places for t in place.subtree if t.lemma_.lower() in BORDER_NOUNS
                         if (m := index.by_token.get(t.i)) is not None and m.actor is not None
                         and index.actors[m.actor].type is ActorType.COUNTRY][:1]
