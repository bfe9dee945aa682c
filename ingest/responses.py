"""Responses: an act told as the answer to another is aimed at whoever did what it answers.

"Hamas fired rockets at Israel, and Israel responded with air strikes on the enclave", "Afghan forces shelled
Chaman and Pakistani troops fired back", "Washington raised tariffs on Chinese goods; China hit back with duties
of its own": the answer names no actor it is aimed at (a place, or nothing), and the one it answers is the author
of the last act told against the one answering. A retaliation only promised threatens that author
(statements.py); one done is the act its means names.
"""

from __future__ import annotations

from spacy.symbols import LEMMA
from spacy.tokens import Doc, Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.conditions import condition_authors
from diplograph.ingest.constructions import substance
from diplograph.ingest.denials import LOOKBACK_SENTENCES
from diplograph.ingest.forces import ARMED_WORDS, speaks_of_arms
from diplograph.ingest.lexicon import Lexicon
from diplograph.ingest.mentions import ActorIndex, Mention, first_of_sentences_before
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.token_columns import hashes, tokens_where

# acts told before that an answer answers, aimed at the one who answers
PROVOKING_RELATIONS = {"expel", "sanction", "sever", "attack", "coerce", "criticize", "accuse", "threaten", "mobilize",
                       "withdraw", "reject", "demand", "protest"}
ANSWERING_VERBS = {"respond", "retaliate", "reciprocate", "reply", "counter"}  # "responded with air strikes"
BACK_VERBS = {"hit", "strike", "fire", "shoot"}  # an answer with "back": "hit back with tariffs", "fired back"
FIRING_VERBS = {"fire", "shoot"}  # firing back is an attack without a means told
# the acts an answer's means can name, aimed at the one answered ("responded with a statement" is none), and the
# acts each answers: force answers force, not words ("France criticised Israel ... Israel responded with strikes")
ANSWERED_ACTS = {"attack": {"attack", "coerce", "mobilize"},
                 "sanction": {"sanction", "expel", "sever", "coerce", "attack"},
                 "expel": {"expel", "sanction", "sever", "coerce"},
                 "sever": {"sever", "expel", "sanction", "coerce", "attack"},
                 "coerce": {"coerce", "attack", "sanction", "expel"}}
ANSWERING_RELATIONS = set(ANSWERED_ACTS)
COMMITTING_VERBS = {"vow", "pledge", "promise", "threaten", "warn", "swear", "plan", "prepare", "decide"}
FUTURE_AUXILIARIES = {"will", "would", "shall", "'ll", "could", "might", "may", "can"}
ANSWER_HASHES = hashes(ANSWERING_VERBS | BACK_VERBS | {"return"})


def provokers(verb: Token, answering: list[Mention], index: ActorIndex, earlier: list[Candidate],
              kinds: frozenset[str] | set[str] = PROVOKING_RELATIONS) -> list[str]:
    """The authors of the last act of the kinds given told against the answering side (this sentence or the few
    before it), as that act was aimed: what struck a state is answered at its author's state ("Trump ordered
    tariffs on Colombian goods ... Petro retaliated with tariffs of his own" is aimed at the United States), what
    struck a person at the person."""
    own = {m.actor for m in answering}
    own |= {country for actor in own if actor in index.actors and (country := index.actors[actor].country)}
    start = first_of_sentences_before(verb, LOOKBACK_SENTENCES)
    provoking = [c for c in earlier if c.relation in kinds and start <= c.trigger.i < verb.i
                 and c.target in own and c.source not in own and (
                     c.source not in index.actors or index.actors[c.source].country not in own)]
    if not provoking:
        return []
    last = provoking[-1].trigger.sent.start
    struck_persons = {m.actor for m in answering if index.is_person(m)}
    return sorted({c.source if c.target in struck_persons or c.source not in index.actors
                   else index.actors[c.source].country or c.source
                   for c in provoking if c.trigger.sent.start == last} - own)


# conditions whose subject asks or needs, not acts: "promised a swift response if Ukraine requests more help"
ASKING_VERBS = {"ask", "request", "need", "seek", "want", "invite"}


def conditioned_on(verb: Token) -> list[Token]:
    """'vowed a merciless response if Washington allows the film's release': the authors of the acts a promised
    answer's conditions tell, whose acts it would answer (conditions.condition_authors: 'if Iran is attacked by
    Israel' names Israel, never the one the act befalls), not one who would ask for help."""
    return [n for a in verb.children if a.dep_ == "advcl" and a.lemma_.lower() not in ASKING_VERBS and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in a.children) for n in condition_authors(a)]


def is_committed(verb: Token) -> bool:
    """'vowed to retaliate', 'would respond': an answer promised, not given."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children) or \
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in COMMITTING_VERBS


def means_of(verb: Token) -> list[Token]:
    """What an answer is given with: 'with air strikes', 'with hundreds of air strikes', 'with a barrage of
    rockets'."""
    return [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
            if g.dep_ == "pobj" for t in dict.fromkeys([g, *substance(g)])]  # (the amount, then its stuff)


def answer_given(verb: Token, lexicon: Lexicon) -> tuple[str, Token] | None:
    """The act an answering verb gives, and the word that names it: the means' cue ('responded with tariffs'),
    arms as means ('retaliated with missile barrages'), or firing back ('fired back', 'returned fire')."""
    lemma = verb.lemma_.lower()
    back = any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children)
    returned = lemma == "return" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in verb.children)
    if verb.pos_ != "VERB" or not (lemma in ANSWERING_VERBS or back and lemma in BACK_VERBS or returned):
        return None
    for noun in means_of(verb):
        cue = lexicon.noun_cue(noun)
        if cue is not None:
            return (cue.relation, noun) if cue.relation in ANSWERING_RELATIONS else None
        if any(t.lemma_.lower() in ARMED_WORDS for t in noun.subtree if t.i <= noun.i):
            return "attack", noun  # "retaliated with missile barrages", "hit back with artillery fire"
    if returned or back and lemma in FIRING_VERBS and speaks_of_arms(verb.sent):
        return "attack", verb
    return None


def answers(doc: Doc, index: ActorIndex, found: list[Candidate], arguments: ArgumentFinder,
            lexicon: Lexicon) -> list[Candidate]:
    """Answers given that name no actor they are aimed at, aimed at the author of what they answer."""
    made: list[Candidate] = []
    for verb in tokens_where(doc, LEMMA, ANSWER_HASHES):
        given = answer_given(verb, lexicon)
        if given is None or is_committed(verb):
            continue
        relation, means = given
        if any(c.trigger.i == means.i or c.clause.i == verb.i and c.relation == relation for c in found):
            continue  # its means named its target: "responded with strikes on Hamas positions"
        answering = arguments.agents(verb, index)
        made.extend(make_candidate(relation, s, Mention(verb.i, verb.i + 1, who, "antecedent"), means, verb, 0.7)
                    for who in provokers(verb, answering, index, found, ANSWERED_ACTS[relation]) for s in answering)
    return made
