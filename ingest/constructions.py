"""Constructions: small syntactic patterns the parser leaves in a shape the argument rules do not expect.

A coordination glued into one noun phrase ("with Indian Foreign Minister Sushma Swaraj and Pakistani
Foreign Minister Shah Mehmood Qureshi", the first member a modifier of the last), a reciprocal object
("accused each other"), a body named by whose it is ("the government of Benjamin Netanyahu"), people named
by where they come from ("expelled diplomats from Argentina and Chile"). Pure functions over tokens and
the ActorIndex; arguments.py and relations.py call them.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.model import ActorType

# nouns for the body that governs for a person or a state: "the government of Benjamin Netanyahu"
GOVERNING_BODIES = {"government", "administration", "cabinet", "regime", "leadership", "junta", "coalition"}
RECIPROCAL_HEADS = {"other", "another"}  # "each other", "one another"
OBJECT_PRONOUNS = {"them", "him", "her", "it"}
# descriptions by which a report refers back to a state it has named: "accusing its neighbour of hostile acts"
STATE_DESCRIPTIONS = {"neighbour", "neighbor", "country", "government", "kingdom", "emirate", "state", "nation",
                      "rival", "ally", "authorities", "leadership", "regime", "republic", "island"}


def glued_coordinates(head: Token, mention: Mention, index: ActorIndex) -> list[Mention]:
    """The earlier members of a coordination the parser glued into the phrase of its last member: names that end
    just before an 'and' inside the phrase, left of the head's own mention."""
    found: list[Mention] = []
    phrase = {t.i for t in head.subtree}
    for token in (t for t in head.subtree if t.i < mention.start):
        if token.dep_ != "cc" or token.lower_ not in ("and", "&") or token.i == 0:
            continue
        before = index.by_token.get(token.i - 1)
        if before is None or before.actor is None or before.actor == mention.actor or before.via not in (
                "name", "surname", "gazetteer"):
            continue
        if before.end == token.i and before.start in phrase:
            found.append(before)
    return found


def is_reciprocal(token: Token) -> bool:
    """'each other', 'one another'."""
    return token.lower_ in RECIPROCAL_HEADS and any(
        c.lower_ in ("each", "one") and c.i == token.i - 1 for c in token.children) or (
        token.lower_ in RECIPROCAL_HEADS and token.i > 0 and token.doc[token.i - 1].lower_ in ("each", "one"))


def governed_by(noun: Token, index: ActorIndex) -> Mention | None:
    """'the government of Benjamin Netanyahu', 'the administration of Joe Biden': the person or state whose body
    it is."""
    if noun.lemma_.lower() not in GOVERNING_BODIES:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                mention = index.by_token.get(pobj.i) if pobj.dep_ == "pobj" else None
                if mention is not None and mention.actor is not None and \
                        index.actors[mention.actor].type in (ActorType.PERSON, ActorType.COUNTRY):
                    return mention
    return None


def origin_phrases(verb: Token) -> list[Token]:
    """The objects of a 'from' phrase on a verb: 'expelled diplomats [from Argentina, Chile and Peru]'."""
    return [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
            for pobj in prep.children if pobj.dep_ == "pobj"]


def is_back_reference(token: Token, index: ActorIndex) -> bool:
    """An object pronoun, or a definite description of a state that resolved to no actor: 'them', 'its
    neighbour', 'the government'."""
    if token.lower_ in OBJECT_PRONOUNS:
        return True
    mention = index.by_token.get(token.i)
    return (mention is None or mention.actor is None) and token.lemma_.lower() in STATE_DESCRIPTIONS and any(
        c.dep_ in ("poss", "det") and c.lower_ in ("its", "their", "the") for c in token.children)


# the verbs of naming by which a report keeps its distance from what a free relative names: "struck what New
# Delhi described as a camp", "strikes on what it said were hideouts", "rejected what it called interference"
NAMING_VERBS = {"call", "describe", "say", "term", "label", "claim", "consider", "deem", "brand", "characterize",
                "characterise", "believe", "identify", "allege", "dub", "regard", "see", "view"}


def free_relative_referent(clause: Token) -> Token | None:
    """The thing a free relative names in the object's place: the camp in 'struck [what New Delhi described as a
    training camp inside Pakistani territory]', the hideouts in 'strikes on [what it said were hideouts inside
    Iran]', the infrastructure in 'struck [what it called terrorist infrastructure in Pakistan]'."""
    if clause.lemma_.lower() not in NAMING_VERBS:
        return None
    opening = min(t.i for t in clause.subtree)
    if clause.doc[opening].lower_ != "what":
        return None
    for verb in (clause, *(c for c in clause.children if c.dep_ in ("ccomp", "xcomp"))):
        if not any(c.i == opening for c in verb.children):
            continue  # the "what" belongs to this verb: "called [what]", "[what] were"
        for child in verb.children:
            if child.dep_ in ("oprd", "attr", "dobj") and child.i != opening and child.pos_ in ("NOUN", "PROPN"):
                return child  # "called X", "were X"
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "as":  # "described as X"
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None
