"""What a SPARQL text asks for, read lexically: the keywords that matter outside strings, IRIs and comments.

The service refuses some operations before any engine sees them (SERVICE makes the server fetch
arbitrary URLs, LOAD too); FROM decides whether the default graph is the union of all graphs.
Reading the tokens is enough for that and, unlike a regular expression over the raw text, is not
fooled by a keyword inside a string literal or a comment, nor by `?service` or `ex:Load`.
"""

from __future__ import annotations

import re

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


def keywords(text: str) -> list[str]:
    """The bare words of a SPARQL text, lowercased, in order (not those in strings, IRIs or comments)."""
    return [match.group("word").lower() for match in _TOKENS.finditer(text) if match.group("word")]


def uses_service(text: str) -> bool:
    return "service" in keywords(text)


def uses_load(text: str) -> bool:
    return "load" in keywords(text)


def names_its_dataset(text: str) -> bool:
    """True when the query has FROM or FROM NAMED clauses of its own."""
    return "from" in keywords(text)


def looks_like_update(text: str) -> bool:
    """True when the first keyword after the prologue is an update operation (INSERT, DROP, LOAD ...)."""
    for word in keywords(text):
        if word in ("prefix", "base"):
            continue
        return word in UPDATE_KEYWORDS
    return False
