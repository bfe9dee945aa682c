"""The real server in a subprocess on a free port, spoken to over HTTP."""

from __future__ import annotations

import time

import httpx
import networkx as nx
import pytest
from conftest import RunningServer
from SPARQLWrapper import JSON, SPARQLWrapper

from diplograph.graph.store import EmbeddedStore
from diplograph.ontology.terms import KNOWLEDGE_GRAPHS

pytestmark = pytest.mark.slow

MEETINGS = """
SELECT ?source ?target ?date WHERE {
  ?event a dipl:Meeting ; dipl:source ?source ; dipl:target ?target .
  OPTIONAL { ?event dipl:date ?date }
} ORDER BY ?source ?target
"""
PREFIXED_MEETINGS = "PREFIX dipl: <https://w3id.org/diplograph/ontology#>\n" + MEETINGS


def assert_problem(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert set(body) == {"type", "title", "status", "detail"}
    assert body["status"] == status
    assert "Traceback" not in response.text
    return body


def test_sparqlwrapper_gets_the_same_rows_as_a_direct_store_query(server: RunningServer) -> None:
    client = SPARQLWrapper(f"{server.url}/sparql")
    client.setQuery(PREFIXED_MEETINGS)
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    over_http = [{name: value["value"] for name, value in row.items()} for row in bindings]

    with EmbeddedStore(server.snapshot_path, read_only=True) as store:
        rows = store.select(MEETINGS, default_graphs=KNOWLEDGE_GRAPHS)  # the endpoint's default graph
        direct = [{name: str(value) for name, value in row.items()} for row in rows]
    assert over_http == direct
    assert len(direct) == 3


def test_a_query_can_be_posted_form_encoded_or_as_a_sparql_query_body(server: RunningServer) -> None:
    form = httpx.post(f"{server.url}/sparql", data={"query": MEETINGS})
    raw = httpx.post(f"{server.url}/sparql", content=MEETINGS, headers={"content-type": "application/sparql-query"})
    assert form.status_code == raw.status_code == 200
    assert form.headers["content-type"] == "application/sparql-results+json"
    assert form.json() == raw.json()


def test_ask_answers_a_sparql_json_boolean(server: RunningServer) -> None:
    response = httpx.get(f"{server.url}/sparql", params={"query": "ASK { ?a dipl:meets ?b }"})
    assert response.json() == {"head": {}, "boolean": True}


def test_construct_answers_turtle(server: RunningServer) -> None:
    response = httpx.get(
        f"{server.url}/sparql", params={"query": "CONSTRUCT { ?a dipl:meets ?b } WHERE { ?a dipl:meets ?b }"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    assert "olaf-scholz" in response.text


def test_malformed_sparql_is_a_400_problem_with_the_parser_message(server: RunningServer) -> None:
    response = httpx.get(f"{server.url}/sparql", params={"query": "SELEC ?x WHERE { ?x ?y ?z }"})
    body = assert_problem(response, 400)
    assert "error at 1:" in str(body["detail"])


@pytest.mark.parametrize(
    "send",
    [
        lambda url: httpx.post(url, data={"update": "DROP ALL"}),
        lambda url: httpx.post(url, content="DROP ALL", headers={"content-type": "application/sparql-update"}),
        lambda url: httpx.get(url, params={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}),
    ],
    ids=["form-update", "update-body", "update-as-query"],
)
def test_updates_are_refused_with_403(server: RunningServer, send: object) -> None:
    response = send(f"{server.url}/sparql")  # type: ignore[operator]
    assert "read-only" in str(assert_problem(response, 403)["detail"])
    assert httpx.get(f"{server.url}/stats").json()["documents"] == 2


def test_a_federated_query_is_refused(server: RunningServer) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    assert_problem(httpx.get(f"{server.url}/sparql", params={"query": query}), 403)


def test_actors_can_be_searched_by_alias(server: RunningServer) -> None:
    response = httpx.get(f"{server.url}/actors", params={"q": "kremlin"})
    assert [actor["id"] for actor in response.json()] == ["russia"]


def test_an_actor_comes_with_its_events(server: RunningServer) -> None:
    actor = httpx.get(f"{server.url}/actors/olaf-scholz").json()
    assert actor["label"] == "Olaf Scholz"
    assert actor["country"] == "Germany"
    assert [(event["relation"], event["target"]) for event in actor["events"]] == [("meet", "vladimir-putin")]


def test_an_unknown_actor_is_a_404_problem(server: RunningServer) -> None:
    body = assert_problem(httpx.get(f"{server.url}/actors/boris-johnson/met"), 404)
    assert body["title"] == "Actor not found"
    assert "boris-johnson" in str(body["detail"])


def test_who_met_lavrov_lists_rau_with_date_place_and_sentence(server: RunningServer) -> None:
    met = httpx.get(f"{server.url}/actors/Lavrov/met").json()
    counterparts = {c["actor"]["label"]: c for c in met["counterparts"]}
    assert set(counterparts) == {"Zbigniew Rau", "Vladimir Putin"}
    (event,) = counterparts["Zbigniew Rau"]["events"]
    assert (event["date"], event["place"], event["modality"]) == ("2022-02-15", "Moscow", "asserted")
    assert event["sentence"].endswith("to meet Lavrov.")


def test_a_path_links_scholz_to_rau(server: RunningServer) -> None:
    response = httpx.get(f"{server.url}/paths", params={"source": "Olaf Scholz", "target": "zbigniew-rau"})
    path = response.json()
    assert (path["source"], path["target"], path["length"]) == ("olaf-scholz", "zbigniew-rau", 3)
    assert all(hop["events"] for hop in path["hops"])


def test_no_path_is_a_404_problem(server: RunningServer) -> None:
    response = httpx.get(f"{server.url}/paths", params={"source": "Olaf Scholz", "target": "Ukraine"})
    assert_problem(response, 404)


def test_a_missing_parameter_is_a_422_problem(server: RunningServer) -> None:
    assert_problem(httpx.get(f"{server.url}/paths", params={"source": "Olaf Scholz"}), 422)


def test_an_unknown_route_is_a_404_problem(server: RunningServer) -> None:
    assert_problem(httpx.get(f"{server.url}/nowhere"), 404)


def test_the_gexf_export_downloads_and_reads_back(server: RunningServer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    response = httpx.get(f"{server.url}/export/graph.gexf")
    assert response.headers["content-type"].startswith("application/gexf+xml")
    (tmp_path / "graph.gexf").write_bytes(response.content)
    graph = nx.read_gexf(tmp_path / "graph.gexf")
    assert "olaf-scholz" in graph and graph.number_of_edges() == 4


def test_documents_and_stats_describe_the_store(server: RunningServer) -> None:
    documents = httpx.get(f"{server.url}/documents").json()
    assert [(d["id"], d["events"]) for d in documents] == [("moscow", 3), ("talks", 1)]
    stats = httpx.get(f"{server.url}/stats").json()
    with EmbeddedStore(server.snapshot_path, read_only=True) as store:
        assert stats["triples"] == store.triple_count()
    assert (stats["actors"], stats["events"], stats["documents"]) == (8, 4, 2)


def test_health_says_when_the_actor_graph_read_at_start_up_is_ready(server: RunningServer) -> None:
    deadline = time.monotonic() + 30
    while (health := httpx.get(f"{server.url}/health").json())["view"] == "warming" and time.monotonic() < deadline:
        time.sleep(0.1)
    assert health == {"status": "ok", "view": "ready"}


def test_the_openapi_docs_are_served(server: RunningServer) -> None:
    assert httpx.get(f"{server.url}/docs").status_code == 200
    assert "/actors/{actor_id}/met" in httpx.get(f"{server.url}/openapi.json").json()["paths"]


def test_who_met_filters_and_counts_over_http(server: RunningServer) -> None:
    met = httpx.get(f"{server.url}/actors/Putin/met", params={"since": "2022-02-15", "relation": "meet"}).json()
    assert [(c["actor"]["id"], c["count"]) for c in met["counterparts"]] == [("olaf-scholz", 1)]
    assert (met["counterparts_total"], met["events_total"]) == (1, 1)
    nowhere = httpx.get(f"{server.url}/actors/Putin/met", params={"place": "Kyiv"}).json()
    assert (nowhere["counterparts"], nowhere["counterparts_total"], nowhere["events_total"]) == ([], 0, 0)
    assert_problem(httpx.get(f"{server.url}/actors/Putin/met", params={"relation": "attack"}), 422)


def test_relations_lists_everything_between_two_actors(server: RunningServer) -> None:
    body = httpx.get(f"{server.url}/relations", params={"a": "Russia", "b": "Ukraine"}).json()
    assert (body["count"], body["by_relation"]) == (1, {"attack": 1})
    assert body["events"][0]["modality"] == "negated"
    assert_problem(httpx.get(f"{server.url}/relations", params={"a": "Russia", "b": "Nobody Atall"}), 404)


def test_k_shortest_paths_and_asserted_only_over_http(server: RunningServer) -> None:
    params = {"source": "Olaf Scholz", "target": "Rau", "mode": "k_shortest", "k": 3}
    body = httpx.get(f"{server.url}/paths", params=params).json()
    assert [path["length"] for path in body["paths"]] == [3]
    assert body["hops"][0]["events"][0]["sentence"].startswith("German Chancellor")
    assert_problem(httpx.get(f"{server.url}/paths", params={**params, "asserted": "true"}), 404)


def test_an_actor_detail_has_roles_and_counts(server: RunningServer) -> None:
    putin = httpx.get(f"{server.url}/actors/putin").json()
    assert (putin["roles"], putin["events_count"], putin["counterparts"]) == (["president"], 2, 2)
    assert httpx.get(f"{server.url}/actors", params={"q": "Lavrow"}).json()[0]["id"] == "sergey-lavrov"


def test_the_ego_network_as_json_and_gexf(server: RunningServer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ego = httpx.get(f"{server.url}/actors/Lavrov/ego", params={"depth": 1}).json()
    assert {actor["id"] for actor in ego["actors"]} == {"sergey-lavrov", "zbigniew-rau", "vladimir-putin"}
    response = httpx.get(f"{server.url}/actors/Lavrov/ego.gexf", params={"depth": 2})
    (tmp_path / "ego.gexf").write_bytes(response.content)
    assert "olaf-scholz" in nx.read_gexf(tmp_path / "ego.gexf")
    assert_problem(httpx.get(f"{server.url}/actors/Lavrov/ego", params={"depth": 3}), 422)


def test_the_spreadsheet_and_graphml_exports_download(server: RunningServer) -> None:
    edges = httpx.get(f"{server.url}/export/edges.csv", params={"asserted": "true"}).text.splitlines()
    assert edges[0].startswith("Source,Target,Type,Kind,Label,Weight,Timeset")
    assert len(edges) == 3
    assert httpx.get(f"{server.url}/export/nodes.csv").text.startswith("Id,Label,")
    graphml = httpx.get(f"{server.url}/export/graph.graphml")
    assert graphml.headers["content-type"].startswith("application/graphml+xml")


def test_who_met_comes_a_page_at_a_time_with_exact_totals(server: RunningServer) -> None:
    first = httpx.get(f"{server.url}/actors/Lavrov/met", params={"limit": 1}).json()
    second = httpx.get(f"{server.url}/actors/Lavrov/met", params={"limit": 1, "offset": 1}).json()
    assert [(page["offset"], page["limit"], page["truncated"]) for page in (first, second)] == [
        (0, 1, True),
        (1, 1, False),
    ]
    assert {c["actor"]["id"] for c in first["counterparts"] + second["counterparts"]} == {
        "zbigniew-rau",
        "vladimir-putin",
    }
    assert all((page["counterparts_total"], page["events_total"]) == (2, 2) for page in (first, second))
    counts_only = httpx.get(f"{server.url}/actors/Lavrov/met", params={"events_per_counterpart": 0}).json()
    assert [(c["count"], c["events"], c["truncated"]) for c in counts_only["counterparts"]] == [(1, [], True)] * 2
    assert_problem(httpx.get(f"{server.url}/actors/Lavrov/met", params={"limit": 0}), 422)


def test_a_path_hop_counts_its_events_and_lists_the_first(server: RunningServer) -> None:
    params = {"source": "Olaf Scholz", "target": "zbigniew-rau"}
    listed = httpx.get(f"{server.url}/paths", params=params).json()
    assert all(hop["count"] == len(hop["events"]) and not hop["truncated"] for hop in listed["hops"])
    counts_only = httpx.get(f"{server.url}/paths", params={**params, "events_per_hop": 0}).json()
    assert [(hop["count"], hop["events"], hop["truncated"]) for hop in counts_only["hops"]] == [(1, [], True)] * 3
    assert_problem(httpx.get(f"{server.url}/paths", params={**params, "events_per_hop": 1001}), 422)


def test_the_openapi_docs_give_the_page_sizes(server: RunningServer) -> None:
    paths = httpx.get(f"{server.url}/openapi.json").json()["paths"]
    assert "default 50" in paths["/actors/{actor_id}/met"]["get"]["description"]
    assert "default 10" in paths["/paths"]["get"]["description"]
