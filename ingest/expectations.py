"""Demands told without a verb of demanding: what a side expects another to do ('Pakistan expected the Afghan
government to act against militants', 'expected a public apology from the Indian government') and a deadline given
('the Commission gave Warsaw three months to address its concerns'). An expectation is a demand only of a duty:
'expects Russia to invade' forecasts, it asks nothing."""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.departures import LEAVING_VERBS
from diplograph.ingest.mentions import ActorIndex
from diplograph.ingest.targets import ArgumentFinder

# what one may be expected to do of duty (not 'retaliate' or 'invade': a forecast)
DUTIES = {"act", "respect", "comply", "abide", "honour", "honor", "cooperate", "release", "free", "withdraw", "stop",
          "halt", "end", "apologise", "apologize", "explain", "fulfil", "fulfill", "implement", "hand", "return",
          "ensure", "refrain", "allow", "pay", "protect", "investigate", "prosecute", "extradite", "address", "rein",
          "curb", "crack", "punish", "clarify", "reverse", "lift", "remove", "rectify", "correct", "deliver"}
# what one may be expected to give: "expected a public apology from India"
OWED_THINGS = {"apology", "explanation", "compensation", "clarification", "assurance", "assurances", "guarantee",
               "guarantees", "answer", "response", "cooperation", "action", "steps", "reparations", "restraint"}


# words that time what is expected, which makes it a forecast: "expected Russia to end its exercises on Sunday"
FORECAST_WORDS = {"soon", "eventually", "shortly", "later", "next", "within", "by", "before", "until"}


def _duty_of(clause: Token) -> bool:
    """A duty asked: 'to act against militants', not one told with its time ('to return its ambassador soon')."""
    return clause.lemma_.lower() in DUTIES and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and not any(c.dep_ == "neg" for c in clause.children) and not any(
            t.ent_type_ in ("DATE", "TIME") or t.lower_ in FORECAST_WORDS for c in clause.children
            for t in (c, *(g for g in c.children if c.dep_ == "prep")))  # (its own time, not a relative clause's)


def expected_demands(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """For 'expect X to <duty>' and 'expect <owed thing> from X': the demands of the expecting side, else []."""
    lemma = verb.lemma_.lower()
    if lemma == "expect" and not any(c.dep_ in ("auxpass", "neg") for c in verb.children):
        # "expected the Afghan government to act": the parser makes the one expected the subject of the clause
        asked = [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and _duty_of(c)
                 for s in c.children if s.dep_ == "nsubj"] + \
            [o for o in verb.children if o.dep_ == "dobj" and any(c.dep_ == "xcomp" and _duty_of(c)
                                                                  for c in verb.children)]
        asked += [g for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in OWED_THINGS
                  and not any(d.lower_ in ("no", "any") for d in o.children)  # ("expected no apology")
                  for p in [*o.children, *verb.children] if p.dep_ == "prep" and p.lower_ == "from"
                  for g in p.children if g.dep_ == "pobj"]
    elif lemma == "give":
        # "gave Warsaw three months to address its concerns": a deadline is a demand
        period = any(c.dep_ == "dobj" and c.ent_type_ in ("DATE", "TIME") for c in verb.children)
        # (not time given to leave: an expulsion, expulsions.py)
        task = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() not in LEAVING_VERBS and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        asked = [c for c in verb.children if c.dep_ == "dative"] if period and task else []
    else:
        return []
    if not asked:
        return []
    sources = arguments.agents(verb, index)
    own = {m.actor for m in sources}
    return [make_candidate("demand", s, t, verb, verb, 0.65) for s in sources
            for a in asked for t in arguments.actors_of(a, index, possessor=True) if t.actor not in own]
