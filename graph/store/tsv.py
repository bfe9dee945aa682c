"""SPARQL 1.1 TSV written from SPARQL JSON results, for a server whose own TSV is not the standard's.

Virtuoso's TSV quotes IRIs like strings, doubles a quote inside a literal and keeps tabs and newlines raw,
so a sentence with a quote or a line break cannot be read back from it. The JSON answer is exact; this
writes it as the TSV that Oxigraph writes (IRIs in brackets, literals with N-Triples escapes, datatypes
and language tags kept, integers bare), which is what the view's scans decode.
"""

from __future__ import annotations

import json

from diplograph.errors import StoreError

XSD = "http://www.w3.org/2001/XMLSchema#"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def json_results_to_tsv(body: bytes) -> bytes:
    """A SELECT's SPARQL JSON results as SPARQL 1.1 TSV: a header of ?variables, then one line per row."""
    try:
        results = json.loads(body)
        variables: list[str] = results["head"]["vars"]
        bindings: list[dict[str, dict[str, str]]] = results["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        raise StoreError("the store's answer to a SELECT is not SPARQL JSON results") from None
    lines = ["\t".join(f"?{variable}" for variable in variables)]
    for binding in bindings:
        lines.append("\t".join(_term(binding[name]) if name in binding else "" for name in variables))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _term(term: dict[str, str]) -> str:
    value = term["value"]
    kind = term["type"]
    if kind == "uri":
        return f"<{value}>"
    if kind == "bnode":
        return f"_:{value}"
    datatype = term.get("datatype")
    if datatype == XSD + "integer" and value.lstrip("+-").isdigit():
        return value  # bare, as Oxigraph writes it (Turtle's short form)
    quoted = f'"{value.translate(_ESCAPES)}"'
    language = term.get("xml:lang") or term.get("lang")
    if language:
        return f"{quoted}@{language}"
    if datatype and datatype != XSD + "string":
        return f"{quoted}^^<{datatype}>"
    return quoted
