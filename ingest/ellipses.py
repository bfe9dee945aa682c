"""Ellipses: a name whose last words two members of a coordination share.

"North and South Korea agreed", "East and West Germany": the gazetteer matches only the last member's whole
name; the first member ("North") is a name of its own once the shared words are put back ("North Korea").
actors.py adds it after each gazetteer match, and constructions.py's glued coordinates then read both.
"""

from __future__ import annotations

from spacy.tokens import Span

from diplograph.ingest.gazetteer import Gazetteer
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.model import ActorType

COORDINATORS = {"and", "or", "&"}


def add_elided_member(gazetteer: Gazetteer, index: ActorIndex, span: Span) -> None:
    """'[North] and South Korea': one capitalised word before 'and', which with the match's words after its first
    makes a known state or body other than the match, is that state or body."""
    doc = span.doc
    if len(span) < 2 or span.start < 2 or doc[span.start - 1].lower_ not in COORDINATORS:
        return
    word = doc[span.start - 2]
    if not word.text[:1].isupper() or word.i in index.by_token:
        return
    entry = gazetteer.lookup(f"{word.text} {doc[span.start + 1:span.end].text}")
    matched = gazetteer.lookup(span.text)
    if entry is None or matched is None or entry.name == matched.name or entry.type is ActorType.PERSON:
        return
    index.register(entry.name, entry.type, surface=word.text)
    index.add(Mention(word.i, word.i + 1, entry.name, "gazetteer",
                      place=word.text if entry.type is ActorType.COUNTRY else None))
