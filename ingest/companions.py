"""Companions: who acts beside a clause's subject without being its subject.

"Germany, along with France, condemned", "Japan, together with Australia, ...": the companion acts with the
subject; "Modi, Putin and Xi met": the parser hangs a list's first names off the verb, not the subject.
arguments.py adds both to a verb's agents.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from diplograph.ingest.coreference import mention_at
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.ingest.preposition_repairs import LISTED_ALONG

# a subject's companions in the act: "Germany, along with France, condemned"
COMPANION_WORDS = {"along", "together", "alongside"}
# a subject's escort, set off after it: "Clinton, accompanied by Gates and Napolitano, met Calderon"
ACCOMPANYING_VERBS = {"accompany", "flank", "join"}
ActorsOf = Callable[[Token, ActorIndex], list[Mention]]  # the actors a phrase names (ArgumentFinder.actors_of)
AgentsOf = Callable[[Token, ActorIndex], list[Mention]]  # who acts (ArgumentFinder.agents)


def companions(verb: Token, subject: Token, index: ActorIndex, actors_of: ActorsOf) -> list[Mention]:
    """'Germany, along with France, condemned', 'Japan, together with Australia, ...', 'arrived in Khartoum
    along with Kiir', 'Clinton, accompanied by Gates, met': who acts with the subject; after the verb, not one
    'alongside' ('signed alongside the UAE's minister', a counterpart) nor one after an actor acted on ('condemned
    Russia along with Belarus')."""
    found: list[Mention] = []
    for holder in (verb, subject):
        for prep in holder.children:  # ("together" may hang on "with")
            if prep.dep_ != "prep" or prep.lower_ not in COMPANION_WORDS and not (prep.lower_ == "with" and (any(
                    c.dep_ == "advmod" and c.lower_ in COMPANION_WORDS for c in prep.children)
                    or subject.i < prep.i < verb.i)):  # "who with Esper called on Modi"
                continue
            inner = [g for g in prep.children if g.dep_ == "prep" and g.lower_ == "with"] or [prep]
            if inner == [prep] and prep.lower_ in ("along", "together"):
                continue  # (a place one is along: "massed along the Gaza Strip border")
            found.extend(m for p in inner for pobj in p.children if pobj.dep_ == "pobj"
                         for m in actors_of(pobj, index) if prep.i < verb.i or prep.lower_ != "alongside" and
                         not any(t.dep_ in ("dobj", "dative", "pobj") and t.head.lower_ not in ("in", "at") and
                                 index.by_token.get(t.i) is not None for t in verb.doc[verb.i + 1:prep.i]))
    escorts = [acl for acl in subject.children if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.i < verb.i
               and acl.lemma_.lower() in ACCOMPANYING_VERBS]  # "Clinton, accompanied by Gates, met"
    found.extend(m for acl in escorts for pobj in by_agents(acl) for m in actors_of(pobj, index))
    return found


def by_agents(participle: Token) -> list[Token]:
    """The objects of a passive participle's 'by' phrase: 'accompanied by [Gates] and [Napolitano]'."""
    return [pobj for by in participle.children if by.dep_ == "agent" for pobj in by.children if pobj.dep_ == "pobj"]


def list_heads_before(verb: Token, subject: Token, index: ActorIndex) -> list[Mention]:
    """'Modi, Putin and Xi met': the parser hangs a list's first names off the verb, not the subject."""
    if not any(c.dep_ == "cc" for t in conjuncts(subject) for c in t.children):
        return []
    doc = verb.doc
    found: list[Mention] = []
    for child in verb.children:
        if child.i < subject.i and child.dep_ in ("advcl", "npadvmod", "dep", "nsubj") and \
                child.pos_ == "PROPN" and child.i + 1 < len(doc) and doc[child.i + 1].text == "," and \
                (mention := mention_at(index, child)) is not None and mention.actor is not None:
            found.append(mention)
    return found


# encounters, where one of the subject's own state named 'along with' after the one met attends on the subject's
# side: "Xi met Blinken along with Wang Yi" (not acts on people: "Belarus pardoned Bialiatski along with Belarusian
# opposition figure Maria Kalesnikava", both pardoned)
ENCOUNTER_VERBS = {"meet", "host", "receive", "welcome", "greet", "see", "call", "phone", "telephone", "thank",
                   "brief", "entertain", "honour", "honor", "fete", "invite", "congratulate"}


def companion_of_the_subjects_side(doc: Doc, index: ActorIndex, agents: AgentsOf) -> None:
    """'Xi met Blinken in Beijing [along with] Wang Yi', 'Erdogan received Zelensky along with Foreign Minister Hakan
    Fidan': one named 'along with' after a person met, whom preposition_repairs.companion_of_the_object listed
    with him, is the subject's companion if of the subject's own state, and no one met: he is put back under
    the verb (where companions() refuses him, after an object, as before); those listed after him of another state
    stay with the one met ("met Putin along with Wang Yi and Sergei Lavrov")."""
    for along_i, with_i, person_i, verb_i in doc.user_data.pop(LISTED_ALONG, []):
        along, with_, person, verb = doc[along_i], doc[with_i], doc[person_i], doc[verb_i]
        if verb.lemma_.lower() not in ENCOUNTER_VERBS:
            continue
        companion = index.by_token.get(person_i)
        sides = {index.side_of(m) for m in agents(verb, index) if m.actor is not None}
        if companion is None or companion.actor is None or index.side_of(companion) not in sides:
            continue
        met = person.head
        for other in [c for c in person.children if c.dep_ == "conj"]:
            mention = index.by_token.get(other.i)
            if mention is None or mention.actor is None or index.side_of(mention) not in sides:
                other.head = met
        along.head, along.dep_ = verb, "prep"
        with_.head, with_.dep_ = along, "prep"
        person.head, person.dep_ = with_, "pobj"
