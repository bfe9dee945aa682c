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
    """What the subject carries, or the craft the verb sends, which is what it brings: 'cargo planes carrying fruit
    and vegetables flew to Doha', 'dispatched three navy ships laden with food' deliver them (no visit; but bombers
    carry arms to use them)."""
    return [o for s in verb.children if s.dep_ in ("nsubj", "dobj") and s.lemma_.lower() not in COMBAT_CRAFT
            for a in s.children if _bearing(a) for o in (*a.children, *(p for c in a.children if c.dep_ == "prep"
                                                                         for p in c.children))
            if o.dep_ in ("dobj", "pobj")]


def cargo_of(clause: Token) -> list[Token]:
    """What a clause of carrying names as borne: 'carrying [tents]', 'loaded with [food]'."""
    return [o for o in (*clause.children, *(p for c in clause.children if c.dep_ == "prep" and c.lower_ == "with"
                                            for p in c.children)) if o.dep_ in ("dobj", "pobj")]


def _bearing(word: Token) -> bool:
    """'carrying', 'loaded with', 'laden with': a clause or adjective by which a craft bears goods."""
    return word.dep_ in ("acl", "amod") and (word.lemma_.lower() in CARRYING_VERBS or word.lower_ == "laden")


def within_the_goods(noun: Token, goods: Token) -> bool:
    """Whether a noun is one of a list of goods or what it is made of ('teams, boats and tonnes of relief supplies'),
    not inside a clause about it ('funds earmarked for refugees returning to Syria')."""
    while noun.i != goods.i:
        if noun.dep_ not in ("conj", "pobj", "appos", "dobj") and not (noun.dep_ == "prep" and noun.lower_ in (
                "of", "with")) and not _bearing(noun):  # (or what a craft bears: "ships laden with food [to Myanmar]")
            return False
        noun = noun.head
    return True


def goods_destinations(goods: Token) -> list[Token]:
    """Where aid goes when it is hung inside the object: on the last noun of a long list of goods, ending it
    ('flown rescue teams, boats and tonnes of relief supplies [to Serbia]'), or on the clause of a craft bearing them
    ('flew a plane carrying supplies [to Somalia] on Sunday'). The words that hold the phrase."""
    return [p.head for p in goods.subtree if p.dep_ == "prep" and p.lower_ in ("to", "into") and p.head.i > goods.i
            and (p.right_edge.i == goods.right_edge.i or _bearing(p.head)) and within_the_goods(p.head, goods)]
