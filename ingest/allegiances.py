"""To call oneself, or be called, another's ally backs it: 'the United States would remain a steadfast partner of
Saudi Arabia', 'is Israel's closest ally'; to be called its critic, even one among many, criticises it ('has been
among the sharpest critics of Kabila'). Not a market's partner ('Brazil's largest trading partner'), an ally no
longer or a former one. (An ally named in passing, 'Iran, Assad's main ally, condemned' or 'Britain has been one of
Ukraine's biggest backers', is background the blind writers do not code: tried and dropped.)"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.targets import ArgumentFinder

ALLY_NOUNS = {"ally", "partner", "friend", "backer", "supporter", "patron"}
MARKET_WORDS = {"trading", "trade", "economic", "commercial", "business", "investment", "export", "import"}
CRITIC_NOUNS = {"critic", "detractor"}
NOT_WORDS = {"no", "longer", "hardly", "scarcely", "barely", "never", "former", "ex", "erstwhile", "once"}


def _backed(ally: Token, frame: list[Token], index: ActorIndex, arguments: ArgumentFinder) -> list[Mention]:
    """Whom an ally noun backs (its possessor or 'of' phrase), unless its frame denies or trades it away."""
    critic = ally.lemma_.lower() in CRITIC_NOUNS
    if any(c.dep_ == "neg" or c.lower_ in NOT_WORDS or c.lower_ in MARKET_WORDS or c.lower_ == "in" and not critic
           for c in frame):
        return []  # (nor "partners in the pact"; a critic "in the Americas" is one)
    return [m for c in ally.children for g in ([c] if c.dep_ == "poss" else c.children if c.dep_ == "prep"
                                               and c.lower_ == "of" else []) if g.dep_ in ("poss", "pobj")
            for m in arguments.actors_of(g, index, possessor=critic)]  # (a critic of an act, its doer's)


def stated_alliance(copula: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Candidate]:
    """'is Israel's closest ally', 'would remain a steadfast partner of Saudi Arabia'."""
    attribute = next((c for c in copula.children if c.dep_ == "attr" and c.lemma_.lower() in ALLY_NOUNS), None) or \
        _critic_among_many(copula)
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if attribute is None or subject is None:
        return []
    frame = [*copula.children, *attribute.children]
    relation = "criticize" if attribute.lemma_.lower() in CRITIC_NOUNS else "support"
    return [make_candidate(relation, s, t, copula, copula, 0.7) for t in _backed(attribute, frame, index, arguments)
            for s in arguments.actors_of(subject, index, possessor=True) if s.actor != t.actor]


def _critic_among_many(copula: Token) -> Token | None:
    """'is a fierce critic of', 'has been among the sharpest critics of', 'one of the most outspoken critics of'."""
    held = [c for c in copula.children if c.dep_ == "attr"]
    held += [p for c in copula.children if c.dep_ == "prep" and c.lower_ == "among" for p in c.children
             if p.dep_ == "pobj"]
    held += [p for c in held if c.lower_ == "one" for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
             for p in g.children if p.dep_ == "pobj"]
    return next((c for c in held if c.lemma_.lower() in CRITIC_NOUNS), None)

