"""Complements: whom a demand or a warning is made of, told by the subject of the clause it takes.

"wants guarantees that NATO will not expand", "wants the alliance to halt", "warned that Israel would pay a heavy
price": the clause's subject; targets.py asks when a demand or a warning names no one of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.arguments import CLAUSAL
from diplograph.ingest.companions import ActorsOf
from diplograph.ingest.constructions import for_clause
from diplograph.ingest.framing import ASSERTING_DEMANDS, is_mandative
from diplograph.ingest.mentions import ActorIndex, Mention

MEASURES_TO_FOLLOW = {"step", "measure", "countermeasure", "action", "response", "retaliation", "sanction",
                      "strike", "attack"}  # a warning's own, and what it says of them: "warned that further steps
ARRIVING = {"follow", "come", "take", "impose"}  # against Doha would follow", "countermeasures would be taken"


def complement_subjects(verb: Token, index: ActorIndex, actors_of: ActorsOf, alone: bool = False) -> list[Mention]:
    """Whom a demand is made of: 'wants guarantees that NATO will not ...', 'wants the alliance to halt'. alone:
    only a subject the clause names no other actor beside (but in what it pays for), as whom a warning is aimed at
    ('warned that Israel would pay a heavy price'), not a third party's act ('that Russia could invade Ukraine')."""
    found: list[Mention] = []
    for child in verb.children:
        clauses = [child] if child.dep_ in CLAUSAL or for_clause(child) else \
            [g for g in child.children if g.dep_ in CLAUSAL] if child.dep_ == "dobj" else []
        for clause in clauses:
            if verb.lemma_.lower() in ASSERTING_DEMANDS and not is_mandative(clause):
                continue  # "insisted that its forces were not targeting civilians" states, demands nothing
            subjects = [m for subject in clause.children if subject.dep_ in ("nsubj", "nsubjpass")
                        for m in actors_of(subject, index) or (  # "that further steps against Doha would"
                            [a for p in subject.children if alone and p.dep_ == "prep" and p.lower_ == "against"
                             and subject.lemma_.lower() in MEASURES_TO_FOLLOW and clause.lemma_ in ARRIVING
                             for o in p.children if o.dep_ == "pobj" for a in actors_of(o, index)])]
            paid_for = {t.i for x in (clause, *clause.children) if x is clause or x.dep_ == "dobj"
                        for p in x.children if p.dep_ == "prep" and p.lower_ in ("for", "over") for t in p.subtree}
            # (nor in the condition it is aimed on, the subject's own act: "would have to bear the consequences if it
            # treated China as", not another's: "Kyiv would have to bear the consequences if Russia took Bakhmut")
            paid_for |= {t.i for x in clause.subtree if x.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in x.children) and _own_act(x, subjects, index)
                for t in x.subtree}
            if alone and any(m.start not in {s.start for s in subjects} | paid_for for m in index.mentions
                             if m.actor and clause.left_edge.i <= m.start <= clause.right_edge.i):
                continue
            found.extend(subjects)
    return found


def _own_act(condition: Token, subjects: list[Mention], index: ActorIndex) -> bool:
    """Whether a condition tells the act of the clause's subject: 'if it treated China as a hostile country'."""
    actors = {m.actor for m in subjects}
    return any(s.dep_ in ("nsubj", "nsubjpass") and (s.tag_ == "PRP" or (
        m := index.by_token.get(s.i)) is not None and m.actor in actors) for s in condition.children)
