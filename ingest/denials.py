"""Denials: an answer to an accusation told before, or to the charge named beside it.

"Moscow denies any involvement", "Minsk denies this", "rejected as absurd Trudeau's allegation", "dismissed the
accusations as baseless", "accused Delhi of ..., which India rejects": a denial answers the accusation aimed at the
denier, named beside it (its author) or told before; denying, rejecting or dismissing an accusation denies its
author (relations.tsv: deny is "deny an accusation"), while a claim or suggestion rejected, or a bare denial, takes
the verb's own word.
statements.py asks.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.charge_repairs import CHARGE_NOUNS
from diplograph.ingest.constructions import CLAIM_NOUNS
from diplograph.ingest.coreference import SPEECH_VERBS
from diplograph.ingest.mentions import ActorIndex, Mention, first_of_sentences_before
from diplograph.ingest.targets import ArgumentFinder
from diplograph.model import ActorType

DENYING_VERBS = {"reject", "dismiss", "deny", "dispute", "refute", "rebuff", "contest", "rubbish"}
# what a bare denial denies: "denies any involvement", "denied this", "denies wrongdoing"
DENIED_THINGS = {"involvement", "role", "responsibility", "wrongdoing", "this", "it", "that", "link", "links",
                 "connection", "part", "complicity", "participation", "knowledge", "blame", "guilt"}
# acts that charge their target with something a denial may answer, where no accusation is told
CHARGING_RELATIONS = {"criticize", "protest", "attack", "coerce", "sanction", "expel"}
ACCUSING_VERBS = {"accuse", "blame", "charge", "allege"}  # whose charge, summed up after a comma, is denied
LOOKBACK_SENTENCES = 3  # how far back an accusation a denial answers may be told


class Denials:
    """Denials and rejections of a charge, for one argument finder."""

    def __init__(self, arguments: ArgumentFinder) -> None:
        self.arguments = arguments
        self.lexicon = arguments.lexicon

    def denial(self, verb: Token, index: ActorIndex, earlier: list[Candidate]) -> list[Candidate] | None:
        """'rejected as absurd Trudeau's allegation', 'dismissed the accusations', 'Minsk denies this',
        'Pakistan denies any involvement': a denial of the claim's author, or of the accusers told before."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "rejected as 'absurd and motivated' Trudeau's allegation": the parser makes the object the 'as' phrase's
        claims = [o for o in objects if o.lemma_.lower() in CLAIM_NOUNS] or \
            ([g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
              if g.dep_ == "pobj" and g.lemma_.lower() in CLAIM_NOUNS] if not objects else [])
        if not objects and verb.dep_ == "relcl" and verb.head.lemma_.lower() in CLAIM_NOUNS:
            claims = [verb.head]  # "..., a charge Caracas rejected": the claim is the noun the clause hangs on
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not objects and len(subjects) == 2 and subjects[0].lemma_.lower() in CLAIM_NOUNS:
            claims = subjects[:1]  # the same clause parsed as two subjects: "a charge" and "Caracas"
        deniers = self.arguments.agents(verb, index)
        if not deniers:
            return None
        # "accused New Delhi of backing militants, which India rejects": a relative on the whole clause before
        of_the_clause = verb.dep_ == "relcl" and verb.lemma_.lower() in DENYING_VERBS and any(
            o.lower_ == "which" for o in objects) and verb.doc[verb.left_edge.i - 1].text == ","
        if claims:
            authors = [m for c in claims for m in self.arguments.actors_of(c, index, possessor=True, agentive=True)] \
                or [m for c in claims for p in (*c.children, *(p for p in verb.children if p.i > c.i))
                    if p.dep_ == "prep" and p.lower_ in ("from", "by") for g in p.children if g.dep_ == "pobj"
                    for m in self.arguments.actors_of(g, index)]  # "from Delhi" (or hung on the verb after it)
        elif of_the_clause or verb.lemma_.lower() == "deny" and (not objects or all(
                o.lemma_.lower() in DENIED_THINGS or o.lower_ in DENIED_THINGS or denied_act(verb, o)
                for o in objects)) and not any(c.dep_ == "dative" for c in verb.children):
            authors = []
        else:
            return None
        if claims and not authors:  # "Pakistan accuses the Afghan Taliban of ..., a charge Kabul denies": its accuser
            authors = [m for c in claims if c.dep_ in ("npadvmod", "appos") and c.head.lemma_.lower() in ACCUSING_VERBS
                       for m in self.arguments.agents(c.head, index)]
        summed = [(saying, c.head, c) for c in claims if c.dep_ in ("npadvmod", "appos") and c.head.dep_ == "ccomp"
                  and (saying := c.head.head).lemma_.lower() in SPEECH_VERBS] if claims and not authors else []
        # "Kabul says Pakistan gives sanctuary to Taliban leaders, an accusation Islamabad denies": the charge is
        # what the speaker says, of the clause's subject
        charged = [make_candidate("accuse", a, t, saying, saying, 0.7) for saying, clause, claim in summed
                   if claim.lemma_.lower() in ACCUSING_NOUNS - {"claim"}  # (not "Ukraine lost 500 soldiers, a claim")
                   for a in self.arguments.agents(saying, index) for t in self.arguments.agents(clause, index)
                   if a.actor != t.actor]
        authors = authors or [a for saying, _, _ in summed for a in self.arguments.agents(saying, index)]
        own = {m.actor for m in deniers}
        if of_the_clause:  # only an accusation the clause itself tells, of the deniers
            deniers = [m for m in deniers if any(c.relation == "accuse" and c.target == m.actor and
                                                 c.trigger.sent.start == verb.sent.start for c in earlier)]
            if not deniers:
                return None
        authors = [m for m in authors if m.actor not in own] or self.sayers_answered(verb, own, index) or \
            self.accusers(verb, deniers, earlier, index)
        # a charge rejected is denied, as relations.tsv defines deny ("deny an accusation"): "rejected the
        # allegation", "dismissed the accusations"; else the verb's own word, as our cues (verbs.tsv) give it
        relation = "reject" if not of_the_clause and not any(map(is_accusation, claims)) and any(
            cue.relation == "reject" and not cue.particle and not cue.from_field
            for cue in self.lexicon.verbs.get(verb.lemma_.lower(), ())) else "deny"
        return charged + [make_candidate(relation, s, t, verb, verb, 0.7) for s in deniers for t in authors] or \
            (None if not claims else [])

    def sayers_answered(self, verb: Token, own: set[str | None], index: ActorIndex) -> list[Mention]:
        """'Egypt denied that its warplanes took part, after U.S. officials said that Egypt had carried out the
        raids': who said, in the clause the denial comes after, what it denies."""
        holders = [verb, *(c for c in verb.children if c.dep_ == "ccomp")]  # (the parser may hang it on the denied)
        return [m for h in holders for c in h.children if c.dep_ == "advcl"
                and c.lemma_.lower() in SPEECH_VERBS | ACCUSING_VERBS
                and any(g.dep_ == "mark" and g.lower_ == "after" for g in c.children)
                and any(g.dep_ == "ccomp" for g in c.children)  # (what was said, not "announced new aid to Cairo")
                for m in self.arguments.agents(c, index) if m.actor not in own]

    @staticmethod
    def accusers(verb: Token, deniers: list[Mention], earlier: list[Candidate], index: ActorIndex) -> list[Mention]:
        """Who accused the deniers (or their state, or their state's people) in the last sentence, of this one
        and the few before, that told an accusation against them; else who last acted against them there."""
        own = {m.actor for m in deniers}
        own |= {country for actor in own if actor in index.actors and (country := index.actors[actor].country)}
        start = first_of_sentences_before(verb, LOOKBACK_SENTENCES)
        aimed = [c for c in earlier if start <= c.trigger.i < verb.i
                 and (c.target in own or (c.target in index.actors and index.actors[c.target].country in own))]
        # an accusation first; else the last act against the deniers that a denial may answer: "India said its
        # troops struck militant camps ... Pakistan denied that any such raid had taken place"
        told = [c for c in aimed if c.relation == "accuse"] or \
            [c for c in aimed if c.relation in CHARGING_RELATIONS]
        if not told:
            return []
        last = told[-1].trigger.sent.start
        accusers = answered({c.source for c in told if c.trigger.sent.start == last} - own, deniers, index)
        return [Mention(verb.i, verb.i + 1, who, "antecedent") for who in sorted(accusers - own)]


def denied_act(verb: Token, thing: Token) -> bool:
    """'India denied [obstructing]amod supplies': an act denied, told by a gerund the model made the modifier of its
    object (a bare denial, as 'denies any involvement')."""
    return any(c.dep_ == "amod" and c.tag_ == "VBG" and c.i == verb.i + 1 for c in thing.children)


ACCUSING_NOUNS = CHARGE_NOUNS | {"assertion"}  # what charges someone (not a suggestion)
STAKING_PREPOSITIONS = {"to", "over", "of", "on"}  # of a claim to land or a levy: "claim to the islands", "charge on"


def is_accusation(claim: Token) -> bool:
    """'the accusations', 'the charge', 'a claim Kyiv rejected' (not 'Somalia's claim to the maritime area', 'a
    carbon border charge on steel', 'Tokyo's suggestion of a hotline': a stance or a proposal rejected)."""
    # (the model may hang the phrase on the verb right after the claim: "rejected [Somalia's claim] [to] the area")
    after = [c for c in claim.head.children if c.i == claim.i + 1] if claim.dep_ == "dobj" else []
    if claim.lemma_.lower() == "suggestion" and any(
            c.dep_ in ("acl", "ccomp") and c.tag_ != "VB" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
            and not (c.tag_ == "VBP" and any(s.dep_ == "nsubj" and (s.lower_ in ("it", "he", "she") or s.tag_ in (
                "NN", "NNP")) for s in c.children))  # (a bare verb after one: "that it extend", a proposal)
            and not any(a.dep_ == "aux" and a.lower_ in ("to", "should", "would", "must") for a in c.children)
            for c in claim.children):
        return True  # "suggestions that Islamabad had any hand in the killing", "that it is supplying weapons": a
        # charge told by its clause (not "a suggestion to hold talks", "that it extend the grain deal": proposals)
    return claim.lemma_.lower() in ACCUSING_NOUNS and not any(
        c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" or c.dep_ == "prep" and c.lower_ in STAKING_PREPOSITIONS
        and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in [*claim.children, *after])


def answered(authors: set[str], answering: list[Mention], index: ActorIndex) -> set[str]:
    """Whom an answer is aimed at: a state answers a state ("May accused Moscow ... The Kremlin denied any
    involvement" denies Britain), a person the person."""
    if any(m.actor in index.actors and index.actors[m.actor].type is ActorType.PERSON for m in answering):
        return authors
    return {country if index.actors[who].type is ActorType.PERSON and (country := index.actors[who].country)
            else who for who in authors if who in index.actors}
