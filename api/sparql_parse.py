"""Which operations of a SPARQL text would fetch URLs, found by parsing it (rdflib's SPARQL 1.1 parser).

LOAD fetches a document; SERVICE queries another endpoint. Looking for the words in the text can be fooled
(`?c .SERVICE`, a `SERVICE` after `ex:x\\#`); the parse tree cannot: an operation is there or it is not.
Used where the engine itself could fetch: an administrator's update runs in the server process, and a
query runs in a worker that could not be cut off the network (sandbox.py). A text this parser cannot
read is refused there, since what it would do cannot be known.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from diplograph.errors import QueryError

FETCHING = {"Load": "LOAD", "ServiceGraphPattern": "SERVICE"}


def fetching_operations(text: str, prefixes: dict[str, str], *, update: bool) -> set[str]:
    """The operations (LOAD, SERVICE) of a query or update that fetch URLs; QueryError when it does not parse.

    `prefixes` are those the engine predeclares, declared here the same way."""
    from pyparsing import ParseException  # rdflib's parser is built on pyparsing; both load on first use
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    prologue = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in prefixes.items())
    try:
        tree = (parseUpdate if update else parseQuery)(prologue + text)
    except ParseException as error:
        raise QueryError(
            f"this SPARQL {'update' if update else 'query'} cannot be checked for LOAD and SERVICE, as the "
            f"parser that checks it cannot read it ({error.msg}); it is refused"
        ) from None
    except RecursionError:
        raise QueryError("the SPARQL text nests too deeply to be read") from None
    return {FETCHING[name] for name in _names(tree) if name in FETCHING}


def _names(node: Any) -> Iterator[str]:
    from pyparsing import ParseResults

    stack = [node]
    while stack:
        current = stack.pop()
        name = getattr(current, "name", None)
        if isinstance(name, str):
            yield name
        if isinstance(current, dict):
            stack.extend(current.values())
        elif isinstance(current, list | tuple | ParseResults):
            stack.extend(current)
