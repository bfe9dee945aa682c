"""The store's SELECT answers as TSV, decoded here: a raw term (`<iri>`, a quoted literal) per cell.

The view reads millions of terms; rdflib's result parsing makes an object per term and per row, where
splitting the bytes of a TSV answer and decoding only what is kept costs a fraction of it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from diplograph.errors import StoreError

from ..store import Store

TSV = "text/tab-separated-values"
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def select_pairs(store: Store, sparql: str) -> Iterator[list[bytes]]:
    """The rows of a two-variable SELECT as raw TSV terms (`<iri>`, a quoted literal); `term` decodes one."""
    return pairs(select_tsv(store, sparql))


def select_tsv(store: Store, sparql: str) -> bytes:
    data, media_type = store.query_serialized(sparql, [TSV])
    if not media_type.startswith(TSV):
        raise StoreError(f"the store answered a SELECT with {media_type}, not {TSV}")
    return data


def pairs(data: bytes) -> Iterator[list[bytes]]:
    """The rows of a two-variable SELECT in TSV as raw terms (`<iri>` or a quoted literal), header skipped."""
    lines = io.BytesIO(data)
    next(lines, None)
    for line in lines:
        if len(line) > 1:
            yield line.rstrip(b"\r\n").split(b"\t", 1)


def term(raw: bytes) -> str:
    """One TSV term as text: an IRI without brackets, a literal's lexical form, a bare number as written."""
    if raw[:1] == b"<":
        return raw[1:-1].decode()
    if raw[:1] == b'"':
        text = raw[1:raw.rindex(b'"')].decode()
        return unescape(text) if "\\" in text else text
    return raw.decode()


def unescape(text: str) -> str:
    """N-Triples string escapes (\\t, \\", \\u00e9 ...) as the characters they stand for."""

    def replace(match: re.Match[str]) -> str:
        code = match.group(1) or match.group(2)
        return chr(int(code, 16)) if code else _ECHARS.get(match.group(3), match.group(0))

    return _ESCAPE.sub(replace, text)

