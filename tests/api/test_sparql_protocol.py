"""The SPARQL 1.1 Protocol over HTTP against the real server: request forms, formats, datasets, refusals.

This module starts its own server with a short query timeout, a small row cap and an admin token,
so that the limits can be reached quickly and the update path can be exercised.
"""

from __future__ import annotations

import csv
import io
import json
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import httpx
import pytest
import rdflib
from conftest import RunningServer, fill
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from servers import diplograph_server
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

pytestmark = pytest.mark.slow

DIPL = rdflib.Namespace("https://w3id.org/diplograph/ontology#")
ACTOR = "https://w3id.org/diplograph/actor/"
TALKS_GRAPH = "https://w3id.org/diplograph/doc/talks"
MOSCOW_GRAPH = "https://w3id.org/diplograph/doc/moscow"
TOKEN = "s3cret-admin-token"
TIMEOUT = 1.5
MAX_ROWS = 60

MEETS = "SELECT ?a ?b WHERE { ?a dipl:meets ?b } ORDER BY ?a ?b"
MEETS_ROWS = [
    (ACTOR + "olaf-scholz", ACTOR + "vladimir-putin"),  # planned: still a direct triple
    (ACTOR + "sergey-lavrov", ACTOR + "vladimir-putin"),
    (ACTOR + "zbigniew-rau", ACTOR + "sergey-lavrov"),
]
CONSTRUCT = "CONSTRUCT { ?a dipl:meets ?b } WHERE { ?a dipl:meets ?b }"
# Four unconstrained triple patterns: (quads)^4 solutions, minutes of work for Oxigraph.
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp("limited")
    store_path = fill(directory / "store")
    with diplograph_server(store_path, directory, query_timeout=TIMEOUT, max_rows=MAX_ROWS,
                           admin_token=TOKEN) as url:
        yield RunningServer(url, store_path, store_path)


def endpoint(server: RunningServer) -> str:
    return f"{server.url}/sparql"


def rows_of(sparql_json: dict[str, object]) -> list[tuple[str, ...]]:
    variables = sparql_json["head"]["vars"]  # type: ignore[index]
    return [
        tuple(binding[name]["value"] for name in variables)
        for binding in sparql_json["results"]["bindings"]  # type: ignore[index]
    ]


def assert_problem(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and "Traceback" not in response.text
    return str(body["detail"])


# ---------------------------------------------------------------------------- request forms


def test_get_post_form_and_post_sparql_query_give_the_same_rows(limited: RunningServer) -> None:
    url = endpoint(limited)
    answers = [
        httpx.get(url, params={"query": MEETS}),
        httpx.post(url, data={"query": MEETS}),
        httpx.post(url, content=MEETS, headers={"content-type": "application/sparql-query"}),
    ]
    for response in answers:
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/sparql-results+json"
        assert rows_of(response.json()) == MEETS_ROWS


# ---------------------------------------------------------------------------- result formats


def test_select_answers_sparql_json_xml_csv_and_tsv_by_accept(limited: RunningServer) -> None:
    def fetch(accept: str) -> httpx.Response:
        response = httpx.get(endpoint(limited), params={"query": MEETS}, headers={"accept": accept})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(accept)
        return response

    assert rows_of(fetch("application/sparql-results+json").json()) == MEETS_ROWS

    namespace = "{http://www.w3.org/2005/sparql-results#}"
    root = ET.fromstring(fetch("application/sparql-results+xml").content)
    xml_rows = [
        tuple(binding.find(f"{namespace}uri").text for binding in result)  # type: ignore[union-attr]
        for result in root.iter(f"{namespace}result")
    ]
    assert xml_rows == MEETS_ROWS

    csv_rows = list(csv.reader(io.StringIO(fetch("text/csv").text)))
    assert csv_rows[0] == ["a", "b"] and [tuple(row) for row in csv_rows[1:]] == MEETS_ROWS

    tsv_lines = fetch("text/tab-separated-values").text.splitlines()
    assert tsv_lines[0] == "?a\t?b"
    assert [tuple(cell.strip("<>") for cell in line.split("\t")) for line in tsv_lines[1:]] == MEETS_ROWS


def test_accept_quality_values_choose_the_format(limited: RunningServer) -> None:
    accept = "application/sparql-results+json;q=0.5, text/csv;q=0.9, */*;q=0.1"
    response = httpx.get(endpoint(limited), params={"query": MEETS}, headers={"accept": accept})
    assert response.headers["content-type"].startswith("text/csv")


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("application/sparql-results+json", '"boolean":true'),
        ("application/sparql-results+xml", "<boolean>true</boolean>"),
        ("text/csv", "true"),
        ("text/tab-separated-values", "true"),
    ],
)
def test_ask_answers_in_every_results_format(limited: RunningServer, accept: str, expected: str) -> None:
    response = httpx.get(endpoint(limited), params={"query": "ASK { ?a dipl:meets ?b }"}, headers={"accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    assert expected in response.text.replace(" ", "")


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
    ],
)
def test_construct_answers_turtle_n_triples_json_ld_and_rdf_xml(
    limited: RunningServer, accept: str, rdflib_format: str
) -> None:
    response = httpx.get(endpoint(limited), params={"query": CONSTRUCT}, headers={"accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    graph = rdflib.Graph().parse(data=response.content, format=rdflib_format)
    expected = rdflib.Graph()
    for source, target in MEETS_ROWS:
        expected.add((rdflib.URIRef(source), DIPL.meets, rdflib.URIRef(target)))
    assert isomorphic(graph, expected)


def test_describe_answers_the_actors_triples(limited: RunningServer) -> None:
    response = httpx.get(endpoint(limited), params={"query": f"DESCRIBE <{ACTOR}sergey-lavrov>"})
    graph = rdflib.Graph().parse(data=response.content, format="turtle")
    assert (rdflib.URIRef(ACTOR + "sergey-lavrov"), rdflib.RDFS.label, rdflib.Literal("Sergey Lavrov")) in graph


def test_a_format_nobody_can_write_is_a_406_problem(limited: RunningServer) -> None:
    response = httpx.get(endpoint(limited), params={"query": MEETS}, headers={"accept": "image/png"})
    assert "text/csv" in assert_problem(response, 406)


def test_a_body_in_an_unknown_media_type_is_a_415_problem(limited: RunningServer) -> None:
    response = httpx.post(endpoint(limited), content=MEETS, headers={"content-type": "text/plain"})
    assert "application/sparql-query" in assert_problem(response, 415)


# ---------------------------------------------------------------------------- datasets

IN_DEFAULT_GRAPH = "SELECT DISTINCT ?a WHERE { ?a dipl:meets ?b } ORDER BY ?a"
NAMED_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"


def test_default_graph_uri_restricts_the_default_graph(limited: RunningServer) -> None:
    url = endpoint(limited)
    everything = httpx.get(url, params={"query": IN_DEFAULT_GRAPH}).json()
    only_talks = httpx.get(url, params={"query": IN_DEFAULT_GRAPH, "default-graph-uri": TALKS_GRAPH}).json()
    assert len(rows_of(everything)) == 3
    assert rows_of(only_talks) == [(ACTOR + "sergey-lavrov",)]


def test_named_graph_uri_restricts_graph_patterns_in_every_request_form(limited: RunningServer) -> None:
    url = endpoint(limited)
    sent = [
        httpx.get(url, params=[("query", NAMED_GRAPHS), ("named-graph-uri", TALKS_GRAPH)]),
        httpx.post(url, data={"query": NAMED_GRAPHS, "named-graph-uri": TALKS_GRAPH}),
        httpx.post(
            url,
            params={"named-graph-uri": TALKS_GRAPH},
            content=NAMED_GRAPHS,
            headers={"content-type": "application/sparql-query"},
        ),
    ]
    for response in sent:
        assert rows_of(response.json()) == [(TALKS_GRAPH,)]
    two = httpx.get(
        url, params=[("query", NAMED_GRAPHS), ("named-graph-uri", TALKS_GRAPH), ("named-graph-uri", MOSCOW_GRAPH)]
    )
    assert rows_of(two.json()) == [(MOSCOW_GRAPH,), (TALKS_GRAPH,)]


def test_a_from_clause_in_the_query_names_its_own_default_graph(limited: RunningServer) -> None:
    query = f"SELECT DISTINCT ?a FROM <{TALKS_GRAPH}> WHERE {{ ?a dipl:meets ?b }}"
    assert rows_of(httpx.get(endpoint(limited), params={"query": query}).json()) == [(ACTOR + "sergey-lavrov",)]


# ---------------------------------------------------------------------------- service description


def test_get_without_a_query_answers_the_service_description(limited: RunningServer) -> None:
    response = httpx.get(endpoint(limited))
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    description = rdflib.Graph().parse(data=response.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = rdflib.URIRef(endpoint(limited))
    assert (service, rdflib.RDF.type, sd.Service) in description
    assert (service, sd.endpoint, service) in description
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in description
    assert (service, sd.supportedLanguage, sd.SPARQL11Update) in description  # an admin token is set
    named = {str(name) for name in description.objects(None, sd.name)}
    assert {TALKS_GRAPH, MOSCOW_GRAPH} <= named


def test_the_service_description_comes_as_json_ld_too(limited: RunningServer) -> None:
    response = httpx.get(endpoint(limited), headers={"accept": "application/ld+json"})
    assert response.headers["content-type"].startswith("application/ld+json")
    assert len(rdflib.Graph().parse(data=response.content, format="json-ld")) > 10


# ---------------------------------------------------------------------------- refusals and limits


@pytest.mark.parametrize(
    "send",
    [
        lambda url, headers: httpx.post(url, data={"update": "DROP ALL"}, headers=headers),
        lambda url, headers: httpx.post(
            url, content="DROP ALL", headers={**headers, "content-type": "application/sparql-update"}
        ),
        lambda url, headers: httpx.get(
            url, params={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}, headers=headers
        ),
    ],
    ids=["form-update", "update-body", "update-as-query"],
)
@pytest.mark.parametrize("token", [None, "wrong"], ids=["no-token", "wrong-token"])
def test_an_update_without_the_admin_token_is_refused_with_403(
    limited: RunningServer, send: object, token: str | None
) -> None:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    response = send(endpoint(limited), headers)  # type: ignore[operator]
    assert "token" in assert_problem(response, 403)
    assert rows_of(httpx.get(endpoint(limited), params={"query": MEETS}).json()) == MEETS_ROWS


def test_an_update_with_the_admin_token_is_applied(limited: RunningServer) -> None:
    url = endpoint(limited)
    auth = {"authorization": f"Bearer {TOKEN}"}
    insert = "INSERT DATA { GRAPH <urn:scratch> { <urn:x> <urn:said> 'hello' } }"
    assert httpx.post(url, data={"update": insert}, headers=auth).status_code == 204
    ask = "ASK { GRAPH <urn:scratch> { <urn:x> <urn:said> 'hello' } }"
    answer = httpx.get(url, params={"query": ask})
    assert answer.json() == {"head": {}, "boolean": True}, answer.text
    drop = httpx.post(
        url, content="DROP GRAPH <urn:scratch>", headers={**auth, "content-type": "application/sparql-update"}
    )
    assert drop.status_code == 204, drop.text
    answer = httpx.get(url, params={"query": ask})
    assert answer.json() == {"head": {}, "boolean": False}, answer.text


def test_load_is_refused_even_with_the_admin_token(limited: RunningServer) -> None:
    response = httpx.post(
        endpoint(limited),
        data={"update": "LOAD <http://127.0.0.1:9/data.ttl> INTO GRAPH <urn:loaded>"},
        headers={"authorization": f"Bearer {TOKEN}"},
    )
    assert "LOAD" in assert_problem(response, 403)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * where { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?x ?y ?z . SERVICE ?endpoint { ?s ?p ?o } }",
    ],
)
def test_a_federated_query_is_refused(limited: RunningServer, query: str) -> None:
    assert "SERVICE" in assert_problem(httpx.get(endpoint(limited), params={"query": query}), 403)


def test_the_word_service_inside_a_string_is_no_federated_query(limited: RunningServer) -> None:
    query = 'SELECT ?x WHERE { BIND("SERVICE <http://example.org/>" AS ?x) } # SERVICE <x>'
    assert httpx.get(endpoint(limited), params={"query": query}).status_code == 200


def test_a_malformed_query_is_a_400_problem_with_the_parser_message_and_position(limited: RunningServer) -> None:
    detail = assert_problem(httpx.get(endpoint(limited), params={"query": "SELECT ?x WHERE { ?x ?y }"}), 400)
    assert "malformed SPARQL query" in detail and "error at 1:" in detail


def test_a_result_past_the_row_cap_is_a_422_problem_that_says_what_to_do(limited: RunningServer) -> None:
    everything = "SELECT * WHERE { ?s ?p ?o }"
    detail = assert_problem(httpx.get(endpoint(limited), params={"query": everything}), 422)
    assert str(MAX_ROWS) in detail and "LIMIT" in detail
    capped = httpx.get(endpoint(limited), params={"query": f"{everything} LIMIT {MAX_ROWS}"})
    assert capped.status_code == 200 and len(capped.json()["results"]["bindings"]) == MAX_ROWS
    construct = assert_problem(httpx.get(endpoint(limited), params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}), 422)
    assert "triples" in construct


def test_a_query_past_the_timeout_is_stopped_and_the_server_answers_the_next_request(
    limited: RunningServer,
) -> None:
    started = time.monotonic()
    response = httpx.get(endpoint(limited), params={"query": CROSS_PRODUCT}, timeout=30)
    elapsed = time.monotonic() - started
    assert "longer than 1.5 seconds" in assert_problem(response, 503)
    assert elapsed < TIMEOUT + 3
    after = httpx.get(endpoint(limited), params={"query": MEETS}, timeout=30)
    assert after.status_code == 200 and rows_of(after.json()) == MEETS_ROWS
    assert httpx.get(f"{limited.url}/actors/sergey-lavrov").status_code == 200


def test_concurrent_slow_queries_do_not_block_lookups(limited: RunningServer) -> None:
    import threading

    results: list[int] = []
    slow = [
        threading.Thread(
            target=lambda: results.append(
                httpx.get(endpoint(limited), params={"query": CROSS_PRODUCT}, timeout=30).status_code
            )
        )
        for _ in range(3)
    ]
    for thread in slow:
        thread.start()
    time.sleep(0.2)
    assert httpx.get(f"{limited.url}/actors/Lavrov/met", timeout=5).status_code == 200
    for thread in slow:
        thread.join()
    assert results == [503, 503, 503]


# ---------------------------------------------------------------------------- real clients


def test_sparqlwrapper_reads_json_xml_and_csv_results(limited: RunningServer) -> None:
    query = "PREFIX dipl: <https://w3id.org/diplograph/ontology#>\n" + MEETS
    client = SPARQLWrapper(endpoint(limited))
    client.setQuery(query)
    client.setReturnFormat(JSON)
    assert rows_of(client.query().convert()) == MEETS_ROWS  # type: ignore[arg-type]

    client.setReturnFormat(XML)
    document = client.query().convert()
    uris = [node.firstChild.data for node in document.getElementsByTagName("uri")]  # type: ignore[union-attr]
    assert [tuple(uris[i : i + 2]) for i in range(0, len(uris), 2)] == MEETS_ROWS

    client.setReturnFormat(CSV)
    text = client.query().convert().decode("utf-8")  # type: ignore[union-attr]
    assert text.splitlines()[0] == "a,b"


def test_sparqlwrapper_posts_and_reads_ask_and_construct(limited: RunningServer) -> None:
    client = SPARQLWrapper(endpoint(limited))
    client.setMethod(POST)
    client.setQuery("PREFIX dipl: <https://w3id.org/diplograph/ontology#> ASK { ?a dipl:meets ?b }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True  # type: ignore[index]

    client.setQuery("PREFIX dipl: <https://w3id.org/diplograph/ontology#> " + CONSTRUCT)
    client.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=client.query().convert(), format="turtle")  # type: ignore[arg-type]
    assert len(graph) == 3


def test_rdflib_sparqlstore_queries_and_iterates_triples(limited: RunningServer) -> None:
    store = SPARQLStore(endpoint(limited))
    graph = rdflib.Graph(store)
    met = sorted((str(a), str(b)) for a, b in graph.subject_objects(DIPL.meets))
    assert met == sorted(MEETS_ROWS)
    result = graph.query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?label WHERE { <https://w3id.org/diplograph/actor/sergey-lavrov> rdfs:label ?label }"
    )
    # Oxigraph's union default graph repeats a triple found in two documents' graphs (no merge).
    assert {str(row[0]) for row in result} == {"Sergey Lavrov"}  # type: ignore[index]
    assert graph.query("ASK { ?a ?p ?b }").askAnswer is True
    constructed = graph.query("PREFIX dipl: <https://w3id.org/diplograph/ontology#> " + CONSTRUCT).graph
    assert constructed is not None and len(constructed) == 3
    contexts = {str(getattr(context, "identifier", context)) for context in store.contexts()}
    assert {TALKS_GRAPH, MOSCOW_GRAPH} <= contexts


def test_the_sparql_json_is_what_sparql_json_parsers_read(limited: RunningServer) -> None:
    body = httpx.get(endpoint(limited), params={"query": "SELECT ?d WHERE { ?e dipl:date ?d } LIMIT 1"}).json()
    (binding,) = body["results"]["bindings"]
    assert binding["d"] == {
        "type": "literal",
        "value": "2022-02-15",
        "datatype": "http://www.w3.org/2001/XMLSchema#date",
    }
    json.dumps(body)
