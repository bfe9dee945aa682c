"""What a SPARQL text asks for, read by its terminals (SPARQL 1.1 §19.8): keywords and how deep it nests.

FROM decides whether the default graph is the union of all graphs, and the first keyword whether a text
is an update. SERVICE and LOAD found here only give a friendly 403 early: the refusal that holds is deeper
(query workers run with no network at all, api/sandbox.py; updates are parsed, api/sparql.py).

Nesting is capped before any engine parses the text: Oxigraph's parser recurses once per bracket and
5,000 nested parentheses overflow its stack (a segfault, not an error). The count is made so that it
never comes out lower than the engine's: brackets in strings and comments are skipped (their lexing is
unambiguous), but an IRI-like `<...>` keeps the brackets it opens, since the engine may read `<` as less-than.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diplograph.errors import QueryError

MAX_NESTING = 100

# In order: long strings, short strings, IRIs, comments, an escape (only valid in a prefixed name), variables,
# blank node labels, language tags, prefixed names, bare words (keywords), and any one other character.
_TOKENS = re.compile(
    r'(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r"|#[^\n\r]*"
    r"|\\."
    r"|[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+"
    r"|_:[\w.\-\u00b7\u0300-\u036f\u203f-\u2040]+"
    r"|@[A-Za-z]+(?:-[A-Za-z0-9]+)*"
    r"|(?:[^\W\d_][\w.\-\u00b7\u0300-\u036f\u203f-\u2040]*)?:(?:[\w:%\-\u00b7\u0300-\u036f\u203f-\u2040]|\\.)"
    r"(?:[\w.:%\-\u00b7\u0300-\u036f\u203f-\u2040]|\\.)*"
    r"|(?:[^\W\d_][\w.\-\u00b7\u0300-\u036f\u203f-\u2040]*)?:)"
    r"|(?P<iri><[^<>\"{}|^`\\\x00-\x20]*>)"
    r"|(?P<word>[A-Za-z_]\w*)"
    r"|(?P<open><<|[({\[])"
    r"|(?P<close>>>|[)}\]])"
    r"|.",
    re.DOTALL,
)

UPDATE_KEYWORDS = frozenset({"insert", "delete", "load", "clear", "create", "drop", "copy", "move", "add", "with"})


@dataclass(frozen=True)
class SparqlText:
    """What the service needs to know about one SPARQL text, from one pass over its tokens."""

    first_keyword: str | None  # after the prologue (PREFIX, BASE): SELECT, ASK, INSERT, DROP ...
    words: frozenset[str]
    nesting: int  # the deepest nesting of (), {}, [] and << >>, never less than the engine will find

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

    def check_nesting(self) -> None:
        """QueryError (400) when the text nests deeper than MAX_NESTING, before an engine parses it."""
        if self.nesting > MAX_NESTING:
            raise QueryError(
                f"the query nests brackets {self.nesting} deep; at most {MAX_NESTING} levels are accepted "
                "(deeper nesting would overflow the SPARQL parser): flatten it"
            )


def read_sparql(text: str) -> SparqlText:
    """Tokenise once; a request asks several questions of the same text."""
    words: list[str] = []
    depth = deepest = 0
    for match in _TOKENS.finditer(text):
        kind = match.lastgroup
        if kind == "word":
            words.append(match.group().lower())
        elif kind == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "close":
            depth = max(depth - 1, 0)
        elif kind == "iri":
            # Read as code, the brackets inside would nest this deep; what they leave open stays counted.
            inner = local = 0
            for character in match.group():
                if character in "([":
                    local += 1
                    inner = max(inner, local)
                elif character in ")]":
                    local -= 1
            deepest = max(deepest, depth + inner)
            depth += max(local, 0)
    first = next((word for word in words if word not in ("prefix", "base")), None)
    return SparqlText(first_keyword=first, words=frozenset(words), nesting=deepest)


def keywords(text: str) -> list[str]:
    """The bare words of a SPARQL text, lowercased, in order (not those in strings, IRIs, names or comments)."""
    return [match.group().lower() for match in _TOKENS.finditer(text) if match.lastgroup == "word"]


def tokens(text: str) -> list[str]:
    """The tokens of a SPARQL text in order (a string, an IRI, a name or a variable is one), without whitespace
    or comments: how long a text is, as a parser will see it."""
    found = (match.group() for match in _TOKENS.finditer(text))
    return [token for token in found if not token.isspace() and not token.startswith("#")]


def check_nesting(text: str) -> None:
    read_sparql(text).check_nesting()


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
