"""Mediation: who brokers an encounter between whom.

"an Egyptian-brokered truce between Israel and Islamic Jihad", "Pakistan had facilitated the meeting", "Cuba and
Norway, which sponsored four years of talks between the two sides", "the deal was brokered by the United States":
the broker mediates between the parties the noun names, else those of the sentence's encounter, else of the one
told before. Pure: the candidates relations.py found in a parsed Doc and its ActorIndex in, mediations out.
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from diplograph.ingest.candidates import Candidate
from diplograph.ingest.constructions import hyphen_prefixes
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.noun_events import SYMMETRIC_PAIRING
from diplograph.ingest.refusals import INFINITIVE_REFUSALS
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.token_columns import tokens_where
from diplograph.model import ActorType

# verbs of brokering, whose parties may be those of the agreement or talks brokered; facilitating, sponsoring and
# arranging only an encounter ("facilitated the meeting", "an encounter arranged by Hollande"), not a militia
MEDIATING_VERBS = {"broker", "mediate", "facilitate", "sponsor", "arrange"}
ENCOUNTER_ONLY = {"facilitate", "sponsor", "arrange"}
MEDIATING_HASHES = {StringStore().add(lemma) for lemma in MEDIATING_VERBS}  # compared as ints, cheaply
BROKERED = {"brokered", "mediated"}  # "a Russian-brokered deal"
# the encounters a mediation may be of; a call or a cooperation is no table a third party sits at
BROKERED_RELATIONS = SYMMETRIC_PAIRING - {"call", "cooperate"}
# nouns of an encounter, whose parties are those of its meeting, else of any encounter: "the meeting was brokered
# by Gonsalves" (Ali and Maduro met); "the deal was brokered by the United States" (Congo and Rwanda agreed)
MEETING_NOUNS = {"meeting", "meetings", "talks", "summit", "negotiations", "discussions", "encounter"}
# nouns of what a third party may broker between two: the talks, and what they agree or trade
BROKERED_NOUNS = MEETING_NOUNS | {"deal", "agreement", "accord", "accords", "truce", "ceasefire", "exchange", "swap",
                                  "dialogue", "negotiation", "contacts", "process", "pact"}
AMONG = {"between", "among", "amongst"}  # the parties a brokered noun names: "talks among Angola, Cuba and ..."
# nouns of the broker's role: "acting as mediator", "talks through Turkish mediators"
MEDIATOR_NOUNS = {"mediator", "mediators", "co-mediator", "go-between", "go-betweens", "intermediary",
                  "intermediaries"}


def _mediators(token: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Mention]:
    """'brokered by Gonsalves ... and by Skerrit', 'a Russian-brokered deal': who brokered."""
    agents = [c for c in token.children if c.dep_ == "agent" or (c.dep_ == "conj" and c.lower_ == "by")]
    agents += [g for a in agents for g in a.children if g.dep_ == "conj" and g.lower_ == "by"]
    return [m for a in agents for pobj in a.children if pobj.dep_ == "pobj"
            for m in arguments.actors_of(pobj, index)] + \
        [m for c in hyphen_prefixes(token, BROKERED) if (m := index.by_token.get(c.i)) is not None and m.actor]


def _brokered_noun(token: Token) -> Token:
    """The encounter a brokering verb is said of: its passive subject ('the deal was brokered'), else its noun."""
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return subject
    # "a week of talks mediated by the African Union", "talks in the South African capital mediated by":
    # the talks, not their length or their place
    noun = token.head
    for _ in range(3):
        measured = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), None)
        if noun.lower_ in MEETING_NOUNS:
            return noun
        if measured is not None and measured.lower_ in MEETING_NOUNS:
            return measured
        if noun.dep_ != "pobj" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = noun.head.head
    return token.head


def parties_of(found: list[Candidate], sentence: int, noun: Token, own: set[str]) -> list[str]:
    """The parties of a sentence's encounters; of its meetings first when the brokered noun is a meeting."""
    told = [c for c in found if c.relation in BROKERED_RELATIONS and c.trigger.sent.start == sentence
            and c.source and c.target and c.source != c.target]
    if noun.lower_ in MEETING_NOUNS:
        told = [c for c in told if c.relation in ("meet", "negotiate")] or told
    return list(dict.fromkeys(actor for c in told for actor in (c.source, c.target) if actor not in own))


def brokered_between(doc: Doc, index: ActorIndex, found: list[Candidate],
                     arguments: ArgumentFinder) -> list[Candidate]:
    """'Armenia and Azerbaijan signed a Russian-brokered deal', 'India and Pakistan agreed to a ceasefire ...
    after talks mediated by the United States': a mediation whose parties are not named beside it mediates
    between the parties of the sentence's agreement or talks; 'The deal was brokered by the United States',
    'their leaders had mediated the exchange': of the encounter a sentence before told, when its own tells none;
    'an Egyptian-brokered truce between Israel and Islamic Jihad': between those the noun names."""
    mediated = {c.trigger.i for c in found if c.relation == "mediate"}
    sentences = sorted({c.trigger.sent.start for c in found if c.relation in BROKERED_RELATIONS
                        and c.source and c.target and c.source != c.target})
    extra: list[Candidate] = []
    for token in tokens_where(doc, LEMMA, MEDIATING_HASHES):
        if token.i in mediated:
            continue
        passive = any(c.dep_ == "nsubjpass" for c in token.children)
        brokered = _object_encounter(token) if not passive else None  # "Pakistan had facilitated the meeting"
        active = token.tag_ != "VBN" or not (token.dep_ in ("acl", "amod") or passive)
        if not active:
            mediators, noun = _mediators(token, index, arguments), _brokered_noun(token)
        elif brokered is not None and not _with_a_partner(brokered) and not _refused(token):
            mediators, noun = arguments.agents(token, index), brokered
        else:
            continue
        if token.lemma_.lower() in ENCOUNTER_ONLY and noun.lower_ not in BROKERED_NOUNS:
            continue
        own = {m.actor for m in mediators if m.actor}
        parties = _named_between(noun, index, arguments, own) or parties_of(found, token.sent.start, noun, own)
        earlier = [s for s in sentences if s < token.sent.start]
        if not parties and earlier and (passive or noun.lower_ in BROKERED_NOUNS) and (
                not active or _told_before(noun)):
            # "... agreed on Friday. The deal was brokered by the United States": the last sentence's encounter,
            # told again (one brokered actively is the last one only if the story told it: "facilitated the meeting")
            parties = _parties_told_before(found, earlier, noun, own, index)
        sides = own | {side for a in own if (side := state_of(index, a))}
        if token.lemma_.lower() == "arrange" and any(p in sides or state_of(index, p) in sides for p in parties):
            continue  # one's own side arranges its meetings: "talks with Erdogan, arranged by the Kremlin"
        parties = [p for p in parties if p not in own and state_of(index, p) not in own]
        if active and len(parties) < 2:
            continue  # a mediation is between two: "sponsored talks with the Taliban" sponsors, no more
        extra.extend(Candidate("mediate", m.actor or "", party, token, token, 0.7)
                     for m in mediators for party in parties if m.actor)
    return extra + _mediators_by_role(doc, index, found, arguments, sentences, mediated)


def _parties_told_before(found: list[Candidate], earlier: list[int], noun: Token, own: set[str],
                         index: ActorIndex) -> list[str]:
    """The parties of the encounter a sentence before told: the states whose people met or signed, not the
    broker's own (people of no known state send it further back: "Congo's Wagner and her Rwandan counterpart")."""
    told = [list(dict.fromkeys(state for p in parties_of(found, sentence, noun, own)
                               if (state := state_of(index, p) or p) not in own))
            for sentence in reversed(earlier[-3:])]
    states = next((each for each in told if each and all(state_of(index, p) == p for p in each)), None)
    return states if states is not None else told[0]


# verbs of serving in a role, whose subject is cast as what the 'as' phrase names: "acting as mediator" (not "sees
# Turkey as a possible mediator", "praised Erdogan as a mediator"); and the verbs that end or only offer the role
SERVING_VERBS = {"act", "serve", "sit", "work", "step"}
UNSERVED_ROLES = {"stop", "quit", "cease", "end", "offer", "propose", "refuse", "decline"}


def _mediators_by_role(doc: Doc, index: ActorIndex, found: list[Candidate], arguments: ArgumentFinder,
                       sentences: list[int], mediated: set[int]) -> list[Candidate]:
    """'with the United States acting as mediator', 'is to sit in as mediator throughout', 'indirect talks through
    Turkish mediators': one cast as the mediator of an encounter mediates between its parties, those of the
    sentence's encounter (of the one told before, for one who acts as mediator in a sentence that tells none)."""
    extra: list[Candidate] = []
    for noun in (t for t in doc if t.lower_ in MEDIATOR_NOUNS):
        pobj = noun if noun.dep_ == "pobj" else noun.head if noun.dep_ == "compound" else None
        if pobj is None or pobj.dep_ != "pobj" or pobj.head.lower_ not in ("as", "through"):
            continue
        verb = pobj.head.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i in mediated or _refused(verb):
            continue
        cast = pobj.head.lower_ == "as"
        if cast and (verb.lemma_.lower() not in SERVING_VERBS or verb.dep_ == "relcl" or verb.head.pos_ == "ADJ"
                     or verb.head.lemma_.lower() in UNSERVED_ROLES):
            continue  # (nor one who once did, or stopped: "who once served as", "stopped acting as a mediator")
        mediators = arguments.agents(verb, index) if cast else arguments.actors_of(pobj, index)
        own = {m.actor for m in mediators if m.actor}
        # "a mediator between the two sides": those it names, if any, not the parties of an encounter told
        between = any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
        parties = _named_between(noun, index, arguments, own) if between else \
            parties_of(found, verb.sent.start, noun, own)
        earlier = [s for s in sentences if s < verb.sent.start]
        if not parties and earlier and not between and cast:
            parties = _parties_told_before(found, earlier, noun, own, index)
        sides = own | {side for a in own if (side := state_of(index, a))}  # (a party is no mediator of its talks)
        parties = [p for p in parties if p not in sides and state_of(index, p) not in sides]
        if len(parties) >= 2:
            extra.extend(Candidate("mediate", m.actor or "", party, verb, verb, 0.7)
                         for m in mediators for party in parties if m.actor)
    return extra


def _with_a_partner(noun: Token) -> bool:
    """'sponsored a dialogue on climate with Brazil': talks with someone, the subject a party to them."""
    return any(t.dep_ == "prep" and t.lower_ == "with" for t in (*noun.subtree, *noun.head.children))


def _refused(verb: Token) -> bool:
    """'refused to sponsor the talks', 'did not broker it': no brokering done."""
    return any(c.dep_ == "neg" for c in verb.children) or verb.dep_ == "xcomp" and \
        verb.head.lemma_.lower() in INFINITIVE_REFUSALS


def _told_before(noun: Token) -> bool:
    """'mediated the exchange', 'facilitated the meeting': an encounter the story told, not 'a separate deal'."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another") for c in noun.children) and \
        not any(c.lower_ in ("separate", "new", "other", "future") for c in noun.children)


def _object_encounter(verb: Token) -> Token | None:
    """What an active verb brokers: its object, or what the object measures ('sponsored four years of talks')."""
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        measured = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]
        return next((n for n in (noun, *measured) if n.lower_ in BROKERED_NOUNS), None)
    return None


def _named_between(noun: Token, index: ActorIndex, arguments: ArgumentFinder, own: set[str]) -> list[str]:
    """The two or more parties a brokered noun names itself: 'a truce between Israel and Islamic Jihad', 'talks
    among Angola, Cuba and South Africa'."""
    named = list(dict.fromkeys(m.actor for p in noun.children if p.dep_ == "prep" and p.lower_ in AMONG
                               for pobj in p.children if pobj.dep_ == "pobj"
                               for m in arguments.actors_of(pobj, index) if m.actor and m.actor not in own))
    return named if len(named) >= 2 else []


def state_of(index: ActorIndex, name: str) -> str | None:
    """A state's own name, or the state a person or organ belongs to."""
    record = index.actors.get(name)
    if record is None:
        return None
    return record.name if record.type is ActorType.COUNTRY else record.country


def without_brokers_as_parties(found: list[Candidate]) -> list[Candidate]:
    """'agreed ... under a deal brokered by China, the three countries said': who brokered a deal is no party
    to it, whoever else the deal noun finds; 'Cuba and Norway, which sponsored the talks': nor are those who
    broker talks together each other's partners, by the verb or by the talks."""
    brokers = {(c.trigger.head.i, c.source) for c in found
               if c.relation == "mediate" and c.trigger.lemma_.lower() in MEDIATING_VERBS and c.trigger.dep_ == "acl"}
    together: dict[int, set[str]] = {}
    for c in found:
        if c.relation == "mediate" and c.trigger.lemma_.lower() in MEDIATING_VERBS:
            together.setdefault(c.trigger.i, set()).add(c.source)

    def co_brokers(c: Candidate) -> bool:
        return any({c.source, c.target} <= together.get(t.i, set()) for t in (c.trigger, c.trigger.head))

    return [c for c in found if c.relation not in SYMMETRIC_PAIRING or (
        (c.relation not in BROKERED_RELATIONS
         or (c.trigger.i, c.source) not in brokers and (c.trigger.i, c.target) not in brokers)
        and not co_brokers(c))]
