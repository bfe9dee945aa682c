"""Senses: which relation a verb's cue states in its sentence, where the sentence decides.

A cue gives a verb's relation in general; its sentence may say otherwise. A contest without arms is no attack
("Japan beat Germany 2-1"), forces sent in against an armed group are deployed, force at goods is a sanction ("hit
U.S. pork with tariffs"), force said without arms is criticism ("Erdogan blasted Sweden"), a crowd's attack is a
protest, talks by phone are a call, a call on a person is a visit paid, and welcoming someone as a member backs the
admission. relations.py asks before it looks for the event's arguments; None is no event at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.agents import crowd_nouns
from diplograph.ingest.argument_words import CONTEST_VERBS, PASSING_VERBS, PHONE_WORDS
from diplograph.ingest.calls import by_phone, in_a_call, told_at_a_venue
from diplograph.ingest.cargo import FIRED
from diplograph.ingest.constructions import BOND_NOUNS, substance
from diplograph.ingest.coreference import mention_at
from diplograph.ingest.forces import (
    ARMED_WORDS,
    SURROUNDING_VERBS,
    armed_nouns,
    fights_a_group,
    names_forces,
    speaks_of_arms,
)
from diplograph.ingest.gazetteer import CRAFT_WORDS
from diplograph.ingest.judgements import DAMAGING_VERBS
from diplograph.ingest.landings import POSTING_VERBS, WITHDRAWING_VERBS
from diplograph.ingest.lexicon import VerbCue
from diplograph.ingest.material import ARMS_BOUGHT, strikes_at_trade
from diplograph.ingest.mentions import STATE_ITSELF, ActorIndex, conjuncts
from diplograph.ingest.object_nouns import CONDITION_NOUNS, GOODS_NOUNS
from diplograph.ingest.ships import NAVY_PREFIXES

CONTEST_WORDS = {"vote", "election", "ballot", "poll", "runoff", "match", "tournament"}  # a race or a game
HARSH_WORDS = {"blast", "rip", "lash", "assail"}  # force said without arms is words: "Erdogan blasted Sweden"
# those who trade, what they trade in, and the ties between states, whose harm is a loss, not an attack: "hurting
# exporters", "would damage economic and trade cooperation"
TRADERS = {"exporter", "importer", "farmer", "producer", "manufacturer", "company", "firm", "business", "industry",
           "trade", "investor", "market", "consumer", "tourism", "sector"}
OWN_CONTROLS = {"border", "crossing", "frontier", "capital", "currency"}  # checks a state keeps on its own ground
LOSS_NOUNS = CONDITION_NOUNS | GOODS_NOUNS | BOND_NOUNS | TRADERS | {"cooperation", "interest"}
# what a state gives up when it cedes, hands over or returns ground (verbs.tsv), and the holdings over ground it gives:
# "ceded sovereignty over the Chagos Islands", "handed control of four villages" (not "control of the Bagram air base",
# "of the company", "jurisdiction over the case": no ground)
LAND_NOUNS = {"territory", "land", "island", "district", "region", "province", "town", "village", "area", "city",
              "peninsula"}
HOLDING_NOUNS = {"sovereignty", "control", "jurisdiction"}
GIVING_UP_VERBS = {"cede", "hand", "return", "transfer", "sign"}  # (verbs.tsv: "hand back", "sign away")


def ground_given(verb: Token) -> Token | None:
    """The ground or the holding over ground a verb gives up, its object: 'ceded [territory]', 'handed [control] of
    the town'."""
    return next((o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in LAND_NOUNS | HOLDING_NOUNS),
                None) if verb.lemma_.lower() in GIVING_UP_VERBS else None


def holds_no_ground(holding: Token) -> bool:
    """'control of the Bagram air base', 'control of security in Helmand', 'jurisdiction over the case': a holding
    over something that is no ground (a named place or a noun of land is: 'control of Mosul', 'of the town')."""
    # (or hung on the verb, just after it: "transferred jurisdiction [over] the case")
    after = holding.doc[holding.right_edge.i + 1] if holding.right_edge.i + 1 < len(holding.doc) else holding
    held = [g for p in (*holding.children, after) if p.dep_ == "prep" and p.lower_ in ("of", "over") and (
        p.head.i in (holding.i, holding.head.i)) for g in p.children if g.dep_ == "pobj"]
    return bool(held) and not any(g.lemma_.lower() in LAND_NOUNS or g.lower_.rstrip("s") in LAND_NOUNS or (
        g.ent_type_ in ("GPE", "LOC", "FAC") and g.pos_ == "PROPN") for h in held for g in conjuncts(h))


CROWD_MOTIONS = {"march"}  # a crowd's moves that protest: "protesters marched towards the French embassy"
# what one is welcomed as, backed: "welcomed Finland as a member", "welcomed the Dominican Republic as a new partner"
ADMISSION_NOUNS = {"member", "leader", "president", "head", "government", "representative", "partner", "ally", "friend"}


# what travel a state may stop to keep a disease out, and the words that tell an outbreak
TRAVEL_NOUNS = {"flight", "flights", "travel", "travellers", "travelers", "visa", "visas", "border", "borders",
                "crossing", "crossings", "airline", "airlines", "carrier", "carriers", "passenger", "passengers"}
CONTAGION_WORDS = {"virus", "coronavirus", "covid", "covid-19", "outbreak", "epidemic", "pandemic", "ebola", "sars",
                   "mers", "cholera", "infection", "infections", "contagion", "quarantine"}


def _against_contagion(verb: Token) -> bool:
    """'Kuwait, Bahrain and the UAE suspended flights to and from Iran' told amid an outbreak (in its sentence or
    the two before): travel stopped to keep a disease out is a precaution, no penalty."""
    if not any(t.lemma_.lower() in TRAVEL_NOUNS for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
               for t in substance(c)):
        return False
    sentences = list(verb.doc.sents)
    at = next(i for i, s in enumerate(sentences) if s.start <= verb.i < s.end)
    return any(t.lower_ in CONTAGION_WORDS for s in sentences[max(0, at - 2):at + 1] for t in s) and not any(
        t.lemma_.lower() in ("retaliate", "retaliation", "reciprocal", "response") for t in sentences[at])


# verbs of closing a border, and the people a closure may be meant to keep out: no measure against the neighbour
CLOSING_VERBS = {"close", "shut", "seal"}
MIGRATION_WORDS = {"migrant", "migrants", "refugee", "refugees", "asylum", "migration", "influx", "exodus"}


def crowd_at_the_border(verb: Token) -> bool:
    """'Polish protesters shut the crossings with Ukraine': a crowd's blockade, no state's measure."""
    return any(t.lower_ in crowd_nouns() for c in verb.children if c.dep_ == "nsubj" for t in substance(c))


# sides whose contest is one of words: "the Armenian and Azerbaijani leaders clashed at the summit"
SPEAKING_SIDES = {"government", "administration", "leader", "minister", "president", "premier", "official",
                  "diplomat", "politician", "capital"}


def contest_in_words(verb: Token) -> bool:
    """'The two governments clashed when Petro turned back U.S. military planes': sides that speak for states contest
    in words, whatever arms the sentence tells of, unless it is with armed men ('clashed with Houthi fighters')."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in SPEAKING_SIDES for c in verb.children) and not any(
        t.lemma_.lower() in ARMED_WORDS for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
        for t in p.subtree)


def armed_beside_topic(verb: Token) -> bool:
    """Whether a verb's sentence speaks of arms outside what the verb is about: 'Japan clashed with China over a
    fishing boat captain detained near the islands' is a quarrel (its topic's captain is no soldier)."""
    aside = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("over", "about")]
    return speaks_of_arms(verb.sent, frozenset(t.i for p in aside for t in p.subtree))


def sentence_sense(verb: Token, cue: VerbCue, index: ActorIndex) -> str | None:
    """The relation the cue states in the verb's sentence, or None where the sentence says no event."""
    relation = cue.relation
    if relation == "sever" and any(o.dep_ == "dobj" and o.lemma_.lower() == "membership" and any(
            p.dep_ == "poss" and p.tag_ != "PRP$" for p in o.children) for o in verb.children):
        relation = "sanction"  # "suspended Sudan's membership": a body's penalty ("its membership in": a break)
    if relation == "attack" and verb.lemma_.lower() in CONTEST_VERBS and (not armed_beside_topic(verb) or any(
            t.lemma_.lower() in CONTEST_WORDS for c in verb.children if c.dep_ in ("dobj", "advcl", "xcomp")
            for t in c.subtree) or contest_in_words(verb)):
        return None  # "Japan beat Germany 2-1", "Germany and France clashed over the budget": no arms, no attack;
        # nor a race won, told in the verb's own phrase ("beat the military's nominee, winning 360 votes")
    if relation == "attack" and cue.targets == ("prep:into",) and fights_a_group(verb, index):
        relation = "mobilize"  # "sent troops into Somalia to push back al Shabaab": deployed there (forces.py)
    if relation == "attack" and (verb.lemma_.lower() in PASSING_VERBS and (verb.lemma_.lower() != "overtake" or any(
            _a_craft(o) for o in verb.children if o.dep_ == "dobj")) or verb.tag_ == "VBG" and verb.dep_ in (
            "advcl", "conj") and _a_craft(_clause_subject(verb)) and any(
            o.dep_ == "dobj" and any(p.lower_ in ("its", "their") for p in o.children) for o in verb.children)):
        return None  # "a destroyer overtook the USS Chung-Hoon": a pace, not force (but "overtook Israeli posts" is
        # an assault); "the destroyer collided with a container ship, injuring its commanding officer": harm that
        # befalls a craft's own
    if relation == "concede" and any(o.dep_ == "dobj" and o.lemma_.lower() == "control" and any(
            c.dep_ == "compound" and c.lemma_.lower() in OWN_CONTROLS or c.dep_ == "prep" and c.lower_ == "on" and any(
                g.lemma_.lower() in OWN_CONTROLS for g in c.subtree) for c in o.children) for o in verb.children):
        return None  # "lifted controls on its border with Sweden", "eased capital controls": one's own checks
    if relation == "concede" and (given := ground_given(verb)) is not None and \
            given.lemma_.lower() in HOLDING_NOUNS and holds_no_ground(given):
        return None  # "handed over control of the Bagram air base", "of the company": no ground given up
    if relation == "aid" and _sells_no_arms(verb):
        return None  # "approved the sale of 50 Boeing airliners to China": trade, not aid
    if relation == "aid" and verb.lemma_.lower() in ("fly", "drop") and any(
            t.lemma_.lower() in FIRED for o in verb.children if o.dep_ == "dobj" for t in substance(o)) and not (
            verb.lemma_.lower() == "fly" and any(c.lower_ in ("to", "for") for c in verb.children if c.dep_ in (
                "prep", "dative"))):
        return None  # "flew dozens of drones into Ukraine": what is fired goes to strike, not to help (but what is
        # flown to or for someone is delivered: "flew anti-tank missiles to Ukraine")
    if relation == "visit" and verb.lemma_.lower() == "go" and not _a_person_goes(verb, index):
        return None  # only a person goes somewhere on a visit: not "China went to Pakistan's rescue"
    if relation == "sanction" and _against_contagion(verb):
        return None  # "Kuwait and Bahrain suspended flights to and from Iran" in an outbreak: a precaution
    if relation == "sanction" and verb.lemma_.lower() in CLOSING_VERBS and (crowd_at_the_border(verb) or any(
            t.lower_ in MIGRATION_WORDS for c in verb.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree)
            and not any(t.lemma_.lower() in ("accuse", "blame", "protest", "retaliation") for t in verb.sent)):
        return None  # "sealed its border with Serbia to stop migrants", "protesters shut the crossing": no penalty
    if relation == "withdraw" and verb.lemma_.lower() == "bring" and not any(
            o.dep_ == "dobj" and any(c.dep_ == "poss" or c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") or
                                     c.dep_ == "relcl" and c.lemma_.lower() in POSTING_VERBS for c in o.children)
            for o in verb.children):
        return None  # forces brought home are one's own ("its soldiers", "the American troops in Syria", "the
        # soldiers it deployed in Nigeria"), not "90 soldiers" freed in a swap
    if relation == "mobilize" and verb.dep_ == "relcl" and verb.lemma_.lower() in POSTING_VERBS and \
            verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in WITHDRAWING_VERBS and \
            verb.head.head.tag_ in ("VBD", "VBN") and not _denied(verb.head.head):
        # (not "demanded that Turkey pull out the soldiers it deployed", "denied it had withdrawn the troops")
        return None  # "brought home the soldiers it deployed in Nigeria": where the forces withdrawn had been
    if relation == "attack" and verb.lemma_.lower() in SURROUNDING_VERBS and _lies_around(verb, index):
        return None  # "South Africa, which surrounds Lesotho": a state around another is its geography
    if relation == "attack" and strikes_at_trade(verb) and not speaks_of_arms(verb.sent):
        relation = "sanction"  # "Mexico hit U.S. pork and cheese with tariffs"
    if relation == "attack" and verb.lemma_.lower() in DAMAGING_VERBS and any(
            t.lemma_.lower() in LOSS_NOUNS for c in verb.children if c.dep_ == "dobj" for t in substance(c)):
        return None  # "restricted imports of Colombian goods, hurting exporters": a loss, no attack
    if relation == "attack" and verb.lemma_.lower() in HARSH_WORDS and not speaks_of_arms(verb.sent):
        relation = "criticize"  # "Erdogan blasted Sweden after a Koran burning": without arms, words
    if relation == "attack" and cue.particle == "into" and not any(
            t.lemma_.lower() in ARMED_WORDS for c in verb.children if c.dep_ == "nsubj" for t in substance(c)):
        return None  # only arms slam into a place as an attack, not "the airliner slammed into a field"
    crowd = any(t.lower_ in crowd_nouns() for c in verb.children if c.dep_ == "nsubj" for t in substance(c))
    if relation in ("attack", "criticize") and crowd:
        relation = "protest"  # "Iraqi protesters stormed the U.S. embassy", "denounced Sweden": a crowd protests
    if relation == "protest" and verb.lemma_.lower() in CROWD_MOTIONS and not crowd:
        return None  # "troops marched toward the capital": only a crowd marches in protest
    if relation == "meet" and (any(t.lower_ in PHONE_WORDS for t in verb.subtree if t.head == verb or t.head.head
                                   == verb) or any(by_phone(c) for c in verb.children if c.dep_ == "dobj")
                               or any(by_phone(g) and (c.lower_ != "over" or g.lemma_.lower() in PHONE_WORDS)
                                      for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "via", "over")
                                      for g in c.children if g.dep_ == "pobj")  # ("by video link", not "over a
                               # hotline proposal")
                               or in_a_call(verb)):
        relation = "call"  # "spoke by phone with Sunak", "held talks over the phone with"
    elif relation == "meet" and verb.lemma_ == "speak" and not told_at_a_venue(verb):  # ("on the sidelines of")
        relation = "call"  # "spoke with Putin for an hour": in diplomatic news, without a venue, a call
    if relation == "appeal" and cue.particle == "on" and verb.lemma_.lower() == "call" and not any(
            c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children) and _calls_on_a_person(verb, index):
        relation = "meet"  # "Blinken and Austin later called on Prime Minister Suga": a visit paid, no appeal
    if relation == "visit" and verb.lemma_.lower() in ("come", "continue") and not any(
            p.pos_ == "PROPN" for c in verb.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"):
        return None  # "came to Washington", not "pledged to come to Niger's aid" nor "came to power"
    if relation in ("support", "appeal") and verb.lemma_.lower() in FORCES_HELPING and _helped_by_forces(verb):
        relation = "aid"  # "Malian troops backed by French special forces", "Canadian soldiers advising Iraqi forces"
    if relation == "host" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
            g.lemma_.lower() in ADMISSION_NOUNS for g in c.children) for c in verb.children):
        # "welcomed Finland as a member": backing an admission or a claim (not "welcomed Putin as a guest")
        relation = "support"
    return relation


# verbs by which forces help another's: what they back or advise in the field is military aid, not words
FORCES_HELPING = {"back", "advise", "assist", "support", "train"}
# what forces help with, named by the means: "backed by U.S. air support", "with French air power"
FORCE_MEANS = {"support", "power", "cover"}


def _helped_by_forces(verb: Token) -> bool:
    """Whether those who help are armed forces: the verb's subject, or its agent in the passive ('troops backed by
    French special forces', 'backed by U.S. air support'); not a state or a leader, whose backing is support."""
    helpers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(names_forces(t) or t.lemma_.lower() in armed_nouns() or t.lemma_.lower() in FORCE_MEANS and any(
        a.lower_ == "air" for a in t.children) for h in helpers for t in [*substance(h), *conjuncts(h)])


def _denied(verb: Token) -> bool:
    """'had not withdrawn', 'denied that it had withdrawn': an act said not to be done."""
    return any(c.dep_ == "neg" for c in verb.children) or any(
        a.lemma_.lower() in ("deny", "refute", "dismiss") for a in verb.ancestors)


def _a_craft(noun: Token | None) -> bool:
    """A ship or boat, by its kind or its navy's prefix: 'an American destroyer', 'the USS Fitzgerald'."""
    return noun is not None and (noun.lemma_.lower() in CRAFT_WORDS or any(
        t.text in NAVY_PREFIXES or t.lemma_.lower() in CRAFT_WORDS for t in noun.subtree if t.i < noun.i))


def _clause_subject(verb: Token) -> Token | None:
    """The subject of the nearest clause above a participle that has one."""
    return next((c for a in verb.ancestors for c in a.children if c.dep_ == "nsubj"), None)


def _a_person_goes(verb: Token, index: ActorIndex) -> bool:
    """The one who goes is the subject of the verb, of the verb it is conjoined to ("landed in Poland and then went
    to Kyiv"), or what a relative clause's "who" stands for ("Duterte, who went to Beijing")."""
    clause = verb
    while not any(c.dep_ == "nsubj" for c in clause.children) and clause.dep_ == "conj" and clause.head.pos_ in (
            "VERB", "AUX"):
        clause = clause.head
    goers = [c for c in clause.children if c.dep_ == "nsubj"]
    goers = [clause.head if g.tag_ in ("WP", "WDT") and clause.dep_ == "relcl" else g for g in goers]
    return any((m := mention_at(index, g)) is not None and index.is_person(m) for g in goers)


def _calls_on_a_person(verb: Token, index: ActorIndex) -> bool:
    """'called on Prime Minister Suga' (a person, asked nothing): a courtesy call, not 'called on Russia'."""
    return any(m is not None and index.is_person(m) for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
               for p in c.children if p.dep_ == "pobj" for m in [mention_at(index, p)]) and not any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _lies_around(verb: Token, index: ActorIndex) -> bool:
    """'South Africa, which surrounds Lesotho', 'Lesotho is surrounded by South Africa': a state itself, not its
    forces, around another state itself in the present tense."""
    present = verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "auxpass" and c.lower_ in ("is", "are")
                                                 for c in verb.children)
    if not all(_a_state_itself(index, c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        return False  # a state around a city besieges it: "Russia surrounds Mariupol"
    around = [verb.head if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else c for c in verb.children
              if c.dep_ == "nsubj"] + [
        p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return present and any(_a_state_itself(index, t) for t in around)


def _a_state_itself(index: ActorIndex, token: Token) -> bool:
    """Whether a word names a state itself (not its forces, people or a place in it)."""
    return (m := mention_at(index, token)) is not None and m.actor is not None and m.via in STATE_ITSELF and \
        index.is_state(m.actor)


def _sells_no_arms(verb: Token) -> bool:
    """'approved the sale of 50 Boeing airliners to China': a sale approved or cleared with no arms in it."""
    return verb.lemma_.lower() in ("approve", "clear") and any(
        o.dep_ == "dobj" and o.lemma_.lower() == "sale" for o in verb.children) and not any(
        t.lemma_.lower() in ARMS_BOUGHT | {"jet", "equipment", "system"} for o in verb.children
        if o.dep_ == "dobj" for t in o.subtree)

