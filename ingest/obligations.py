"""Obligations: what a speaker says another must do, or tells him he expects of him, is demanded of him.

"Biden told reporters that Russia must withdraw", "Abe told Moon that Seoul must resolve the issue",
"Champagne told reporters Iran had to take full responsibility" (a reported "must", or "has to"). Not what one
must be or undergo ("Russia must not win", "must be punished"), nor one's own side's duty, nor a "had to" told of
the past ("had to retreat after suffering heavy losses"). statements.py asks.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.departures import is_leaving
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.targets import ArgumentFinder

# what a speaker says he expects or wants of the one told is asked of him
EXPECTING_VERBS = {"expect", "want"}
# what one expects of another that is the other's act ("expected a de-escalation"), not one's own aim ("wanted a
# stable relationship", "expected a visit")
EXPECTED_ACTS = {"de-escalation", "ceasefire", "withdrawal", "pullback", "release", "restraint", "action", "step",
                 "explanation", "apology", "compliance", "halt", "end", "answer", "investigation", "crackdown"}
LISTENER_PRONOUNS = {"it", "they", "he", "she"}  # who may be the one told, as the subject of what he must do
OBLIGING_MODALS = {"must", "should"}  # what one is told one must do is demanded: "told Moon that Seoul must"
# verbs by which a speaker says what another must do: "told reporters that Russia must withdraw"
SAYING_VERBS = {"say", "tell", "stress", "add", "declare", "insist", "argue", "write"}
# mentions that name the one obliged: not "the army must submit", whose army a description leaves open
NAMING_VIAS = {"name", "surname", "gazetteer", "metonymy"}
# what marks a reported "had to" as told of the past, not owed: "had to retreat after suffering heavy losses"
PAST_MARKS = {"after", "because", "when", "since", "as", "once"}
# what one must be or undergo, which asks no act of one: "Russia must not win", "Ukraine must be free"
STATE_VERBS = {"be", "have", "win", "lose", "prevail", "succeed", "fail", "remain", "become", "feel", "know",
               "understand", "realise", "realize", "see", "face", "pay", "bear", "get", "receive"}


def told_what_must_be(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate] | None:
    """'Abe told Moon that Seoul must resolve the issue', 'told Netanyahu he expected a de-escalation':
    telling someone what they must do, or what one expects, demands it of them. None when what is told is
    no obligation."""
    listeners = [m for c in verb.children if c.dep_ in ("dobj", "dative") for m in arguments.actors_of(c, index)]
    sides = {m.actor for m in listeners} | {index.actors[m.actor].country for m in listeners
                                             if m.actor in index.actors and index.actors[m.actor].country}
    tellers = arguments.agents(verb, index)
    # the clause's subject is the listener or its state ("not Hamas must release"), or a pronoun whose clause
    # names a place or people of the listener's state and none of the teller's ("told Qatar that it should no
    # longer host Hamas's leaders in Doha"; not "told Biden that he must protect Israeli citizens"), and what it
    # must do is no leaving, which is an expulsion ("told Russian diplomats that they must leave")
    obliged = [c for c in verb.children if c.dep_ == "ccomp" and not is_leaving(c) and any(
        a.dep_ == "aux" and a.lower_ in OBLIGING_MODALS for a in c.children) and any(
        g.lower_ in LISTENER_PRONOUNS and _of_the_listener(c, sides, {index.side_of(m) for m in tellers}, index)
        or any(m.actor in sides for m in arguments.actors_of(g, index)) for g in c.children if g.dep_ == "nsubj")]
    # "told Netanyahu that he expected a significant de-escalation": the teller's expectation of the listener
    expected = [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in EXPECTING_VERBS and any(
        g.dep_ == "nsubj" and g.lower_ in ("he", "she", "we", "i") for g in c.children) and
        set(_object_words(c)) & EXPECTED_ACTS]
    if not (obliged or expected) or not listeners or not tellers:
        return None
    return [make_candidate("demand", s, t, verb, verb, 0.7) for s in tellers for t in listeners
            if s.actor != t.actor]


def _of_the_listener(clause: Token, listener: set[str | None], teller: set[str | None], index: ActorIndex) -> bool:
    """Whether a clause names a place or people of the listener's state and none of the teller's."""
    named = {m.located_in or index.side_of(m) for t in clause.subtree if (m := index.by_token.get(t.i)) is not None}
    return bool(named & (listener - {None})) and not named & (teller - {None})


def said_what_must_be(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'Biden told reporters that Russia must withdraw its troops' demands it of Russia. Not of the speaker's
    own side ('China and the United States must work together'), nor what is no act ('Russia must not win',
    'Ukraine must be free'), nor anything done to the one obliged ('Kyiv must be given more arms')."""
    speakers = arguments.agents(verb, index)
    own = {index.side_of(m) for m in speakers}
    found: list[Candidate] = []
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    for clause in said + [c for s in said for c in s.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                          and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]:
        if not _obliging(clause):
            continue
        subject_of = clause if clause.dep_ == "ccomp" else clause.head  # ("were in Syria and had to leave")
        subjects = [m for g in subject_of.children if g.dep_ == "nsubj" for m in arguments.actors_of(g, index)]
        if all(names_its_state(m, index) and index.side_of(m) not in own for m in subjects):  # not "we and they"
            found.extend(make_candidate("demand", s, t, verb, verb, 0.65) for s in speakers for t in subjects)
    return found


def _obliging(clause: Token) -> bool:
    """'Russia must withdraw', 'Iran had to take responsibility' (reported 'must'): an act told as owed; not 'must
    have fired', a guess, nor 'should', as often a forecast ('India should overtake Japan'), nor a state."""
    auxiliaries = [a.lower_ for a in clause.children if a.dep_ in ("aux", "auxpass", "neg")]
    if clause.lemma_.lower() == "have" and not auxiliaries:
        # (not a necessity told as past: "had to retreat from Kherson after suffering heavy losses", "in 2015")
        past = any(t.ent_type_ == "DATE" or t.dep_ in ("mark", "prep") and t.lower_ in PAST_MARKS
                   for t in clause.subtree)
        return not past and any(x.dep_ == "xcomp" and x.lemma_.lower() not in STATE_VERBS and [
            a.lower_ for a in x.children if a.dep_ in ("aux", "auxpass", "neg")] == ["to"] for x in clause.children)
    return auxiliaries == ["must"] and clause.lemma_.lower() not in STATE_VERBS


def names_its_state(mention: Mention, index: ActorIndex) -> bool:
    """A mention that names whose it is: 'Russia', 'Putin', 'Russian forces'; not 'the army', a description."""
    return mention.via in NAMING_VIAS or mention.via == "organ" and any(
        t.ent_type_ in ("NORP", "GPE") for t in index.doc[mention.start:mention.end])


def _object_words(verb: Token) -> list[str]:
    """The words of a verb's objects as written ('a significant de-escalation', which the model splits)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return []
    return verb.doc[objects[0].left_edge.i:objects[-1].right_edge.i + 1].text.lower().split()

