"""Summits: what an encounter told once implies about its other parties.

"Kagame hosted the summit, which was attended by Issoufou": the host hosts each attendee; "Xi hosted Marcos at the
Great Hall": a guest received visits the host's state (who sits at one table is tables.py's). Pure: the
candidates relations.py found in a parsed Doc and its ActorIndex in, the further candidates they imply out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Container

from spacy.attrs import LEMMA
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from diplograph.ingest.anchoring import event_date, event_place_mention, place_mention, place_of_its_kind
from diplograph.ingest.arrivals import (
    REMOTE_WORDS,
    elsewhere,
    filed_where_done,
    visits_of_arrivals,
    visits_of_gatherings_abroad,
    visits_of_the_last_leg,
)
from diplograph.ingest.calls import by_phone
from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.constructions import included
from diplograph.ingest.coreference import mention_at
from diplograph.ingest.envoys import DIPLOMATIC_OFFICES
from diplograph.ingest.framing import adjunct_hung_on_complement, tells_news_where
from diplograph.ingest.mediation import (
    BROKERED_RELATIONS,
    MEETING_NOUNS,
    brokered_between,
    parties_of,
    state_of,
    without_brokers_as_parties,
)
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.ingest.noun_events import SYMMETRIC_PAIRING
from diplograph.ingest.presence import (
    official_of_no_state,
    persons_visited,
    state_at,
    visits_by_presence,
    visits_of_a_trip,
)
from diplograph.ingest.tables import table_companions
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.token_columns import tokens_where
from diplograph.model import ActorType, DatePrecision

# how near the story's date an encounter is for its trip to be one the story tells: "hosted Yoon in Tokyo on
# Thursday", "held talks with Assad in Damascus on Aug. 9" (told nine days later)
STORY_DAYS = 31
HOST_HASH = StringStore().add("host")
ATTEND_HASH = StringStore().add("attend")

# occasions one hosts, whose guests are those who meet or sign at them: "hosted the ceremony, where X and Y signed"
OCCASION_NOUNS = MEETING_NOUNS | {"ceremony", "signing", "dinner", "lunch", "banquet", "reception", "conference",
                                  "round", "event", "gathering"}


def hosts_of_occasions(index: ActorIndex, found: list[Candidate], arguments: ArgumentFinder) -> list[Candidate]:
    """'Trump hosted the ceremony, where Netanyahu and Al Zayani signed the accords', 'Wagner and Nduhungirehe
    signed in the presence of Rubio, who hosted the ceremony': who hosts the occasion hosts those who met or
    signed at it; 'after hosting talks between Erdogan and Kristersson': and, a third party, mediates between
    them."""
    hosted = {c.trigger.i for c in found if c.relation == "host"}
    extra: list[Candidate] = []
    for candidate in found:
        between = [p for o in candidate.trigger.children if o.dep_ == "dobj" and o.lower_ in MEETING_NOUNS
                   for p in o.children if p.dep_ == "prep" and p.lower_ == "between"]
        if candidate.relation != "host" or not between:
            continue
        if state_of(index, candidate.source) != state_of(index, candidate.target):
            extra.append(Candidate("mediate", candidate.source, candidate.target, candidate.trigger, candidate.clause,
                                   candidate.confidence - 0.1))
    verbs = {c.trigger.sent.start: c.trigger.sent for c in found if c.relation in BROKERED_RELATIONS}
    for sentence in verbs.values():
        for verb in sentence:
            if verb.lemma != HOST_HASH or verb.i in hosted or not any(
                    o.dep_ == "dobj" and o.lower_ in OCCASION_NOUNS for o in verb.children):
                continue
            hosts = arguments.agents(verb, index)
            own = {m.actor for m in hosts if m.actor}
            guests = parties_of(found, sentence.start, verb, own)
            extra.extend(Candidate("host", m.actor or "", guest, verb, verb, 0.7) for m in hosts for guest in guests)
    return extra


def hosts_of_attendees(index: ActorIndex, found: list[Candidate], arguments: ArgumentFinder) -> list[Candidate]:
    """'Doval hosted the talks, attended by Russia's Nikolai Patrushev': who hosts an occasion hosts those who
    attend it (the attendee visits no person: the host is no place)."""
    kept: list[Candidate] = []
    for candidate in found:
        trigger = candidate.trigger
        occasion = trigger.head
        if candidate.relation != "visit" or trigger.lemma_.lower() != "attend" or trigger.dep_ != "acl" or \
                occasion.dep_ != "dobj" or occasion.lower_ not in OCCASION_NOUNS or occasion.head.lemma != HOST_HASH:
            kept.append(candidate)
            continue
        hosts = [m.actor for m in arguments.agents(occasion.head, index) if m.actor and m.actor != candidate.source]
        kept.extend(Candidate("host", host, candidate.source, occasion.head, occasion.head, candidate.confidence)
                    for host in hosts)
        if not (candidate.target in index.actors and index.actors[candidate.target].type is ActorType.PERSON):
            kept.append(candidate)
    return kept


def hosted_attendees(index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Kagame hosted the summit, which was attended by Niger's Issoufou and South Africa's Ramaphosa': the relative
    told in full, as the reduced one ('the talks, attended by Patrushev'), makes the host host each attendee."""
    found: list[Candidate] = []
    for verb in tokens_where(index.doc, LEMMA, {ATTEND_HASH}):
        occasion = verb.head
        if verb.dep_ != "relcl" or any(c.dep_ == "neg" for c in verb.children) or not any(  # ("was not attended")
                c.dep_ == "nsubjpass" and c.tag_ == "WDT" for c in verb.children) or \
                occasion.dep_ != "dobj" or occasion.lower_ not in OCCASION_NOUNS or occasion.head.lemma != HOST_HASH:
            continue
        hosts = arguments.agents(occasion.head, index)
        found.extend(make_candidate("host", host, guest, occasion.head, occasion.head, 0.75) for host in hosts
                     for guest in arguments.agents(verb, index) if guest.actor != host.actor)
    return found


def _a_trip_of_the_story(candidate: Candidate, index: ActorIndex) -> bool:
    """Whether an encounter is one the story tells as its news, done in person in the days it reports (told by a
    verb, or by a noun in its clause: "after talks with Erdogan in Ankara"): not a background one ('who met in Paris',
    'had met Lavrov in Moscow', 'last month hosted'), nor a possible one ('could host both leaders in Istanbul'). A
    past passive tells one too ('was received at the palace by'); a comma's participle is told as its clause is."""
    trigger = candidate.trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "since":
        return False  # "for the first time since their summit in California": what came before the news
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else candidate.clause  # "after talks with Erdogan in Ankara"
    if verb.i != trigger.i and any(c.dep_ == "poss" and c.pos_ != "PRON" and not (
            (m := mention_at(index, c)) is not None and m.actor in (candidate.source, candidate.target))
            for c in trigger.children):
        return False  # (another's talks: "after his envoy's talks with Sisi in Cairo, Netanyahu said")
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj"):  # "Speaking in Ankara after talks with Erdogan, Putin",
        # "Speaking alongside Zaev after talks in Skopje, Merkel said": told in the tense of the clause it hangs on
        verb = adjunct_hung_on_complement(verb) or (verb.head if verb.dep_ == "advcl" else verb)
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.lemma == ATTEND_HASH:
        verb = verb.head.head  # "attended a summit hosted by Guelleh": the attending tells it
        if _from_afar(verb):
            return False
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before"):
        # "held talks in Tehran, a day after meeting King Salman in Riyadh": told in the tense of the verb it times
        verb = verb.head.head.head if verb.head.head.dep_ == "npadvmod" else verb.head.head
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(  # ("was received at the presidential mansion by")
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
    if not past or verb.dep_ == "acl" or verb.dep_ == "relcl" and not tells_news_where(verb) or any(
            c.dep_ == "aux" for c in verb.children):
        return False  # (but a place's relative may tell the news: "talks in Sharm el-Sheikh, where Bush met Mubarak")
    people = [index.actors.get(name) for name in (candidate.source, candidate.target)]
    if any(record is None or record.type is not ActorType.PERSON for record in people):
        return False
    if index.date is None:
        return True
    dates = index.dates(trigger.sent.ents)
    when = event_date(candidate.clause, dates, index.date, False, trigger=trigger)
    return when is None or (when.precision is DatePrecision.DAY and abs((when.date - index.date).days) <= STORY_DAYS)


def _from_afar(attending: Token) -> bool:
    """'attended by video link a summit', 'attended virtually a summit': one who took part without coming."""
    holders = [attending, *(o for o in attending.children if o.dep_ == "dobj")]
    return any(c.lower_ in REMOTE_WORDS or c.dep_ in ("prep", "agent") and c.lower_ in ("by", "via") and any(
        t.lower_ in REMOTE_WORDS | {"link"} for t in c.subtree) for h in holders for c in h.children)


# what two persons do together where one of them is at home: "Zelensky and Kristersson signed the letter in Linkoping"
DONE_FACE_TO_FACE = ("meet", "agree", "negotiate")


# envoys posted where they serve, who visit no one there (a special envoy travels: "envoy Grenell met Maduro in
# Caracas")
POSTED_ENVOYS = DIPLOMATIC_OFFICES - {"envoy", "special envoy"}


def posted_envoy(index: ActorIndex, name: str, trigger: Token, state: str) -> bool:
    """An ambassador in a state, who serves there unless his sentence posts him elsewhere ('U.S. Ambassador
    Philip Goldberg signed the pact in Manila'; not 'U.S. Ambassador to the United Nations Linda Thomas-Greenfield
    met Akufo-Addo in Accra')."""
    record = index.actors.get(name)
    if record is None or not record.roles & POSTED_ENVOYS:
        return False
    postings = [m.actor for t in trigger.sent if t.lemma_.lower() in POSTED_ENVOYS for c in t.children
                if c.dep_ == "prep" and c.lower_ in ("to", "at") for p in c.children
                if (m := index.by_token.get(p.i)) is not None]
    return all(posting == state for posting in postings)


# texts one signs, whose 'in' phrase is where they were signed: "signed an agreement in Moscow"
SIGNED_TEXTS = {"agreement", "accord", "deal", "pact", "treaty", "memorandum", "declaration", "letter", "contract",
                "protocol", "communique", "charter", "convention"}


def done_at(place: Token, trigger: Token) -> bool:
    """Whether a place is where an act was done ('signed the letter at the Saab plant in Linkoping'), not one the
    deal or the talks are about ('agreed to a ceasefire in eastern Ukraine'): its phrase hangs on the verb by
    'in' or 'at', not inside the verb's object or another phrase; but a signed text's own 'in' or 'at' phrase is
    where it was signed ('signed an agreement in Moscow', the parser's reading)."""
    token, last = place, None
    while token.head.i != token.i:
        if token.dep_ == "dobj" and token.head.i == trigger.i and trigger.lemma_.lower() in ("sign", "ink") and \
                token.lemma_.lower() in SIGNED_TEXTS and not any(c.lower_ in ("ceasefire", "truce") for c in
                                                                 token.children) and \
                last is not None and last.dep_ == "prep" and last.lower_ in ("in", "at") and last.head.i == token.i:
            return True
        if token.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp", "acl", "relcl"):
            return False
        if token.head.i == trigger.i:
            return token.dep_ == "prep" and token.lower_ in ("in", "at")
        token, last = token.head, token
    return False


def visits_of_the_received(index: ActorIndex, found: list[Candidate]) -> list[Candidate]:
    """'Kishida hosted Yoon in Tokyo', 'Petro met Venezuela's Maduro in Caracas', 'Zelensky and Kristersson signed
    the letter in Linkoping': one received, met, or dealing face to face, in a place of the other's state visits that
    state (an ambassador serving there aside), as does an office-holder of no state told ('EU foreign policy chief
    Ashton held talks with Rouhani in Tehran'); one received where no place is told ('Macron hosted Putin') is at
    home. A deal's place is where it was made, not what it is about."""
    extra: list[Candidate] = []
    for candidate in found:
        if candidate.relation not in ("host", *DONE_FACE_TO_FACE) or not _a_trip_of_the_story(candidate, index):
            continue
        if candidate.relation == "host":
            pairs = [(candidate.source, candidate.target)]
        else:
            pairs = [(candidate.source, candidate.target), (candidate.target, candidate.source)]
        place = event_place_mention(candidate.trigger, candidate.clause, index,
                                    frozenset((candidate.source, candidate.target)))
        # (a deal's place is where it was made, on its verb: "a ceasefire in eastern Ukraine" is what it is about)
        state = state_at(place, index) if candidate.relation in ("host", "meet") or place is None or done_at(
            index.doc[place.end - 1], candidate.clause if candidate.relation == "agree" else candidate.trigger) \
            else None
        city = None
        if state is None and candidate.relation == "meet" and index.dateline is not None and \
                filed_where_done(candidate, index):
            city, state = index.dateline  # "MOSCOW, Aug 20 - Merkel held talks with Putin": where it was filed
        if state is None and candidate.relation == "host" and \
                not elsewhere(candidate.clause, index, home := state_of(index, candidate.source)):
            state = home  # "Macron hosted Putin on Monday", "in the Oval Office": at home, unless told
        if not state:
            continue
        extra.extend(Candidate("visit", guest, state, candidate.trigger, candidate.clause, candidate.confidence - 0.1,
                               place.place if place is not None else city)
                     for host, guest in pairs if state_of(index, host) == state
                     and not posted_envoy(index, guest, candidate.trigger, state)
                     and ((home := state_of(index, guest)) is not None and home != state or home is None
                          and official_of_no_state(index, guest)))
    return extra


# verbs of receiving a guest, whose agentless passive still says the guest came: "Putin was welcomed in Mongolia"
RECEIVING_HASHES = {StringStore().add(lemma) for lemma in ("welcome", "receive", "greet", "host")}


def encounters_by_presence(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """A person's presence in another state ('Modi was in Port Moresby'), or in another's company ('the two
    were joined by Starmer and Macron'), or where his trip takes him."""
    return visits_by_presence(verb, index, arguments) + joined_company(verb, index, arguments) + \
        visits_of_a_trip(verb, index, arguments) + visits_of_gatherings_abroad(verb, index, arguments)


REMOTELY = {"online", "virtually", "remotely"}  # how one joins another from afar


def joined_company(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Zelensky held talks with Trump before the two were joined by Starmer and Macron', 'Macron joined Scholz
    in Beijing', 'in the town of Palenque': a person who joins another meets him; not 'joined NATO', nor 'joined
    Scholz in urging Russia' (doing the same)."""
    if verb.lemma_.lower() != "join" or any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pcomp" or g.dep_ == "pobj" and g.pos_ != "PROPN" and not index.by_token.get(g.i)
            and place_of_its_kind(g, index) is None for g in c.children) for c in verb.children):
        return []  # "joined Scholz in urging Russia", "in condemnation of the attack", "in the region"
    joined = [m for c in verb.children if c.dep_ in ("nsubjpass", "dobj") for m in arguments.actors_of(c, index)]
    joiners = arguments.agents(verb, index)
    remote = by_phone(verb) or any(c.lower_ in REMOTELY for c in verb.children)  # ("joined Putin online")
    relation = "call" if remote else "meet"
    # people of two known states: a leader's spouse, entertainers or own ministers accompany him, they meet no one
    return [make_candidate(relation, a, b, verb, verb, 0.7) for a in joiners for b in joined
            if index.is_person(a) and index.is_person(b) and _of_two_states(index, a, b)]


def _of_two_states(index: ActorIndex, a: Mention, b: Mention) -> bool:
    """Two people of two known sides: states, or an organisation's head ('were joined by Mark Rutte')."""
    first, second = (state_of(index, m.actor or "") or (m.actor if index.heads_an_organisation(m.actor or "")
                                                         else None) for m in (a, b))
    return first is not None and second is not None and first != second


def visits_of_the_welcomed(doc: Doc, index: ActorIndex) -> list[Candidate]:
    """'Putin was welcomed with full honours in Mongolia', 'was received in Ulaanbaatar': one received, by no one
    named, in a place of another state visits that state (with a host named, the host's events say it)."""
    extra: list[Candidate] = []
    for verb in tokens_where(doc, LEMMA, RECEIVING_HASHES):
        if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        guest = index.by_token.get(subject.i) if subject is not None else None
        if guest is None or guest.actor is None or (home := state_of(index, guest.actor)) is None:
            continue
        place = place_mention(verb, index, frozenset((guest.actor,)))
        state = state_at(place, index)
        if state and state != home:
            extra.append(Candidate("visit", guest.actor, state, verb, verb, 0.7, place.place if place else None))
    return extra


def without_pairs_within_a_side(index: ActorIndex, found: list[Candidate]) -> list[Candidate]:
    """'Iran and six world powers struck a deal': the powers are one side of it, each party with Iran, not
    with each other (unless the side is all there is: 'the ministers of A, B and C met')."""
    sides = [frozenset(m.actor for m in members) for members in index.plural.values() if len(members) > 2]
    if not sides:
        return found
    by_trigger: dict[int, set[str]] = {}
    for c in found:
        if c.relation in SYMMETRIC_PAIRING:
            by_trigger.setdefault(c.trigger.i, set()).update((c.source, c.target))
    return [c for c in found if c.relation not in SYMMETRIC_PAIRING or not any(
        c.source in side and c.target in side and by_trigger[c.trigger.i] - side for side in sides)]


def with_implied_encounters(doc: Doc, index: ActorIndex, found: list[Candidate],
                            arguments: ArgumentFinder) -> list[Candidate]:
    """The candidates found, less brokers taken for parties, with every further candidate they imply."""
    found = persons_visited(index, found) + brokered_between(doc, index, found, arguments)
    found = without_pairs_within_a_side(index, without_brokers_as_parties(found))
    found = hosts_of_attendees(index, found, arguments) + hosted_attendees(index, arguments)
    found = found + hosts_of_occasions(index, found, arguments)
    return found + table_companions(index, found) + visits_of_the_received(index, found) + \
        visits_of_the_welcomed(doc, index) + meetings_of_the_hosted(index, found) + \
        visits_of_arrivals(doc, index, found, arguments) + visits_of_the_last_leg(doc, index, arguments)


def meetings_of_the_hosted(index: ActorIndex, found: list[Candidate]) -> list[Candidate]:
    """'Xi Jinping hosted Ferdinand Marcos Jr. at the Great Hall', 'Abe hosted the leaders of Cambodia, Laos and
    Myanmar': one who hosts a guest the verb names meets him; not the guests of an occasion hosted ('hosted the
    signing ceremony, where Netanyahu ...', 'talks between A and B, hosted by Lavrov')."""
    hosted = [c for c in found if c.relation == "host"]
    met = {frozenset((c.source, c.target)) for c in found if c.relation in ("meet", "call")}
    return [Candidate("meet", c.source, c.target, c.trigger, c.clause, c.confidence - 0.1) for c in hosted
            if (sum(h.trigger.i == c.trigger.i for h in hosted) == 1 or _guest_named(c, index))
            and frozenset((c.source, c.target)) not in met
            and all(who in index.actors and index.actors[who].type is ActorType.PERSON for who in (c.source, c.target))]


def _guest_named(candidate: Candidate, index: ActorIndex) -> bool:
    """Whether the hosting verb's own object (or passive subject) names the guest: the object or a member of its
    list, or the state of an office an 'of' names ('hosted the leaders of Cambodia and Laos'), not a phrase inside
    it ('hosted a ceremony where ...', 'talks between A and B')."""
    guest = index.actors.get(candidate.target)
    for obj in (o for o in candidate.trigger.children if o.dep_ in ("dobj", "nsubjpass")):
        for named in conjuncts(obj) + [c for a in obj.children if a.dep_ == "appos" for c in conjuncts(a)]:
            if (m := index.by_token.get(named.i)) is not None and m.actor == candidate.target:
                return True
            if guest is not None and guest.country and named.lemma_.lower() in GUEST_OFFICES and any(
                    (m := index.by_token.get(t.i)) is not None and m.actor == guest.country
                    for p in named.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj" for t in conjuncts(o)):
                return True
    return False


# offices an 'of' names the state of: "the leaders of Cambodia, Laos and Myanmar"
GUEST_OFFICES = {"leader", "president", "prime", "minister", "king", "premier", "head", "chancellor", "emir"}


def welcomes_guests(noun: Token, index: ActorIndex, people_nouns: Container[str]) -> bool:
    """Whether 'welcomed' receives the people its object names ('his counterpart Abe', 'leaders, among them
    Abbas', 'the delegates'), not an act it backs ('welcomed the decision')."""
    return any(c.dep_ == "appos" and (m := index.by_token.get(c.i)) is not None and index.is_person(m)
               for c in noun.children) or noun.lower_ in people_nouns or any(
        index.is_person(m) for m in included(noun, index))


# nouns of talks, held by the verb they are the object of ("held a first round of talks") or by themselves
TALK_LEMMAS = {"talk", "negotiation", "dialogue", "round", "discussion"}


def talks_between_sides(candidate: Candidate, index: ActorIndex) -> Candidate:
    """'Lebanon and Israel held a first round of talks on their maritime border': talks whose two sides are
    states, organisations or groups are negotiations, as 'talks between' two states already are (noun_events.py;
    nouns.tsv maps talks to meet, which stays for people: 'Kerry held talks with Zarif')."""
    sides = [index.actors.get(who) for who in (candidate.source, candidate.target)]
    if candidate.relation != "meet" or any(side is None or side.type is ActorType.PERSON for side in sides) or not \
            any(t.lemma_.lower() in TALK_LEMMAS for t in (candidate.trigger, *candidate.trigger.children)
                if t.dep_ != "nsubj"):
        return candidate
    return dataclasses.replace(candidate, relation="negotiate")

