"""What a SPARQL text asks for, read lexically: the keywords that matter outside strings, IRIs and comments.

The service refuses some operations before any engine sees them (SERVICE makes the server fetch
arbitrary URLs, LOAD too); FROM decides whether the default graph is the union of all graphs.
Reading the tokens is enough for that and, unlike a regular expression over the raw text, is not
fooled by a keyword inside a string literal or a comment, nor by `?service` or `ex:Load`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Strings first (long forms before short), then IRIs, comments, and bare words with what precedes them.
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*"
    r"|(?P<word>(?<![\w:?$@.-])[A-Za-z_]+(?![\w:-]))",
    re.DOTALL,
)

UPDATE_KEYWORDS = frozenset({"insert", "delete", "load", "clear", "create", "drop", "copy", "move", "add", "with"})


@dataclass(frozen=True)
class SparqlText:
    """What the service needs to know about one SPARQL text, from one pass over its tokens."""

    first_keyword: str | None  # after the prologue (PREFIX, BASE): SELECT, ASK, INSERT, DROP ...
    words: frozenset[str]

    @property
    def uses_service(self) -> bool:
        return "service" in self.words

    @property
    def uses_load(self) -> bool:
        return "load" in self.words

    @property
    def names_its_dataset(self) -> bool:
        """True when the query has FROM or FROM NAMED clauses of its own."""
        return "from" in self.words

    @property
    def is_update(self) -> bool:
        """True when the first keyword after the prologue is an update operation (INSERT, DROP, LOAD ...)."""
        return self.first_keyword in UPDATE_KEYWORDS


def read_sparql(text: str) -> SparqlText:
    """Tokenise once; a request asks several questions of the same text (every pass costs ~0.05 ms)."""
    words = keywords(text)
    first = next((word for word in words if word not in ("prefix", "base")), None)
    return SparqlText(first_keyword=first, words=frozenset(words))


def keywords(text: str) -> list[str]:
    """The bare words of a SPARQL text, lowercased, in order (not those in strings, IRIs or comments)."""
    return [match.group("word").lower() for match in _TOKENS.finditer(text) if match.group("word")]


def uses_service(text: str) -> bool:
    return read_sparql(text).uses_service


def uses_load(text: str) -> bool:
    return read_sparql(text).uses_load


def names_its_dataset(text: str) -> bool:
    """True when the query has FROM or FROM NAMED clauses of its own."""
    return read_sparql(text).names_its_dataset


def looks_like_update(text: str) -> bool:
    """True when the first keyword after the prologue is an update operation (INSERT, DROP, LOAD ...)."""
    return read_sparql(text).is_update
