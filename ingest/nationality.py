"""Nationality: the state the words around a person's name tell, where no office of the day says it.

"Argentina's president-elect Alberto Fernandez", "Argentine President-elect Alberto Fernandez", "Foreign Minister
Zbigniew Rau of Poland", "Kim Yo Jong, the sister of North Korean leader Kim Jong Un": a possessor state, a
demonym before a title still to be taken up, an 'of' phrase after the name or a demonym in the description set
beside it say whose the person is, though he holds no office that day (an office-holder's state comes from
the dated data first). A state's adjective names it unless a word before makes it a people's or a region's
("ethnic Albanian", "Latin American"). Pure: a name's span and the gazetteer.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplograph.ingest.gazetteer import Gazetteer
from diplograph.model import ActorType

# nouns of one held by or set against a state, not of it: "Iran's hostage Olivier Grondeau", "Moscow's critic"
RELATIONAL_NOUNS = {"hostage", "prisoner", "captive", "detainee", "critic", "ally", "enemy", "foe", "friend", "guest",
                    "opponent", "nemesis", "target"}


def told_state(span: Span, gazetteer: Gazetteer) -> str | None:
    """The state the name's own phrase gives its person, or None."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        return _state_named(doc[span.end + 1:span.end + 2].text, gazetteer)
    if any(t.lemma_.lower() in RELATIONAL_NOUNS for t in span.root.lefts if t.i < span.start):
        return None
    for child in span.root.lefts:
        if child.dep_ == "poss" and child.i < span.start:
            owner = doc[child.left_edge.i:child.i + 1].text.removesuffix("'s").removesuffix("\u2019s").strip()
            state = _state_named(owner, gazetteer)
            if state is not None:
                return state
    for title in (c for c in span.root.lefts if c.dep_ == "compound" and c.i < span.start and any(
            p.dep_ == "prep" for p in c.children)):  # "U.S. special envoy for Iran Brian Hook" (portfolios.py)
        state = next((found for t in title.lefts if t.dep_ in ("nmod", "amod", "compound", "poss") and (found := (
            _state_named(t.text, gazetteer) or gazetteer.demonym_state(t.text)))), None)
        if state is not None:
            return state
    for noun in (c for c in span.root.lefts if c.dep_ == "compound" and c.i < span.start and c.pos_ == "NOUN"
                 and c.lemma_.lower() not in RELATIONAL_NOUNS):
        # "Venezuelan opposition figure Edmundo Gonzalez": the demonym of a description set before the name (not one
        # of two, joined or side by side: "the German-Turkish journalist", "Iranian American journalist Jason Rezaian")
        state = next((found for t in noun.lefts if t.dep_ in ("amod", "compound") and not _joined(t)
                      and not (t.i > 0 and gazetteer.demonym_state(doc[t.i - 1].text))
                      and not gazetteer.demonym_state(doc[t.i + 1].text) and (found := adjective_state(gazetteer, t))),
                     None)
        if state is not None:
            return state
    described = next((c for c in span.root.rights if c.dep_ == "appos" and c.i > span.end), None)
    if described is not None and described.lemma_.lower() not in RELATIONAL_NOUNS:
        # "Kim Yo Jong, the sister of North Korean leader Kim Jong Un": the first demonym the description gives
        state = next((found for t in _own_words(described) if t.pos_ in ("ADJ", "PROPN") and (found := (
            gazetteer.demonym_state(doc[t.i:t.i + 2].text) or gazetteer.demonym_state(t.text)))), None)
        if state is not None:
            return state
    j = span.start - 1
    if j >= 2 and doc[j].lower_ == "elect" and doc[j - 1].text == "-":  # "Argentine President-elect"
        k = j - 2
        while k > span.sent.start and doc[k - 1].is_title and gazetteer.demonym_state(doc[k - 1].text) is None:
            k -= 1  # (a title of several words: "Prime Minister-elect")
        return gazetteer.demonym_state(doc[k - 1].text) if k > 0 else None
    return None


def _joined(word: Token) -> bool:
    """Whether a word is joined by a hyphen to the one before or after it ('German-Turkish'; not a dateline's
    dash: "(Reuters) - French aid worker")."""
    doc = word.doc
    return word.i > 0 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_ or \
        word.i + 1 < len(doc) and doc[word.i + 1].text == "-" and not word.whitespace_


def _own_words(noun: Token) -> list[Token]:
    """A description's own modifiers, and those of its 'of' phrases ('the sister of North Korean leader X'), not
    what a clause in it says ('a reporter detained by Russian authorities')."""
    words = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    words += [w for c in words for w in _own_words(c)]  # ("[North]amod [Korean]amod [leader]compound Kim Jong Un")
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        words += [w for o in of.children if o.dep_ == "pobj" for w in _own_words(o)]
    return sorted(words, key=lambda t: t.i)


def _state_named(form: str, gazetteer: Gazetteer) -> str | None:
    entry = gazetteer.lookup(form)
    return entry.name if entry is not None and entry.type is ActorType.COUNTRY else None


# words before a state's adjective that make it a people's or a region's: "ethnic Albanian", "Latin American"
PEOPLE_PREFIXES = frozenset({"ethnic", "latin", "native", "african", "central", "south", "north", "pan", "anglo"})


def adjective_state(gazetteer: Gazetteer, token: Token) -> str | None:
    """The state an adjective names, unless a word before makes it a people's or a region's: 'Latin American
    governments' are not the United States' ('South Korean', 'Central African' are states' of two words)."""
    if doc_before(token) not in PEOPLE_PREFIXES:
        return gazetteer.demonym_state(token.text)
    before = token.doc[token.i - 1].text  # (a region's in lower case: "central African leaders")
    return gazetteer.demonym_state(f"{before} {token.text}") if before[:1].isupper() else None


def doc_before(token: Token) -> str:
    return token.doc[token.i - 1].lower_ if token.i > 0 else ""
