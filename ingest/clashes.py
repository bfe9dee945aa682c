"""Clashes: whether a clash between two sides was fought, or only a quarrel.

"Clashes between Thai and Cambodian troops" were fought; "a diplomatic clash between Italy and France" and "the clash
between Trump and Zelensky" were words. noun_events.py asks before it reads a clash as an attack each way. Pure: a noun,
its parties and the ActorIndex in; a yes or no out.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.forces import ARMED_WORDS, armed_nouns
from diplograph.ingest.mentions import ActorIndex, Mention

LETHAL_WORDS = {"kill", "dead", "death", "wound", "wounded", "casualty", "die", "injure"}  # a clash fought with arms


def armed_clash(noun: Token, parties: list[Mention], index: ActorIndex) -> bool:
    """Whether 'clashes between A and B' were fought (arms or the dead told), by sides that are no persons: not
    'the clash between Trump and Zelensky', 'a diplomatic clash between Italy and France'. Fighting always is."""
    # the clash's own words and what its verb says it did, not its topic ("over drilling rights") or the rest of
    # the sentence ("..., with China warning Japan against sending warships")
    topics = {t.i for p in noun.children if p.dep_ == "prep" and p.lower_ in ("over", "about", "on") for t in p.subtree}
    own = [t for t in noun.subtree if t.i not in topics]
    told = [noun.head, *(t for c in noun.head.children if c.dep_ in ("dobj", "oprd", "acomp", "npadvmod")
                         for t in c.subtree)] if noun.dep_ in ("nsubj", "nsubjpass") else []
    armed = armed_nouns()
    return not any(map(index.is_person, parties)) and (noun.lemma_.lower() == "fighting" or any(
        t.lower_ in armed or t.lemma_.lower() in ARMED_WORDS for t in own if t.i != noun.i) or any(
        t.lemma_.lower() in LETHAL_WORDS for t in told))
