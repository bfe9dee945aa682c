"""Acts undergone: a subject that comes under an act suffers it and does not do it.

"Kenyan units came under attack near Makeni", "Kyiv came under attack from Russian drones", "Caracas came under new
U.S. sanctions": the clause's subject is the act's target, and its author is the one the act's own phrase names (from,
by, a modifier; not a crowd or gunmen, nor where they were), or no one (no event, rather than the sufferer
attacking). An attack one is or remains under now is background ("has been under attack for weeks"), but standing
sanctions one is under are told as imposed, as the blind writers code them ("Li, who is under U.S. sanctions"); force
one faces now ("faces new U.S. sanctions") is still to come: no event. relations.py asks here
before reading an event noun the usual way. Pure: a parsed noun and the ActorIndex in, candidates out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.mentions import ActorIndex, Mention

if TYPE_CHECKING:
    from diplograph.ingest.targets import ArgumentFinder


# acts one suffers (not a frame one acts within: "the commitments it made under the Paris agreement")
SUFFERED_RELATIONS = {"attack", "sanction", "coerce", "criticize", "accuse", "threaten"}
# verbs by which one is (or stays) under an act: an attack one is under now is background ("has been under attack for
# weeks"), one one was under an event ("Kyiv was under attack all night"); standing sanctions are told as imposed
STATE_VERBS = {"be", "remain", "stay", "live"}
# verbs that put their object under an act: "placed Libya under U.N. sanctions" (or its subject, passive)
PLACING_VERBS = {"place", "put", "bring"}
# unnamed doers, whose place is no author: "came under attack by unknown gunmen in Syria", "by protesters"
UNNAMED_DOERS = {"gunman", "gunmen", "assailant", "attacker", "protester", "demonstrator", "mob", "crowd", "rioter"}


# verbs whose subject suffers the act its object names: "Chinese travellers faced racist attacks in Australia"
# (a reaction faced is drawn_reactions.py's: "has faced condemnation from its neighbours")
SUFFERING_VERBS = {"face", "suffer", "endure", "sustain"}
SUFFERED_FORCE = {"attack", "sanction", "coerce"}  # (not a threat faced: "faces a growing threat from China")


def undergone(noun: Token, relation: str) -> bool:
    """'came under attack', 'remained under sanctions', 'came under pressure': an act suffered, after 'under' on a
    verb; or force one faces or suffers ('faced racist attacks in Australia')."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in SUFFERING_VERBS:
        return relation in SUFFERED_FORCE
    return relation in SUFFERED_RELATIONS and noun.dep_ == "pobj" and noun.head.lower_ == "under" and \
        noun.head.head.pos_ in ("VERB", "AUX")


def acts_undergone(noun: Token, relation: str, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """The act the verb's subject comes under, by whom the noun's own phrases name: 'came under attack from Sierra
    Leone's army' (Sierra Leone attacks the subject), 'under Russian attack'; nothing where no author is named."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    lemma, now = verb.lemma_.lower(), verb.tag_ in ("VBZ", "VBP") or any(  # ("has been under", "faces")
        a.dep_ == "aux" and a.lemma_.lower() == "have" for a in verb.children)
    if lemma in STATE_VERBS and now and relation != "sanction" or lemma == "face" and verb.tag_ in ("VBZ", "VBP"):
        return []  # an attack one is under now is background; force one faces now is still to come
    authors: list[Mention] = [
        *(m for p in (*noun.children, *(c for c in verb.children if c.i > noun.i))  # (or the verb's: "came under
          # attack on Monday from")
          if p.dep_ == "prep" and p.lower_ in ("from", "by") for o in p.children
          if o.dep_ == "pobj" and o.lemma_.lower() not in UNNAMED_DOERS and o.lower_ not in UNNAMED_DOERS
          for m in arguments.actors_of(o, index, possessor=True, agentive=True, placed=False)),
        *(m for c in noun.children if c.dep_ in ("amod", "compound", "poss") for m in arguments.actors_of(c, index))]
    placed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] if lemma in PLACING_VERBS else []
    sufferers = [m for c in placed for m in arguments.actors_of(c, index)] if placed else arguments.agents(verb, index)
    return [make_candidate(relation, author, sufferer, noun, verb, 0.75) for author in authors
            for sufferer in sufferers if author.actor != sufferer.actor]
