"""Acts undergone: a subject that comes under an act suffers it and does not do it.

"Kenyan units came under attack near Makeni", "Kyiv came under attack from Russian drones", "Caracas came under new
U.S. sanctions": the clause's subject is the act's target, and its author is the one the act's own phrase names (from,
by, a modifier; not a crowd or gunmen, nor where they were), or no one (no event, rather than the sufferer
attacking). An attack or pressure one is or remains under is background ("has been under attack for weeks"), but
standing sanctions one is under are told as imposed, as the blind writers code them ("Li, who is under U.S.
sanctions"); force one faces now ("faces new U.S. sanctions") is still to come: no event. relations.py asks here
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
# verbs by which one comes under an act, which happens then (not "is" or "remains" under it)
ONSET_VERBS = {"come", "fall", "place", "put", "bring"}
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
    """The act the verb's subject comes under, by whom the noun's own phrases name: 'came under fire from rebels'
    (rebels attack the subject), 'under Russian attack'; nothing where no author is named."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    if verb.lemma_.lower() not in ONSET_VERBS | SUFFERING_VERBS and relation != "sanction" or verb.tag_ in (
            "VBZ", "VBP", "VB") and verb.lemma_.lower() in SUFFERING_VERBS:
        return []  # a state one is in (but for standing sanctions), or force one faces now: background or to come
    authors: list[Mention] = [
        *(m for p in (*noun.children, *(c for c in verb.children if c.i > noun.i))  # (or the verb's: "came under
          # attack on Monday from")
          if p.dep_ == "prep" and p.lower_ in ("from", "by") for o in p.children
          if o.dep_ == "pobj" and o.lemma_.lower() not in UNNAMED_DOERS and o.lower_ not in UNNAMED_DOERS
          for m in arguments.actors_of(o, index, possessor=True, agentive=True, placed=False)),
        *(m for c in noun.children if c.dep_ in ("amod", "compound", "poss") for m in arguments.actors_of(c, index))]
    sufferers = arguments.agents(verb, index)
    return [make_candidate(relation, author, sufferer, noun, verb, 0.75) for author in authors
            for sufferer in sufferers if author.actor != sufferer.actor]
