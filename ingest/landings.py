"""Landings: the state an act lands in, when it names places rather than a party.

"imposed sanctions on 500 targets in Russia", "struck military targets south of Damascus", "shelled villages near
Kharkiv": a strike or a sanction on things somewhere targets the state they are in. A place inside a state ("in
Iran", "in the Ukrainian city of Kremenchuk") gives it; a place beside a town or city ("near Damascus", "on the
outskirts of Kyiv") gives the town's state, never a state's own name ("outside Iran" is not in it). Pure functions
over an ActorIndex; targets.py and noun_events.py ask here when an act names no target (and forces leaving a base
named by what lies around it, "once their base in Afghanistan", leave the state it lies in).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from diplograph.ingest.argument_words import REGION_NOUNS
from diplograph.ingest.forces import BASE_NOUNS, TERRITORY_NOUNS, forces_are_subject
from diplograph.ingest.gazetteer import INSTALLATIONS, SETTLEMENTS
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.object_nouns import AREA_PREPOSITIONS, where_it_lies
from diplograph.model import ActorType

# prepositions that place things beside a town, not in a state: "near Damascus", "around Bakhmut"
# (not "off": a ship attacked off Hodeidah is at sea, not in Yemen)
NEARBY_PREPOSITIONS = {"near", "around", "outside", "beyond"}
# "south of Damascus", "40 km north of Kyiv": a bearing whose 'of' names the town
CAPITAL_TARGETS = {"attack", "sever"}  # acts aimed at the state whose capital holds what they strike or close
BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
            "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western"}


def state_the_act_is_in(holder: Token, index: ActorIndex, relation: str = "") -> list[Mention]:
    """The state the places an act (or its object) hangs on lie in: 'carried out strikes inside Iran', 'hit a
    shopping centre in the central Ukrainian city of Kremenchuk', 'struck targets near Damascus'; or none."""
    objects = [c for c in holder.children if c.dep_ == "dobj"] if holder.pos_ in ("VERB", "AUX") else []
    # a capital only for what a verb strikes or closes there: "struck targets in Damascus", "closed its embassy in
    # Damascus" (not "a strike in Baghdad", nor "captured a leader in Damascus", who was only there)
    capital = bool(objects) and relation in CAPITAL_TARGETS
    for place in (o for o in objects if o.lemma_.lower() in SETTLEMENTS and o.i not in index.by_token):
        if found := state_of_place_in(place, index) or _state_it_lies_in(place, index):
            return found  # a place struck the gazetteer lacks: "struck the Syrian town of Masyaf"
    for child in (c for h in (holder, *objects) for c in h.children):
        if child.dep_ == "prep" and child.lower_ in AREA_PREPOSITIONS:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                found = state_of_place_in(pobj, index, capital=capital)
                if found:
                    return found
        if child.dep_ == "prep" and child.lower_ == "at" and relation == "attack":  # "struck a fuel terminal at
            # Russia's Ust-Luga port" (not "boycotted a ceremony at the Sado mines in Japan")
            for pobj in (c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in INSTALLATIONS):
                if found := state_of_place_in(pobj, index, capital=capital) or _state_it_lies_in(pobj, index):
                    return found
        for pobj in _nearby_places(child):
            mention = index.by_token.get(pobj.i)
            if mention is None and pobj.lemma_.lower() in SETTLEMENTS and (  # "near the Syrian town of Masyaf"
                    found := state_of_place_in(pobj, index) or _state_it_lies_in(pobj, index)):
                return found
            inner = [g for p in pobj.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                     if g.dep_ == "pobj"] if mention is None else []
            # (or where the place it is near lies: "struck an area near the presidential palace in Damascus")
            if inner and (found := state_of_place_in(inner[0], index, capital=capital)):
                return found
            if mention is None or mention.via not in ("metonymy", "place") or not mention.place:
                continue  # a state's own name: "outside Iran" is not in it
            if mention.actor is None and mention.located_in:  # a town: "near Kharkiv"
                return [index.town_as_state(mention)]
            if mention.actor is not None and index.actors[mention.actor].type is ActorType.COUNTRY:
                return [mention]  # a capital: "south of Damascus"
    return []


# what forces leave that is a place: "pulled out of Kandahar Airfield", "out of the town of Sinjar"
PLACES_LEFT = BASE_NOUNS | TERRITORY_NOUNS | REGION_NOUNS | {"airfield", "airport", "position", "positions", "line",
                                                            "lines", "strip", "valley", "pocket", "country"}


def state_left(verb: Token, index: ActorIndex) -> list[Mention]:
    """The state a place forces leave lies in, told by what lies around it in the clause: 'pulled out of Kandahar
    Airfield, once their base in Afghanistan', 'out of Air Base 101 next to Niamey's airport' (not in a clause of its
    own: 'which had been shelled from Russia'); only a place or a named one is left, not a summit or a deal ('pulled
    out of the grain deal brokered in Istanbul')."""
    left = [t for p in verb.children if p.dep_ == "prep" and p.lower_ in ("from", "out")
            for t in (*p.children, *(g for o in p.children if o.lower_ == "of" for g in o.children))
            if t.dep_ == "pobj"]
    if not left or not all({t.lemma_.lower(), t.lower_} & PLACES_LEFT or t.pos_ == "PROPN" and t.ent_type_ in (
            "FAC", "GPE", "LOC") for t in left):
        return []
    for token in verb.subtree:
        if token.i <= verb.i or any(a.i != verb.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
                                    or a.dep_ == "prep" and a.lower_ in ("to", "toward", "towards", "into")
                                    and a.head.lower_ != "next"
                                    for a in token.ancestors if verb.is_ancestor(a)):
            continue  # (nor where they go: "pulled back to agreed lines inside the Gaza Strip")
        if token.dep_ == "pobj" and token.head.lower_ in AREA_PREPOSITIONS and \
                (found := state_of_place_in(token, index)):
            return found
        mention = index.by_token.get(token.i)
        if not (token.dep_ == "poss" or token.dep_ == "pobj" and token.head.lower_ in NEARBY_PREPOSITIONS) or \
                mention is None:
            continue
        if mention.actor is None and mention.located_in:
            return [index.town_as_state(mention)]  # "near Kandahar"
        if mention.via == "metonymy" and mention.actor is not None and index.is_state(mention.actor):
            return [mention]  # a capital: "next to Niamey's airport"
    return []


def state_of_place_in(pobj: Token, index: ActorIndex, capital: bool = False) -> list[Mention]:
    """'in Iran', "in Pakistan's southwestern Balochistan province", 'in the city of Kremenchuk', 'in Latakia';
    capital: or in a state's capital ('the airport in Asmara', 'in the Eritrean capital')."""
    mention = index.by_token.get(pobj.i)
    if mention is None and pobj.lemma_.lower() in (SETTLEMENTS | {"capital"} if capital else SETTLEMENTS):
        named = [index.by_token.get(g.i) for p in pobj.children if p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
        mention = next((m for m in named if m is not None), None) or next(
            (m for c in pobj.children if c.dep_ == "amod" and (m := index.by_token.get(c.i))
             is not None and m.via == "demonym"), None)
        if mention is not None and mention.via == "demonym":
            return [mention]
    if mention is not None and mention.actor is None and mention.located_in:
        return [index.town_as_state(mention)]
    named_state = mention is not None and (mention.via == "gazetteer" or capital and mention.via == "metonymy" and
                                           bool(mention.place) or (
                                               mention.via == "organ" and pobj.lemma_.lower() in REGION_NOUNS))
    if named_state and mention is not None and mention.actor is not None and \
            index.actors[mention.actor].type is ActorType.COUNTRY:
        return [mention]
    return []


def _state_it_lies_in(place: Token, index: ActorIndex) -> list[Mention]:
    """The state a place the gazetteer lacks is told to lie in: "Russia's Ust-Luga port", 'the Syrian town of
    Masyaf'."""
    mention = where_it_lies(place, index)
    if mention is None:
        return []
    return [index.town_as_state(mention) if mention.actor is None else mention]


def _nearby_places(child: Token) -> Iterator[Token]:
    """The places a phrase sets things beside: 'near Damascus', 'south of Damascus', 'on the outskirts of Kyiv'."""
    if child.dep_ == "prep" and child.lower_ in NEARBY_PREPOSITIONS:
        for place in (c for c in child.children if c.dep_ == "pobj"):
            yield place  # (and the town an installation is named after: "near Damascus international airport")
            yield from (c for c in place.children if c.dep_ == "compound" and place.lemma_.lower() in INSTALLATIONS)
    elif child.dep_ == "prep" and child.lower_ == "on":  # "on the outskirts of Kyiv"
        for edge in (c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in ("outskirt", "outskirts")):
            yield from (g for p in edge.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj")
    elif child.dep_ in ("advmod", "npadvmod", "amod") and child.lower_ in BEARINGS:
        yield from (g for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj")


# verbs that put forces somewhere, whose relative clause on the forces says where they were: "the troops it had sent
# to Nigeria", "the soldiers it deployed in Mali"
POSTING_VERBS = {"send", "deploy", "station", "base", "post", "keep", "dispatch"}
WITHDRAWING_VERBS = {"withdraw", "bring", "pull", "recall", "evacuate", "remove", "repatriate"}  # (senses.py)


def where_posted(verb: Token, index: ActorIndex) -> list[Mention]:
    """'brought home the soldiers it deployed in neighbouring Nigeria', 'withdrew the troops it had sent to Mali':
    forces withdrawn leave the state the relative clause on them posted them in."""
    return [m for o in verb.children if o.dep_ == "dobj" for clause in o.children
            if clause.dep_ == "relcl" and clause.lemma_.lower() in POSTING_VERBS for p in clause.children
            if p.dep_ == "prep" and p.lower_ in ("to", "in", "into") for pobj in p.children if pobj.dep_ == "pobj"
            for m in state_of_place_in(pobj, index)]


def where_stationed(verb: Token, index: ActorIndex) -> list[Mention]:
    """'Most of the American troops in Syria will come home', 'the first French soldiers to leave Mali pulled out',
    'troops stationed in Iraq were withdrawn': forces that go, their verb naming no place, leave the state their own
    phrase puts them in (or the one they are told to leave)."""
    if not forces_are_subject(verb) or any(c.dep_ == "prep" and c.lower_ in ("from", "to", "out") and any(
            g.dep_ in ("pobj", "prep") for g in c.children) for c in verb.children):
        return []  # (leaving something else, or going to a place of the same state: "withdrew to N'Djamena")
    heads = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in (c, *(
        p for o in c.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children if p.dep_ == "pobj"))]
    places = [pobj for h in heads for c in h.children for pobj in (
        [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "in" else
        [o for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "to") for o in p.children if o.dep_ == "pobj"]
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in POSTING_VERBS else
        [o for o in c.children if o.dep_ == "dobj"] if c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "leave"
        else [])]
    return [m for pobj in places[:1] for m in state_of_place_in(pobj, index)]


def state_said_of(place: Token, index: ActorIndex) -> list[Mention]:
    """The state a place lies in, or whose it is said to be: "Iraq's Mount Sinjar", "Pakistan's Kashmir"."""
    return state_of_place_in(place, index) or [
        m for c in place.children if c.dep_ == "poss" and (m := index.by_token.get(c.i)) is not None
        and m.actor is not None and index.is_state(m.actor)]
