"""Deterrence: forces moved or shown to deter someone are mobilised against them.

"F-22 fighters have deployed to Qatar, as Washington builds up its forces in the region to deter Iran", "ordered a
second carrier group to the eastern Mediterranean, a move meant to deter Iran", "began exercises in the South China
Sea, in a show of force aimed at Beijing's claims", "a deployment meant to counter the missile threat from North
Korea": in a sentence that speaks of arms, the one a purpose says is to be deterred or countered is whom the act's
agent mobilises against; the place the forces go (Qatar, the Mediterranean) is only where. So is the side that
unnerves the allies a deployment reassures ("to reassure allies unnerved by Moscow's moves"), and the target of
an attack forces are readied for ("massed along the frontier as the army prepared for an offensive against Hamas").
With no aim named, forces face the one other side an adjunct they answer names ("a day after an exchange of fire
with South Korea", "citing threats from Iran"), never the act's victims or a drill's partner; war craft under way
off a state's shores face that state ("sailed through waters southeast of Taiwan").
"""

from __future__ import annotations

from spacy.symbols import LEMMA
from spacy.tokens import Doc, Token

from diplograph.ingest.argument_words import readied_for
from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.forces import (
    ANSWERED_ADJUNCT_OPENERS,
    ARMED_WORDS,
    COMBAT_WORDS,
    UNDER_WAY_VERBS,
    armed_nouns,
    speaks_of_arms,
)
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.token_columns import hashes, tokens_where
from diplograph.model import ActorType

DETERRING_VERBS = {"deter", "counter", "dissuade", "intimidate"}  # whose object is whom the forces face
AIMING_VERBS = {"aim", "direct", "target"}  # "a show of force aimed at Pyongyang"
DETERRENT_NOUNS = {"deterrent", "deterrence"}  # "to provide an additional deterrent against Iran"
# reassuring those a rival unnerves is aimed at the rival: "to reassure NATO allies unnerved by Moscow's moves",
# "allies on the Black Sea that are uneasy about Russia"
REASSURING_VERBS = {"reassure"}
UNEASE_WORDS = {"unnerve", "unnerved", "uneasy", "rattle", "rattled", "spook", "spooked", "nervous", "fearful", "wary"}
# an attack forces are readied for, whose target they face: "as the army prepared for a ground offensive against Hamas"
READIED_ACTS = {"offensive", "strike", "attack", "assault", "incursion", "invasion"}
PURPOSE_HASHES = hashes(DETERRING_VERBS | AIMING_VERBS | DETERRENT_NOUNS | REASSURING_VERBS | READIED_ACTS)
# a rival's moves whose unease reassurance answers ("Moscow's moves in Ukraine", "Russian aggression")
HOSTILE_MOVES = {"move", "aggression", "assertiveness", "expansionism", "militarisation", "militarization", "buildup",
                 "build-up"}
HELPING_VERBS = {"help", "enable", "allow", "assist"}
DISPLAYS = {"exercise", "drill", "deployment", "build-up", "buildup", "carrier", "bomber", "fighter", "battalion",
            "warplane", "submarine", "launcher", "flight", "patrol", "convoy"}  # forces shown, besides forces
REPORTING_VERBS = {"say", "tell", "announce", "report", "add", "confirm"}
PASSED_VERBS = AIMING_VERBS | {"mean", "design", "intend", "be"}  # of the purpose's frame, not the act it serves
CLIMB = 6  # how far up the tree the act a purpose serves may be


def deterred(purpose: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Mention]:
    """Whom a purpose names: the object of 'deter' ('deter Iran', 'counter the threat from North Korea'), what a
    deterrent is against ('an additional deterrent against Iran'), what a show of force is 'aimed at', or what
    unnerves those it reassures ('to reassure allies unnerved by Russia')."""
    lemma = purpose.lemma_.lower()
    if lemma in DETERRING_VERBS:
        phrases = [c for c in purpose.children if c.dep_ == "dobj"]
        phrases += [g for o in phrases for p in o.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                    for g in p.children if g.dep_ == "pobj"]  # "the growing missile threat from North Korea"
    elif lemma in DETERRENT_NOUNS and purpose.dep_ == "dobj" and purpose.head.dep_ in ("xcomp", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in purpose.head.children):
        # only a deterrent an act is for ("deploying troops to provide a deterrent against Iran"), not one a thing
        # is said to be ("said its missiles are a deterrent to China")
        phrases = [g for p in purpose.children if p.dep_ == "prep" and p.lower_ in ("against", "to")
                   for g in p.children if g.dep_ == "pobj"]
    elif lemma in REASSURING_VERBS:
        # (only a side, or its hostile moves: not "allies worried about Washington's commitment", "unnerved by
        # Trump's remarks")
        phrases = [g for o in purpose.children if o.dep_ == "dobj" for t in o.subtree
                   if t.lemma_.lower() in UNEASE_WORDS or t.lower_ in UNEASE_WORDS for p in t.children
                   if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "about", "of") for g in p.children
                   if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lemma_.lower() in HOSTILE_MOVES)]
        return [m for phrase in phrases for m in arguments.actors_of(phrase, index, possessor=True, agentive=True)
                if not index.is_person(m)]  # (a state unnerves allies, not a leader's remarks or threats)
    elif lemma in READIED_ACTS:
        if not readied_for(purpose) or any(c.dep_ == "poss" or c.ent_type_ == "NORP" or c.dep_ == "prep" and
                                               c.lower_ in ("by", "from") for c in purpose.children):
            return []  # (not another's attack braced for: "for a Russian offensive", "for an attack by Iran")
        phrases = [g for p in purpose.children if p.dep_ == "prep" and p.lower_ in ("against", "on")
                   for g in p.children if g.dep_ == "pobj"]
    elif purpose.tag_ == "VBN" and purpose.dep_ in ("acl", "amod", "advcl"):
        phrases = [g for p in purpose.children if p.dep_ == "prep" and p.lower_ == "at"
                   for g in p.children if g.dep_ == "pobj"]
    else:
        return []
    return [m for phrase in phrases for m in arguments.actors_of(phrase, index, possessor=True, agentive=True)]


def served_act(purpose: Token) -> tuple[Token, Token] | None:
    """The verb whose act a purpose serves, and the one above it that names its agent: the one above the purpose
    ('builds up its forces to deter'), through a noun that sums the act up ('a move meant to deter', 'in a show of
    force aimed at'); the first verb on the way is the act, whose modality is the event's ('is considering
    sending a carrier to deter Iran')."""
    node, act = purpose, None
    for _ in range(CLIMB):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ not in ("VERB", "AUX") or node.lemma_.lower() in PASSED_VERBS or \
                node.dep_ == "relcl" and node.lemma_.lower() in REPORTING_VERBS:
            continue  # (nor a saying inside the summing noun: "a move U.S. officials said was meant to deter")
        if node.lemma_.lower() in REPORTING_VERBS:
            # the act reported, where the parser hung the purpose on the saying: "Britain will send HMS Trent to
            # Guyana, the ministry said, in a show of force aimed at Venezuela"
            node = next((c for c in node.children if c.dep_ == "ccomp" and c.i < node.i), node)
        act = act or node
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return act, node
    return None


def armed(act: Token, purpose: Token) -> bool:
    """Whether the act moves or shows forces, outside its purpose: 'sent a carrier', 'began exercises' (not
    'adopted sanctions aimed at Russia's arms industry', 'approved a defence budget')."""
    kept = {t.i for t in purpose.subtree}
    return any(t.i not in kept and (t.lemma_.lower() in ARMED_WORDS | DISPLAYS or t.lower_ in armed_nouns())
               for t in act.subtree)


def mobilised_against(doc: Doc, index: ActorIndex, found: list[Candidate],
                      arguments: ArgumentFinder) -> list[Candidate]:
    """Mobilisations against whom a military act's purpose says it deters or is aimed at."""
    made: list[Candidate] = []
    for purpose in tokens_where(doc, LEMMA, PURPOSE_HASHES):
        if not speaks_of_arms(purpose.sent) or (targets := deterred(purpose, index, arguments)) == []:
            continue
        served = served_act(purpose)
        if served is None or purpose.head.lemma_.lower() in HELPING_VERBS:
            continue  # (those helped deter: "to help its security forces counter Islamist militants")
        act, agent = served
        # readied in a clause of the move, whose forces are the agent's: "tanks massed ..., as Ankara prepared"
        moves = [act.head] if purpose.lemma_.lower() in READIED_ACTS and act.dep_ == "advcl" else []
        # (a deterrent provided by the deployment above it: "deploying troops to provide a deterrent against Iran")
        if not any(armed(v, purpose) for v in (served if purpose.lemma_.lower() in DETERRENT_NOUNS else [act, *moves])):
            continue
        sources = [m for v in moves for m in arguments.agents(v, index) if m.actor is not None] or [
            m for m in arguments.agents(agent, index) if m.actor is not None]
        states = [m for m in sources if index.is_state(m.actor or "")]
        sources = states or sources  # "Two American aircraft carriers, the USS Nimitz and USS Ronald Reagan"
        sides = {index.side_of(m) for m in sources}
        made.extend(make_candidate("mobilize", s, t, act, act, 0.65) for s in sources for t in targets
                    if index.side_of(t) not in sides and not any(
                        c.relation == "mobilize" and c.source == s.actor and c.target == t.actor for c in found))
    return made


# what such an adjunct must tell for its other side to be the one faced (not "after Putin promised to protect it")
HOSTILE_ACTS = COMBAT_WORDS | {"attack", "clash", "exchange", "incursion", "invasion", "invade", "launch", "test",
                               "threat", "threaten", "tension", "provocation", "drill", "exercise", "buildup",
                               "build-up", "advance", "bomb", "raid", "shoot", "seize", "offensive", "confrontation",
                               "standoff", "stand-off", "showdown"}  # (not a trade "dispute" or "row", nor "pressure")


def the_only_other_side(verb: Token, sources: list[Mention], index: ActorIndex) -> list[Mention]:
    """'put his front-line units on a war footing, a day after an exchange of artillery fire with South Korea',
    'poured into Idlib as Ankara reinforces its posts in the path of a Syrian government offensive', 'were sent to
    the Middle East, as Washington braced for a confrontation with Iran': forces readied
    with no one named as their aim face the one other side the adjunct they answer names (a person stands for his
    state)."""
    own = {s.actor for s in sources} | {index.actors[s.actor].country for s in sources if s.actor in index.actors}
    # (or of the saying set off after it, where the parser hangs the adjunct after the saying: "..., the minister
    # said, as tensions rose", "were deployed ..., Esper said, as Washington braced"; not one the saying opens with)
    said = [c for c in verb.children if c.dep_ == "parataxis" and c.lemma_.lower() in REPORTING_VERBS]
    if verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.head.lemma_.lower() in REPORTING_VERBS:
        said.append(verb.head)
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # (the forces' own phrase: "its forces against")
    answered = {t.i for v in (verb, *verb.conjuncts, *said, *objects) for c in v.children
                if (v not in said or c.i > v.i) and c.dep_ in ("prep", "advcl", "npadvmod") and any(
                    w.lower_ in ANSWERED_ADJUNCT_OPENERS for w in (c, *c.children)
                    if w.dep_ in ("prep", "mark", "pobj") or w is c)
                for t in c.subtree}  # (of the verb or the one it is coordinated with: "... and ordered them ...")
    # (not a fight between others that forces are sent to end: "after months of violence between Seleka rebels and")
    answered -= {t.i for i in answered if (p := verb.doc[i]).lower_ == "between" for t in p.subtree}
    # (nor the victims of the hostile act, whom the forces may be sent to protect, nor a drill's partner: "against
    # attacks on Saudi oil tankers", "citing the need to join exercises with Bahrain")
    answered -= {t.i for i in answered if (act := verb.doc[i]).lemma_.lower() in HOSTILE_ACTS for p in act.children
                 if p.dep_ == "prep" and (p.lower_ in ("on", "against") or p.lower_ == "with" and
                                          act.lemma_.lower() in ("drill", "exercise")) for t in p.subtree}
    # (nor what the tension is over: "as tension with Moscow over Ukraine mounted")
    answered -= {t.i for i in answered if (act := verb.doc[i]).lemma_.lower() in HOSTILE_ACTS for p in act.children
                 if p.dep_ == "prep" and p.lower_ in ("over", "about") for t in p.subtree}
    if not any(verb.doc[i].lemma_.lower() in HOSTILE_ACTS or _war_of_words(verb.doc[i]) for i in answered):
        return []
    others: dict[str, Mention] = {}
    for mention in index.mentions:
        if mention.start not in answered or mention.actor is None or mention.via == "place":
            continue
        record = index.actors[mention.actor]
        side = record.country if record.type is ActorType.PERSON else record.name
        if side and side not in own:
            others.setdefault(side, Mention(mention.start, mention.end, side, "metonymy"))
    return list(others.values()) if len(others) == 1 else []


# where craft under way pass a state's shores: "near Taiwan", "off Alaska", "through waters southeast of Taiwan"
SHORE_PREPOSITIONS = {"near", "off", "around", "past"}
COMPASS_POINTS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
WATERS = {"water", "sea", "strait", "channel", "passage"}  # which a craft passes through


def shores_passed(verb: Token, sources: list[Mention], index: ActorIndex) -> list[Mention]:
    """'Chinese warships sailed near Taiwan', 'sailed its carrier through waters southeast of Taiwan': forces under
    way off a state's shores, with no one named as their aim, face that state (not their own; not a strait named
    after one, which others' craft pass to face its rival)."""
    if verb.lemma_.lower() not in UNDER_WAY_VERBS or _bound_elsewhere(verb):
        return []  # (not what forces are to do there: "to bolster Moscow's forces off Syria")
    shores: list[Token] = []
    for phrase in (c for c in verb.children if c.dep_ in ("prep", "prt")):  # ("sailed [off]prt Japan's coast")
        for place in (c for c in phrase.children if c.dep_ == "pobj"):
            if phrase.lower_ in SHORE_PREPOSITIONS:
                shores.append(place)
            elif place.lemma_.lower() in WATERS:  # (the waters' own shore: "in the Bering Sea off Alaska")
                shores += [g for q in place.children if q.dep_ == "prep" and q.lower_ in SHORE_PREPOSITIONS
                           for g in q.children if g.dep_ == "pobj"]
    # (a point of the compass off a shore: "southeast of Taiwan", hung on the verb or the waters)
    shores += [g for h in (verb, *(p for c in verb.children if c.dep_ == "prep" for p in c.children))
               for a in h.children if a.dep_ == "advmod" and a.lower_ in COMPASS_POINTS
               for q in a.children if q.dep_ == "prep" and q.lower_ == "of" for g in q.children if g.dep_ == "pobj"]
    own = {s.actor for s in sources} | {index.actors[s.actor].country for s in sources if s.actor in index.actors}
    own |= {m.actor for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("with", "alongside")
            for t in p.subtree if (m := index.by_token.get(t.i)) is not None}  # ("with Pakistani warships")
    faced: dict[str, Mention] = {}
    for shore in shores:
        mention = index.by_token.get(shore.i) or next(  # (or whose the shore is: "off Japan's coast")
            (m for c in shore.children if c.dep_ == "poss" and (m := index.by_token.get(c.i)) is not None), None)
        if mention is not None and mention.actor is None and mention.located_in:
            mention = index.town_as_state(mention)  # "off Alaska"
        if mention is not None and mention.actor is not None and index.is_state(mention.actor) and \
                mention.actor not in own:
            faced.setdefault(mention.actor, mention)
    return list(faced.values()) if len(faced) == 1 else []


# where craft go on to, past the shores on their way: "past Britain to the Mediterranean", "toward the Baltic Sea"
ONWARD = {"to", "toward", "towards", "into"}


def _bound_elsewhere(verb: Token) -> bool:
    """'sailed off Norway on their way to Syria', 'en route to Syria', 'past Britain to the Mediterranean', 'near
    Cambodia's coast to visit the Ream base': craft going on elsewhere, or on an errand of their own, pass shores
    with no aim at them (not 'to waters near the Philippines': those waters are the shores)."""
    return any(c.dep_ == "prep" and any(p.dep_ == "pobj" and (p.lemma_.lower() in ("way", "route") or c.lower_ in
                                                              ONWARD and not _shore_waters(p)) for p in c.children)
               for c in verb.children) or any(c.dep_ in ("xcomp", "advcl") and any(
                   a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _shore_waters(place: Token) -> bool:
    """'waters near the Philippines', 'the sea off Alaska': waters told by the shore they lie off."""
    return place.lemma_.lower() in WATERS and any(q.lower_ in SHORE_PREPOSITIONS for q in place.children)


def _war_of_words(token: Token) -> bool:
    """'amid a war of words with Buenos Aires': words are hostile only as a war's (not 'after warm words with')."""
    return token.lemma_.lower() == "word" and token.head.lower_ == "of" and token.head.head.lemma_.lower() == "war"
