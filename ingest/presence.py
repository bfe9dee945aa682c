"""Presence: a person who is in another state's city, or whom a trip takes there, visits it.

"Modi was also in Port Moresby on Monday", "is due at the White House on Thursday", "The trip will take Blinken to
Egypt and Jordan". Pure: a verb, the ActorIndex and the ArgumentFinder in, the visits they tell out.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from diplograph.ingest.calls import by_phone
from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.coreference import TRIP_NOUNS, mention_at
from diplograph.ingest.envoys import DIPLOMATIC_OFFICES
from diplograph.ingest.mediation import state_of
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.ingest.targets import ArgumentFinder
from diplograph.model import ActorType

# occasions one may be at in a place abroad: "was among the guests at the inauguration in Brasilia"
OCCASIONS = {"ceremony", "inauguration", "funeral", "summit", "conference", "forum", "meeting", "talks", "signing",
             "celebration", "parade", "commemoration", "reception", "dinner", "wedding", "coronation", "swearing"}


def state_at(place: Mention | None, index: ActorIndex) -> str | None:
    """The state a place mention lies in, or the state it names itself ("in Tokyo" -> Japan, "in Mongolia")."""
    if place is None:
        return None
    return place.located_in or (place.actor if state_of(index, place.actor or "") == place.actor else None)


def official_of_no_state(index: ActorIndex, name: str) -> bool:
    """Whether a person holds an office but the story ties him to no state: an organisation's envoy or chief, an
    adviser or leader the story names by office alone, who came to the host from elsewhere. (A leader at home told
    without his state, 'opposition leader Maria Lopez held talks with Maduro in Caracas', is taken for a visitor
    too: on practice sets the travellers so told outnumber them.)"""
    record = index.actors.get(name)
    return record is not None and record.type is ActorType.PERSON and bool(record.roles) and record.country is None


def visits_by_presence(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Modi was also in Port Moresby on Monday': a person who is in another state's city or land visits it; one
    due or expected there will ('is due in Bujumbura on Thursday')."""
    expected = verb.lemma_ == "expect" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
    if not expected and (verb.lemma_ != "be" or verb.pos_ != "AUX") or \
            verb.dep_ not in ("ROOT", "conj", "ccomp", "relcl"):  # ("Pompeo, who is in Israel on his last tour")
        return []
    holders = [verb, *(c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "due")]
    # in a city, or at a state's seat: "is due at the White House on Thursday"
    # (and a second place the parser hangs on the first one's time: "on Wednesday and in Lusaka later")
    preps = [p for h in holders for c in h.children if c.dep_ == "prep"
             for p in (c, *(x for x in c.children if x.dep_ == "conj" and x.pos_ == "ADP"))]
    places = [m for c in preps if c.lower_ in ("in", "at") for o in c.children if o.dep_ == "pobj"
              for pobj in conjuncts(o) if (m := index.by_token.get(pobj.i)) is not None
              and (c.lower_ == "in" or m.via == "metonymy")]  # (each of a list: "due in the UAE, Qatar and ...")
    # or where the occasion one is at (or among those at it) took place: "was at the summit in Brussels", "were
    # among the foreign dignitaries at the ceremony in the Legislative Assembly in La Paz"; not there by video
    ats = [c for c in preps if c.lower_ == "at"] + [a for c in preps if c.lower_ == "among" for o in c.children
                                                    for a in o.children if a.dep_ == "prep" and a.lower_ == "at"]
    places += [m for c in ats for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in OCCASIONS and not
               remotely(verb) for m in _place_within(o, index)[:1]]
    found: list[Candidate] = []
    present = [m for c in verb.children if c.dep_ == "nsubjpass" for m in arguments.actors_of(c, index)] \
        if expected else arguments.agents(verb, index)
    for person in (m for m in present if index.is_person(m)):
        home = state_of(index, person.actor or "")
        for place in (p for p in places if p is not None and p.place):
            state = state_at(place, index)
            # (an organisation's head, of no state, is abroad wherever he is due: "Guterres is due in Kyiv")
            name = person.actor or ""
            # (or holds a state's office, but not a 'leader' only, who may be one at home: "Opposition leader Juan
            # Guaido is due in Caracas")
            if state and (home and state != home or not home and (index.heads_an_organisation(name) or (
                    official_of_no_state(index, name) and index.actors[name].roles - {"leader"}))):
                found.append(make_candidate("visit", person, Mention(place.start, place.end, state, "metonymy",
                                                                     place=place.place), verb, verb, 0.75))
    return found


def _place_within(noun: Token, index: ActorIndex, depth: int = 3) -> list[Mention]:
    """The innermost place an 'in' phrase under a noun names, or one under it, or under its 'of': 'the ceremony
    [in] the Legislative Assembly [in] La Paz', 'the inauguration of Luis Arce [in] La Paz'."""
    found = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for g in c.children
             if g.dep_ == "pobj"]
    for g in found:
        inner = _place_within(g, index, depth - 1) if depth > 1 else []
        if inner:
            return inner
        mention = index.by_token.get(g.i)
        if mention is not None and g.head.lower_ == "in":
            return [mention]
    return []


def remotely(verb: Token) -> bool:
    """'was at the summit virtually', 'by video link': present from afar, no visit."""
    return any(t.lower_ in ("virtually", "remotely", "online") or t.dep_ == "prep" and t.lower_ in ("by", "via") and
               any(by_phone(g) for g in t.children) for t in verb.subtree)


def visits_of_a_trip(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'The trip will take Blinken to Egypt and Jordan', 'an African tour that will take him to Johannesburg': a
    journey that takes a person to a state (or its town) is his visit there."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_ != "take" or subject is None:
        return []
    journey = verb.head if verb.dep_ == "relcl" and subject.tag_ in ("WDT", "WP") else subject
    while journey.dep_ == "pobj" and journey.head.lower_ == "as":  # "his first trip as president, which took him"
        journey = journey.head.head
    # (a relative the parser hangs on a phrase under the journey: "his first trip to Asia in the job, which also
    # takes him to Tokyo")
    for _ in range(2):
        if journey is subject or journey.lemma_.lower() in TRIP_NOUNS or journey.dep_ != "pobj" or \
                journey.head.head.lemma_.lower() not in TRIP_NOUNS and journey.head.head.dep_ != "pobj":
            break
        journey = journey.head.head
    if journey.lemma_.lower() not in TRIP_NOUNS:
        return []
    # a pronoun the journey's owner names ("Pompeo's trip has also taken him to France": him is Pompeo)
    owner = [m for c in journey.children if c.dep_ == "poss" and c.pos_ != "PRON"
             for m in arguments.actors_of(c, index) if index.is_person(m)]
    travellers = [m for c in verb.children if c.dep_ == "dobj" for m in (
        owner if owner and c.tag_ == "PRP" else arguments.actors_of(c, index)) if index.is_person(m)]
    places = [m if m.actor is not None else index.town_as_state(m) for c in verb.children
              if c.dep_ in ("prep", "conj") and c.lower_ == "to" for pobj in c.children if pobj.dep_ == "pobj"
              for g in conjuncts(pobj) if (m := index.by_token.get(g.i)) is not None
              and (m.actor is not None and index.is_state(m.actor) or m.actor is None and m.located_in)]
    return [make_candidate("visit", person, place, verb, verb, 0.75) for person in travellers for place in places
            if place.actor is not None and place.actor != state_of(index, person.actor or "")]


def persons_visited(index: ActorIndex, found: list[Candidate]) -> list[Candidate]:
    """'May visited Trump at the White House', 'the first leader to visit him': a person visited, the verb's own
    object, is met (not one whose place or occasion is visited: 'St Mark's Cathedral', 'Arce's inauguration'); and
    one visited at home in a place the verb names is a visit of his state, whenever it was ('Renzi visited Sisi in
    Cairo in August', as 'visited Cairo in August' is) when told as done: 'visited', 'had visited', 'was the first
    leader to visit him' (not 'would be the first', nor a visit considered, nor a resident ambassador's call)."""
    kept: list[Candidate] = []
    for c in found:
        if not _visits_a_person(c, index):
            kept.append(c)
            continue
        kept.append(dataclasses.replace(c, relation="meet", destination=None))
        record = index.actors.get(c.source)
        if not _told_as_done(c.trigger) or record is None or record.type is not ActorType.PERSON or \
                record.roles & DIPLOMATIC_OFFICES:
            continue
        holders = [c.trigger, *(o for o in c.trigger.children if o.dep_ == "dobj")]
        place = next((m for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                      for o in p.children if o.dep_ == "pobj" and (m := index.by_token.get(o.i)) is not None), None)
        home, state = state_of(index, c.source), state_at(place, index)
        if place is not None and state and home and home != state and state == state_of(index, c.target):
            kept.append(dataclasses.replace(c, relation="visit", target=state, confidence=c.confidence - 0.1,
                                            destination=place.place))
    return kept


def _told_as_done(verb: Token) -> bool:
    """'visited', 'had visited', 'was the first leader to visit him' (a past 'be' with no modal before it)."""
    if verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return True
    clause = verb.head.head if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" else None
    return clause is not None and clause.tag_ == "VBD" and not any(c.dep_ == "aux" for c in clause.children)


def _visits_a_person(candidate: Candidate, index: ActorIndex) -> bool:
    """Whether a visit's target is a person the story knows by office or state, the verb 'visit''s own object."""
    record = index.actors.get(candidate.target)
    return candidate.relation == "visit" and record is not None and record.type is ActorType.PERSON and bool(
        record.roles or record.country) and candidate.trigger.lemma_.lower() == "visit" and any(
        o.dep_ == "dobj" and (m := mention_at(index, o)) is not None and m.actor == candidate.target
        for o in candidate.trigger.children)
