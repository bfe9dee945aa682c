"""Reading a SPARQL text once answers every question the endpoint asks of it."""

from __future__ import annotations

import pytest

from diplograph.api.sparql_text import read_sparql, tokens


@pytest.mark.parametrize(
    ("text", "is_update", "uses_service", "uses_load", "names_its_dataset"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", False, False, False, False),
        (
            "PREFIX ex: <http://example.org/> BASE <http://example.org/> INSERT DATA { ex:a ex:b ex:c }",
            True,
            False,
            False,
            False,
        ),
        ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", False, False, False, True),
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", False, True, False, False),
        ("LOAD <http://example.org/data.ttl>", True, False, True, False),
        ('SELECT ?service WHERE { ?s ?p "load from service" } # insert', False, False, False, False),
        ("PREFIX ex: <http://example.org/>", False, False, False, False),
    ],
)
def test_one_reading_answers_every_question(
    text: str, is_update: bool, uses_service: bool, uses_load: bool, names_its_dataset: bool
) -> None:
    read = read_sparql(text)
    assert (read.is_update, read.uses_service, read.uses_load, read.names_its_dataset) == (
        is_update,
        uses_service,
        uses_load,
        names_its_dataset,
    )


def test_tokens_keep_strings_iris_and_names_whole_and_leave_out_comments() -> None:
    text = 'SELECT ?s WHERE { ?s dipl:name "a { b" . <http://example.org/x?y> ?p [] } # { comment'
    assert tokens(text) == [
        "SELECT", "?s", "WHERE", "{", "?s", "dipl:name", '"a { b"', ".",
        "<http://example.org/x?y>", "?p", "[", "]", "}",
    ]
