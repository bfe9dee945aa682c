"""Arrivals: who came to where the story was filed, where the text tells no place.

"MOSCOW, Aug 20 - Merkel held talks with Putin": an encounter told with no place, on a day of the story, took
place where it was filed; "RIO DE JANEIRO - Biden arrived on Monday", "JOHANNESBURG - Modi attended the summit":
one who came or attended, told with no place, came there. One who sets out for a gathering in another state's
place ("will travel to Asia for a Group of 20 summit in China") visits that state. summits.py asks for the
encounters it finds.
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from diplograph.ingest.anchoring import BOUNDARY_DEPS, event_date
from diplograph.ingest.argument_words import PHONE_WORDS
from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.envoys import DIPLOMATIC_OFFICES
from diplograph.ingest.forces import SETTING_OUT_VERBS
from diplograph.ingest.landings import state_of_place_in
from diplograph.ingest.mediation import state_of
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.token_columns import tokens_where
from diplograph.model import DatePrecision

# words that tell of a trip or a venue away, in the sentence of a meeting whose first party is of the dateline
TRAVEL_WORDS = {"visit", "visiting", "trip", "tour", "arrive", "travel", "sideline", "sidelines", "summit", "via",
                "video", "virtual", "videoconference", "commemoration", "abroad", "aboard"}
# gatherings of many, which may be held anywhere: an undated encounter "at their first summit" is no news of here
GATHERING_NOUNS = frozenset({"summit", "conference", "forum"})
VIDEO_WORDS = frozenset({"video", "virtual", "videoconference"})  # a meeting by video link is in no one's city
# words that tell an encounter as a habit or one of the past, not the story's news: "often met Putin"
HABIT_WORDS = frozenset({"often", "regularly", "repeatedly", "frequently", "twice", "once", "previously", "before",
                         "already", "never", "ever", "last", "usually", "first"})


def _near(trigger: Token) -> list[Token]:  # (a place told next to it: "The talks at the White House lasted")
    """The tokens of a trigger's sentence and of the sentences before and after it."""
    doc, sent = trigger.doc, trigger.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return list(doc[start:end])


def filed_where_done(candidate: Candidate, index: ActorIndex) -> bool:
    """Whether an encounter told with no place took place where the story was filed: dated on a day of the story
    (or told undated as its news, in the simple past) and its sentence with no place phrase of another ('in the
    Ukrainian capital', 'in the village of Panmunjom'), no trip told around it, not a habit ('met Putin more than 20
    times')."""
    trigger, state = candidate.trigger, index.dateline[1] if index.dateline else None
    if index.date is None or state is None or elsewhere(candidate.clause, index, state) or trigger.dep_ in (
            "advcl", "pcomp", "acl", "relcl") or state_of(index, candidate.source) == state and any(
            t.lemma_.lower() in TRAVEL_WORDS for t in trigger.sent):
        return False  # (not "Moon, on a tour of Nordic countries, met", "met Xi on the sidelines of the G20")
    dates = index.dates(trigger.sent.ents)
    when = event_date(candidate.clause, dates, index.date, False, trigger=trigger) if dates else None
    on_the_day = when is not None and when.precision is DatePrecision.DAY and abs((when.date - index.date).days) <= 2
    # undated, the news of the story unless a remote voice tells it of the home side ("Biden held talks with Xi for
    # three hours, the White House said" under WASHINGTON: the talks were in Bali)
    undated_news = not dates and _told_as_news(trigger) and not (state_of(index, candidate.source) == state and (
        any(a.lemma_ == "say" for a in trigger.ancestors) or any(t.lower_ == "according" for t in trigger.sent)))
    return (on_the_day or undated_news) \
        and not any(_placed_elsewhere(t, state, index, own_sentence=True) for t in trigger.sent) \
        and not any(_placed_elsewhere(t, state, index) for t in _near(trigger))


def _told_as_news(trigger: Token) -> bool:
    """Whether an encounter told with no date is the story's news: in the simple past, neither a perfect nor a
    habit, not at a summit, no video link in its sentence ('Mattis held talks with Poroshenko shortly after arriving',
    'before the address'; not 'has met Putin', 'had met him', 'last met him', 'met Xi dozens of times', 'first met
    Xi when Xi was vice president', 'held talks at their first summit')."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "conj", "nsubj", "nsubjpass"):
        verb = verb.head
    return verb.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "auxpass") or c.dep_ == "advmod" and c.lower_ in HABIT_WORDS or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("when", "while") for m in c.children) or c.dep_ == "prep" and
        c.lower_ in ("at", "in") and any(p.lemma_.lower() in GATHERING_NOUNS for p in c.children)
        for c in verb.children) and not any(t.lemma_.lower() == "time" for t in verb.subtree) and not any(
        t.lemma_.lower() in VIDEO_WORDS for t in trigger.sent)


def _placed_elsewhere(preposition: Token, state: str, index: ActorIndex, own_sentence: bool = False) -> bool:
    """Whether a phrase of place puts a meeting outside the dateline's state: in its own sentence, one that names
    nothing of that state ("in the Kremlin", "at the White House" do; a date, or a building of common nouns, is no
    place); in the sentences around it, one that names a place of another ("The talks at the White House lasted
    two hours"). A phrase that names no place, itself or by a town in it ("in a show of unity", "in search of peace
    with Britain"; but "at a villa on the outskirts of Beijing"), or tells what the meeting was about or for ("on the
    war [in Syria]") is none."""
    if preposition.dep_ != "prep" or preposition.lower_ not in (
            ("in", "at", "inside", "near") if own_sentence else ("in", "at")) or _told_of(preposition):
        return False
    named = [m for c in preposition.children for g in c.subtree if (m := index.by_token.get(g.i)) is not None]
    if not (_names_a_place(preposition) or any(m.via in ("metonymy", "place") and _in_the_phrase(
            index.doc[m.start], preposition) for m in named)):
        return False
    states = [m.located_in or state_of(index, m.actor or "") for m in named]
    if own_sentence:  # (a building named by common nouns alone is where the story was filed: "at a hotel")
        return state not in states and (any(states) or _names_somewhere(preposition)) and not any(
            g.ent_type_ in ("DATE", "TIME") for c in preposition.children for g in c.subtree)
    return any(s not in (state, None) for s in states)


def _names_somewhere(preposition: Token) -> bool:
    """Whether a phrase of place names somewhere that may lie abroad: a town or land ('in Panmunjom', 'in a village
    near the border') or anything by its name ('in the Oval Office', 'at Mar-a-Lago', 'at NATO headquarters'); not a
    building told by common nouns alone ('at the presidential palace', 'at a hotel'), which is where the story was
    filed."""
    return any(g.ent_type_ in ("GPE", "LOC") or g.lemma_.lower() in VENUE_NOUNS or g.pos_ == "PROPN"
               for c in preposition.children for g in c.subtree)


def _in_the_phrase(token: Token, preposition: Token) -> bool:
    """Whether a word belongs to a place phrase's own noun phrases, no verb or clause between ('at a villa on the
    outskirts of [Beijing]'; not 'in building the union Moscow plans to create with [Belarus]')."""
    node = token
    while node.i != preposition.i:
        if node.pos_ in ("VERB", "AUX") or node.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp"):
            return False
        node = node.head
    return True


# nouns of a place one meets in, when no name says where: "in a village near the border", "at a resort"
VENUE_NOUNS = {"village", "town", "city", "resort", "region", "province", "border", "island", "base", "camp", "port",
               "sidelines", "country", "abroad", "venue", "airport", "ship", "capital"}


def _told_of(preposition: Token) -> bool:
    """A place phrase inside what the meeting was about or for, or inside a noun's clause: 'talks on the fight
    against Islamic State and the war [in Syria]', 'met Lopez Obrador to curb migrants arriving [at the U.S.
    border]' (not 'on board a ship [at the port of Izmir]', 'on the island', which are where)."""
    return any(a.dep_ == "prep" and a.lower_ in ("on", "about", "over", "regarding", "concerning") and not any(
        p.dep_ == "pobj" and (p.lower_ == "board" or p.lemma_.lower() in VENUE_NOUNS) for p in a.children)
        or a.dep_ == "acl" or a.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in a.children)
        for a in preposition.ancestors)


def _names_a_place(preposition: Token) -> bool:
    """Whether a phrase of 'in' or 'at' names somewhere: a place's name, a date (which the caller lets pass) or
    a noun of a venue; 'in a show of unity' names none."""
    return any(g.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "TIME") or g.lemma_.lower() in VENUE_NOUNS
               or g.pos_ == "PROPN" for c in preposition.children for g in (c, *c.children)
               if g.i == c.i or g.dep_ in ("compound", "amod", "poss", "nmod"))  # (not "in a show [of unity]")


def elsewhere(clause: Token, index: ActorIndex, state: str | None) -> bool:
    """Whether the clause tells where it was, at a place not of this state or none known ("on the sidelines of the
    G20 summit in Bali"); not a place its nested clauses or possessors name ("and the two hailed guidelines that
    give Japan's forces a wider role")."""
    for token in clause.subtree:
        if token.ent_type_ not in ("GPE", "LOC") or not _located_by(clause, token) or token.dep_ == "compound" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in token.head.children):
            continue  # (nor the sea of "the Black Sea resort of Sochi": the place is the one after 'of')
        mention = index.by_token.get(token.i)
        if mention is None or (mention.located_in or state_of(index, mention.actor or "")) != state:
            return True
    return False


def _located_by(clause: Token, token: Token) -> bool:
    """Whether a token is in a phrase of place of the clause itself ('in Bali', 'the summit, which was held in
    Astana'), not one a later clause or a possessor names ('that give Japan's forces', 'joined by Russia's Putin',
    'a tour that will take him to Chile', 'a meeting in this format, which brought together Moscow'): the
    preposition whose object it is, past 'of', must place."""
    node = token
    while node.dep_ != "prep" or node.lower_ == "of":  # up through the place's own phrase ("the port city of Aktau")
        if node.i == clause.i or node.dep_ not in ("pobj", "compound", "conj", "appos", "prep"):
            return False
        node = node.head
    if node.lower_ not in ("in", "at", "inside", "near", "outside"):
        return False
    while node.i != clause.i:
        if node.dep_ in BOUNDARY_DEPS - {"acl", "relcl"}:  # (a gathering's own clause may tell its place)
            return False
        node = node.head
    return True


# gatherings of states one attends abroad: a summit, not a parade, a game or one's own Security Council
GATHERINGS_ABROAD = {"summit", "conference", "forum", "talks", "meeting", "inauguration", "ceremony", "signing",
                     "session", "assembly", "gathering"}
HOME_BODIES = {"council", "politburo", "cabinet", "parliament", "congress", "party", "committee"}


def _came_in_person(verb: Token, person: Mention, index: ActorIndex, found: list[Candidate]) -> bool:
    """Whether the verb tells the person himself came where the story was filed: 'arrived on Monday', 'attended
    the summit'; not 'arrived at a decision', 'arrived home', 'landed a deal', 'Putin's envoy arrived', 'attended a
    missile test' or 'a meeting of his Security Council', nor one an earlier sentence put in another state."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or index.by_token.get(subject.i) is not person:
        return False  # (not the possessor of the subject: "Putin's envoy arrived")
    if verb.lemma_.lower() == "attend":
        occasions = [o for o in verb.children if o.dep_ == "dobj"]
        if any(o.lemma_.lower() not in GATHERINGS_ABROAD or any(  # (none: "Kerry attended", the gathering told)
                t.lemma_.lower() in HOME_BODIES for t in o.subtree) for o in occasions):
            return False
    elif any(c.dep_ == "dobj" or c.lower_ in ("home", "back") or c.dep_ == "prep" and c.lower_ in ("at", "to")
             for c in verb.children):
        return False
    # (not one told in another state before: "Putin arrived in Tehran ... later attended a summit")
    return not any(c.relation == "visit" and c.source == person.actor and c.trigger.i < verb.i for c in found)


# verbs of coming or attending, whose place the dateline gives when the text tells none
ARRIVING_HASHES = {StringStore().add(lemma) for lemma in ("arrive", "land", "attend")}
REMOTE_WORDS = PHONE_WORDS | {"teleconference", "virtually", "remotely", "online"}  # what tells one took part from afar


def visits_of_arrivals(doc: Doc, index: ActorIndex, found: list[Candidate],
                       arguments: ArgumentFinder) -> list[Candidate]:
    """'in Seoul, where he arrived on Saturday': one who came to the place a 'where' clause hangs on visits its
    state; 'RIO DE JANEIRO, Nov 18 - Biden arrived on Monday', 'OTTAWA - Modi arrived from Germany': a person of
    another state who came himself, or attended a gathering of states in person, with no place told, on a day of
    the story and not told in another state before, visits the dateline's state."""
    told = {c.trigger.i for c in found if c.relation == "visit"}
    extra: list[Candidate] = []
    for verb in tokens_where(doc, LEMMA, ARRIVING_HASHES):
        if verb.i in told or verb.pos_ != "VERB" or any(t.lower_ in REMOTE_WORDS for t in verb.subtree):
            continue  # (not "attended the summit by video link", "virtually")
        where = index.by_token.get(verb.head.i) if verb.dep_ == "relcl" and any(
            c.lower_ == "where" for c in verb.children) else None
        state = where.located_in or where.actor if where is not None else None
        listed = attendees_listed(verb, index)
        for person in listed or arguments.agents(verb, index):
            home = state_of(index, person.actor or "")
            if not index.is_person(person) or home is None:
                continue
            if where is not None and state is not None and index.is_state(state) and state != home:
                extra.append(make_candidate("visit", person, Mention(where.start, where.end, state, "metonymy",
                                                                     place=where.place), verb, verb, 0.7))
            elif where is None and index.dateline is not None and index.dateline[1] != home and (
                    _listed_in_person(verb, person, index, found, index.dateline[1]) if listed else
                    _came_in_person(verb, person, index, found)):
                city, filed = index.dateline
                clause = verb.head if listed else verb  # (a list's own verb: "Attending [were] ...")
                candidate = make_candidate("visit", person, Mention(verb.i, verb.i + 1, filed, "metonymy",
                                                                    place=city), clause, clause, 0.7)
                if filed_where_done(candidate, index):
                    extra.append(candidate)
    return extra


def _listed_in_person(verb: Token, person: Mention, index: ActorIndex, found: list[Candidate], filed: str) -> bool:
    """Whether one a clause lists as attending came to where the story was filed: not an envoy posted there, not
    a gathering held by video link (told in the list's sentence or the one before), nor one the story has taken
    to another state than the one it was filed from ('Putin flew to Astana for a summit. Attending were ...')."""
    record = index.actors.get(person.actor or "")
    before = verb.doc[verb.sent.start - 1].sent if verb.sent.start > 0 else verb.sent
    return not (record is not None and any(role in DIPLOMATIC_OFFICES for role in record.roles)) and not any(
        t.lower_ in REMOTE_WORDS or t.lower_ == "link" for t in (*before, *verb.sent)) and not any(
        c.relation == "visit" and c.trigger.i < verb.i and c.target != filed for c in found)


def attendees_listed(verb: Token, index: ActorIndex) -> list[Mention]:
    """'Attending were Lukashenko, Tokayev and Pashinyan', 'Leaders attending included Li Qiang and Starmer', 'Among
    those attending were Erdogan and Qatar's emir': those a clause lists as attending, whose own verb is the list's
    ('were', 'included'); none for an 'attending' that is no such list's."""
    clause = verb.head
    if verb.dep_ in ("csubj", "nsubj") and clause.lemma_ == "be":
        listed = [c for c in clause.children if c.dep_ in ("nsubj", "attr") and c.i != verb.i]
    elif verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and verb.head.head.lemma_ == "include":
        clause = verb.head.head
        listed = [c for c in clause.children if c.dep_ == "dobj"]
    elif verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "among" and \
            verb.head.head.head.lemma_ == "be":
        clause = verb.head.head.head
        listed = [c for c in clause.children if c.dep_ == "nsubj"]
    else:
        return []
    return [m for head in listed for t in conjuncts(head) if (m := index.by_token.get(t.i)) is not None and m.actor]


# cities where a state or office sits inside another state, whence its holder comes home, not from a visit:
# "Pope Francis arrived in Baghdad from Rome" (heads of organisations coming from their seats are left out too)
SEATS_ABROAD = {"Vatican": ("Rome", "Vatican City", "the Vatican")}
# verbs of coming somewhere, whose from-phrase names where the traveller was before: "arrived from Algiers"
COMING_HASHES = {StringStore().add(lemma) for lemma in ("arrive", "land", "fly")}


def visits_of_the_last_leg(doc: Doc, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Macron arrived from Algiers', 'Xi arrived in Lisbon from Panama', 'flew in from Brunei': a person who came
    from a place of another state than his own was there, on his trip's last leg, and visited that state (not
    'flew in from Washington' for an American, 'from a summit in Brussels', nor the Pope from Rome)."""
    extra: list[Candidate] = []
    for verb in tokens_where(doc, LEMMA, COMING_HASHES):
        if verb.pos_ != "VERB" or verb.lemma_ == "fly" and not any(c.dep_ == "prt" and c.lower_ == "in"
                                                                   for c in verb.children):
            continue  # ("flew from Paris to Rome" names both legs: the destination is the visit)
        places = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                  if p.dep_ == "pobj" and (m := index.by_token.get(p.i)) is not None]
        for place in places:
            state = place.located_in or (place.actor if place.actor and index.is_state(place.actor) else None)
            for person in arguments.agents(verb, index) if state else []:
                home = state_of(index, person.actor or "")
                if index.is_person(person) and home is not None and home != state and place.place not in \
                        SEATS_ABROAD.get(home, ()) and not index.heads_an_organisation(person.actor or ""):
                    extra.append(make_candidate("visit", person, Mention(place.start, place.end, state, "metonymy",
                                                                         place=place.place), verb, verb, 0.65))
    return extra


def visits_of_gatherings_abroad(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'will travel to Asia next month for a Group of 20 summit in China and a meeting of leaders in Laos', 'will
    travel next month to a summit in China': one who sets out for a gathering in another state's place visits that
    state, each gathering its own."""
    if verb.lemma_.lower() not in SETTING_OUT_VERBS:
        return []
    # the phrase's own gatherings, however the parser split it ("to a [Group] of [20 summit] in China"), not one
    # only mentioned in it ("for talks ahead of a BRICS summit in South Africa")
    heads = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for o in c.children
             if o.dep_ == "pobj"]
    heads += [g for o in heads for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
              if g.dep_ == "pobj"]
    gatherings = [g for o in heads for g in conjuncts(o) if g.lemma_.lower() in GATHERINGS_ABROAD]
    places = [m for g in gatherings for p in g.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj" for m in state_of_place_in(o, index)]
    travellers = [m for m in arguments.agents(verb, index) if m.actor is not None]
    return [make_candidate("visit", who, place, verb, verb, 0.75) for who in travellers for place in places
            if place.actor not in (who.actor, state_of(index, who.actor or ""))]
