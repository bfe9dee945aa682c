"""RDF terms as the Python values callers expect, the same from either store: IRIs as str, typed literals
as int, Decimal, float, bool, date or datetime; a literal that does not parse as its type stays a str."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"

def to_python(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Any:
    """An RDF term as the Python value a caller expects: IRIs as str, typed literals as int, date ..."""
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        converter = LITERAL_CONVERTERS.get(datatype)
        if converter is not None:
            try:
                return converter(term.value)
            except ValueError:
                return term.value
        return term.value
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return term.value
    return str(term)


LITERAL_CONVERTERS: dict[str, Any] = {
    XSD + "integer": int,
    XSD + "int": int,
    XSD + "long": int,
    XSD + "decimal": Decimal,
    XSD + "double": float,
    XSD + "float": float,
    XSD + "boolean": lambda value: value in ("true", "1"),
    XSD + "date": dt.date.fromisoformat,
    XSD + "dateTime": dt.datetime.fromisoformat,
}



def json_term_to_python(term: dict[str, str]) -> Any:
    """A term of SPARQL JSON results (a remote store's answer) as the value `to_python` gives."""
    value = term["value"]
    if term["type"] in ("uri", "bnode"):
        return value
    converter = LITERAL_CONVERTERS.get(term.get("datatype", ""))
    if converter is None:
        return value
    try:
        return converter(value)
    except ValueError:
        return value
