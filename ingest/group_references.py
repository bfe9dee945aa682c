"""Group references: "the two leaders", "both sides", "the three ministers", "the three" refer back to as many
actors named before.

The parties of the last clause where one acted on another come first ("Rubio met Lavrov ... Faisal hosted
the talks ... the two sides agreed": not the host), else the last actors of the kind the noun says (people for
"leaders", states for "countries", anyone for "sides"). Pure functions over an ActorIndex; coreference.py
resolves pronouns, this module counted nouns.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from diplograph.ingest.argument_words import sport_words
from diplograph.ingest.coordination import listed
from diplograph.ingest.coreference import mention_at, recent_verbs
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.ingest.plural_pronouns import coordinated_antecedent
from diplograph.model import ActorType

# "the two leaders" refers to the last two people named, "the two countries" to the last two states
PAIR_NOUNS: dict[str, bool | None] = {
    "leader": True, "president": True, "minister": True, "man": True, "woman": True, "diplomat": True, "country": False,
    "nation": False, "government": False, "side": None, "neighbor": False, "neighbour": False, "rival": None,
    "foe": None, "adversary": None, "churchman": True, "clergyman": True, "cleric": True, "envoy": True,
    "statesman": True, "premier": True, "chancellor": True, "king": True, "monarch": True, "general": True,
    "counterpart": True, "negotiator": True, "prelate": True, "pair": True, "duo": True}
# two without a number: "Michel hosted the pair", "The neighbours signed 24 agreements" (not "the pair of jets"; and
# plural ones only as the sentence's subject: not "a meeting between the regional rivals", which may be any two)
COUPLE_NOUNS = {"pair", "duo", "neighbour", "neighbor", "rival", "foe", "adversary"}
# how many actors a group noun counts: "the two leaders", "both sides", "the three ministers"
DEFINITE_DETERMINERS = {"the", "these", "those"}  # (or a possessor: "his two counterparts", "their two envoys")
GROUP_SIZES = {"two": 2, "both": 2, "each": 2, "three": 3, "four": 4}  # "each leader": each of the two


def group_size(token: Token) -> int:
    """How many actors named before a noun refers back to ('the three ministers': 3), or 0."""
    if token.pos_ == "NUM" and token.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            c.lower_ == "the" for c in token.children):
        return GROUP_SIZES.get(token.lower_, 0)  # a bare number: "and the three agreed to deepen cooperation"
    if token.lemma_.lower() not in PAIR_NOUNS:
        return 0
    if token.lemma_.lower() in COUPLE_NOUNS and not any(c.dep_ in ("nummod", "predet") or c.lower_ in GROUP_SIZES
                                                        for c in token.children):
        return 2 if _a_couple(token) else 0
    # a bare number counts new ones: "expelled two Greek diplomats" (but "the two leaders", "both sides")
    definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children)
    return next((GROUP_SIZES[c.lower_] for c in token.children if c.dep_ in ("nummod", "det", "predet")
                 and c.lower_ in GROUP_SIZES and (definite or c.dep_ != "nummod")), 0)


def _a_couple(token: Token) -> bool:
    """'the pair', or plural neighbours or rivals as the sentence's subject, definite and of no of-phrase."""
    the_subject = token.tag_ == "NNS" and token.dep_ in ("nsubj", "nsubjpass") and (
        token.head.dep_ == "ROOT" or token.head.dep_ == "conj" and token.head.head.dep_ == "ROOT")
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children)
    of_things = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    return (token.lemma_.lower() in ("pair", "duo") or the_subject) and definite and not of_things


def _told_in_sport(token: Token) -> bool:
    """'Argentina and France reached the final. The rivals met in Lusail': a pair of sides in a sentence of sport,
    or after one, is no pair of diplomacy."""
    doc, sent = token.doc, token.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.lower_ in sport_words() for t in doc[start:sent.end])


def describes_a_pair(token: Token) -> bool:
    """'the two leaders', 'both countries', 'the three ministers': a noun that refers back to actors named
    before, not to one office-holder."""
    return group_size(token) > 0


def the_two(index: ActorIndex, token: Token) -> list[Mention]:
    """'the two leaders', 'both sides' (or 'the three ministers', 'the three'): the two parties of the last
    clause that had one actor of that kind act on another ("Rubio met Lavrov ... Faisal hosted the talks ... the
    two sides agreed": not the host), else the last two (three) distinct actors of that kind named before."""
    size = group_size(token)
    if not size:
        return []
    people = PAIR_NOUNS.get(token.lemma_.lower())
    # "Parmelin welcomed both leaders", "France, Russia and the US called on both sides": the clause's own
    # subjects are not among them
    # (not a 'with' of circumstance: "held talks with Abe, with the two leaders focusing on")
    acted_on = token.dep_ == "dobj" or token.dep_ == "pobj" and token.head.dep_ == "prep" and not any(
        c.dep_ == "acl" for c in token.children)
    verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "said he had spoken ... and urged both"
    subjects = [c for c in verb.children if acted_on and c.dep_ == "nsubj"]
    own = {m.actor for c in subjects for t in conjuncts(c) if (m := mention_at(index, t)) is not None}
    # nor the body their description names ("France and the US, which lead the OSCE Minsk Group", "Egypt, a
    # member of the Arab League"): a body they make up, not a side (a state it names may be: "Turkey, which
    # backs Azerbaijan, urged both sides")
    own |= {actor for c in subjects for actor in _bodies_described(index, c)}
    own |= _brokers(index, token)
    # a bare number ("the three agreed") counts people if so many were named, else any parties
    for kind in ((True, people) if token.pos_ == "NUM" else (people,)):
        found = (_between_pair(index, token, kind, own) or _last_parties(index, token, kind, own) if size == 2 else
                 _last_list(index, token, size, kind, own)) or _last_named(index, token, size, kind, own)
        records = [index.actors.get(m.actor or "") for m in found]
        if found and token.lemma_.lower() in COUPLE_NOUNS and (any(
                r is None or r.type is ActorType.PERSON and not r.roles for r in records) or any(
                r is not None and r.type is not ActorType.PERSON for r in records) and _told_in_sport(token)):
            return []  # a pair of private people, or of sides told in sport: "Messi and Ronaldo ... the pair met",
            # "Argentina and France reached the World Cup final. The rivals met" (not leaders: "with the goal of")
        if found:
            return found
    return []


def _bodies_described(index: ActorIndex, subject: Token) -> set[str]:
    """The organisations a relative clause or apposition on a subject names: 'which lead the Minsk Group'."""
    inside = range(subject.left_edge.i, subject.right_edge.i + 1)
    return {m.actor for t in subject.subtree if t.dep_ in ("dobj", "pobj", "appos")
            and any(a.dep_ in ("relcl", "appos") for a in t.ancestors if a.i in inside)
            and (m := mention_at(index, t)) is not None and m.actor is not None
            and (record := index.actors.get(m.actor)) is not None and record.type is ActorType.ORGANIZATION}


# encounters and fights whose two parties 'both sides' after them are: "brokered talks between Belgrade and Pristina"
SIDED_NOUNS = {"talk", "negotiation", "dialogue", "clash", "fighting", "truce", "ceasefire", "deal", "agreement"}
GO_BETWEEN_VERBS = {"mediate", "broker"}  # whose between-phrase names two sides (not "shuttle", two stops)


def _between_pair(index: ActorIndex, token: Token, people: bool | None, own: set[str | None]) -> list[Mention]:
    """'talks between Washington and Pyongyang have stalled, with each side accusing the other': the pair a
    'between' phrase on a subject before the token in its sentence names."""
    for prep in reversed(token.doc[token.sent.start:token.i]):
        if prep.dep_ != "prep" or prep.lower_ != "between" or prep.head.dep_ not in ("nsubj", "nsubjpass") and \
                prep.head.lemma_.lower() not in SIDED_NOUNS | GO_BETWEEN_VERBS:
            continue  # (not "met Wang amid tensions between China and the Philippines", "discussed the war between";
            # but "have been mediating between Israel and Hamas")
        pair = [m for p in prep.children if p.dep_ == "pobj" for t in conjuncts(p)
                if (m := mention_at(index, t)) is not None and m.actor is not None]
        pair = [_of_kind(index, m, people) for m in pair]
        if len({m.actor for m in pair}) == 2 and all(_fits(index, m, people, token) and m.actor not in own
                                                     for m in pair):
            return [Mention(token.i, token.i + 1, m.actor, "pronoun") for m in pair]
    return []


def _brokers(index: ActorIndex, token: Token) -> set[str | None]:
    """'Cuba and Norway, which sponsored talks between the two sides': who holds talks between two is
    neither of them."""
    between = token.head
    if token.dep_ != "pobj" or between.lower_ != "between":
        return set()
    node = between.head
    while node.dep_ in ("pobj", "prep", "dobj") and node.head.i != node.i:
        node = node.head
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    if node.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT") for c in subjects):
        subjects = [node.head]  # the relative pronoun's antecedent
    return {m.actor for s in subjects for t in conjuncts(s) if (m := mention_at(index, t)) is not None}


# verbs whose objects are what is spoken of, no parties: "Trump and Putin discussed Syria, North Korea and Ukraine"
TOPIC_VERBS = {"discuss", "debate", "review", "raise", "address"}


def _last_list(index: ActorIndex, token: Token, size: int, people: bool | None, own: set[str | None]) -> list[Mention]:
    """'Macron, Merz, Starmer and Tusk arrived together ... the four had spoken': the last list of just so many
    coordinated actors of the kind wanted, in the sentence of a token or the three before."""
    # the subjects (all of them: the parser may split a long list in two, "Macron, Merz, [Starmer ...]") or objects
    # of the verbs before it, nearest first; else a list a phrase on a verb or its object names ("aid to A, B and C")
    verbs = list(recent_verbs(token))
    steps = [(verb, roles) for verb in verbs for roles in (("nsubj", "nsubjpass"), ("dobj",))
             if roles != ("dobj",) or verb.lemma_.lower() not in TOPIC_VERBS]
    for verb, roles in steps + [(verb, ("pobj",)) for verb in verbs]:
        holders = [verb] if roles != ("pobj",) else [
            p for h in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in h.children if p.dep_ == "prep"]
        heads = [t for h in holders for c in h.children if c.dep_ in roles for t in listed(c)]
        heads = list(dict.fromkeys([*heads, *(a for t in heads for a in t.children if a.dep_ == "appos")]))
        named = [m for t in heads if (m := mention_at(index, t)) is not None and m.actor is not None]
        actors = list(dict.fromkeys(m.actor for m in named if _fits(index, m, people, token) and m.actor not in own))
        if len(actors) == size and len(named) == size:
            return [Mention(token.i, token.i + 1, actor, "pronoun") for actor in actors]
    return []


def _last_named(index: ActorIndex, token: Token, size: int, people: bool | None, own: set[str | None]) -> list[Mention]:
    """The last `size` distinct actors of the kind wanted named before a token, not those of its own clause;
    for 'the two leaders' (a noun of office) those holding an office first, not a name the tagger took for a
    person's ('the Pfizer-BioNTech vaccine')."""
    if people and token.lemma_.lower() in OFFICE_PAIR_NOUNS:
        officed = _last_named_of(index, token, size, people, own, lambda m: bool(index.actors[m.actor or ""].roles)
                                 and _fits(index, m, people, token))
        if officed:
            return officed
    return _last_named_of(index, token, size, people, own, lambda m: _fits(index, m, people, token))


NEARNESS_WORDS = {"close", "closer", "near", "nearer", "next"}  # "drawn closer to Mali": a party, not a place
OFFICE_PAIR_NOUNS = {"leader", "president", "minister", "premier", "chancellor", "king", "monarch", "statesman",
                     "counterpart", "diplomat", "envoy", "general"}


def _last_named_of(index: ActorIndex, token: Token, size: int, people: bool | None, own: set[str | None],
                   wanted: Callable[[Mention], bool]) -> list[Mention]:
    chosen: list[Mention] = []
    for mention in reversed(index.mentions):
        if mention.start >= token.i or mention.actor is None or mention.via == "place":
            continue
        head = index.doc[mention.end - 1]
        if mention.place and head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "to", "from", "near") and not (
                head.head.lower_ == "to" and head.head.head.lemma_.lower() in NEARNESS_WORDS):
            continue  # "in Astana" names a place, not a party (but "drawn closer to Mali" names one)
        mention = _of_kind(index, mention, people)
        actor = index.actors.get(mention.actor or "")
        if people is not True and mention.via == "organ" and actor is not None and actor.country:
            # "Kyrgyz residents ... the two governments", "both sides": a state's organ or people stand for it
            mention = Mention(mention.start, mention.end, actor.country, "organ")
        elif people is False and actor is not None and actor.type is not ActorType.COUNTRY and not actor.country:
            continue  # no government: the UN, the WTO, the West (but the Taliban, the Palestinian Authority are)
        if (people is None or index.is_person(mention) == people) and wanted(mention) and \
                mention.actor not in {m.actor for m in chosen} | own:
            chosen.append(mention)
        if len(chosen) == size:
            return [Mention(token.i, token.i + 1, m.actor, "pronoun") for m in reversed(chosen)]
    return []


def _of_kind(index: ActorIndex, mention: Mention, people: bool | None) -> Mention:
    """'both sides' of a dispute and 'the two governments' are states: a minister stands for his."""
    return index.as_state(mention) if people is None else mention


# verbs of a meeting, whose people stand for their states when 'the two governments' follows: "Muizzu met Xi
# in Beijing, and the two governments signed 20 agreements"
MEETING_LEMMAS = {"meet", "host", "receive", "welcome", "hold", "talk", "speak", "visit"}
MEETING_NOUNS = {"talk", "meeting", "summit", "discussion"}
ARRIVING_VERBS = {"arrive", "travel", "fly", "land", "come"}  # whose guest and the land he came to are a pair


# the offices a title noun names, whose holders alone 'the two ministers' may be: not two presidents named since
TITLE_OFFICES = {"minister": ("minister", "secretary"), "president": ("president",), "premier": ("premier", "prime"),
                 "chancellor": ("chancellor",), "king": ("king",)}


def _fits(index: ActorIndex, mention: Mention, people: bool | None, title: Token | None = None) -> bool:
    """A person for 'the two leaders' (for 'the two ministers', one holding no office, or a minister's), a state for
    'the two countries', anyone for 'both sides'."""
    if people is None:
        return True
    if people:
        offices = TITLE_OFFICES.get(title.lemma_.lower(), ()) if title is not None else ()
        roles = index.actors[mention.actor].roles if mention.actor in index.actors else set()
        return index.is_person(mention) and (not offices or not roles or any(
            set(offices) & set(words) and "general" not in words  # (a secretary-general is no minister)
            for role in roles if (words := role.replace("-", " ").split())))
    return mention.actor is not None and index.actors[mention.actor].type is ActorType.COUNTRY


def _named(index: ActorIndex, token: Token) -> Mention | None:
    """The actor a party names, or the one its apposition names: 'talks with his Bangladeshi counterpart
    Sheikh Hasina'."""
    return mention_at(index, token) or next((m for c in token.children if c.dep_ == "appos"
                                             and (m := mention_at(index, c)) is not None), None)


def _last_parties(index: ActorIndex, token: Token, people: bool | None, own: set[str | None]) -> list[Mention]:
    """The subject and the object (or 'with' partner) of the last clause before a token, in its sentence or
    the three before, where both are actors of the kind wanted: 'Rubio met Lavrov', 'talks with Xi'; people
    who met stand for their states ('Muizzu met Xi ... the two governments')."""
    own = own | {index.actors[actor].country for actor in own if actor in index.actors}
    for verb in recent_verbs(token):
        subjects = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
        if not subjects and (verb.dep_ == "conj" or verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG"):
            # "Erdogan arrived in Baghdad ... and held talks with Sudani"; "Xi held meetings, receiving Ramaphosa"
            subjects = [t for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
        objects = [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in conjuncts(c)]
        if verb.lemma_.lower() in ARRIVING_VERBS and not any(t.lower_ == "with" and any(
                p.dep_ == "pobj" and mention_at(index, p) is not None for p in t.children) for t in verb.subtree):
            # "Rouhani arrived in Ankara, and the two countries signed" (not a host of talks with a third party:
            # "Araghchi arrived in Oman for indirect talks with the United States. The two countries agreed")
            objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to")
                        for p in c.children if p.dep_ == "pobj"]
        # (or the side acted against: "sent the army into action against the TPLF ... urged both sides")
        pobjs = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        objects += [t for holder in (verb, *objects, *(c for c in verb.children if c.dep_ == "dobj"), *pobjs)
                    for c in holder.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                    for p in c.children if p.dep_ == "pobj" for t in conjuncts(p)]
        as_states = None if people is False and (verb.lemma_.lower() in MEETING_LEMMAS | ARRIVING_VERBS or any(
            c.dep_ == "prep" and c.lower_ == "with" and any(p.lemma_.lower() in MEETING_NOUNS for p in c.children)
            for c in verb.children)) and token.dep_ in ("nsubj", "nsubjpass") else people  # ("ended with talks with")
        # "Erdogan hosted the leaders of Somalia and Ethiopia. The two leaders agreed": the plural object
        group = next((found for t in objects if len(found := [_of_kind(index, m, as_states)
                                                                 for m in index.plural.get(t.i, [])]) == 2), None)
        if group is not None and all(_fits(index, m, people, token) for m in group) and \
                len({m.actor for m in group}) == 2:
            return [Mention(token.i, token.i + 1, m.actor, "pronoun") for m in group]
        # "spoke by phone with Swaraj and Qureshi and urged both countries": the coordinated partners
        partners = list(dict.fromkeys(m.actor for t in objects if (m := _named(index, t)) is not None
                                      and m.actor is not None and m.via != "place"
                                      and _fits(index, m := _of_kind(index, m, None if people is False else
                                                                     people), people, token)
                                      and m.actor not in own))
        if len(partners) == 2 and len(objects) >= 2:
            return [Mention(token.i, token.i + 1, actor, "pronoun") for actor in partners]
        parties: list[Mention] = []
        for side in (subjects, objects):
            for party in side:
                mention = _named(index, party)  # "he met Mata'afa, and the two sides signed"
                if mention is None or mention.actor is None or mention.via == "place":
                    continue
                mention = _of_kind(index, mention, as_states)
                if _fits(index, mention, people, token) and mention.actor not in own and \
                        mention.actor not in {m.actor for m in parties}:
                    parties.append(mention)
                    break
        if len(parties) < 2 and len(subjects) >= 2:
            # "Biden and Xi met": the coordinated subject
            parties = [m for t in subjects if (m := index.by_token.get(t.i)) is not None and m.actor is not None]
            parties = [_of_kind(index, m, as_states) for m in parties]
            parties = [m for m in parties if _fits(index, m, people, token)]
        actors = list(dict.fromkeys(m.actor for m in parties if m.actor not in own))
        if len(actors) == 2:
            return [Mention(token.i, token.i + 1, actor, "pronoun") for actor in actors]
    return []


def titled_members(title: Token, index: ActorIndex) -> list[Mention]:
    """The people a plural title heads when the parser hangs them on it: 'Presidents Barack Obama and Vladimir
    Putin talked' (the title is part of each person's mention, not an actor itself)."""
    if title.lower_[-1:] != "s" or title.i not in index.consumed:
        return []
    found: list[Mention] = []
    for token in title.subtree:
        mention = index.by_token.get(token.i)
        if mention is not None and mention.actor is not None and mention not in found and \
                index.actors[mention.actor].type is ActorType.PERSON:
            found.append(mention)
    return found


# nouns for what each of a group's members governs: "their governments", "their countries"
GOVERNED_NOUNS = {"government", "governments", "country", "countries", "nation", "nations"}


def their_governments(noun: Token, index: ActorIndex) -> list[Mention]:
    """'Marcos and Xi met, and their governments signed 14 agreements': the states of the people 'their' refers
    back to (only when each has a known state)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "their"), None)
    if owner is None or noun.lower_ not in GOVERNED_NOUNS:
        return []
    group = coordinated_antecedent(index, owner)
    if len(group) < 2 and noun.lower_ in ("governments", "countries", "nations") and noun.dep_ in (
            "nsubj", "nsubjpass") and noun.head.dep_ in ("ROOT", "conj"):  # (not what others say of theirs)
        # "Modi held talks with Solih in Male, and their governments signed": the states of the two who just met
        return _last_parties(index, noun, False, set())
    if len(group) < 2 or not all(index.is_person(m) and m.actor and index.actors[m.actor].country for m in group):
        return []
    return [index.as_state(m) for m in group]
