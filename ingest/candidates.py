"""Candidates: the events the rules propose, and the filters every candidate passes whatever its trigger.

A candidate is a relation between two resolved actors with the token that states it; the filters drop
what is no diplomatic event between two parties (a state and its own office holder, an agreement's
content told as a second event). relations.py and noun_events.py make candidates; extract.py dates them.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from diplograph.ingest.coreference import SPEECH_VERBS
from diplograph.ingest.envoys import ENVOY_NOUNS
from diplograph.ingest.mentions import ActorIndex, ActorRecord, Mention, conjuncts
from diplograph.model import ActorType

VERBAL_RELATIONS = {"criticize", "accuse", "warn", "threaten", "demand", "appeal", "reject", "deny", "support",
                    "protest", "offer"}
CONSULT_RELATIONS = {"meet", "call", "visit", "host", "negotiate", "mediate"}
ENCOUNTER_RELATIONS = {"meet", "visit", "host"}
# the occasions of an encounter between national teams
SPORT_FIXTURES = {"friendly", "friendlies", "match", "fixture", "qualifier", "final", "semifinal", "semi-final",
                  "quarterfinal", "game", "tournament", "derby", "playoff", "play-off"}
THREATENING_RELATIONS = {"threaten", "warn"}
DISSENT_RELATIONS = {"criticize", "accuse", "protest", "reject", "deny", "demand", "appeal"}
# what an agreement's parties agree to do: its content, not another event ("agreed to restore ties")
CONTENT_RELATIONS = {"cooperate", "concede", "offer", "aid", "negotiate", "support"}
CONTENT_PREPOSITIONS = {"on", "for", "of", "to", "about"}  # "an agreement on cooperation", "a pact for aid"


@dataclass(frozen=True)
class Candidate:
    relation: str
    source: str
    target: str
    trigger: Token  # the verb or noun that states the event
    clause: Token  # the clause head that carries its time, place and modality
    confidence: float
    destination: str | None = None  # a visit's place when its target is named by a place: "flew to Kyiv"


def reported_by(trigger: Token, index: ActorIndex) -> ActorRecord | None:
    """The actor who says what a trigger tells: the subject of the first verb of saying above it (within six
    steps), or None when no such verb has a resolved subject."""
    node = trigger
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in SPEECH_VERBS:
            speaker = next((c for c in node.children if c.dep_ == "nsubj"), None)
            mention = index.by_token.get(speaker.i) if speaker is not None else None
            return index.actors.get(mention.actor) if mention is not None and mention.actor else None
    return None


def between_office_holders(candidate: Candidate, index: ActorIndex) -> bool:
    """Whether a candidate's source and target hold offices that day in two states: statesmen, whose encounters
    are in earnest even at a match (context.py)."""
    source, target = index.actors.get(candidate.source), index.actors.get(candidate.target)
    return source is not None and target is not None and source.type is target.type is ActorType.PERSON and bool(
        source.roles) and bool(target.roles) and index.across_states(source.name, target.name)


def told_by_an_official(candidate: Candidate, index: ActorIndex) -> bool:
    """Whether a candidate's source is a state or a person who holds an office that day (not a body of sport, a
    coach or a player: context.py)."""
    source = index.actors.get(candidate.source)
    return source is not None and (source.type is ActorType.COUNTRY or source.type is ActorType.PERSON and bool(
        source.roles))


def said_by_its_source(candidate: Candidate, index: ActorIndex) -> bool:
    """'"We condemn the strikes," China's foreign ministry said': a verbal act its own actor reports is done
    in the saying, not hearsay. Only for acts made of words (criticism, warnings, demands ...)."""
    speaker = reported_by(candidate.trigger, index) if candidate.relation in VERBAL_RELATIONS else None
    return speaker is not None and candidate.source in (speaker.name, speaker.country)


# hostile acts whose report by another is an accusation of the one said to do them: "Pakistan's foreign ministry
# said Afghan troops had opened fire on Pakistani positions"
BLAMED_RELATIONS = {"attack", "coerce", "threaten"}


def reporting_accuser(candidate: Candidate, index: ActorIndex) -> str | None:
    """The person who reports another's hostile act, and so accuses him, when he is neither the actor said to act
    nor of his state (a state's media or ministry reporting a strike accuses no more than the report)."""
    speaker = reported_by(candidate.trigger, index) if candidate.relation in BLAMED_RELATIONS else None
    if speaker is None or speaker.type is not ActorType.PERSON:
        return None
    source = index.actors.get(candidate.source)
    sides = {candidate.source} | ({source.country} if source is not None and source.country else set())
    return None if speaker.name in sides or speaker.country in sides else speaker.name


def at_a_fixture(candidate: Candidate) -> bool:
    """'Morocco will host Spain in a friendly': an encounter whose occasion is a match is sport, not diplomacy."""
    if candidate.relation not in ENCOUNTER_RELATIONS:
        return False
    return any(prep.dep_ == "prep" and prep.lower_ in ("in", "at", "for") and any(
        pobj.dep_ == "pobj" and pobj.lower_ in SPORT_FIXTURES for pobj in prep.children)
        for prep in candidate.trigger.children)


def of_own_side(sources: list[Mention], target: Mention, index: ActorIndex) -> bool:
    """Whether a target is every source itself or its state: 'Putin offered Russia's help' gives Russia
    nothing; 'the Ethiopian leader urged both sides' urges others than Ethiopia."""
    actor = index.actors.get(target.actor or "")
    return actor is not None and bool(sources) and all(
        s.actor == target.actor or (own := index.actors.get(s.actor or "")) is not None and own.country == actor.name
        for s in sources)


def is_no_event(candidate: Candidate, index: ActorIndex) -> bool:
    """The filters every candidate passes: no party acting on itself or its own state, no sporting fixture,
    and a visit only to a state ('toured the New Development Bank', 'arrived at NATO headquarters' are none), not
    to its embassy abroad, nor to one of its towns by someone of no known state; no forces sent to a joint
    mission mobilise against it, and what two agree to disagree on is no event."""
    target = index.actors.get(candidate.target)
    return not candidate.source or not candidate.target or candidate.source == candidate.target or \
        acts_on_own_state(candidate, index) or at_a_fixture(candidate) or (
            candidate.relation == "visit" and (target is not None and target.type is not ActorType.COUNTRY
                                               or at_a_mission(candidate.trigger) or to_a_town_from_nowhere(
                                                   candidate, index) or made_by_private_people(candidate.trigger)
                                               or flew_something(candidate.trigger, index))) or (
            candidate.relation == "mobilize" and joins_a_force(candidate.trigger)) or (
            candidate.relation == "expel" and ordered_out_of_a_building(candidate.trigger)) or \
        agreed_to_differ(candidate.trigger) or suspended_no_member(candidate, target) or (
            candidate.relation == "aid" and kept_in_a_bank(candidate.trigger)) or (
            candidate.relation in ("attack", "coerce") and candidate.target in allies_beside(
                candidate.trigger, index)) or unspecified(candidate.trigger) or meets_a_whole_state(candidate, index)


# what one is turned out of inside a state, not out of the state: a building, a room, a meeting
BUILDING_NOUNS = {"church", "mosque", "synagogue", "temple", "cathedral", "building", "room", "hall", "chamber",
                  "meeting", "session", "compound", "courtroom", "court", "hotel", "stadium", "venue", "site", "shrine"}


def ordered_out_of_a_building(trigger: Token) -> bool:
    """'ordered Israeli police officers out of the Church of St Anne': out of a building, a room or a meeting one is
    turned out, not expelled (out of waters, a strait or a bloc one still is)."""
    return any(p.lemma_.lower() in BUILDING_NOUNS for o in trigger.subtree if o.lower_ == "out" and o.dep_ in (
        "prep", "prt", "advmod") and (o.head.i == trigger.i or o.head.head.i == trigger.i and o.head.dep_ == "dobj")
        for of in o.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj")


# people a state sends to speak for it, who meet on its behalf: "met EU and U.S. envoys in Belgrade"
SENT_PEOPLE = ENVOY_NOUNS | {"delegate", "negotiator"}


def meets_a_whole_state(candidate: Candidate, index: ActorIndex) -> bool:
    """'held talks with Lebanese leaders', 'to brief U.S. officials': a person who meets some of a state's
    officials, unnamed and uncounted, does not meet the state (as its envoys, a delegation, a counterpart or the
    foreign ministers of named states stand for it)."""
    if candidate.relation != "meet":
        return False
    records = [index.actors.get(name) for name in (candidate.source, candidate.target)]
    if {record.type for record in records if record is not None} != {ActorType.PERSON, ActorType.COUNTRY}:
        return False
    state = next(record.name for record in records if record is not None and record.type is ActorType.COUNTRY)
    clause = {t.i for t in candidate.clause.subtree}  # (the met party's, not a source's: "..., U.S. officials said")
    return any(m.actor == state and m.via == "organ" and (head := index.doc[m.end - 1]).tag_ == "NNS" and
               head.lemma_.lower() not in SENT_PEOPLE and not any(t.lower_ in ("the", "of") for t in
                                                                   index.doc[m.start:m.end])
               for m in index.mentions if m.start in clause)



def unspecified(trigger: Token) -> bool:
    """'would no longer accept the U.S. as a broker in any peace talks with Israel': any event names none held."""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children)


# prepositions of fighting on the same side: "fought alongside Russian units" (forces.py: cooperation)
ALLIED_PREPOSITIONS = {"alongside", "beside"}


def allies_beside(verb: Token, index: ActorIndex) -> set[str]:
    """The actors a verb's subject acts beside: 'Chinese soldiers fought alongside Russian units in eastern
    Siberia' attacks no one in Russia."""
    return {m.actor for c in verb.children if c.dep_ == "prep" and c.lower_ in ALLIED_PREPOSITIONS
            for t in c.subtree if (m := index.by_token.get(t.i)) is not None and m.actor}


def drop_home_ground_targets(found: list[Candidate]) -> list[Candidate]:
    """'Iraqi government forces and Kurdish Peshmerga fighters launched an offensive ... in Iraq': a state one of
    an act's agents fights in as its own is no target of the others (whom they fight is named, or not); unless the
    act goes both ways ("Kenyan and Somali forces clashed near Mandera")."""
    own = [c.source == c.target for c in found]  # (the state itself, not a group of it: the Syrian National Army)
    fighting = {(c.trigger.i, c.source) for c, home in zip(found, own, strict=True) if not home}
    homes = {(c.trigger.i, c.target) for c, home in zip(found, own, strict=True)
             if home and c.relation in ("attack", "coerce") and (c.trigger.i, c.target) not in fighting}
    return [c for c in found if (c.trigger.i, c.target) not in homes or c.source == c.target]


def suspended_no_member(candidate: Candidate, target: ActorRecord | None) -> bool:
    """'Zelensky suspended Ivan Bakanov', 'the party suspended Corbyn': suspending someone named sanctions only a
    member state ('the African Union suspended Mali'), not a person or a party (whom the tagger may take for one
    another: it tags 'Mali' a person)."""
    return candidate.relation == "sanction" and candidate.trigger.lemma_.lower() == "suspend" and \
        target is not None and target.type is not ActorType.COUNTRY and any(
            c.dep_ == "dobj" and c.pos_ == "PROPN" for c in candidate.trigger.children)


def to_a_town_from_nowhere(candidate: Candidate, index: ActorIndex) -> bool:
    """A visit to a town (not a capital) by someone whose own state is unknown: 'Yellen travelled to Detroit'
    may be a trip at home, as it is for most people the story names without their state."""
    source, gazetteer, place = index.actors.get(candidate.source), index.gazetteer, candidate.destination or ""
    town = bool(place) and gazetteer.lookup(place) is None and gazetteer.state_of_place(place) is None and \
        gazetteer.town_state(place) is not None
    # (an organisation's officer, of no state, is abroad everywhere, "Guterres visited Odesa", but at the seats of
    # the organisations: "Guterres arrived in New York ahead of the General Assembly")
    return town and source is not None and source.type is ActorType.PERSON and not source.country and not (
        index.heads_an_organisation(candidate.source) and place.lower() not in SEAT_TOWNS)


# towns, not capitals, where organisations sit
SEAT_TOWNS = {"new york", "geneva", "the hague", "strasbourg", "lausanne", "montreal"}


# people who travel on their own account: "for Mexican workers to come to the United States" is migration
PRIVATE_PEOPLE = {"worker", "migrant", "immigrant", "tourist", "student", "citizen", "national", "refugee",
                  "pilgrim", "fan", "people", "civilian", "traveller", "traveler", "resident"}


def kept_in_a_bank(verb: Token) -> bool:
    """'deposited $5 billion in Chinese banks' is savings kept there; only a deposit in (or with) a central bank
    props up the state ('will deposit $3 billion in Pakistan's central bank')."""
    return verb.lemma_.lower() == "deposit" and not any(
        t.lower_ == "central" and t.head.lemma_.lower() == "bank" for t in verb.subtree)


def made_by_private_people(verb: Token) -> bool:
    """Whether the trip's subject is private people of a state, not it or its officials."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in PRIVATE_PEOPLE for c in verb.children)


def flew_something(verb: Token, index: ActorIndex) -> bool:
    """'Russia flew dozens of drones into Ukraine', 'India flew tents to Kabul': what is flown goes, not the
    subject (flying a person there, 'flew Zelensky to Washington', is still the person's trip)."""
    return verb.lemma_.lower() in ("fly", "airlift", "ship") and any(
        c.dep_ == "dobj" and index.by_token.get(c.i) is None for c in verb.children)


# a state's premises abroad: going to one is no visit to the state ("tried to reach the Israeli embassy in Amman")
MISSION_NOUNS = {"embassy", "consulate", "legation", "chancery"}


def agreed_to_differ(trigger: Token) -> bool:
    """'Trump and Macron agreed to disagree on the Iran deal': nothing under the disagreement is agreed."""
    return any(t.lemma_.lower() in ("disagree", "differ") and t.dep_ in ("xcomp", "ccomp") and
               t.head.lemma_.lower() == "agree" for t in (*trigger.children, trigger, *trigger.ancestors))


# forces one contributes troops to: "pledged to send troops to the African Union mission in Somalia"
JOINT_FORCE_NOUNS = {"mission", "operation", "force", "coalition", "contingent"}


def joins_a_force(verb: Token) -> bool:
    """Whether forces go to a joint mission, which they serve, not face."""
    return any(p.lemma_.lower() in JOINT_FORCE_NOUNS for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for p in c.children if p.dep_ == "pobj")


def at_a_mission(verb: Token) -> bool:
    """Whether a verb of travel has a state's embassy, consulate or envoy's residence for destination (its object, or
    where it goes to or arrives at), which stands in another state."""
    places = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "at", "into", "inside")
        for p in c.children if p.dep_ == "pobj"]
    # (or an occasion the mission holds: "went to one held by Japan's embassy in Seoul")
    places += [g for p in places for a in p.children if a.dep_ == "acl" for b in a.children
               if b.dep_ == "agent" or b.dep_ == "prep" and b.lower_ == "by" for g in b.children if g.dep_ == "pobj"]
    return any(p.lemma_.lower() in MISSION_NOUNS or p.lemma_.lower() == "residence" and any(  # "the French
        g.dep_ == "poss" and g.lemma_.lower() in ENVOY_NOUNS for g in p.children) for p in places)  # ambassador's"


def acts_on_own_state(candidate: Candidate, index: ActorIndex) -> bool:
    """'China agrees with Xi Jinping': a state and its own office-holders are no two parties of a diplomatic
    event; only a person's dissent crosses that line ('Navalny accused Russia'). A state's own people are a
    party of what it does to them (repression, releases), not of words."""
    source, target = index.actors.get(candidate.source), index.actors.get(candidate.target)
    if source is None or target is None:
        return False
    if source.country and source.country == target.country and candidate.relation not in CONSULT_RELATIONS:
        return True  # domestic politics: "Starmer defeated Sunak's Conservatives" is no diplomatic event
    if candidate.relation in DISSENT_RELATIONS:
        # words between a state and its own: a person's dissent stands; a state's or a crowd's is no event ("Chile
        # criticised Boric", "Saudi protesters protested against Saudi Arabia")
        # nor an office-holder's words about the state whose office he holds ("Modi raised concerns about India's")
        own = source.country == target.name
        return source.type is not ActorType.PERSON and (own or target.country == source.name) or \
            bool(source.roles - {"leader"}) and own
    # what a state does to its own people (repression, releases) stands; not to its own office-holders (a person
    # with no office is one of its people, whatever his description says: "Iranian activist Narges Mohammadi")
    return (source.type is ActorType.PERSON and source.country == target.name) or \
        (target.type is ActorType.PERSON and target.country == source.name and bool(target.roles))


def drop_contents_of_agreements(found: list[Candidate]) -> list[Candidate]:
    """'agreed to restore diplomatic relations' is one agreement, not also a cooperation: what two parties
    agree to do is the agreement's content, not a second event between them."""
    agreements = {(c.trigger.i, frozenset((c.source, c.target))) for c in found if c.relation == "agree"}
    if not agreements:
        return found

    def is_content(candidate: Candidate) -> bool:
        pair = frozenset((candidate.source, candidate.target))
        node = candidate.trigger
        # up through complements, an agreement noun's clause ("signed an accord restoring ties with") and what it is
        # on ("signed a declaration on allied cooperation"), not the talks it came after
        while (node.dep_ in ("xcomp", "ccomp", "conj", "acl", "dobj", "pobj") or node.dep_ == "prep"
               and node.lower_ in CONTENT_PREPOSITIONS) and node.head.i != node.i:
            node = node.head
            if (node.i, pair) in agreements:
                return True
        return False

    return [c for c in found if c.relation == "agree" or c.relation not in CONTENT_RELATIONS or not is_content(c)]


def drop_agreements_only_to_meet(found: list[Candidate]) -> list[Candidate]:
    """'ended two days of talks and agreed to meet again', 'agreed to meet in person soon': an agreement whose
    every content is the pair meeting is that meeting planned, told as such, not an accord between them (talks or
    a summit agreed on are one: 'agreed to restart trade talks', 'to hold a summit')."""
    meetings = {(c.trigger.i, frozenset((c.source, c.target))) for c in found if c.relation == "meet"}
    return [c for c in found if c.relation != "agree" or not _agreed_only_to_meet(c, meetings)]


def _agreed_only_to_meet(agreement: Candidate, meetings: set[tuple[int, frozenset[str]]]) -> bool:
    """Whether an agreement's every content is its pair meeting, for no purpose or habit of its own ('agreed to
    meet in Istanbul to sign a deal on Idlib', 'to meet regularly to oversee the deal' are accords)."""
    pair = frozenset((agreement.source, agreement.target))
    contents = [t for c in agreement.trigger.children if c.dep_ == "xcomp" for t in conjuncts(c)]
    return agreement.trigger.lemma_.lower() == "agree" and bool(contents) and all(
        t.lemma_.lower() == "meet" and (t.i, pair) in meetings and not any(
            c.dep_ in ("advcl", "xcomp") or c.lower_ == "regularly" for c in t.children) for t in contents)


def drop_contents_of_threats(found: list[Candidate]) -> list[Candidate]:
    """'threatened to impose tariffs on Mexico' is one threat, not also a sanction: what one threatens to do
    to another is the threat's content (a measure promised, never taken), not a second event."""
    threats = {(c.trigger.i, c.source, c.target) for c in found if c.relation in THREATENING_RELATIONS}
    if not threats:
        return found

    def is_content(candidate: Candidate) -> bool:
        node = candidate.trigger  # up through complements, and a threat noun's clause: "his threat to impose"
        while node.dep_ in ("xcomp", "ccomp", "acl") and node.head.i != node.i:
            node = node.head
            if (node.i, candidate.source, candidate.target) in threats:
                return True
        return False

    # a warning that states the threat is that threat: "warned that it would strike U.S. bases" threatens
    threatened = {(c.source, c.target, c.trigger.sent.start) for c in found if c.relation == "threaten"}
    return [c for c in found if not is_content(c) and not (
        c.relation == "warn" and (c.source, c.target, c.trigger.sent.start) in threatened)]


def make_candidate(relation: str, source: Mention, target: Mention, trigger: Token, clause: Token,
                   confidence: float) -> Candidate:
    """A candidate whose confidence is lowered for each argument resolved indirectly (a pronoun, a role)."""
    for mention in (source, target):
        if mention.via in ("pronoun", "role", "description", "antecedent"):
            confidence -= 0.1
        elif mention.via in ("surname", "metonymy", "organ"):
            confidence -= 0.05
    return Candidate(relation, source.actor or "", target.actor or "", trigger, clause,
                     max(0.05, min(confidence, 0.99)), target.place if relation == "visit" else None)
