"""Drills: forces of two states acting together or for show.

A joint show of force, or drills the forces of two states hold, is cooperation between them, whoever it is aimed
at; a show of force aimed at a side mobilises against it; forces fighting beside another state's in a drill
cooperate with it. material.py asks, with what arriving arms and lifted measures tell.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import ALLIED_PREPOSITIONS, Candidate, make_candidate
from diplograph.ingest.constructions import substance
from diplograph.ingest.forces import (
    ARRIVING_VERBS,
    DRILL_NOUNS,
    FLYING_VERBS,
    FORCE_NOUNS,
    MOVING_VERBS,
    SETTING_OUT_VERBS,
    armed_nouns,
)
from diplograph.ingest.lexicon import Lexicon
from diplograph.ingest.mentions import ActorIndex, conjuncts
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.verb_cues import PERFORMING_VERBS, known_lemma, verb_cue


def joint_exercise(verb: Token, index: ActorIndex, lexicon: Lexicon, arguments: ArgumentFinder) -> list[Candidate]:
    """'Chinese and Russian warships held joint drills', 'began joint exercises with India', 'Chinese and Russian
    bombers flew a joint patrol', 'flew their first joint bombing mission': a joint show of force or operation is
    military cooperation between those who hold it, whoever it is aimed at; so are drills that the forces of two
    states hold ('Thousands of U.S. and Philippine troops began their annual exercises'), and whatever coordinated
    agents do 'jointly' that is no event of its own ('will jointly develop a fighter jet')."""
    if verb.lemma_.lower() == "join":
        return _joined_for_drills(verb, index, arguments)
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    # drills one goes to: "Chinese and Russian warships sailed out of Qingdao for joint naval drills" (not those
    # one is criticised for or prepares for: "criticized Seoul for joint drills")
    going = verb.lemma_.lower() in GOING_VERBS
    sought = [o for c in verb.children if going and c.dep_ == "prep" and c.lower_ == "for" for o in c.children
              if o.dep_ == "pobj" and any(n.lower_ in DRILL_NOUNS and any(m.lower_ in ("joint", "combined") or m.dep_ ==
                                                                           "prep" and m.lower_ == "with"
                                                                           for m in n.children) for n in substance(o))]
    objects += sought
    if verb.lemma_.lower() in PARTAKING_VERBS or verb.lemma_.lower() == "take" and any(o.lower_ == "part"
                                                                                      for o in objects):
        # drills one takes part in: "took part in joint drills with Serbian forces", "participated in exercises"
        joined = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                  if o.dep_ == "pobj" and any(is_drill(n) for n in substance(o))]
        objects += joined
        sought += joined
    if not objects and not any(c.dep_ == "advmod" for c in verb.children) and not _side_by_side(verb):
        return []  # cheap: most verbs take no drills and nothing jointly
    # "will jointly develop a fighter jet"; forces "drilling together" (not "must exercise restraint together")
    jointly = (any(c.dep_ == "advmod" and (c.lower_ == "jointly" or c.lower_ == "together" and verb.lemma_.lower()
                                            in DRILLING_VERBS and _forces_of_states(verb, index) > 1)
                   for c in verb.children) or _side_by_side(verb) and verb.lemma_.lower() in DRILLING_VERBS and
               _forces_of_states(verb, index) > 1) and ((cue := verb_cue(verb, lexicon)) is None or (
                   cue.from_field and verb.lemma_.lower() in DRILLING_VERBS))  # (not the field's "train": an offer)
    # "opened their annual exercises" (not "opened its airspace to", which the field's cue reverses)
    performed = bool(sought) or known_lemma(verb, PERFORMING_VERBS) in PERFORMING_VERBS or \
        verb.lemma_.lower() in FLYING_VERBS | {"open"}
    if not jointly and not performed:
        return []  # drills are held by a verb that performs them
    drilling = [(o, n) for o in objects for n in substance(o) if is_drill(n) or any(
                c.relation == "mobilize" for c in lexicon.object_cues.get(n.lower_, ()))]
    # ("six days of joint drills": the drills are joint)
    drills = [n for o, n in drilling if any(m.lower_ in ("joint", "combined") for m in (*o.children, *n.children))] + [
        o for o in objects if o.lemma_.lower() in JOINT_OPERATIONS and any(  # "flew their first joint bombing mission"
            m.lower_ in ("joint", "combined") for m in o.subtree if m.i < o.i)]
    if not drills and drilling and performed and (_forces_of_states(verb, index) > 1 or any(
            c.dep_ == "prep" and c.lower_ == "with" for h in (verb, *(o for o, _ in drilling)) for c in h.children)):
        # "U.S. and Philippine troops began their annual exercises", "held naval exercises with Russia and China"
        drills = [n for _, n in drilling]
    if not jointly and (not drills or not performed):
        return []  # "would suspend its joint exercises with South Korea" holds none
    parties = arguments.agents(verb, index) + [m for holder in (verb, *drills) for c in holder.children
                                               if c.dep_ == "prep" and c.lower_ == "with" for pobj in
                                               c.children for m in arguments.actors_of(pobj, index)]
    pairs = {(a.actor, b.actor): (a, b) for i, a in enumerate(parties) for b in parties[i + 1:]
             if a.actor != b.actor}
    return [make_candidate("cooperate", a, b, verb, verb, 0.75) for a, b in pairs.values()]


def _joined_for_drills(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Australian warships joined Indian navy vessels for the Malabar exercise', 'Belarusian units joined Russian
    forces for the second stage of drills': forces joining another state's for drills cooperate with it."""
    if not any(is_drill(n) or n.lemma_.lower() in DRILL_PARTS and any(is_drill(g) for p in n.children if p.lower_ ==
                                                                        "of" for g in p.children)
               for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "in")
               for o in c.children if o.dep_ == "pobj" for n in substance(o)):  # ("the second stage of drills", not
        # "joined Russia in criticism of the drills")
        return []
    joined = [m for o in verb.children if o.dep_ == "dobj" for m in arguments.actors_of(o, index, possessor=True)]
    return [make_candidate("cooperate", a, b, verb, verb, 0.75) for a in arguments.agents(verb, index)
            for b in joined if a.actor != b.actor]


def is_drill(noun: Token) -> bool:
    """'exercises', 'drills', 'war games', or an exercise's own name told as one: 'Cope India, their first joint air
    combat exercise', 'Talisman Sabre, the biennial war games'."""
    return noun.lower_ in DRILL_NOUNS or _war_games(noun) or noun.pos_ == "PROPN" and any(
        a.dep_ == "appos" and (a.lower_ in DRILL_NOUNS or _war_games(a)) for a in noun.children)


def _war_games(noun: Token) -> bool:
    return noun.lemma_.lower() == "game" and any(m.lower_ == "war" for m in noun.children)


DRILL_PARTS = {"stage", "phase", "part", "round", "edition"}  # of drills: "for the second stage of drills"
# verbs by which forces set out for drills: "sailed out of Qingdao for joint naval drills"
GOING_VERBS = FLYING_VERBS | ARRIVING_VERBS | MOVING_VERBS | SETTING_OUT_VERBS | {"set", "deploy", "steam"}
PARTAKING_VERBS = {"participate", "partake"}  # (and "take part"): one joins drills held by others
DRILLING_VERBS = {"drill", "exercise", "train", "manoeuvre", "maneuver"}  # verbs of drills, held together
BEGINNING_VERBS = {"begin", "start", "resume", "continue", "keep"}  # that begin or keep up drilling: "began training"
# operations of war that, joint, are held together as drills are: "flew a joint bombing mission"
JOINT_OPERATIONS = {"mission", "operation", "sortie", "patrol", "strike", "raid", "offensive"}
FIGHTING_VERBS = {"fight", "battle"}
SERVICE_PEOPLE = {"sailor", "airman"}  # who drill as forces do: "American and Ukrainian sailors were drilling"
AIMING_PREPOSITIONS = {"against", "at", "toward", "towards", "to"}  # whom a show of force is aimed at


def show_of_force(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Two American bombers swept low over South Korea in a show of force against North Korea', 'will send a
    patrol ship to waters off Guyana, in a show of force aimed at Venezuela': the act mobilises against whom the
    show is aimed at."""
    forces = [f for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "as")
              for show in c.children if show.dep_ == "pobj" and show.lemma_.lower() == "show"
              for of in show.children if of.dep_ == "prep" and of.lower_ == "of"
              for f in of.children if f.dep_ == "pobj" and f.lemma_.lower() == "force"]
    aimed = [p for f in forces for h in (f, f.head.head, *(a for a in f.children if a.dep_ == "acl"))
             for p in h.children if p.dep_ == "prep" and p.lower_ in AIMING_PREPOSITIONS]
    targets = [m for p in aimed for o in p.children if o.dep_ == "pobj" for m in arguments.actors_of(o, index)]
    if not targets:
        return []
    # (a state's craft or forces: "Two American bombers swept low")
    agents = arguments.agents(verb, index) or [m for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                                               if t.i < c.i and (m := index.by_token.get(t.i)) is not None and m.actor
                                               and m.via in ("demonym", "gazetteer", "metonymy")]
    return [make_candidate("mobilize", a, t, verb, verb, 0.75) for a in agents for t in targets if a.actor != t.actor]


def fought_alongside(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Chinese soldiers fought alongside Russian units as the Vostok manoeuvres reached their main phase': forces
    fighting beside another state's in a drill cooperate with it (in a war, news tells it as background or as
    what one is accused of: 'accused Congo of fighting alongside the FDLR')."""
    if verb.lemma_.lower() not in FIGHTING_VERBS | DRILLING_VERBS | {"fly", "sail"} or not any(
            t.lower_ in DRILL_NOUNS for t in verb.sent):  # (or train, fly or sail alongside them in one)
        return []
    allies = [m for c in verb.children if c.dep_ == "prep" and c.lower_ in ALLIED_PREPOSITIONS and c.i > verb.i
              for pobj in c.children if pobj.dep_ == "pobj" for m in arguments.actors_of(pobj, index, possessor=True)]
    return [make_candidate("cooperate", a, b, verb, verb, 0.75) for a in arguments.agents(verb, index) if allies
            for b in allies if a.actor != b.actor]


def _side_by_side(verb: Token) -> bool:
    """'were drilling side by side': together, told as the model parses it ('side' and 'by side' on the verb)."""
    return any(c.lower_ == "side" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(p.lower_ == "side" for p in c.children) for c in verb.children)


def _forces_of_states(verb: Token, index: ActorIndex) -> int:
    """How many states' forces the verb's subject names: 'U.S. and Philippine troops', 'thousands of Russian
    and Belarusian soldiers'."""
    subject = next((c for h in (verb, *([verb.head] if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in
                                        BEGINNING_VERBS else [])) for c in h.children if c.dep_ == "nsubj"), None)
    # (or the subject of the verb that begins it, "began training"; not one that stops it, "stopped drilling")
    drillers = FORCE_NOUNS | SERVICE_PEOPLE  # (sailors drill; merchant sailors who leave a port withdraw nothing)
    if subject is not None and subject.lower_ not in armed_nouns() and subject.lemma_.lower() not in drillers:
        # "thousands of [troops]"
        subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), None)
    if subject is None or (subject.lower_ not in armed_nouns() and subject.lemma_.lower() not in drillers):
        return 0
    mentions = [*index.plural.get(subject.i, ()), *(m for c in conjuncts(subject) for t in c.subtree if t.i <= c.i
                                                   and (m := index.by_token.get(t.i)) is not None)]  # (each of a list)
    return len({m.actor for m in mentions if m.actor})
