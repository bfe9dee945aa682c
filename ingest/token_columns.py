"""Token columns: the few tokens of a document worth testing, picked from its attribute arrays.

A pass over every token of a document builds a Token object for each word only to test its form or its
part of speech, and most fail; the document's arrays (ints, no objects) say which tokens can pass, and only
those are built. A pick is a superset: the caller still makes its own test on each token it is given.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from spacy.strings import StringStore
from spacy.tokens import Doc, Token


def hashes(words: Iterable[str]) -> frozenset[int]:
    """The ids spaCy gives these strings, as the LOWER and LEMMA columns hold them."""
    return frozenset(StringStore().add(word) for word in words)


def tokens_where(doc: Doc, attribute: int, wanted: AbstractSet[int], first: int = 0) -> list[Token]:
    """The tokens from index `first` on whose attribute (LOWER, LEMMA, POS ...) is one of `wanted`, in order."""
    column: list[int] = doc.to_array(attribute).tolist()
    return [doc[i] for i in range(first, len(column)) if column[i] in wanted]
