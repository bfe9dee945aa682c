"""Expulsions told as a directive or a declaration, not by a verb of expelling.

"ordered a Russian diplomat to leave the country", "gave the envoys 48 hours to leave", "declared two attaches
persona non grata": the one ordered out, or declared unwelcome, is expelled by whoever orders or declares.
Pure: a verb, the actors resolved and the argument finder.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.arguments import is_passive
from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.constructions import PNG_WORDS
from diplograph.ingest.departures import is_leaving
from diplograph.ingest.envoys import mission_owner
from diplograph.ingest.intents import PERMITTING_VERBS
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.subject_repairs import shares_the_passive
from diplograph.ingest.targets import ArgumentFinder
from diplograph.model import ActorType


def ordered_to_leave(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """Expulsion as a directive or a declaration: 'ordered a Russian diplomat to leave the country',
    'gave the envoys 48 hours to leave', 'declared two attaches persona non grata'."""
    lemma = verb.lemma_.lower()
    if lemma == "declare":
        declared = [c for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp", "dobj")
                    and any(t.lower_ == "grata" for t in c.subtree)]
        # the declared one may be the small clause's subject or, glued into one noun phrase with the
        # phrase, a compound of it: "declared a Russian diplomat persona non grata"
        # (or the verb's own object, the phrase its complement: "declared [Haddad]dobj [persona non grata]xcomp")
        told = [c for c in verb.children if c.dep_ == "dobj" and declared and c.i < declared[0].i]
        expelled = [m for c in declared for t in [c, *c.children, *(g for p in c.children
                                                                     if p.lower_ in PNG_WORDS for g in p.children)]
                    if t.dep_ in ("nsubj", "dobj", "compound") and t.lower_ not in PNG_WORDS
                    for m in arguments.actors_of(t, index, possessor=True, agentive=True)] + \
            [m for t in told if t.lower_ not in PNG_WORDS
             for m in arguments.actors_of(t, index, possessor=True, agentive=True)]
        return [make_candidate("expel", s, t, verb, verb, 0.75)
                for s in arguments.agents(verb, index) for t in expelled]
    if lemma not in ("order", "tell", "instruct", "give", "ask"):
        return []
    # the leaving clause hangs off the verb ("ordered X to leave"), off its time ("48 hours to leave") or off a
    # participle on its object ("ordered a diplomat [working] at the embassy to leave")
    # (not a clause with a subject of its own told to no actor: "told reporters that Russian forces must leave"
    # orders no reporter, while "told Russia that 45 of its diplomats must leave" expels them)
    told_an_actor = any(c.dep_ in ("dobj", "dative") and index.by_token.get(c.i) is not None for c in verb.children)
    ordered_a_state = lemma == "order" and told_an_actor and not any(  # (not "ordered its embassy in Kyiv to")
        c.dep_ == "dobj" and c.lemma_.lower() in MISSION_WORDS for c in verb.children)
    leaving = any(t.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl") and (
                  is_leaving(t) or ordered_a_state and _mission_cut(t))
                  and (verb.i in (t.head.i, t.head.head.i) or _on_the_objects_participle(t, verb))
                  and not (t.dep_ == "ccomp" and not told_an_actor and any(
                      c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "PRP" for c in t.children))
                  and not (t.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("will", "'ll")
                                                     for a in t.children))  # (a departure told, not ordered)
                  for t in verb.subtree)
    leaving = leaving or lemma == "order" and any(  # "ordered Syria's ambassador out of the country"
        t.lower_ == "out" and t.dep_ in ("prt", "prep", "advmod") and (
            t.head.i == verb.i or t.head.dep_ == "dobj" and t.head.head.i == verb.i) for t in verb.subtree)
    if not leaving:
        return []
    objects = ("nsubjpass",) if is_passive(verb) else ("dobj", "dative")
    holder = verb.head if shares_the_passive(verb) else verb  # "was declared persona non grata and ordered to leave"
    expelled = [m for c in holder.children if c.dep_ in objects
                for m in arguments.actors_of(c, index, possessor=True, agentive=True)]
    expellers = arguments.agents(verb, index)
    if not expellers and is_passive(verb):
        # "two Russian diplomats were ordered to leave Bulgaria": the state they must leave expels them
        expellers = [m for t in verb.children if is_leaving(t)
                     for c in t.children if c.dep_ == "dobj" for m in arguments.actors_of(c, index)] or [
            m for t in verb.children if t.lower_ == "out" for o in t.children if o.lower_ == "of"
            for c in o.children if c.dep_ == "pobj" for m in arguments.actors_of(c, index)]  # "ordered out of Caracas"
    return [make_candidate("expel", s, t, verb, verb, 0.75) for s in expellers for t in expelled]


# what one is ordered to cut or close of one's presence in a state: "to close its embassy", "to cut its staff"
MISSION_WORDS = {"embassy", "consulate", "mission", "legation", "staff", "personnel", "presence"}


def _mission_cut(clause: Token) -> bool:
    """'ordered Iran to close its embassy in London', 'ordered Washington to cut its diplomatic staff in Russia to
    455': a state ordered to close or shrink its own mission is expelled, as its envoys ordered out are."""
    return clause.lemma_.lower() in CLOSING_VERBS | {"cut", "reduce", "shrink", "slash"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in MISSION_WORDS and any(
            p.dep_ == "poss" and p.tag_ == "PRP$" for p in c.children) and (c.lemma_.lower() not in (
                "staff", "personnel", "presence") or any(m.lower_ in ("diplomatic", "embassy", "consular")
                                                         for m in c.subtree)) for c in clause.children)


def _on_the_objects_participle(clause: Token, verb: Token) -> bool:
    """Whether a clause hangs, through a participle's phrases, on the verb's object: 'ordered a diplomat [working]
    at the embassy to leave', 'ordered a group of Soviet diplomats [accused] of spying to leave'."""
    node = clause.head
    for _ in range(4):
        if node.dep_ == "acl" and node.head.dep_ in ("dobj", "dative") and node.head.head.i == verb.i:
            return True
        if node.dep_ not in ("pcomp", "prep", "pobj", "acl") or node.head.i == node.i:
            return False
        node = node.head
    return False


EXCLUDING_VERBS = {"suspend", "expel", "exclude", "bar", "ban"}


def excluding_body(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Mention]:
    """'West African leaders suspended Mali from the regional bloc ECOWAS': a state suspended or expelled from a
    body is the body's act, whoever its members are said to be."""
    if verb.lemma_.lower() not in EXCLUDING_VERBS:
        return []
    # (the body's name may follow its description, parsed apart: "the regional bloc [ECOWAS]VERB")
    bodies = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
              if p.dep_ == "pobj" for t in verb.doc[c.i:p.right_edge.i + 2]
              if (m := index.by_token.get(t.i)) is not None and m.actor is not None
              and index.actors[m.actor].type is ActorType.ORGANIZATION]
    return bodies[:1] if any(c.dep_ == "dobj" for c in verb.children) else []


def announced_without_agent(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Mention]:
    """'Britain said that two Russian diplomats had been expelled': a measure in an agentless passive that a state,
    its people or a body of states announces is theirs; not one taken elsewhere ('had been expelled from Hungary')
    nor one a news agency reports ('Interfax said')."""
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in ("say", "announce") or not any(
            c.dep_ == "nsubjpass" for c in verb.children) or any(c.lower_ == "from" for c in verb.children):
        return []
    return [m for m in arguments.agents(verb.head, index) if m.actor is not None and (
        m.via != "name" or index.actors[m.actor].type is ActorType.PERSON)]


# the acts and nouns of closing a mission, and the verbs by which its closure is done
CLOSING_VERBS = {"close", "shut"}
CLOSING_NOUNS = {"closure", "closing", "shutdown"}
ORDERING_VERBS = {"order", "announce", "decree", "carry"}  # (not one condemned or demanded: "demanded the closure")


def missions_closed(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Poland ordered the closure of Russia's consulate in Poznan', 'closed China's consulate in Houston': closing
    another state's mission, told by its owner's name or adjective (not its city's: 'closed the Kyiv embassy'),
    expels it (one's own closed is a break: 'closed its embassy in Damascus')."""
    lemma = verb.lemma_.lower()
    if lemma not in CLOSING_VERBS | ORDERING_VERBS:
        return []  # (asked of every verb: most end here)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma not in CLOSING_VERBS:
        objects = [p for c in objects if c.lemma_.lower() in CLOSING_NOUNS
                   and not any(g.dep_ == "poss" for g in c.children) for prep in c.children  # (not "Russia's closure")
                   if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
    owners = [Mention(mission.i, mission.i + 1, owner, "organ") for mission in objects
              if (owner := mission_owner(mission, index)) is not None]
    if not owners:
        return []
    closers = [a for a in arguments.agents(verb, index) if a.actor is not None and a.actor in index.actors
               and (index.actors[a.actor].country or a.actor) not in {o.actor for o in owners}]
    return [make_candidate("expel", closer, owner, verb, verb, 0.75) for closer in closers for owner in owners]


# what tells one let leave was held: "jailed", "after ten months in which Iran barred her from leaving"
CUSTODY_WORDS = {"detain", "detained", "jail", "jailed", "hold", "held", "custody", "arrest", "arrested", "prison",
                 "imprison", "imprisoned", "detention", "sentence", "barred", "bar", "ban", "hostage", "captive",
                 "house", "convict", "convicted"}


def let_leave(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Tehran let French academic Clotilde Reiss fly home', 'allowed the detained sailors to leave': one let go
    from custody (the story tells it held) is released, a concession to his state (extract.py names it for a
    private person), as an order to leave expels; not an envoy or official let go, nor one's own citizen."""
    if verb.lemma_.lower() not in PERMITTING_VERBS or any(c.dep_ == "neg" for c in verb.children) or not any(
            t.lemma_.lower() in CUSTODY_WORDS or t.lower_ in CUSTODY_WORDS for t in index.doc):
        return []
    # "let X fly home" (X the leaving verb's subject) or "allowed X to leave" (X the object)
    # (leaving the state, or going home: not a place inside it, "to leave the Moscow airport transit zone")
    leaving = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and is_leaving(c) and not any(
        o.dep_ == "dobj" and o.lemma_.lower() != "country" and not index.is_state(
            (m.actor or "") if (m := index.by_token.get(o.i)) is not None else "") for o in c.children)]
    held = [g for c in leaving for g in c.children if g.dep_ == "nsubj"] + \
        [c for c in verb.children if c.dep_ == "dobj" and leaving]
    releasers = arguments.agents(verb, index)
    own = {index.side_of(m) for m in releasers}
    # (one's own citizen, by his state or its adjective before his name: "the jailed Russian dissident Ilya Yashin")
    released = [m for h in held if not any((n := index.by_token.get(t.i)) is not None and n.actor in own
                                           for left in h.lefts for t in left.subtree)
                for m in arguments.actors_of(h, index) if index.is_person(m) and not index.actors[m.actor or ""].roles
                and index.side_of(m) not in own]
    return [make_candidate("concede", s, t, verb, verb, 0.7) for s in releasers for t in released]
