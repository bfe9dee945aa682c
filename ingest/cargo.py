"""What craft and convoys carry, and where the goods go.

A plane that carries aid brings it, a bomber that carries missiles uses them: what is carried, by whom, and where a
list of goods ends are read here for the verb cues (verb_cues.py), the targets (targets.py) and the material events
(material.py). Pure: tokens in, tokens out.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs by which a craft or convoy bears goods: "planes carrying ammunition", "ships loaded with grain"
CARRYING_VERBS = {"carry", "transport", "bring", "deliver", "ferry", "load", "lade"}


# craft that carry arms to use them, not to hand them over: "bombers carrying cruise missiles flew to"
COMBAT_CRAFT = {"bomber", "fighter", "warplane", "jet", "warship", "destroyer", "submarine", "frigate", "gunship"}
# what is fired at someone, never sent him as aid: "sent Israel a barrage of rockets"
FIRED = {"missile", "rocket", "drone", "bomb", "shell", "barrage", "salvo", "volley", "swarm"}


def fired(verb: Token) -> bool:
    return any(o.dep_ == "dobj" and o.lemma_.lower() in FIRED for o in verb.children)


def carried(verb: Token) -> list[Token]:
    """What the subject carries, which is what it brings: 'cargo planes carrying fruit and vegetables flew to
    Doha' deliver them (no visit; but bombers carry arms to use them)."""
    return [o for s in verb.children if s.dep_ == "nsubj" and s.lemma_.lower() not in COMBAT_CRAFT
            for a in s.children if a.dep_ == "acl"
            and a.lemma_.lower() in CARRYING_VERBS for o in (*a.children, *(p for c in a.children if c.dep_ == "prep"
                                                                           for p in c.children))
            if o.dep_ in ("dobj", "pobj")]


def within_the_goods(noun: Token, goods: Token) -> bool:
    """Whether a noun is one of a list of goods or what it is made of ('teams, boats and tonnes of relief supplies'),
    not inside a clause about it ('funds earmarked for refugees returning to Syria')."""
    while noun.i != goods.i:
        if noun.dep_ not in ("conj", "pobj", "appos") and not (noun.dep_ == "prep" and noun.lower_ == "of"):
            return False
        noun = noun.head
    return True
