"""Which SPARQL queries are bounded: their work is capped by the rows they may return, not by the store.

A query is bounded when the engine answers it by walking one index lazily: at most one triple pattern
(in at most one GRAPH), no variable used twice in it (a repeated variable is a filter in disguise), no
FILTER, OPTIONAL, UNION, MINUS, VALUES, BIND or subquery, no property path, no ORDER BY, GROUP BY,
aggregate, DISTINCT or REDUCED (each reads every solution before it returns the first), no DESCRIBE (a
description per resource), no SERVICE, and an OFFSET of at most `max_offset`. Oxigraph then pulls a
solution per index step, the worker stops one row past the row cap, and the whole query costs about the
cap: `ASK {}`, `SELECT ?name WHERE { <actor> rdfs:label ?name }`, a page of `?s ?p ?o`.

The reading is rdflib's parse and algebra, not the text's words: a keyword in a string or a comment cannot
fool it. It is a routing hint, not a guard: the pool runs a bounded query in a worker kept for such queries
(api/query_pool.py) with the same timeout, memory cap and sandbox, so a query misjudged here (rdflib and
Oxigraph read it differently, or a pattern is slower than it looks) is still killed at the timeout.
The parse costs milliseconds, so the pool asks only when every other worker is busy; `known_verdict` answers
without it (a text too long, a disqualifying keyword or shape, a verdict remembered) in well under a
millisecond, so that the pool hops to a thread only for a text it has not seen and shaped like a bounded
query, whose parse takes 5-20 ms.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from typing import Any

from .sparql_text import tokens

MAX_TEXT = 4096  # a bounded query is short; a longer text is not read at all
# rdflib's parser is slow on some texts (a quarter of a second for 50 terms in a collection, half a second for
# 2 KB of patterns), and it runs in the server: only a text shaped like a bounded query reaches it. Such a
# query's body (after its PREFIX and BASE declarations) is a few dozen tokens, nests at most three deep
# ({ GRAPH ?g { [] ?p ?o } }), and has no parentheses (expressions, collections), no [ ] with anything
# inside, no object or predicate lists (, ;) and no quoted triples (<< >>): each would mean more than one
# pattern, or an expression.
MAX_BODY_TOKENS = 64
MAX_NESTING = 3
MAX_DECLARATIONS = 32
_BARE_WORD = re.compile(r"[A-Za-z_]\w*")
_NOT_IN_A_BOUNDED_QUERY = frozenset({"(", ",", ";", "<<"})
# Words that make a query unbounded whatever the parse says: a cheap first look that spares the parse.
_UNBOUNDED_WORDS = frozenset(
    {
        "order", "group", "having", "distinct", "reduced", "filter", "optional", "union", "minus", "values",
        "bind", "service", "exists", "describe", "count", "sum", "min", "max", "avg", "sample", "group_concat",
    }
)
_WRAPPERS = frozenset({"Project", "Slice", "Graph", "BGP"})
REMEMBERED = 1024  # verdicts kept, the last used last; a flood repeats its texts

_verdicts: OrderedDict[tuple[str, int, tuple[tuple[str, str], ...]], bool] = OrderedDict()
_verdicts_lock = threading.Lock()


def is_bounded(text: str, prefixes: dict[str, str], max_offset: int) -> bool:
    """True when `text` is a query whose work the row cap bounds (the module's docstring says which)."""
    verdict = known_verdict(text, prefixes, max_offset)
    if verdict is not None:
        return verdict
    algebra = _algebra(text, prefixes)
    verdict = (
        algebra is not None
        and algebra.name in ("SelectQuery", "AskQuery", "ConstructQuery")
        and _bounded_pattern(algebra.p, max_offset)
    )
    with _verdicts_lock:
        _verdicts[_key(text, prefixes, max_offset)] = verdict
        while len(_verdicts) > REMEMBERED:
            _verdicts.popitem(last=False)
    return verdict


def known_verdict(text: str, prefixes: dict[str, str], max_offset: int) -> bool | None:
    """`is_bounded` when it needs no parse (a pass over the tokens); None when only the parse can tell."""
    if len(text) > MAX_TEXT:
        return False
    key = _key(text, prefixes, max_offset)
    with _verdicts_lock:
        verdict = _verdicts.get(key)
        if verdict is not None:
            _verdicts.move_to_end(key)
            return verdict
    return False if _shape_rules_out(tokens(text)) else None


def _shape_rules_out(found: list[str]) -> bool:
    """Whether the text's tokens alone show that it is not bounded (or too odd to be worth a parse)."""
    words = [token.lower() for token in found if _BARE_WORD.fullmatch(token)]
    if _UNBOUNDED_WORDS.intersection(words) or words.count("select") > 1:
        return True
    prefixes, bases = words.count("prefix"), words.count("base")
    if prefixes + bases > MAX_DECLARATIONS or len(found) - 3 * prefixes - 2 * bases > MAX_BODY_TOKENS:
        return True
    depth = deepest = 0
    for index, token in enumerate(found):
        if token in _NOT_IN_A_BOUNDED_QUERY:
            return True
        if token == "[" and found[index + 1 : index + 2] != ["]"]:
            return True
        if token in ("{", "["):
            depth += 1
            deepest = max(deepest, depth)
        elif token in ("}", "]"):
            depth -= 1
    return deepest > MAX_NESTING


def _key(text: str, prefixes: dict[str, str], max_offset: int) -> tuple[str, int, tuple[tuple[str, str], ...]]:
    return text, max_offset, tuple(sorted(prefixes.items()))


def _algebra(text: str, prefixes: dict[str, str]) -> Any:
    """rdflib's algebra of the query, or None when rdflib cannot read it (then it is not known to be bounded)."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    prologue = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in prefixes.items())
    try:
        return translateQuery(parseQuery(prologue + text)).algebra
    except Exception:  # noqa: BLE001 - whatever rdflib fails on, the query is simply not known to be bounded
        return None


def _bounded_pattern(node: Any, max_offset: int) -> bool:
    """Walk down the one chain Project / Slice / Graph / BGP allows; anything else is unbounded."""
    from rdflib.paths import Path
    from rdflib.term import BNode, Variable

    variables: list[Any] = []
    graphs = 0
    while True:
        name = getattr(node, "name", None)
        if name not in _WRAPPERS:
            return False
        if name == "Slice":
            if (node.start or 0) > max_offset:
                return False
        elif name == "Graph":
            graphs += 1
            if graphs > 1:
                return False
            if isinstance(node.term, Variable | BNode):
                variables.append(node.term)
        elif name == "BGP":
            triples = node.triples
            if len(triples) > 1:
                return False
            for triple in triples:
                if any(isinstance(term, Path) for term in triple):
                    return False
                variables.extend(term for term in triple if isinstance(term, Variable | BNode))
            return len(variables) == len(set(variables))
        node = node.p
