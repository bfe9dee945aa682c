"""Labelled acts: what a speaker calls another's hostile act accuses the other of it.

"in response to what Western governments said was a poison gas attack by Syrian government forces", "expected
its partners to acknowledge what he called Rwanda's aggression": the free relative is the speaker's own account of
another's act, an accusation (CAMEO's 112) however the clause around it goes on. Where the verb it hangs on
already judges or praises that other ("condemned what it called a U.S. attack"), that is the event and no
accusation is added; nor is one under a rejection, a vow, a 'not' or a 'will' ("rejected what Azerbaijan
called"). Pure: the parsed Doc, its ActorIndex and the candidates found in, the accusations out.
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.constructions import free_relative_referent
from diplograph.ingest.judgement_words import COMMITTED_WRONGS, WRONGS
from diplograph.ingest.lexicon import Lexicon
from diplograph.ingest.mentions import ActorIndex
from diplograph.ingest.targets import ArgumentFinder

# the relations of acts whose naming, by one not party to them, accuses their doer
HOSTILE_RELATIONS = {"attack", "coerce", "threaten", "mobilize"}
LABELLING_VERBS = {"call", "describe", "say", "term", "label", "brand"}
# what a speaker already says of the act's author, which the label is part of (praise too: "hailed what he called
# Israel's brilliant strikes")
JUDGING_RELATIONS = {"criticize", "accuse", "protest", "reject", "deny", "warn", "threaten", "demand", "support"}
# verbs above a label that leave it not said now: "rejected what Azerbaijan called", "vowed to retaliate for what"
UNSAID_ABOVE = {"reject", "deny", "dismiss", "refute", "vow", "pledge", "promise", "threaten", "plan"}
# wrongs a label may name besides the lexicon's acts: "what it called Western interference"
LABELLED_WRONGS = WRONGS | COMMITTED_WRONGS | {"interference", "meddling", "provocation", "provocations",
                                               "shelling", "incursion", "intrusion", "occupation"}


def accusations_by_label(doc: Doc, index: ActorIndex, found: list[Candidate], arguments: ArgumentFinder,
                         lexicon: Lexicon) -> list[Candidate]:
    """An accusation for each free relative by which a speaker names another's hostile act."""
    told = {(c.source, c.target) for c in found if c.relation in JUDGING_RELATIONS}
    made: list[Candidate] = []
    for clause in doc:
        if clause.lemma_.lower() not in LABELLING_VERBS or (act := free_relative_referent(clause)) is None or any(
                a.pos_ in ("VERB", "AUX") and (a.lemma_.lower() in UNSAID_ABOVE or any(
                    c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in ("will", "would") for c in a.children))
                for a in clause.ancestors):
            continue  # (one said now, by the speaker: not under a rejection, a vow, a 'not' or a 'will')
        cue = lexicon.noun_cue(act)
        if not (cue is not None and cue.relation in HOSTILE_RELATIONS or act.lemma_.lower() in LABELLED_WRONGS):
            continue
        authors = [m for c in act.children if c.dep_ in ("poss", "amod", "compound")
                   and (m := index.by_token.get(c.i)) is not None and m.actor is not None] + [
            m for p in act.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"
            for m in arguments.actors_of(o, index)]
        # an 'it' or 'they' naming is the clause's it hangs on ("Pompeo said Washington sent bombers in response to
        # what it called Iranian threats"), whose subject the pronoun may not have been resolved to (a 'he' is)
        impersonal = any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in clause.children)
        named_by = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None) if impersonal else clause
        speakers = [m for m in arguments.agents(named_by, index) if m.actor is not None] if named_by else []
        made += [make_candidate("accuse", s, a, clause, clause, 0.7) for s in speakers for a in authors
                 if s.actor != a.actor and (s.actor, a.actor) not in told]
    return made
