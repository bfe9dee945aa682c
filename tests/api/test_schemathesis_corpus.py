"""Every route of the schema, called with the fuzz corpus's ids and queries in every string parameter, answers
without a server error: ids with control characters, non-Latin scripts, URL syntax, '.' steps; SPARQL nested
5,000 deep, SERVICE and LOAD in their evasive spellings. (test_schemathesis.py generates from the schema;
these are the inputs an adversarial review found.)"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from conftest import RunningServer

from diplograph.api.app import create_app
from diplograph.settings import Settings

pytestmark = pytest.mark.slow

OPENAPI = create_app(Settings(store="unused")).openapi()
OPERATIONS = [result.ok() for result in schemathesis.openapi.from_dict(OPENAPI).get_all_operations()]
NOWHERE = "http://127.0.0.1:1/sparql"  # a closed port: a request that got out would fail, not hang

IDS = [
    "moscow", "Überraschung in Köln", "日本の外交", "a/b/c", "50% ?#&+=; report", 'quote"and\\backslash',
    "%2F", "%ZZ", "line\nbreak", "tab\there", "bell\x07", "nul\x00", "..", ".", "./x", "x" * 300, " ", "",
    "e\u0301", "emoji 🕊️", "<script>alert(1)</script>", "'; DROP GRAPH <urn:x> ; --",
]
QUERIES = [
    "ASK { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }",
    "SELECT * WHERE " + "{" * 5000 + "?s ?p ?o" + "}" * 5000,
    f"SELECT * WHERE {{ ?a ?b ?c .SERVICE <{NOWHERE}> {{ ?x ?y ?z }} }}",
    f"PREFIX ex: <http://example.org/> SELECT * WHERE {{ ?s ex:x\\# ?o . SERVICE <{NOWHERE}> {{ ?x ?y ?z }} }}",
    f"LOAD <{NOWHERE}>",
    'SELECT * WHERE { ?s ?p "\\ud800" }',
]  # (a query past the timeout or the memory cap is a 503 by design: bench/bench_flood.py sends those)


def is_text(parameter: Any) -> bool:
    schema = parameter.definition.get("schema", {})
    kinds = [schema.get("type"), *(option.get("type") for option in schema.get("anyOf", []))]
    return "string" in kinds or "array" in kinds


def cases(operation: Any) -> list[schemathesis.Case]:
    parameters = list(operation.iter_parameters())
    path = [p.name for p in parameters if p.location.value == "path"]
    text = [p.name for p in parameters if p.location.value == "query" and is_text(p)]
    values = IDS + QUERIES if operation.path == "/sparql" else IDS
    built = []
    for value in values:
        if operation.method.upper() == "POST":
            built.append(operation.Case(body={"query": value}, media_type="application/x-www-form-urlencoded"))
            continue
        if path and any(character in value for character in "\x00") and operation.path.endswith(".{suffix}"):
            continue
        built.append(operation.Case(path_parameters={name: value or "x" for name in path},
                                    query={name: value for name in text}))
    return built


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.label)
def test_no_route_answers_a_corpus_input_with_a_server_error(server: RunningServer, operation: Any) -> None:
    for case in cases(operation):
        response = case.call(base_url=server.url, timeout=60)
        assert response.status_code < 500, (case.path_parameters, case.query, response.text[:300])
